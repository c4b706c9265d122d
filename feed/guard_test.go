package feed

import (
	"net/netip"
	"strings"
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

func TestBlockedReason(t *testing.T) {
	blocked := []string{
		"127.0.0.1", "127.8.9.10", "::1", "10.1.2.3", "172.16.0.1", "172.31.255.255", "192.168.1.1",
		"fc00::1", "fd12:3456::1", "169.254.169.254", "fe80::1", "224.0.0.1", "ff02::1", "0.0.0.0", "::",
		"100.64.0.1", "100.127.255.254", "::ffff:127.0.0.1", "::ffff:10.0.0.1", "::ffff:169.254.169.254",
		"64:ff9b::7f00:1", "255.255.255.255", "198.18.0.1", "240.0.0.1", "0.1.2.3",
		// Issue 11: SIIT (mapped and translated forms), Teredo and the
		// documentation ranges.
		"::ffff:8.8.8.8", "::ffff:0:7f00:1", "::ffff:0:808:808", "2001::1", "2001:0:4136:e378:8000:63bf:3fff:fdd2",
		"192.0.2.1", "198.51.100.7", "203.0.113.9", "2001:db8::1", "3fff::1", "100::1", "192.88.99.1", "2001:2::1",
	}
	allowed := []string{"8.8.8.8", "1.1.1.1", "172.32.0.1", "100.128.0.1", "2001:4860:4860::8888", "64:ff9b::808:808",
		"203.0.114.1", "2001:200::1", "2606:4700::1111"}
	for _, s := range blocked {
		if BlockedReason(netip.MustParseAddr(s)) == "" {
			t.Errorf("%s not blocked", s)
		}
	}
	for _, s := range allowed {
		if r := BlockedReason(netip.MustParseAddr(s)); r != "" {
			t.Errorf("%s blocked as %s", s, r)
		}
	}
}

func TestCheckURL(t *testing.T) {
	tests := []struct{ url, code string }{
		{"https://news.un.org/feed/subscribe/en/news/all/rss.xml", ""},
		{"http://example.org:8080/feed", ""},
		{"ftp://example.org/feed", news.EUNSUPPORTED},
		{"javascript:alert(1)", news.EUNSUPPORTED},
		{"file:///etc/passwd", news.EUNSUPPORTED},
		{"https:///nohost", news.EINVALID},
		{"https://user:pass@example.org/", news.EINVALID},
		{"https://example.org:0/", news.EINVALID},
		{"https://example.org:99999/", news.EINVALID},
		{"http://127.0.0.1/", news.EBLOCKEDADDR},
		{"http://[::1]:8080/", news.EBLOCKEDADDR},
		{"http://169.254.169.254/latest/meta-data/", news.EBLOCKEDADDR},
		{"http://localhost:6060/", news.EBLOCKEDADDR},
		{"http://api.localhost/", news.EBLOCKEDADDR},
		{"http://2130706433/", news.EINVALID},
		{"http://0x7f.1/", news.EINVALID},
		{"%zz", news.EINVALID},
	}
	for _, tt := range tests {
		if got := news.ErrorCode(CheckURL(tt.url)); got != tt.code {
			t.Errorf("CheckURL(%q) code %q, want %q", tt.url, got, tt.code)
		}
	}
}

func TestBlockedReasonEmbeddedIPv4(t *testing.T) {
	tests := []struct{ addr, want string }{
		{"2002:7f00:1::", "a loopback address"},
		{"2002:a00:1::1", "a private-network address"},
		{"2002:a9fe:a9fe::", "a link-local address"},
		{"::127.0.0.1", "a loopback address"},
		{"::10.0.0.1", "a private-network address"},
		{"::169.254.169.254", "a link-local address"},
		{"fec0::1", "a site-local address"},
		{"feff:ffff::1", "a site-local address"},
		{"::1", "a loopback address"},
		{"::", "an unspecified address"},
		{"2002:808:808::1", ""},
		{"::8.8.8.8", ""},
		{"2003::1", ""},
	}
	for _, tt := range tests {
		if got := BlockedReason(netip.MustParseAddr(tt.addr)); got != tt.want {
			t.Errorf("BlockedReason(%s) = %q, want %q", tt.addr, got, tt.want)
		}
	}
}

func TestBlockedRangeNames(t *testing.T) {
	tests := []struct{ addr, want string }{
		{"::ffff:0:a00:1", "an IPv4-translated (SIIT) address"},
		{"::ffff:1.2.3.4", "an IPv4-mapped address"},
		{"2001:0:4136:e378:8000:63bf:3fff:fdd2", "a Teredo address"},
		{"2001:db8:85a3::8a2e:370:7334", "a documentation address"},
		{"198.51.100.1", "a documentation address"},
	}
	for _, tt := range tests {
		if got := BlockedReason(netip.MustParseAddr(tt.addr)); got != tt.want {
			t.Errorf("BlockedReason(%s) = %q, want %q", tt.addr, got, tt.want)
		}
	}
}

// TestGuardAllowances: the operator's allowances apply to IP literals as
// they do to names (issue 11: they were ignored for literals), and the
// plain CheckURL — what a guild's /sources add uses — has none.
func TestGuardAllowances(t *testing.T) {
	private := Guard{AllowPrivate: true}
	cidr := Guard{AllowCIDRs: []netip.Prefix{netip.MustParsePrefix("10.0.0.0/8")}}
	tests := []struct {
		name string
		g    Guard
		url  string
		code string
	}{
		{"operator allows private: literal", private, "http://10.1.2.3/feed", ""},
		{"operator allows private: loopback literal", private, "http://127.0.0.1:8080/feed", ""},
		{"operator allows private: localhost name", private, "http://localhost:8080/feed", ""},
		{"operator CIDR: literal inside", cidr, "http://10.9.9.9/feed", ""},
		{"operator CIDR: literal outside", cidr, "http://192.168.1.1/feed", news.EBLOCKEDADDR},
		{"operator CIDR: mapped literal inside", cidr, "http://[::ffff:10.9.9.9]/feed", ""},
		{"operator CIDR: localhost judged at dial", cidr, "http://localhost/feed", ""},
		{"guild: literal", Guard{}, "http://10.1.2.3/feed", news.EBLOCKEDADDR},
		{"guild: localhost", Guard{}, "http://localhost/feed", news.EBLOCKEDADDR},
		{"numeric host never", private, "http://2130706433/", news.EINVALID},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := news.ErrorCode(tt.g.CheckURL(tt.url)); got != tt.code {
				t.Errorf("CheckURL(%q) = %q, want %q", tt.url, got, tt.code)
			}
		})
	}
	if news.ErrorCode(CheckURL("http://10.1.2.3/")) != news.EBLOCKEDADDR {
		t.Error("CheckURL allows a private literal")
	}
}

// TestGuardMessageHidesAddress: /sources health shows the stored message
// of a failure, so it names the kind of address, never the address.
func TestGuardMessageHidesAddress(t *testing.T) {
	for _, a := range []string{"127.0.0.1", "10.20.30.40", "fd00::1234"} {
		err := Guard{}.Check(netip.MustParseAddr(a))
		msg := news.ErrorMessage(err)
		if news.ErrorCode(err) != news.EBLOCKEDADDR || strings.Contains(msg, a) || !strings.Contains(err.Error(), a) {
			t.Errorf("%s: message %q (error %v): want the kind shown and the address only in the error", a, msg, err)
		}
	}
}

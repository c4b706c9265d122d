package feed

import (
	"net/netip"
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

func TestBlockedReason(t *testing.T) {
	blocked := []string{
		"127.0.0.1", "127.8.9.10", "::1", "10.1.2.3", "172.16.0.1", "172.31.255.255", "192.168.1.1",
		"fc00::1", "fd12:3456::1", "169.254.169.254", "fe80::1", "224.0.0.1", "ff02::1", "0.0.0.0", "::",
		"100.64.0.1", "100.127.255.254", "::ffff:127.0.0.1", "::ffff:10.0.0.1", "::ffff:169.254.169.254",
		"64:ff9b::7f00:1", "255.255.255.255", "198.18.0.1", "240.0.0.1", "0.1.2.3",
	}
	allowed := []string{"8.8.8.8", "1.1.1.1", "172.32.0.1", "100.128.0.1", "2001:4860:4860::8888", "::ffff:8.8.8.8", "64:ff9b::808:808"}
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

package feed

import (
	"context"
	"fmt"
	"net/netip"
	"net/url"
	"strconv"
	"strings"
	"syscall"

	"github.com/conflict-digest/conflict-digest/news"
)

// blockedRanges are the internal ranges netip has no predicate for.
var blockedRanges = []struct {
	prefix netip.Prefix
	name   string
}{
	{netip.MustParsePrefix("0.0.0.0/8"), "a 'this network' address"},
	{netip.MustParsePrefix("100.64.0.0/10"), "a carrier-grade NAT address"},
	{netip.MustParsePrefix("192.0.0.0/24"), "an IETF protocol address"},
	{netip.MustParsePrefix("192.0.2.0/24"), "a documentation address"},
	{netip.MustParsePrefix("192.88.99.0/24"), "a 6to4 relay address"},
	{netip.MustParsePrefix("198.18.0.0/15"), "a benchmarking address"},
	{netip.MustParsePrefix("198.51.100.0/24"), "a documentation address"},
	{netip.MustParsePrefix("203.0.113.0/24"), "a documentation address"},
	{netip.MustParsePrefix("240.0.0.0/4"), "a reserved address"},
	{netip.MustParsePrefix("64:ff9b:1::/48"), "a local NAT64 address"},
	// SIIT's IPv4-translated form (RFC 2765) reaches an IPv4 host through a
	// translator the guard cannot see: refused whatever it carries, as is
	// the IPv4-mapped form (see BlockedReason).
	{netip.MustParsePrefix("::ffff:0:0:0/96"), "an IPv4-translated (SIIT) address"},
	{netip.MustParsePrefix("100::/64"), "a discard-only address"},
	// Teredo tunnels to a host behind a relay; its IPv4 address is
	// obfuscated, so it is refused whatever it carries.
	{netip.MustParsePrefix("2001::/32"), "a Teredo address"},
	{netip.MustParsePrefix("2001::/23"), "an IETF protocol address"},
	{netip.MustParsePrefix("2001:db8::/32"), "a documentation address"},
	{netip.MustParsePrefix("3fff::/20"), "a documentation address"},
	{netip.MustParsePrefix("fec0::/10"), "a site-local address"},
}

// Prefixes whose addresses embed IPv4 ones: the well-known NAT64 prefix and
// the deprecated IPv4-compatible form ::a.b.c.d carry it in bytes 12–15,
// 6to4 (2002:AABB:CCDD::/48) in bytes 2–5.
var (
	nat64      = netip.MustParsePrefix("64:ff9b::/96")
	v4compat   = netip.MustParsePrefix("::/96")
	sixToFour  = netip.MustParsePrefix("2002::/16")
	v6loopback = netip.IPv6Loopback()
)

// embeddedV4 returns the IPv4 address that addr carries, or addr itself.
// :: and ::1 keep their own IPv6 meaning.
func embeddedV4(addr netip.Addr) netip.Addr {
	addr = addr.Unmap()
	if !addr.Is6() || addr.IsUnspecified() || addr == v6loopback {
		return addr
	}
	b := addr.As16()
	switch {
	case nat64.Contains(addr), v4compat.Contains(addr):
		return netip.AddrFrom4([4]byte{b[12], b[13], b[14], b[15]})
	case sixToFour.Contains(addr):
		return netip.AddrFrom4([4]byte{b[2], b[3], b[4], b[5]})
	}
	return addr
}

// BlockedReason says why the SSRF guard refuses addr ("a loopback
// address", ...), or "" when addr may be dialled. NAT64, IPv4-compatible
// and 6to4 forms are judged by the IPv4 address they carry; the IPv4-mapped
// and -translated (SIIT) forms and Teredo are refused whatever they carry.
func BlockedReason(addr netip.Addr) string {
	if addr.Is4In6() {
		// ::ffff:0:0/96 (SIIT's mapped form): no resolver hands it out
		// for a public site; a literal one is a way round IPv4 checks.
		return "an IPv4-mapped address"
	}
	addr = embeddedV4(addr)
	switch {
	case !addr.IsValid():
		return "an invalid address"
	case addr.IsUnspecified():
		return "an unspecified address"
	case addr.IsLoopback():
		return "a loopback address"
	case addr.IsPrivate():
		return "a private-network address"
	case addr.IsLinkLocalUnicast():
		return "a link-local address"
	case addr.IsMulticast():
		return "a multicast address"
	case addr == netip.AddrFrom4([4]byte{255, 255, 255, 255}):
		return "a broadcast address"
	}
	for _, r := range blockedRanges {
		if r.prefix.Contains(addr) {
			return r.name
		}
	}
	return ""
}

// Guard is the SSRF policy: the internal addresses that may be dialled
// all the same. The zero Guard refuses every internal address; it is what
// guild-added sources get. The operator's allowances (CD_FETCH_ALLOW_PRIVATE,
// CD_FETCH_ALLOW_CIDRS) make the Guard of the operator's own sources and of
// the command line, and apply to IP literals and names alike.
type Guard struct {
	AllowPrivate bool           // any internal address may be dialled
	AllowCIDRs   []netip.Prefix // internal addresses in these ranges may be dialled
}

// control runs after name resolution, before connecting: the address is
// the one actually dialled, so DNS tricks and redirects cannot dodge it.
func (g Guard) control(_ context.Context, _, address string, _ syscall.RawConn) error {
	if g.AllowPrivate {
		return nil
	}
	ap, err := netip.ParseAddrPort(address)
	if err != nil {
		return news.WrapError(news.EBLOCKEDADDR, "refused to connect: the address is not an IP address",
			fmt.Errorf("dial %q", address))
	}
	return g.Check(ap.Addr())
}

// Check returns an EBLOCKEDADDR error when addr may not be dialled. Its
// message says what kind of address it is, never the address: guild
// members read it in /sources health, and an internal name's address is
// the operator's business. The address is in the wrapped error, for logs.
func (g Guard) Check(addr netip.Addr) error {
	reason := BlockedReason(addr)
	if reason == "" || g.AllowPrivate {
		return nil
	}
	for _, p := range g.AllowCIDRs {
		if p.Contains(addr.Unmap()) || p.Contains(addr) {
			return nil
		}
	}
	return news.WrapError(news.EBLOCKEDADDR,
		"refused to connect: the site's address is "+reason+" (internal addresses are blocked)",
		fmt.Errorf("address %s", addr))
}

// zero reports whether g allows nothing internal.
func (g Guard) zero() bool { return !g.AllowPrivate && len(g.AllowCIDRs) == 0 }

// CheckURL validates a user-supplied feed or page URL before it is stored,
// with no allowance: what /sources add uses. See Guard.CheckURL.
func CheckURL(raw string) error { return Guard{}.CheckURL(raw) }

// CheckURL validates a feed or page URL before it is stored or read: http
// or https, a host, no credentials, a sane port, and not a literal
// internal address (unless g allows it). The zero Guard also refuses
// "localhost" names at once; with allowances a name is judged where it is
// dialled, by the address it resolves to, as every name is.
func (g Guard) CheckURL(raw string) error {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil {
		return news.WrapError(news.EINVALID, "not a valid URL", err)
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return news.Errorf(news.EUNSUPPORTED, "only http and https URLs are accepted, not %q", u.Scheme)
	}
	host := u.Hostname()
	if host == "" {
		return news.Errorf(news.EINVALID, "the URL has no host")
	}
	if u.User != nil {
		return news.Errorf(news.EINVALID, "URLs with credentials are not accepted")
	}
	if p := u.Port(); p != "" {
		n, err := strconv.Atoi(p)
		if err != nil || n < 1 || n > 65535 {
			return news.Errorf(news.EINVALID, "bad port %q", p)
		}
	}
	lh := strings.TrimSuffix(strings.ToLower(host), ".")
	if g.zero() && (lh == "localhost" || strings.HasSuffix(lh, ".localhost")) {
		return news.Errorf(news.EBLOCKEDADDR, "refused %s: a loopback name", host)
	}
	if addr, err := netip.ParseAddr(host); err == nil {
		return g.Check(addr)
	}
	if numericHost(lh) {
		// Forms such as 2130706433 or 0x7f.1 reach 127.0.0.1 in some resolvers.
		return news.Errorf(news.EINVALID, "refused %s: a numeric host that is not a plain IP address", host)
	}
	return nil
}

// numericHost reports whether every label of host is a number (decimal,
// octal or 0x hex): forms such as 2130706433 or 0x7f.1 that some resolvers
// read as IPv4 addresses.
func numericHost(host string) bool {
	for _, label := range strings.Split(host, ".") {
		digits := strings.TrimPrefix(label, "0x")
		if digits == "" && label != "0x" {
			return false
		}
		for _, r := range digits {
			if !strings.ContainsRune("0123456789abcdef", r) || (len(digits) == len(label) && r > '9') {
				return false
			}
		}
	}
	return true
}

package feed

import (
	"context"
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
	{netip.MustParsePrefix("198.18.0.0/15"), "a benchmarking address"},
	{netip.MustParsePrefix("240.0.0.0/4"), "a reserved address"},
	{netip.MustParsePrefix("64:ff9b:1::/48"), "a local NAT64 address"},
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
// address", ...), or "" when addr may be dialled. IPv4-mapped, NAT64,
// IPv4-compatible and 6to4 forms are judged by the IPv4 address they carry.
func BlockedReason(addr netip.Addr) string {
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

// guard is the SSRF check run on every address the client dials.
type guard struct {
	allowAll bool
	allow    []netip.Prefix
}

// control runs after name resolution, before connecting: the address is
// the one actually dialled, so DNS tricks and redirects cannot dodge it.
func (g *guard) control(_ context.Context, _, address string, _ syscall.RawConn) error {
	if g.allowAll {
		return nil
	}
	ap, err := netip.ParseAddrPort(address)
	if err != nil {
		return news.Errorf(news.EBLOCKEDADDR, "refused to dial %q: not an IP address", address)
	}
	return g.check(ap.Addr())
}

func (g *guard) check(addr netip.Addr) error {
	reason := BlockedReason(addr)
	if reason == "" {
		return nil
	}
	for _, p := range g.allow {
		if p.Contains(addr.Unmap()) || p.Contains(addr) {
			return nil
		}
	}
	return news.Errorf(news.EBLOCKEDADDR,
		"refused to connect to %s: %s (internal addresses are blocked; an operator can allow them)", addr.Unmap(), reason)
}

// CheckURL validates a user-supplied feed or page URL before it is stored:
// http or https, a host, no credentials, a sane port, and not a literal
// internal address or "localhost". Names resolving to internal addresses
// are caught later, at dial time.
func CheckURL(raw string) error {
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
	if lh == "localhost" || strings.HasSuffix(lh, ".localhost") {
		return news.Errorf(news.EBLOCKEDADDR, "refused %s: a loopback name", host)
	}
	if addr, err := netip.ParseAddr(host); err == nil {
		return (&guard{}).check(addr)
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

package feed

import (
	"crypto/sha256"
	"encoding/hex"
	"net"
	"net/url"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/conflict-digest/conflict-digest/news"
)

// trackingParams are query parameters that identify a campaign or a
// referrer, not a page; two URLs differing only in them are the same page.
var trackingParams = map[string]bool{
	"fbclid": true, "gclid": true, "dclid": true, "msclkid": true, "yclid": true,
	"mc_cid": true, "mc_eid": true, "ref": true, "ref_src": true, "ref_url": true,
	"igshid": true, "_ga": true, "_gl": true, "ocid": true, "cmpid": true,
	"cmp": true, "ito": true, "ns_mchannel": true, "ns_source": true,
	"ns_campaign": true, "ns_linkname": true, "ns_fee": true, "at_medium": true,
	"at_campaign": true, "at_custom1": true, "at_custom2": true, "at_custom3": true,
	"at_custom4": true, "taid": true, "smid": true, "xtor": true, "s_cid": true,
	"spm": true, "share": true, "via": true, "rss": true,
}

// CanonicalURL returns raw with a lower-case scheme and host, no default
// port, no fragment, no tracking parameters (utm_*, fbclid, gclid, mc_cid,
// ref, ...) and the query sorted. It returns "" for anything that is not an
// absolute http or https URL.
func CanonicalURL(raw string) string {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || u.Host == "" {
		return ""
	}
	u.Scheme = strings.ToLower(u.Scheme)
	if u.Scheme != "http" && u.Scheme != "https" {
		return ""
	}
	u.User = nil
	u.Fragment, u.RawFragment = "", ""
	u.Host = canonicalHost(u.Scheme, u.Host)
	if u.Hostname() == "" {
		return ""
	}
	if u.Path == "" {
		u.Path = "/"
	}
	q := u.Query()
	for k := range q {
		lk := strings.ToLower(k)
		if strings.HasPrefix(lk, "utm_") || trackingParams[lk] {
			q.Del(k)
		}
	}
	u.RawQuery = q.Encode() // Encode sorts by key
	u.ForceQuery = false
	return u.String()
}

// canonicalHost lower-cases host and drops the scheme's default port.
func canonicalHost(scheme, host string) string {
	host = strings.ToLower(host)
	h, port, err := net.SplitHostPort(host)
	if err != nil {
		return strings.TrimSuffix(host, ".")
	}
	h = strings.TrimSuffix(h, ".")
	if (scheme == "http" && port == "80") || (scheme == "https" && port == "443") || port == "" {
		if strings.Contains(h, ":") {
			return "[" + h + "]"
		}
		return h
	}
	return net.JoinHostPort(h, port)
}

// ContentHash returns the hex SHA-256 of the normalised title and text:
// Unicode NFKC, lower case, punctuation dropped and runs of spaces folded, so
// the same article re-published with other whitespace or quotes hashes alike.
func ContentHash(title, text string) string {
	h := sha256.New()
	h.Write([]byte(normaliseForHash(title)))
	h.Write([]byte{'\n'})
	h.Write([]byte(normaliseForHash(text)))
	return hex.EncodeToString(h.Sum(nil))
}

func normaliseForHash(s string) string {
	if isASCII(s) {
		return normaliseASCII(s)
	}
	s = norm.NFKC.String(s)
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(r))
		default:
			space = true
		}
	}
	return b.String()
}

// normaliseASCII is normaliseForHash of an ASCII string, byte by byte: the
// rune-by-rune Unicode path cost a quarter of preparing an article
// (cmd/ingestbench's profile) for the same bytes.
func normaliseASCII(s string) string {
	b := make([]byte, 0, len(s))
	space := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		default:
			space = true
			continue
		}
		if space && len(b) > 0 {
			b = append(b, ' ')
		}
		space = false
		b = append(b, c)
	}
	return string(b)
}

// Prepare makes a freshly read article ready to store: it folds the title's
// whitespace, cleans the text (CleanText), fills CanonicalURL and
// ContentHash, and puts Published and Fetched in UTC.
func Prepare(a *news.Article) {
	a.Title = collapseSpaces(a.Title)
	text := CleanText(a.Title, a.Text)
	if strings.TrimSpace(text) == "" {
		// A headline-only item repeats its title as its text; cleaning
		// the repeated headline away would refuse it as empty.
		text = collapseSpaces(a.Text)
	}
	a.Text = text
	a.CanonicalURL = CanonicalURL(a.URL)
	a.ContentHash = ContentHash(a.Title, a.Text)
	if !a.Published.IsZero() {
		a.Published = a.Published.UTC()
	}
	if !a.Fetched.IsZero() {
		a.Fetched = a.Fetched.UTC()
	}
}

// collapseSpaces trims s and folds every run of white space into one space.
func collapseSpaces(s string) string {
	if !needsCollapse(s) {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// needsCollapse reports whether s has leading, trailing, repeated or
// non-space white space.
func needsCollapse(s string) bool {
	prevSpace := true
	for _, r := range s {
		space := unicode.IsSpace(r)
		if space && (prevSpace || r != ' ') {
			return true
		}
		prevSpace = space
	}
	return prevSpace && s != ""
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

package digest

import (
	"net/url"
	"strings"
	"unicode"
	"unicode/utf8"
)

// MaxLinkURL is the longest URL made a link: Discord refuses a longer one
// in an embed (50035), and a longer one in a message is no reader's link.
const MaxLinkURL = 2048

// mdEscaper backslash-escapes what Discord's Markdown reads as syntax:
// emphasis, code, spoilers, masked links ([..]), mentions, timestamps and
// autolinks in angle brackets (<..>), headings and subtext (#), and
// quotes (>). "@" gets a zero-width space so that @everyone and @here
// read as text even where mentions are parsed, and "://" an escaped colon
// so that no web address in outside text becomes a link. The backslash
// goes first: outside text cannot pre-escape our escapes.
var mdEscaper = strings.NewReplacer(`\`, `\\`, "*", `\*`, "_", `\_`, "~", `\~`, "`", "\\`",
	"|", `\|`, "[", `\[`, "]", `\]`, "<", `\<`, ">", `\>`, "#", `\#`, "@", "@\u200b", "://", `\://`)

// EscapeMarkdown makes outside text (a feed's titles, summaries, outlet
// names, a user's words) plain text in Discord's Markdown: it reads as the
// same words, and nothing in it can become a link, a mention, a heading,
// a quote, code or formatting. Control and format characters (bidi
// overrides, zero-width joiners) are dropped; line breaks are kept.
func EscapeMarkdown(s string) string {
	return mdEscaper.Replace(dropControls(s))
}

// dropControls removes control characters but the line break and format
// characters (Unicode Cf: bidi overrides that reorder what a reader sees,
// invisible joiners); a tab becomes a space.
func dropControls(s string) string {
	clean := true
	for _, r := range s {
		if dropped(r) {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '\t':
			b.WriteByte(' ')
		case dropped(r):
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// dropped reports whether dropControls drops r (a tab is replaced). ASCII,
// nearly all of a digest, is decided without the Unicode tables: its
// controls are below space and DEL, and it has no format characters.
func dropped(r rune) bool {
	if r < utf8.RuneSelf {
		return r != '\n' && (r < ' ' || r == 0x7f)
	}
	return r == utf8.RuneError || unicode.Is(unicode.Cc, r) || unicode.Is(unicode.Cf, r)
}

// linkEscaper percent-encodes what would end or break a Markdown link's
// target; url.URL.String leaves these in paths and queries.
var linkEscaper = strings.NewReplacer("(", "%28", ")", "%29", "<", "%3C", ">", "%3E", "[", "%5B", "]", "%5D",
	`"`, "%22", `\`, "%5C", "`", "%60", " ", "%20")

// LinkURL returns raw fit to be a link target in a message or an embed:
// an absolute http(s) URL with a host and no credentials (a way to show a
// trusted host in front of another), at most MaxLinkURL characters, with
// every character that could end the link percent-encoded. ok is false for
// anything else, which must then be shown as text or not at all.
func LinkURL(raw string) (link string, ok bool) {
	raw = strings.TrimSpace(raw)
	if len(raw) > MaxLinkURL || strings.ContainsFunc(raw, func(r rune) bool { return r < 0x20 || r == 0x7f }) {
		return "", false
	}
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.User != nil || u.Opaque != "" {
		return "", false
	}
	link = linkEscaper.Replace(u.String())
	if len(link) > MaxLinkURL {
		return "", false
	}
	return link, true
}

package testutil

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// neutral stands in for an escaped character in the view markdownLeaks
// scans: it is no Markdown syntax and no part of a URL.
const neutral = '\u2591'

// unescapedView returns md with every backslash escape (a backslash and a
// character that is neither a letter, a digit nor a space, as Discord's
// Markdown reads it) replaced by the neutral character: what remains is
// what Discord would parse as syntax.
func unescapedView(md string) string {
	var b strings.Builder
	for i := 0; i < len(md); {
		r, n := utf8.DecodeRuneInString(md[i:])
		if r == '\\' && i+n < len(md) {
			next, m := utf8.DecodeRuneInString(md[i+n:])
			if !unicode.IsLetter(next) && !unicode.IsDigit(next) && !unicode.IsSpace(next) {
				b.WriteRune(neutral)
				i += n + m
				continue
			}
		}
		b.WriteRune(r)
		i += n
	}
	return b.String()
}

var (
	maskedLink = regexp.MustCompile(`\[([^\[\]]*)\]\(\s*<?((?:\([^()\s]*\)|[^()\s<>])*)>?\s*\)`)
	autolink   = regexp.MustCompile(`(?i)[a-z][a-z0-9+.-]*://`)
	angled     = regexp.MustCompile(`<[^>\s]*>?`)
	timestamp  = regexp.MustCompile(`^<t:-?\d+(:[tTdDfFR])?>$`)
	massPing   = regexp.MustCompile(`@(everyone|here)`)
)

// MarkdownLeaks returns what in md Discord would show as a link, a mention
// or a web address other than the links the renderer was asked to make
// (allowed: their targets). Timestamps (<t:…>) are no leak: the bot's own.
func MarkdownLeaks(md string, allowed map[string]bool) []string {
	view := unescapedView(md)
	var leaks []string
	view = maskedLink.ReplaceAllStringFunc(view, func(m string) string {
		sub := maskedLink.FindStringSubmatch(m)
		if !allowed[sub[2]] || autolink.MatchString(sub[1]) {
			leaks = append(leaks, "masked link "+m)
		}
		return "LINK"
	})
	if strings.Contains(view, "](") { // a link target the pattern above does not read
		leaks = append(leaks, "link syntax left: "+view)
	}
	for _, m := range autolink.FindAllString(view, -1) {
		leaks = append(leaks, "web address "+m)
	}
	for _, m := range angled.FindAllString(view, -1) {
		if !timestamp.MatchString(m) {
			leaks = append(leaks, "angle brackets "+m)
		}
	}
	for _, m := range massPing.FindAllString(view, -1) {
		leaks = append(leaks, "mention "+m)
	}
	return leaks
}

package analyze

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/conflict-digest/conflict-digest/lang"
)

// CleanSentence returns a sentence of an article without the page furniture
// the article summary strips — a dateline, the headline run into the lead,
// an agency tag — and whether what is left reads as news rather than page
// clutter (a tag list, a "read more", a photo caption). Story summaries use
// it so that the sentences they pick across articles are cleaned exactly as
// one article's summary is. title is the article's title, "" when unknown.
func CleanSentence(s, title string) (string, bool) {
	text := cleanSentence(s, strings.ToLower(s), title)
	low := strings.ToLower(text)
	ws := lang.Words(low)
	if len(ws) == 0 || isBoilerplate(low, ws) || endsWithDate(ws) || hasTagList(text) {
		return text, false
	}
	return text, true
}

// hasTagList reports a page's tag list glued inside a sentence ("... of the
// war-torn city Tags Syria Aleppo UN De Mistura Eleven people ..."): where
// the splitter found no sentence end before it, the list and the sentences
// around it run together and no part of them can be quoted whole.
func hasTagList(s string) bool {
	i := strings.Index(s, " Tags ")
	if i < 0 {
		return false
	}
	next, _, _ := strings.Cut(s[i+len(" Tags "):], " ")
	r, _ := utf8.DecodeRuneInString(next)
	return unicode.IsUpper(r)
}

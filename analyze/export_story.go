package analyze

import "strings"

// CleanSentence returns a sentence of an article without the page furniture
// the article summary strips — a dateline, the headline run into the lead,
// an agency tag — and whether what is left reads as news rather than page
// clutter (a tag list, a "read more", a photo caption). Story summaries use
// it so that the sentences they pick across articles are cleaned exactly as
// one article's summary is. title is the article's title, "" when unknown.
func CleanSentence(s, title string) (string, bool) {
	text := cleanSentence(s, strings.ToLower(s), title)
	low := strings.ToLower(text)
	ws := words(low)
	if len(ws) == 0 || isBoilerplate(low, ws) || endsWithDate(ws) {
		return text, false
	}
	return text, true
}

package analyze

import (
	"strings"
	"unicode"
)

// maxQuoteLead is how many sentences an opening quotation may run before
// the sentence that tells the news.
const maxQuoteLead = 3

// headSentence returns the index of the sentence that does a headline's
// work in a text that came without one: the first, unless the text opens
// with a quotation that its own sentences close ("“I've returned strong,
// see? I wasn't scared.” A woman freed from prison under the truce deal
// was reunited with her parents"), as a post leads with what someone said
// and tells the news after it: then the first sentence after the
// quotation. A quotation closed inside a sentence ("“We were not scared,”
// she said after her release") keeps that sentence first, and so does a
// quotation followed by nothing but a page's furniture.
func headSentence(d *doc) int {
	if len(d.sents) < 2 || !opensWithQuote(d.sents[0].text) {
		return 0
	}
	for i := range d.sents[:min(len(d.sents)-1, maxQuoteLead)] {
		if !endsWithQuote(d.sents[i].text) || opensWithQuote(d.sents[i+1].text) {
			continue
		}
		if furniture(&d.sents[i+1]) {
			return 0
		}
		return i + 1
	}
	return 0
}

// opensWithQuote reports a sentence whose first mark after any emoji or
// bullet is an opening quotation mark.
func opensWithQuote(s string) bool {
	s = strings.TrimLeftFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '"' && r != '“'
	})
	return strings.HasPrefix(s, "“") || strings.HasPrefix(s, "\"")
}

// endsWithQuote reports a sentence that ends with a closing quotation mark.
func endsWithQuote(s string) bool {
	s = strings.TrimRightFunc(s, unicode.IsSpace)
	return strings.HasSuffix(s, "”") || strings.HasSuffix(s, "\"")
}

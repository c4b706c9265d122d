package analyze

import (
	"strings"
	"unicode"
)

// digestItems is how many items of a news digest must open with a
// dateline of their own ("ZEEBRUGGE, Belgium - ...", "MANILA - ...") for
// the article to be a digest, not one story told from one place.
const digestItems = 3

// itemDashReach is how far into a sentence a digest item's dash may stand.
const itemDashReach = 40

// digestOthers marks the figures of a news digest's later items as other
// events': a wire's "World News Highlights" strings separate stories, each
// under its own dateline, and only the first is the article's news (a
// reader takes the lead item as the digest's story and the rest as other
// stories, whatever their tolls). An article with fewer datelines is one
// story.
func digestOthers(sents []factSentence, ms []mention) {
	var starts []int
	for si := range sents {
		if sents[si].index >= 0 && itemDateline(sents[si].text) {
			starts = append(starts, si)
		}
	}
	if len(starts) < digestItems {
		return
	}
	for i := range ms {
		if ms[i].sent >= starts[1] {
			ms[i].other = true
		}
	}
}

// itemDateline reports a sentence that opens with a place in capitals, a
// country after a comma perhaps, then a dash: "BAHIA BLANCA, Argentina -
// Pope John Paul began ...", "WASHINGTON - President Reagan said ...".
func itemDateline(text string) bool {
	text = strings.TrimSpace(text)
	// a dash past the reach is turned away: only its first bytes are searched
	d := strings.Index(text[:min(len(text), itemDashReach+len(" - "))], " - ")
	if d <= 0 {
		return false
	}
	place, _, _ := strings.Cut(text[:d], ",")
	letters := 0
	for _, r := range place {
		switch {
		case unicode.IsUpper(r):
			letters++
		case r == ' ' || r == '.' || r == '-' || r == '\'':
		default:
			return false // "Mr Foo - ...": a name, not a place in capitals
		}
	}
	return letters >= 3
}

package news

import (
	"slices"
	"strings"
	"unicode"
)

// Copies of one report share their title and the opening of their text,
// words compared with case, spaces and punctuation aside: a feed that
// repeats an item under another date or link, two sections of one site, an
// outlet that re-publishes its report with a line added at its end or a
// quote mark set otherwise, a feed's summary cut from the report's first
// lines. Reports that differ in their title or anywhere in their opening —
// another day, another toll, another town — are not copies. The question
// answerer cites copies once (ask) and a story lists them as one report
// (story.Build), by this one rule.
const (
	// CopyOpening is how many words of the text open it.
	CopyOpening = 30
	// minCutCopy is how many words a text shorter than the other's
	// opening holds at least to be its cut copy (a feed's summary).
	minCutCopy = 12
)

// Opening is what copies of one report share (see Copies).
type Opening struct {
	title string
	words []string // the text's first CopyOpening words
	whole bool     // words is the whole text
}

// OpeningOf returns the opening of a report of that title and text.
func OpeningOf(title, text string) Opening {
	o := Opening{title: strings.Join(copyWords(title, -1), " ")}
	all := copyWords(text, CopyOpening+1)
	o.whole = len(all) <= CopyOpening
	o.words = all[:min(len(all), CopyOpening)]
	return o
}

// Title is the opening's title as copies compare it: a key for grouping
// reports that may be copies.
func (o Opening) Title() string { return o.title }

// Copies reports whether the reports of o and p are copies of one report:
// the same title, and the same opening text — or one text all of whose
// words (at least minCutCopy, the last perhaps cut short) open the other.
func (o Opening) Copies(p Opening) bool {
	if o.title != p.title {
		return false
	}
	if len(o.words) == len(p.words) && o.whole == p.whole {
		return slices.Equal(o.words, p.words)
	}
	s, l := o, p
	if len(s.words) > len(l.words) {
		s, l = l, s
	}
	n := len(s.words)
	if !s.whole || n < minCutCopy {
		return false
	}
	return slices.Equal(s.words[:n-1], l.words[:n-1]) && strings.HasPrefix(l.words[n-1], s.words[n-1])
}

// copyWords returns the first max words of s (all when max < 0): runs of
// letters and digits, lower case.
func copyWords(s string, max int) []string {
	var out []string
	for f := range strings.FieldsFuncSeq(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if len(out) == max {
			break
		}
		out = append(out, strings.ToLower(f))
	}
	return out
}

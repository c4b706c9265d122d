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

// Near copies of one report (issue 14.5): one wire story carried by
// several outlets with small edits — a headline of their own, a sentence
// cut, a paragraph added, a word changed — is one text, which Copies (the
// same title and opening) does not join. Two texts are near copies when at
// least NearShare of the distinct NearShingle-word runs of the shorter
// (words as copyWords reads them; titles left out, as outlets write their
// own) occur in the longer, and the shorter holds at least NearMinWords
// words. The relation is a pair's, never chained: two briefs that one
// round-up holds whole are each its near copy, not each other's. An edit
// every 20 words keeps about three quarters of the runs; two outlets' own
// reports of one event share few runs of five words.
const (
	NearShingle  = 5
	NearShare    = 0.5
	NearMinWords = 25
)

// Shingles are the distinct hashed NearShingle-word runs of a text, sorted.
type Shingles []uint64

// ShinglesOf returns the shingles of text, none when it holds fewer than
// NearMinWords words.
func ShinglesOf(text string) Shingles {
	words := copyWords(text, -1)
	if len(words) < NearMinWords {
		return nil
	}
	hs := make([]uint64, len(words))
	for i, w := range words {
		h := uint64(14695981039346656037) // FNV-1a of the word
		for k := 0; k < len(w); k++ {
			h = (h ^ uint64(w[k])) * 1099511628211
		}
		hs[i] = h
	}
	out := make(Shingles, 0, len(words)-NearShingle+1)
	for i := 0; i+NearShingle <= len(hs); i++ {
		var h uint64
		for _, x := range hs[i : i+NearShingle] {
			h = (h*31 + x) ^ (h >> 29)
		}
		out = append(out, h)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// NearShared reports whether two texts of a and b shingles, shared of them
// common, are near copies: shared is at least NearShare of the shorter's.
func NearShared(shared, a, b int) bool {
	s := min(a, b)
	return s > 0 && float64(shared) >= NearShare*float64(s)
}

// NearCopy reports whether the texts of s and o are near copies.
func (s Shingles) NearCopy(o Shingles) bool {
	shared := 0
	for i, j := 0, 0; i < len(s) && j < len(o); {
		switch {
		case s[i] < o[j]:
			i++
		case s[i] > o[j]:
			j++
		default:
			shared, i, j = shared+1, i+1, j+1
		}
	}
	return NearShared(shared, len(s), len(o))
}

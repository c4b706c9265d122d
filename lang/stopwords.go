package lang

import (
	_ "embed"
	"fmt"
	"strings"
)

// Tier is a set of stop-word tiers: users that need different strengths
// pick from the one list instead of keeping lists of their own.
type Tier uint8

// The tiers of stopwords.txt, and Calendar (month and weekday names).
const (
	Function  Tier = 1 << iota // closed-class words: "the", "of", "which"
	Reporting                  // verbs of saying: "said", "told", "according"
	Report                     // outlets' labels: "report", "reported", "news"
	Furniture                  // page furniture and agency tags: "updated", "tags", "reuters"
	Vague                      // words that name no topic: "many", "number", "kind"
	Calendar                   // month and weekday names, full (and short for months)
)

// tierNames are the section names of stopwords.txt.
var tierNames = map[string]Tier{
	"function": Function, "reporting": Reporting, "report": Report, "furniture": Furniture, "vague": Vague,
}

//go:embed stopwords.txt
var stopData string

// stops maps each stop word to its tier. A malformed stopwords.txt is a
// programming error caught by the tests; it panics at start-up rather than
// ship a silently shorter list.
var stops = mustStops(stopData)

// stopTable is stops as IsStop reads them.
var stopTable = WordMapOf(stops)

func mustStops(data string) map[string]Tier {
	m, err := parseStops(data)
	if err != nil {
		panic(err)
	}
	for w := range months {
		m[w] |= Calendar
	}
	for w := range weekdays {
		m[w] |= Calendar
	}
	return m
}

// parseStops reads the tiered list: "[tier]" lines, words, "#" comments.
// A word listed twice, or before any tier, is an error.
func parseStops(data string) (map[string]Tier, error) {
	m := map[string]Tier{}
	var tier Tier
	for _, l := range lexiconLines(data) {
		n, line := l.n, strings.TrimSpace(l.text)
		if name, ok := strings.CutPrefix(line, "["); ok {
			t, known := tierNames[strings.TrimSuffix(name, "]")]
			if !known || !strings.HasSuffix(name, "]") {
				return nil, fmt.Errorf("parse stop words line %d: unknown tier %q", n, line)
			}
			tier = t
			continue
		}
		for _, w := range strings.Fields(line) {
			switch {
			case tier == 0:
				return nil, fmt.Errorf("parse stop words line %d: %q before any tier", n, w)
			case m[w] != 0:
				return nil, fmt.Errorf("parse stop words line %d: %q listed twice", n, w)
			case w != strings.ToLower(w):
				return nil, fmt.Errorf("parse stop words line %d: %q is not lower-case", n, w)
			}
			m[w] = tier
		}
	}
	return m, nil
}

// IsStop reports whether the lower-case word w is a stop word of any of the
// tiers.
func IsStop(w string, tiers Tier) bool {
	return stopTable.Get(w)&tiers != 0
}

// IsStopAnyCase is IsStop of w in lower case ("The", "IN"), lowered
// without a copy when w is short and ASCII.
func IsStopAnyCase(w string, tiers Tier) bool {
	var buf [16]byte
	b, ok := AppendLowerASCII(buf[:0], w)
	if !ok {
		return IsStop(strings.ToLower(w), tiers)
	}
	return stopTable.Get(string(b))&tiers != 0
}

// StopWords returns the stop words of any of the tiers, for a caller that
// files them with word lists of its own (IsStop of each is true).
func StopWords(tiers Tier) map[string]bool {
	out := map[string]bool{}
	for w, t := range stops {
		if t&tiers != 0 {
			out[w] = true
		}
	}
	return out
}

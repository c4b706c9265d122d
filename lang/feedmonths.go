package lang

import (
	_ "embed"
	"fmt"
	"strings"
	"time"
)

//go:embed lexicon/feedmonths.tsv
var feedMonthData string

// feedMonths maps each abbreviation of lexicon/feedmonths.tsv to its
// month. A malformed table is a programming error the tests catch: it
// panics at start-up rather than ship a shorter one.
var feedMonths = mustFeedMonths(feedMonthData)

func mustFeedMonths(data string) map[string]time.Month {
	m, err := parseFeedMonths(data)
	if err != nil {
		panic(err)
	}
	return m
}

// parseFeedMonths reads rows of a month's English name and its
// abbreviations. An unknown month, a row of no abbreviation, an
// abbreviation not in lower case or one listed twice is an error.
func parseFeedMonths(data string) (map[string]time.Month, error) {
	out := map[string]time.Month{}
	for _, l := range lexiconLines(data) {
		cols := l.cols()
		m, ok := months[cols[0]]
		switch {
		case len(cols) != 2 || strings.TrimSpace(cols[1]) == "":
			return nil, fmt.Errorf("feedmonths.tsv:%d: %d columns, want a month and its abbreviations", l.n, len(cols))
		case !ok || len(cols[0]) < len(m.String()):
			return nil, fmt.Errorf("feedmonths.tsv:%d: %q is no month's full name", l.n, cols[0])
		}
		for _, w := range strings.Fields(cols[1]) {
			if err := addFeedMonth(out, w, m); err != nil {
				return nil, fmt.Errorf("feedmonths.tsv:%d: %v", l.n, err)
			}
		}
	}
	return out, nil
}

func addFeedMonth(out map[string]time.Month, w string, m time.Month) error {
	switch _, seen := out[w]; {
	case seen:
		return fmt.Errorf("%q listed twice", w)
	case w != strings.ToLower(w):
		return fmt.Errorf("%q is not lower-case", w)
	}
	out[w] = m
	return nil
}

// FeedMonth returns the month a lower-case abbreviation in a feed's date
// names, in Portuguese, Spanish, French, German, Italian or English
// ("set", "févr", "dez", "jan"). Only for a date's month field: some of
// the abbreviations are English words ("set", "out"), which Month, for news
// text, does not take for months.
func FeedMonth(w string) (time.Month, bool) {
	m, ok := feedMonths[w]
	return m, ok
}

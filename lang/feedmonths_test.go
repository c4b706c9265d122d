package lang

import (
	"maps"
	"testing"
	"time"
)

// TestFeedMonthsTable holds the table whole: a row or a word lost from
// lexicon/feedmonths.tsv (feed's dates in other languages) fails here.
func TestFeedMonthsTable(t *testing.T) {
	want := map[time.Month][]string{
		time.January: {"jan", "janv", "ene", "gen", "jän"}, time.February: {"fev", "févr", "fevr", "feb"},
		time.March: {"mar", "mars", "mär", "marz"}, time.April: {"abr", "avr", "apr"},
		time.May: {"mai", "may", "mag"}, time.June: {"jun", "juin", "giu"},
		time.July: {"jul", "juil", "lug"}, time.August: {"ago", "août", "aout", "aug"},
		time.September: {"set", "sep", "sept"}, time.October: {"out", "oct", "okt", "ott"},
		time.November: {"nov"}, time.December: {"dez", "dic", "déc", "dec"},
	}
	wantMap := map[string]time.Month{}
	for m, ws := range want {
		for _, w := range ws {
			wantMap[w] = m
		}
	}
	if !maps.Equal(feedMonths, wantMap) {
		t.Errorf("feed months: got %v, want %v", feedMonths, wantMap)
	}
	for w, m := range wantMap {
		if got, ok := FeedMonth(w); !ok || got != m {
			t.Errorf("FeedMonth(%q) = %v, %v, want %v", w, got, ok, m)
		}
	}
	for _, w := range []string{"Set", "september", "", "sett"} {
		if _, ok := FeedMonth(w); ok {
			t.Errorf("FeedMonth(%q): a month", w)
		}
	}
}

func TestParseFeedMonthsErrors(t *testing.T) {
	for _, bad := range []string{
		"sept\tset",            // a short name for the month
		"septembre\tset",       // no English month
		"september",            // no abbreviation
		"september\t ",         // no abbreviation
		"september\tset\tsep",  // three columns
		"september\tSet",       // not lower case
		"march\tmar\nmay\tmar", // listed twice
	} {
		if _, err := parseFeedMonths(bad); err == nil {
			t.Errorf("parseFeedMonths(%q): no error", bad)
		}
	}
}

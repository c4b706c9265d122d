package lang

import (
	"strings"
	"testing"
)

// TestPairSetHoldsItsTable: a pairSet never turns away a word of its table
// (it would make Month or Cardinal miss it), and turns away words outside.
func TestPairSetHoldsItsTable(t *testing.T) {
	tables := map[string]*pairSet{}
	for name, words := range map[string][]string{
		"months": keys(months), "weekdays": keys(weekdays), "short weekdays": keys(shortWeekdays),
		"cardinals": keys(cardinals), "scales": keys(scales), "amounts": keys(amounts),
	} {
		p := pairsOf(toSet(words))
		tables[name] = p
		for _, w := range words {
			if !p.mayHold(w) {
				t.Errorf("%s: pairSet turns away %q", name, w)
			}
		}
	}
	for _, w := range []string{"killed", "the", "people"} {
		if tables["months"].mayHold(w) {
			t.Errorf("months: pairSet lets %q through", w)
		}
	}
	for _, w := range []string{"", "a"} {
		if !tables["months"].mayHold(w) {
			t.Errorf("months: pairSet turns away the short word %q", w)
		}
	}
}

func keys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for w := range m {
		out = append(out, w)
	}
	return out
}

func toSet(ws []string) map[string]bool {
	m := map[string]bool{}
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// BenchmarkTableWords asks the calendar and number tables about every word
// of a sentence, as the analysis does.
func BenchmarkTableWords(b *testing.B) {
	ws := Words(strings.Repeat("At least twelve civilians were killed in air strikes on al-Bab's market on Tuesday 3 March, dozens more wounded. ", 4))
	for b.Loop() {
		for _, w := range ws {
			Month(w)
			Weekday(w)
			Cardinal(w)
			Amount(w)
			Scale(w)
		}
	}
}

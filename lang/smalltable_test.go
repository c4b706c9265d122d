package lang

import (
	"strings"
	"testing"
)

// TestSmallTableIsItsMap: a smallTable finds every word of its map with its
// value, and no other word (the lookups it serves read it for the map).
func TestSmallTableIsItsMap(t *testing.T) {
	check := func(name string, tab *smallTable, m map[string]int64) {
		for w, v := range m {
			if got, ok := tab.get(w); !ok || got != v || !tab.has(w) {
				t.Errorf("%s: get(%q) = %d, %v, has %v, want %d, true, true", name, w, got, ok, tab.has(w), v)
			}
		}
		for _, w := range append(Words("At least twelve civilians were killed in air strikes on al-Bab's market on Tuesday 3 March, dozens more wounded, mays marc sixt junes"), "", "a", "j", "ma", "mayy", "sep.") {
			if _, in := m[w]; in {
				continue
			}
			if got, ok := tab.get(w); ok || got != 0 || tab.has(w) {
				t.Errorf("%s: get(%q) = %d, %v, has %v, want 0, false, false", name, w, got, ok, tab.has(w))
			}
		}
	}
	check("months", monthSmall, int64s(months))
	check("weekdays", weekdaySmall, int64s(weekdays))
	check("short weekdays", shortWeekdaySmall, int64s(shortWeekdays))
	check("cardinals", cardinalSmall, cardinals)
	check("scales", scaleSmall, scales)
	check("amounts", amountSmall, amounts)
}

func int64s[V ~int](m map[string]V) map[string]int64 {
	out := map[string]int64{}
	for w, v := range m {
		out[w] = int64(v)
	}
	return out
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

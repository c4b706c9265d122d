package lang

import (
	"strings"
	"testing"
)

// TestUnitsTable holds the readers' words of lexicon/units.tsv: question
// answering's lengths of time, and the measures after a number that
// analysis and question answering read as no count.
func TestUnitsTable(t *testing.T) {
	for _, tc := range []struct {
		kinds UnitKind
		words string
	}{
		{TimeUnit, "second seconds minute minutes hour hours day days week weeks month months year years"},
		{LongTimeUnit, "decade decades century centuries"},
		{DistanceUnit, "km kilometre kilometres kilometer kilometers mile miles metre metres meter meters mm"},
		{ShareUnit, "percent per cent pct"},
		{MassUnit, "kg tons tonnes"},
		{AreaUnit, "km2 sq square"},
	} {
		for _, w := range strings.Fields(tc.words) {
			if !Unit(w, tc.kinds) || !Unit(w, AnyUnit) {
				t.Errorf("Unit(%q, %b) = false, want true", w, tc.kinds)
			}
		}
	}
	if got, want := len(units), 40; got != want {
		t.Errorf("units: got %d words, want %d", got, want)
	}
	for _, tc := range []struct {
		w     string
		kinds UnitKind
	}{{"days", DistanceUnit}, {"km", TimeUnit}, {"Km", AnyUnit}, {"people", AnyUnit}, {"", AnyUnit}} {
		if Unit(tc.w, tc.kinds) {
			t.Errorf("Unit(%q, %b) = true, want false", tc.w, tc.kinds)
		}
	}
}

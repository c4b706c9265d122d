package lang

import (
	"strings"
	"testing"
)

func TestStopTiers(t *testing.T) {
	tests := []struct {
		w     string
		tiers Tier
		want  bool
	}{
		{"the", Function, true}, {"which", Function, true}, {"said", Function, false},
		{"said", Reporting, true}, {"reported", Report, true}, {"reuters", Furniture, true},
		{"many", Vague, true}, {"may", Calendar, true}, {"tuesday", Calendar, true}, {"jan", Calendar, true},
		{"strike", Function | Reporting | Report | Furniture | Vague | Calendar, false},
		{"The", Function, false}, {"", Function, false},
	}
	for _, tt := range tests {
		if got := IsStop(tt.w, tt.tiers); got != tt.want {
			t.Errorf("IsStop(%q, %b) = %v, want %v", tt.w, tt.tiers, got, tt.want)
		}
	}
}

// TestStopListParses checks the shipped list (a word in one tier only, all
// lower-case) and that the parser refuses what would silently shorten it.
func TestStopListParses(t *testing.T) {
	m, err := parseStops(stopData)
	if err != nil {
		t.Fatal(err)
	}
	if len(m) < 150 {
		t.Errorf("%d stop words, want the whole list (>= 150)", len(m))
	}
	for w, tier := range m {
		if _, month := Month(w); month {
			t.Errorf("%q (tier %b) is a month: the Calendar tier knows it", w, tier)
		}
	}
	for _, bad := range []string{"the", "[function]\nthe the", "[nonsense]\nthe", "[function\nthe", "[function]\nThe"} {
		if _, err := parseStops(bad); err == nil {
			t.Errorf("parseStops(%q) = nil error", bad)
		} else if !strings.Contains(err.Error(), "line") {
			t.Errorf("parseStops(%q) error %q names no line", bad, err)
		}
	}
}

// TestStopWords: StopWords lists the words IsStop holds of the tiers, and
// only those.
func TestStopWords(t *testing.T) {
	for _, tiers := range []Tier{Function, Reporting, Function | Reporting, Calendar} {
		got := StopWords(tiers)
		for w := range stops {
			if got[w] != IsStop(w, tiers) {
				t.Errorf("StopWords(%v)[%q] = %v, IsStop says %v", tiers, w, got[w], IsStop(w, tiers))
			}
		}
		if len(got) == 0 {
			t.Errorf("StopWords(%v) is empty", tiers)
		}
	}
}

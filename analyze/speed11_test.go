package analyze

import (
	"strings"
	"testing"

	"github.com/conflict-digest/conflict-digest/lang"
)

// TestTailTRTOpensTheTRTCues: cutTail skips the first two tailCues when
// tailTRT is not in a sentence, so both must begin with it.
func TestTailTRTOpensTheTRTCues(t *testing.T) {
	for _, c := range tailCues[:2] {
		if !strings.HasPrefix(c, " "+tailTRT) {
			t.Errorf("tail cue %q does not begin with %q", c, " "+tailTRT)
		}
	}
	for _, c := range tailCues[2:] {
		if strings.HasPrefix(c, " "+tailTRT) {
			t.Errorf("tail cue %q begins with %q but is searched for alone", c, " "+tailTRT)
		}
	}
	s := "Turkish jets struck PKK targets in northern Iraq. Source TRT World and agencies"
	if got, want := cutTail(s), "Turkish jets struck PKK targets in northern Iraq."; got != want {
		t.Errorf("cutTail(%q) = %q, want %q", s, got, want)
	}
}

// TestNamesHazardAsMap: the hazard words as a WordSet hold what their map
// held, and namesHazard reads headlines as hazardHeadline's loop did.
func TestNamesHazardAsMap(t *testing.T) {
	m := lang.CauseWords(lang.HazardSubject)
	for w := range m {
		if !hazardWords.Has(w) {
			t.Errorf("hazardWords lacks %q", w)
		}
	}
	for _, tt := range []struct {
		title string
		want  bool
	}{
		{"NDRRMC Update SitRep No.05 re Effects of Typhoon Vinta", true},
		{"Haiti: Tropical Storm Melissa - Flash Update No.5", true},
		{"Gunmen kill 12 villagers in central Mali", false},
	} {
		ws := lang.Words(lang.Lower(tt.title))
		in := false
		for _, w := range ws {
			in = in || m[w]
		}
		if got := namesHazard(ws); got != tt.want || got != in {
			t.Errorf("namesHazard(%q) = %v, want %v (map %v)", tt.title, got, tt.want, in)
		}
	}
}

// TestWordAfter: trimDateline's next word, now asked lazily.
func TestWordAfter(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"  Monday, killed", "Monday,"},
		{"March 2017 (AFP)", "March"},
		{"", ""},
		{"   ", ""},
	} {
		if got := wordAfter(tt.in); got != tt.want {
			t.Errorf("wordAfter(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	for _, tt := range []struct{ in, want string }{
		{"On Monday gunmen killed 12", "On Monday gunmen killed 12"},
		{"12 March 2017 Gunmen killed 12", "Gunmen killed 12"},
		{"Monday, 12 March 2017 | Gunmen killed 12", "Gunmen killed 12"},
	} {
		if got := trimDateline(tt.in); got != tt.want {
			t.Errorf("trimDateline(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

package analyze

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// TestKilledEvacueesAreKilled: further ways of saying that evacuees were
// killed (invented sentences). Each count of them is a death toll or its
// part, never an evacuation figure ("Evacuated — SOHR: 98").
func TestKilledEvacueesAreKilled(t *testing.T) {
	tests := []struct {
		text   string
		killed int64 // a killed figure (main or part) of this value
	}{
		{"The bombing killed 126 people including 98 evacuees, the Observatory said.", 98},
		{"Most of the 126 dead were evacuees from Foua, the Observatory said.", 126},
		{"The blast killed at least 98 evacuees waiting at the transit point.", 98},
		{"The evacuees, 98 of whom died in the blast, had waited for hours at the transit point.", 98},
		{"Of the 126 people killed, 98 were evacuees waiting to leave, the Observatory said.", 98},
		{"Of the 126 killed, 98 were evacuees.", 98},
		{"The Observatory said 98 of the 126 dead were evacuees from the two towns.", 98},
		{"The Observatory said the attack killed 126 people, 98 of them evacuees who had left Foua.", 98},
		{"The toll of 126 dead includes 98 evacuees and 68 children, the Observatory said.", 98},
		{"A total of 98 evacuees were among 126 people killed, the Observatory said.", 98},
		{"A suicide bomber killed 126 people, 98 evacuees among them.", 98},
		{"The death toll rose to 126, with 98 evacuees among the dead.", 98},
		{"The buses had carried 5,000 evacuees from Foua. The blast killed 126 people, including 98 evacuees.", 98},
		{"Rami Abdel Rahman said 98 evacuees were killed in the explosion.", 98},
		{"The number of evacuees killed rose to 98, the Observatory said.", 98},
		{"At least 98 evacuees lost their lives in the bombing.", 98},
		{"The attack left 98 evacuees dead.", 98},
		{"The blast killed 126 people, the Observatory said, adding that 98 of the dead were evacuees.", 98},
	}
	for _, tt := range tests {
		f := Analyze(&news.Article{Text: tt.text}).Facts
		if f.Evacuated != nil && f.Evacuated.Value != 5000 {
			t.Errorf("%q: evacuated = %d, want none", tt.text, f.Evacuated.Value)
		}
		found := false
		for _, g := range append(f.Figures, ptrs(f.Killed)...) {
			if g.Kind == news.FigureEvacuated && g.Value != 5000 {
				t.Errorf("%q: evacuated figure %d, want the evacuees counted as dead", tt.text, g.Value)
			}
			found = found || g.Kind == news.FigureKilled && g.Value == tt.killed
		}
		if !found {
			t.Errorf("%q: no killed figure of %d", tt.text, tt.killed)
		}
	}
	// A part of an evacuation stays evacuated.
	f := Analyze(&news.Article{Text: "More than 5,000 people were evacuated from the towns, 98 of them children."}).Facts
	if f.Evacuated == nil || f.Evacuated.Value != 5000 {
		t.Errorf("evacuated = %+v, want 5000", f.Evacuated)
	}
}

func ptrs(fs ...*news.Figure) []news.Figure {
	var out []news.Figure
	for _, f := range fs {
		if f != nil {
			out = append(out, *f)
		}
	}
	return out
}

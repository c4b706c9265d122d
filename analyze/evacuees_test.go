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

// TestEvacueesDiedLaterInTheSentence: a count of evacuees whose predicate,
// past a long "from ..." or an aside, is a death is no evacuation figure
// (invented sentences). A count of evacuees followed by another count's
// death stays an evacuation.
func TestEvacueesDiedLaterInTheSentence(t *testing.T) {
	for _, s := range []string{
		"The Observatory said 98 evacuees from the government-held towns of Foua and Kefraya were killed.",
		"Among the victims, 98 evacuees from the besieged pro-government villages of Foua and Kefraya were killed in the blast, the Observatory said.",
		"The Syrian Observatory for Human Rights said that 98 evacuees, most of them from Foua and Kefraya, were killed.",
		"98 evacuees and a number of rebels guarding the buses were killed, the monitor said.",
	} {
		f := Analyze(&news.Article{Text: s}).Facts
		for _, g := range append(f.Figures, ptrs(f.Evacuated)...) {
			if g.Kind == news.FigureEvacuated {
				t.Errorf("%q: evacuated figure %d, want none", s, g.Value)
			}
		}
	}
	f := Analyze(&news.Article{Text: "More than 5,000 evacuees reached Aleppo on Sunday after 5 people were killed at the crossing."}).Facts
	if f.Evacuated == nil || f.Evacuated.Value != 5000 {
		t.Errorf("evacuated = %+v, want 5000", f.Evacuated)
	}
}

// TestStaffFleeingNotDisplaced: staff who flee a hospital or clinic under
// fire leave a workplace, not their homes (invented sentences).
func TestStaffFleeingNotDisplaced(t *testing.T) {
	for _, s := range []string{
		"Air strikes forced nearly a dozen medical staff to flee.",
		"The raid on the hospital prompted nearly a dozen medical staff to flee, the monitor said.",
		"Shelling near the clinic prompting 12 doctors and nurses to flee the area.",
	} {
		f := Analyze(&news.Article{Text: s}).Facts
		if f.Displaced != nil {
			t.Errorf("%q: displaced = %d, want none", s, f.Displaced.Value)
		}
	}
	f := Analyze(&news.Article{Text: "The fighting forced 12,000 people to flee their homes, the UN said."}).Facts
	if f.Displaced == nil || f.Displaced.Value != 12000 {
		t.Errorf("displaced = %+v, want 12000", f.Displaced)
	}
}

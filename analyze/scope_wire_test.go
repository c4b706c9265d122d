package analyze

import (
	"slices"
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// TestScopeWireRecalled holds invented wire-copy sentences (written from
// wire style, not taken from any labelled item) whose earlier event the
// sentence marks without a publication date to go by, and counts written
// with verbs of killing that are no "kill" ("shot dead", "gunned down", "a
// massacre of") or tell of a threat ("to execute").
func TestScopeWireRecalled(t *testing.T) {
	tests := []struct {
		name, text string
		main       int64 // the main killed count, 0 for none
		background []int64
	}{
		{"a day after killing: the earlier toll",
			"Gunmen shot dead 12 policemen on Sunday, a day after killing 20 people in attacks on army posts.", 12, []int64{20}},
		{"gunned down", "Militants gunned down 7 villagers near the border on Tuesday, officials said.", 7, nil},
		{"a massacre of", "The government ordered an inquiry on Monday into a massacre of 30 police recruits.", 30, nil},
		{"several years ago", "The relatives of five tourists killed in an attack several years ago called for an inquiry.", 0, []int64{5}},
		{"last weekend", "The government offered a reward to catch the gunmen who killed 20 people in a grenade attack on a rally last weekend.", 0, []int64{20}},
		{"last with a month", "The fire that sank the ship and killed over 100 people last Feb. 27 was caused by a bomb, investigators said.", 0, []int64{100}},
		{"a date with its year",
			"The embassy, damaged in the attacks killing 16 people on November 20, 2003, was reopened on Monday.", 0, []int64{16}},
		{"last week's", "Following last week's massacre of at least 90 refugees at a camp, the government moved the rest to safety.", 0, []int64{90}},
		{"an aside of what the counted were", "At least 120 people, almost half of them children, died in the fighting, a senior official said.", 120, nil},
		{"an aside with most of them", "At least 45 people, most of them civilians, were killed in the shelling.", 45, nil},
		{"a day earlier may be the aftermath's own event",
			"Mourners buried the victims of a bombing at a market that killed at least 25 people a day earlier.", 25, nil},
		{"a dateline's year dates no event",
			"Children killed by mine Kabul, 3 March 2005 - UNICEF said it was saddened by the death of 4 children in a mine blast on Sunday.", 4, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := Analyze(&news.Article{Text: tt.text}).Facts
			if got := f.Killed; (got == nil) != (tt.main == 0) || got != nil && got.Value != tt.main {
				t.Errorf("killed = %+v, want %d", got, tt.main)
			}
			for _, v := range tt.background {
				if !slices.ContainsFunc(f.Figures, func(g news.Figure) bool { return g.Value == v && g.Scope == news.ScopeBackground }) {
					t.Errorf("figures %+v lack %d as background", f.Figures, v)
				}
			}
		})
	}
	f := Analyze(&news.Article{Text: "The deadline set by the kidnappers to execute three hostages passed overnight with no word on their fate."}).Facts
	if f.Killed != nil || slices.ContainsFunc(f.Figures, func(g news.Figure) bool { return g.Kind == news.FigureKilled }) {
		t.Errorf("killed = %+v, figures %+v: a threat to execute is no death toll", f.Killed, f.Figures)
	}
}

package analyze

import (
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

// TestRestatedCountTakesTheNextSource: a count told again in the next
// sentence as "the four staff of <body> ..., the group said" is the body's
// (a charity's toll the outlets carried); a next sentence of other people
// or another number is not. Invented sentences.
func TestRestatedCountTakesTheNextSource(t *testing.T) {
	for _, tt := range []struct {
		name, text string
		value      int64
		orig       string
	}{
		{"the counted told again by the body, the group said",
			"Three nurses were killed when a shell hit a clinic near the city late Monday. " +
				"The three staff of the Union of Syrian Medical Relief Organisations were in an ambulance outside the clinic, the group said.",
			3, "UOSSM"},
		{"another number in the next sentence",
			"Three nurses were killed when a shell hit a clinic near the city late Monday. " +
				"Two staff of the Union of Syrian Medical Relief Organisations were wounded in an ambulance outside the clinic, the group said.",
			3, ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			f := findFigure(Analyze(&news.Article{Title: "Clinic hit", Text: tt.text}).Facts, "killed", tt.value)
			if f == nil {
				t.Fatalf("no killed figure of %d", tt.value)
			}
			if f.Originator != tt.orig {
				t.Errorf("originator %q, want %q", f.Originator, tt.orig)
			}
		})
	}
}

// TestRecalledAttackIsBackground: a count of "the attack" in a report that
// put the attack in an earlier week before ("last week's attack", "the 4
// April attack") is that attack's toll recalled: background, not the
// report's main figure. "The recent attack" is no earlier week: its count
// stays. Invented sentences.
func TestRecalledAttackIsBackground(t *testing.T) {
	pub := time.Date(2017, 4, 13, 9, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		text string
		main bool
	}{
		{"Envoys met in New York on Wednesday over last week's attack on the town. The attack killed at least 87 people.", false},
		{"Envoys met in New York on Wednesday over last weeks chemical attack on the town. Russia vetoed the text. The chemical attack killed at least 87 people.", false},
		{"Envoys met in New York on Wednesday over the 4 April attack on the town. The attack killed at least 87 people.", false},
		{"Envoys met in New York on Wednesday over the recent attack on the town. The attack killed at least 87 people.", true},
		{"Envoys met in New York on Wednesday over last week's attack on the town. An air strike killed at least 87 people in the city on Wednesday.", true},
	} {
		an := Analyze(&news.Article{Title: "Envoys split over the war", Published: pub, Text: tc.text})
		if k := an.Facts.Killed; (k != nil) != tc.main {
			t.Errorf("%q: killed = %+v, want main %v", tc.text, k, tc.main)
		}
	}
}

// TestCountTakesTheSourceThatRestatesIt: a count that names no source takes
// the source its headline names before a colon, or that a later sentence
// gives for the same count; an outlet before a colon names no source.
// Invented sentences.
func TestCountTakesTheSourceThatRestatesIt(t *testing.T) {
	for _, tt := range []struct {
		name, title, text string
		orig              string
	}{
		{"the headline's source before a colon", "Syrian opposition: 900 killed in gas attack on town",
			"Omar Haddad is the head of the Syrian National Council. He told Al Arabiya that 900 people were killed in the shelling.",
			"Syrian opposition"},
		{"a later sentence's source of the same count", "Council seeks clarity on reports",
			"The council said on Wednesday it is seeking clarity on reports that government forces killed 900 people. " +
				"The council met behind closed doors. Omar Haddad of the Syrian National Council told Al Arabiya that 900 people died.",
			"Syrian opposition"},
		{"an outlet before a colon", "Reuters: 900 killed in gas attack on town",
			"Government forces killed 900 people in the shelling of the town.", ""},
		{"a later sentence's other count", "Council seeks clarity on reports",
			"The council said on Wednesday it is seeking clarity on reports that government forces killed 900 people. " +
				"Omar Haddad of the Syrian National Council told Al Arabiya that 600 people died in another town on Monday.",
			""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			f := findFigure(Analyze(&news.Article{Title: tt.title, Text: tt.text}).Facts, "killed", 900)
			if f == nil {
				t.Fatalf("no killed figure of 900")
			}
			if f.Originator != tt.orig {
				t.Errorf("originator %q, want %q", f.Originator, tt.orig)
			}
		})
	}
}

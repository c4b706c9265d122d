package analyze

import (
	"testing"

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

package analyze

import (
	"slices"
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// TestHeadlineOnlyItem: an item that is only a headline carries it as its
// text too (feed.Prepare keeps it so it can be stored); the analysis reads
// it once, as a headline, and comes out as for the headline alone.
func TestHeadlineOnlyItem(t *testing.T) {
	title := "UN Security Council votes on Gaza ceasefire resolution as talks in Cairo resume"
	alone := Analyze(&news.Article{Title: title})
	twice := Analyze(&news.Article{Title: title, Text: "  " + title + "\n"})
	if !slices.Equal(alone.Categories, twice.Categories) || alone.CeasefireStatus != twice.CeasefireStatus {
		t.Errorf("headline as text: %v %q; headline alone: %v %q", twice.Categories, twice.CeasefireStatus, alone.Categories, alone.CeasefireStatus)
	}
	if !slices.Contains(twice.Categories, news.Talks) {
		t.Errorf("categories %v, want talks among them", twice.Categories)
	}
}

// TestHeadlineOnly: the text repeats the title when it has the same words,
// whatever spaces stand between them; one word more or less is a text.
func TestHeadlineOnly(t *testing.T) {
	tests := []struct {
		title, text string
		want        bool
	}{
		{"Truce holds in Idlib", "Truce holds in Idlib", true},
		{"Truce holds in Idlib", "  Truce\tholds in\u00a0Idlib\n", true},
		{"Truce holds in Idlib", "Truce holds in Idlib again", false},
		{"Truce holds in Idlib", "Truce holds in", false},
		{"Truce holds in Idlib", "truce holds in Idlib", false},
		{"", "", false},
		{"Truce holds", "", false},
	}
	for _, tt := range tests {
		if got := headlineOnly(tt.title, tt.text); got != tt.want {
			t.Errorf("headlineOnly(%q, %q) = %v, want %v", tt.title, tt.text, got, tt.want)
		}
	}
}

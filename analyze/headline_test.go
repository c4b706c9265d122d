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

package analyze

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// A count after "another" or "more" whose sentence gave a count of its own
// kind before it is the next part of that sentence's list (one place's,
// one group's count beside the one before it), not people added to an
// earlier report's toll: "1 more" on a line of its own reads as a rise of
// nothing shown (issue 10, fig43). A sentence that adds to no count of its
// own ("Another 12 died ...") stays added. Invented sentences.
func TestAddedInOwnListFig43(t *testing.T) {
	for _, tt := range []struct {
		name, text string
		kind       string
		value      int64
		added      bool
	}{
		{"another after a place's count", "Nine civilians were wounded in the market district while another two were wounded near the bakery.", news.FigureInjured, 2, false},
		{"with another N after a list", "The shelling of the two farms killed 11 civilians and 14 fighters with another six bodies still unidentified, the monitor said.", news.FigureKilled, 6, false},
		{"N more after a place's count", "Four people were killed in the east of the town and three more were killed in its western suburbs, medics said.", news.FigureKilled, 3, false},
		{"another with no count before stays added", "Another 12 people died of their wounds in the hospital on Tuesday, medics said.", news.FigureKilled, 12, true},
		{"a date before is no count", "On 14 May another 12 people died of their wounds in the hospital, medics said.", news.FigureKilled, 12, true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if f := mustFigure(t, tt.text, tt.kind, tt.value); f.Added != tt.added {
				t.Errorf("added = %v, want %v", f.Added, tt.added)
			}
		})
	}
}

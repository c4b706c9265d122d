package story

import (
	"strings"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

// TestSummaryLeadsWithItsOwnEvent: a story of an assault whose reports open
// with the truce's end as what came before ("After the army declared the
// ceasefire over, ...") leads with the assault; the truce's end follows as
// its background, and is still told (the item's section is earned by it).
func TestSummaryLeadsWithItsOwnEvent(t *testing.T) {
	after := "After the army declared the ceasefire over, troops began a wide assault on the northern districts of Marrat on Friday."
	textA := after + " Residents said jets and artillery struck the northern districts of Marrat through the night and two clinics were hit."
	textB := "Troops and allied militias pushed into the northern districts of Marrat on Friday under heavy air cover, residents said. " +
		"The assault on the northern districts of Marrat began hours after the army said the truce had ended."
	an := func(ev string) news.Analysis {
		return news.Analysis{Categories: []news.Category{news.Ceasefire, news.Violence}, CeasefireStatus: news.CeasefireCollapsed,
			EventDate: "2016-09-23", Evidence: map[news.Category][]string{news.Ceasefire: {ev}}}
	}
	at := time.Date(2016, 9, 23, 9, 0, 0, 0, time.UTC)
	ms := []Member{
		member(1, "ahram", "Army assaults northern Marrat after truce ends", textA, at, an(after)),
		member(2, "trt", "Troops push into northern Marrat", textB, at.Add(time.Hour), an("The assault on the northern districts of Marrat began hours after the army said the truce had ended.")),
	}
	sum := Build(ms).Summary
	if strings.HasPrefix(sum, "After the army") {
		t.Errorf("Summary opens with the truce's end: %q", sum)
	}
	if !strings.Contains(sum, "assault") {
		t.Errorf("Summary %q does not tell the assault", sum)
	}
}

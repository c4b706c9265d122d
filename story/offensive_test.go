package story

import (
	"testing"
	"time"
)

// TestOffensiveDatelineReach: a report of an offensive that names no day
// of its own is dated by its dateline, its day or the one before. Written
// two days after a report of the night's failed bid to reopen a road, it
// tells of a later day's assault, another event, and is not linked to it;
// written the next day, it may tell of the same night, and is. Before, the
// offensive rule linked any report that named no day to those of two
// days before (issue 13: Sunday's failed bid for a road into a city and
// Monday's new assault on it were one item). Invented reports.
func TestOffensiveDatelineReach(t *testing.T) {
	sunday := time.Date(2031, 7, 13, 12, 0, 0, 0, time.UTC)
	bid := analysedItem(1, "30 rebels dead in fighting for key Hama road",
		"At least 30 rebels were killed in clashes with army troops overnight during a failed bid to reopen the Tarfa road into Hama city, a monitor said. "+
			"The fighters were killed trying to reopen the Tarfa road which army forces severed last week.", sunday)
	assault := func(at time.Time) Item {
		return analysedItem(2, "Rebels wage huge assault on Hama to reopen road",
			"Rebel factions in Hama waged a huge assault on army-held districts in response to the army's advance on the Tarfa road. "+
				"The rebels fired hundreds of rockets at the western districts of Hama in the battle to reopen the Tarfa road, the last route into the city.", at)
	}
	for _, tt := range []struct {
		days int
		want bool
	}{{1, true}, {2, false}} {
		its := []Item{bid, assault(sunday.AddDate(0, 0, tt.days))}
		for _, order := range [][]int{{0, 1}, {1, 0}} {
			got := clusterItems(its, order)
			if (got[0] == got[1]) != tt.want {
				t.Errorf("assault written %d days after the bid, order %v: one story %v, want %v", tt.days, order, got[0] == got[1], tt.want)
			}
		}
	}
}

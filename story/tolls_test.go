package story

import (
	"testing"
	"time"
)

// TestSharedToll: two reports of one day's air strikes on a city, worded
// apart (one by the week's bombardment, the other by the day's new tally),
// that give the rescuers' same count of the day's dead are one story; a
// report of that day's strikes on another town with the same count is not
// theirs. Before, the first two scored as two events (a cosine of 0.22,
// the city too common to count). Invented reports.
func TestSharedToll(t *testing.T) {
	thursday := time.Date(2031, 10, 16, 12, 0, 0, 0, time.UTC)
	its := []Item{
		analysedItem(1, "Bombs keep falling on rebel-held Aleppo",
			"Residents of rebel-held Aleppo face relentless bombardment. "+
				"Elsewhere a deal was reported to move fighters out of a town near the capital. "+
				"Dozens of air raids hit opposition districts of Aleppo overnight. "+
				"Rescue workers said 13 people had been killed and 25 injured, with teams still digging through rubble.", thursday),
		analysedItem(2, "Russian and government jets kill over 80 in rebel-held Aleppo",
			"Russian and government jets pounded rebel-held parts of Aleppo early on Thursday, a monitor said. "+
				"Severe bombardment of the city has killed at least 84 civilians this week, the monitor said. "+
				"Government forces also captured hills on the city's edge. "+
				"Air strikes killed 13 people on Thursday when warplanes hit several opposition districts, a rescue official said.", thursday.Add(2*time.Hour)),
		analysedItem(3, "Air raids kill 13 in Deir ez-Zor",
			"Air raids killed 13 people in the town of Mayadin in Deir ez-Zor province on Thursday, a monitor said. "+
				"The strikes hit a market and a bakery.", thursday.Add(3*time.Hour)),
	}
	for _, order := range [][]int{{0, 1, 2}, {2, 1, 0}} {
		got := clusterItems(its, order)
		if got[0] != got[1] {
			t.Errorf("order %v: the two reports of 13 killed in Aleppo in stories %d and %d, want one", order, got[0], got[1])
		}
		if got[2] == got[0] {
			t.Errorf("order %v: the Mayadin strikes joined the Aleppo story", order)
		}
	}
}

// TestTollKeys: a toll key is a precise count of ten or more of the main
// event's killed or injured, or of a part of them; not a rounded count,
// not another event's.
func TestTollKeys(t *testing.T) {
	day := time.Date(2031, 10, 16, 12, 0, 0, 0, time.UTC)
	for _, tt := range []struct {
		text string
		n    int
	}{
		{"Air strikes killed 13 people in Hama on Thursday, a monitor said.", 1},
		{"Air strikes killed about 13 people in Hama on Thursday, a monitor said.", 0},
		{"Air strikes killed three people in Hama on Thursday, a monitor said.", 0},
		{"Air strikes killed 13 people and wounded 40 in Hama on Thursday, a monitor said.", 2},
	} {
		it := analysedItem(1, "Strikes on Hama", tt.text, day)
		if got := len(tollKeys(&it.Facts)); got != tt.n {
			t.Errorf("%q: %d toll keys, want %d", tt.text, got, tt.n)
		}
	}
}

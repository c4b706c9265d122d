package story

import (
	"testing"
	"time"
)

// TestNameSpellings: reports of one battle for a farmland whose Arabic name
// two outlets spell differently ("Hawwar", "al-Hawar"), a day apart and in
// few other common words, are one story; a report of the next day's shelling
// of a place of other consonants is not. Before, the two spellings shared
// no term, and the first two reports scored as two events. Invented
// reports.
func TestNameSpellings(t *testing.T) {
	day := time.Date(2031, 6, 26, 12, 0, 0, 0, time.UTC)
	its := []Item{
		analysedItem(1, "Army allies kill 80 jihadists at Hawwar farms north of Hama",
			"Over 80 militants were killed when the army and its allies repelled a major attack on the Hawwar farms north of Hama. "+
				"The army detonated two booby-trapped vehicles before they reached the Hawwar farms.", day),
		analysedItem(2, "40 militants killed in latest army offensive near Hama",
			"About 40 more militants were killed in the al-Hawar region, which has become a death trap for the jihadist groups, military sources said. "+
				"Troops have pushed the militants back from nearly all of al-Hawar.", day.Add(24*time.Hour)),
		analysedItem(3, "Rebels shell army posts near Hama",
			"Rebels shelled army posts at the Qutaynah checkpoint south of Hama, killing several soldiers, a monitor said. "+
				"Jihadist groups said they had hit the Qutaynah checkpoint with rockets.", day.Add(24*time.Hour)),
	}
	for _, order := range [][]int{{0, 1, 2}, {2, 1, 0}} {
		got := clusterItems(its, order)
		if got[0] != got[1] {
			t.Errorf("order %v: Hawwar and al-Hawar farms in stories %d and %d, want one", order, got[0], got[1])
		}
		if got[2] == got[0] {
			t.Errorf("order %v: the Qutaynah report joined the Hawwar farms' story", order)
		}
	}
}

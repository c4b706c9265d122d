package story

import (
	"testing"
	"time"
)

// Two outlets headline one day's air strikes on a city by different
// counts: one by the day's toll, the other by a toll of three days that
// gives the day's below. They are one story; a report of the same day's
// strikes on the city with another toll is not joined by the rule.
func TestSameDayToll(t *testing.T) {
	day := time.Date(2018, 2, 8, 12, 0, 0, 0, time.UTC) // a Thursday
	its := []Item{
		analysedItem(1, "Air raids pound rebel-held districts of Idlib",
			"Rescue workers said 17 people had been killed and 30 wounded on Thursday in air raids on rebel-held districts of Idlib, with teams still searching the rubble.", day),
		analysedItem(2, "Government air strikes kill more than 90 in Idlib in three days",
			"Government and allied jets pounded opposition-held parts of Idlib on Thursday, a monitor said. Bombardment of the city since Tuesday has killed at least 93 civilians. Air raids killed 17 people on Thursday when jets hit several districts, a rescue worker said.", day),
		analysedItem(3, "Air raids pound rebel-held districts of Idlib",
			"Rescue workers said 26 people had been killed on Thursday in air raids on rebel-held districts of Idlib, with teams still searching the rubble.", day),
	}
	x := NewIndex(Config{})
	docs := make([]doc, len(its))
	for i := range its {
		docs[i] = x.docOf(&its[i])
	}
	if docs[0].toll != 17 || docs[1].toll != 93 {
		t.Fatalf("main tolls %d and %d, want 17 and 93 (tolls %v, %v)", docs[0].toll, docs[1].toll, docs[0].tolls, docs[1].tolls)
	}
	for _, tt := range []struct {
		a, b int
		want bool
	}{{0, 1, true}, {1, 0, true}, {0, 2, false}, {1, 2, false}} {
		if got := sameDayToll(&docs[tt.a], &docs[tt.b], 0); got != tt.want {
			t.Errorf("reports %d and %d: sameDayToll %v, want %v (tolls %v, %v)", tt.a+1, tt.b+1, got, tt.want, docs[tt.a].tolls, docs[tt.b].tolls)
		}
	}
	k0 := assign(x, its[0], 1)
	if k1 := assign(x, its[1], 2); x.Find(k1) != x.Find(k0) {
		t.Errorf("one day's strikes headlined by two tolls are two stories")
	}
}

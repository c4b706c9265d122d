package story

import (
	"testing"
	"time"
)

// TestWrittenAfterJoinsItsEvent: a report that names no day of its event
// (dated by its page: the event was then or before) joins a report of the
// same strikes two days before it that names their day, when both tell
// the same count at one place — over a weekend, Monday's report of an
// agency's count of Saturday's strikes is Saturday's story, in either
// order of arrival. A report of those days with another count, or one
// that names its own later day, stays apart. (Invented reports; issue 13,
// d32 S1.)
func TestWrittenAfterJoinsItsEvent(t *testing.T) {
	sat := time.Date(2016, 6, 25, 18, 0, 0, 0, time.UTC) // a Saturday
	mon := sat.AddDate(0, 0, 2)
	saturday := analysedItem(1, "Agency says 31 children among dead in Mayadin raids",
		"Air raids killed 31 children on Saturday in the crowded town of Mayadin in eastern Syria, the children's agency said. "+
			"A monitor said the raids on the town hit a mosque and a market and killed 70 people in all.", sat)
	monday := analysedItem(2, "31 children killed in air raids on eastern Syrian town: agency",
		"Published June 27 2016 The children's agency said 31 of the dead were children after air raids hit crowded areas of the town of Mayadin in eastern Syria, "+
			"among them a mosque at prayer time. Rescuers pulled the bodies of children from the rubble, the agency said, quoting its local partners in the town of Mayadin.", mon)
	other := analysedItem(3, "14 killed in air raids on eastern Syrian town: agency",
		"Published June 27 2016 The children's agency said 14 people were killed after air raids hit crowded areas of the town of Mayadin in eastern Syria, "+
			"among them a mosque at prayer time. Rescuers pulled the bodies from the rubble, the agency said, quoting its local partners in the town of Mayadin.", mon)
	ownDay := analysedItem(4, "31 children killed in air raids on eastern Syrian town: agency",
		"Air raids killed 31 children on Monday in the crowded town of Mayadin in eastern Syria, the children's agency said, quoting its local partners in the town of Mayadin.", mon)
	for _, order := range [][]Item{{saturday, monday}, {monday, saturday}} {
		x := NewIndex(Config{})
		k0 := assign(x, order[0], 1)
		if k1 := assign(x, order[1], 2); x.Find(k1) != x.Find(k0) {
			t.Errorf("%q then %q: two stories, want one", order[0].Title, order[1].Title)
		}
	}
	for _, it := range []Item{other, ownDay} {
		x := NewIndex(Config{})
		k0 := assign(x, saturday, 1)
		if k1 := assign(x, it, 2); x.Find(k1) == x.Find(k0) {
			t.Errorf("%q joined Saturday's story, want a story of its own", it.Title)
		}
	}
}

package analyze

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/lang"
	"github.com/conflict-digest/conflict-digest/news"
)

// TestStatusFightingResumed keeps a class of issue 14's ceasefire-state
// round on the fit halves of the truce set and FA-KES (round h-status5 of the
// fifteenth session): bombing or fighting told taken up again in the headline
// or the lead, in a sentence that names no truce, is the end of the truce the
// article names, when nothing tells the truce breached, in force or sought in
// the lead ("the truce seems distant; bombings have resumed"; "a second day of
// renewed bombing" beside a pause whose end is told further down). Told in
// invented words.
func TestStatusFightingResumed(t *testing.T) {
	checkStates(t, []stateCase{
		{"bombing resumed beside a truce far off", "",
			"The truce between the army and the Foo rebels now seems far away. Heavy bombings have resumed over the eastern districts, drawing protests abroad.",
			news.CeasefireCollapsed},
		{"a second day of renewed air strikes", "Jets pound Foo again",
			"Warplanes pounded the old town of Foo on Tuesday in a second day of renewed air strikes that killed at least 20 people, medics said. " +
				"Residents fled towards the hills. " +
				"The monitor said jets were seen over the valley all night. " +
				"A hospital and a bakery were hit, rescuers said. " +
				"Monday's raids appeared to mark the end of a pause in the city declared by Bar on May 3. " +
				"Bar's defence ministry said its halt on air strikes over the city remained in place. " +
				"A draft resolution at the United Nations calls for a ceasefire by all parties.",
			news.CeasefireCollapsed},
		// guards: a breach told, a truce told in force in the lead, a truce
		// sought in the lead
		{"renewed shelling beside a truce said violated", "",
			"Renewed shelling hit the villages of Foo on Monday, residents said. Both sides accused each other of violating the ceasefire agreed last week.",
			news.CeasefireViolated},
		{"a truce holding in the lead beside fighting resumed elsewhere", "",
			"The ceasefire between the army and the Foo rebels took effect on Friday and has held since. Fighting resumed in the neighbouring province of Bar, which the deal does not cover.",
			news.CeasefireInEffect},
		{"bombing resumed and a truce called for", "",
			"Warplanes resumed their bombing of Foo on Monday. The United Nations called for an immediate ceasefire.",
			news.CeasefireProposed},
	})
}

func TestResumedFighting(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"heavy bombings have resumed over the eastern districts", true},
		{"in a second day of renewed air strikes that killed 20", true},
		{"the army resumed its bombardment of the town", true},
		{"the resumption of hostilities in the north", true},
		{"the two sides resumed talks in Geneva", false},
		{"renewed calls for calm", false},
		{"the army will resume strikes", false},
	} {
		if got := resumedFighting(lang.Words(tc.s)); got != tc.want {
			t.Errorf("resumedFighting(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

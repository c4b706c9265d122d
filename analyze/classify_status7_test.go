package analyze

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// TestStatusRound7 keeps the classes of issue 14's ceasefire-state round
// h-status4 of the nineteenth session (cf2's fit half), each told in
// invented words.
func TestStatusRound7(t *testing.T) {
	checkStates(t, []stateCase{
		// A truce told agreed or declared outright: the talks that reached
		// it, in the same sentence, are no truce sought (cf2 fit: a truce
		// "agreed after talks in Jeddah", "agreed ... after 11 days").
		{"a truce agreed after talks", "Army and rebels have agreed to a ten-day truce after talks in Baz",
			"The truce is due to start on Monday evening. " +
				"The agreement came after the envoy spoke with both commanders about efforts to end the fighting. " +
				"The envoy urged both sides to make the most of the truce.",
			news.CeasefireInEffect},
		{"a truce declared after mediation", "Foo and Bar announced a truce after mediation by Baz",
			"The truce is to start at dawn, the mediators said. " +
				"Baz hopes the truce will open the way to peace talks, its envoy said.",
			news.CeasefireInEffect},
		// guards: hopes, talks and plans for a truce nothing tells agreed
		{"a truce hoped for", "",
			"Mediators hope that both sides will agree to a truce in Foo next week, the envoy said on Monday.",
			news.CeasefireProposed},
		{"talks for a truce", "Envoys hold talks on Foo truce",
			"Envoys of the army and the rebels held talks in Baz on Monday on a possible truce in Foo, the mediators said.",
			news.CeasefireProposed},
	})
}

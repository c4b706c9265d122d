package analyze

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// TestStatusRound6 keeps the classes of issue 14's ceasefire-state round
// h-status2 of the seventeenth session, each told in invented words.
func TestStatusRound6(t *testing.T) {
	checkStates(t, []stateCase{
		// A truce at risk is a truce: a breach or an end of the truce told
		// only as feared, possible or threatened ("in case the militia
		// violates the ceasefire", "threatening to wreck a cease-fire")
		// names a truce that exists, no truce sought; fighting reported in
		// the same sentence that threatens it is its breach. A class of the
		// truce set's and AG World's fit halves.
		{"troops ready in case the truce is breached", "",
			"Our soldiers are on alert for the possibility that the militia may breach the ceasefire and attack our positions, the general said.",
			news.CeasefireInEffect},
		{"a truce that could collapse", "",
			"Diplomats warned on Monday that the truce between the army and the Foo rebels could collapse within days.",
			news.CeasefireInEffect},
		{"shelling that threatens to derail a truce", "",
			"Heavy shelling in Foo on Monday killed six civilians and threatened to derail the truce between the army and the rebels.",
			news.CeasefireViolated},
		{"fighting that threatens to wreck a truce", "Clashes in Foo kill nine",
			"Rebels clashed with troops in the old quarter of Foo on Tuesday, killing nine people and threatening to wreck a truce announced by the rebel leader.",
			news.CeasefireViolated},
		// guards: a start that is only possible, talks that could fail, a
		// truce that could follow talks
		{"a truce that could take effect", "",
			"The truce could take effect on Monday if both sides sign the text, the mediators said.",
			news.CeasefireProposed},
		{"truce talks that could collapse", "",
			"Talks on a truce between the army and the Foo rebels could collapse over the prisoners, a mediator warned.",
			news.CeasefireProposed},
		{"a truce appealed for that could end the bloodshed", "",
			"The UN appealed to the army and the rebels for a truce that could end the bloodshed in Foo.",
			news.CeasefireProposed},
		{"an attack that threatens to derail truce talks", "",
			"A car bomb in Foo on Monday threatened to derail the ceasefire talks between the army and the rebels.",
			news.CeasefireProposed},
		{"a truce that would follow a deal", "",
			"A ceasefire in Foo would follow only if both sides agree on monitors, diplomats said on Monday.",
			news.CeasefireProposed},
	})
}

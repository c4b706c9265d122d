package analyze

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// TestStatusRound10 keeps the class of issue 14's ceasefire-state round
// h-status7 of the twenty-second session, told in invented words: a word
// of an end or an abandonment whose subject or object is a meeting, its
// talks or its body's task ("the third round of negotiations ... ended on
// Monday", "at the end of its meeting", "denied abandoning its role",
// "could abandon the peace talks") tells no truce's collapse (rwp11's and
// cf2's fit halves: four reports of three wars, both readings agreeing).
func TestStatusRound10(t *testing.T) {
	checkStates(t, []stateCase{
		{"a round of negotiations ended, a draft truce to come", "",
			"The Foo mission said the third round of negotiations between the two armies ended on Monday in Bar, and that a draft permanent ceasefire agreement will be presented to both leaders. " +
				"The mission urged both sides to reach a lasting ceasefire.",
			news.CeasefireProposed},
		{"a truce stable, told at the end of a commission's meeting", "",
			"The joint military commission of Foo assured citizens at the end of its meeting in Bar on Sunday that the ceasefire signed last year remains stable. " +
				"The commission denied abandoning its role in monitoring the ceasefire.",
			news.CeasefireInEffect},
		{"a truce declared, a mediator that could abandon the peace talks", "",
			"The Foo president declared a unilateral two-day ceasefire on Saturday, after the mediators said they could abandon the peace talks within days. " +
				"Hours into the ceasefire, Bar officials said Foo troops were still shelling their positions despite the truce.",
			news.CeasefireViolated},
		// guards: a truce's own end stays its end
		{"a truce that ended as talks began", "",
			"The ceasefire between Foo and the Bar rebels ended on Monday as talks began in the capital.",
			news.CeasefireCollapsed},
		{"a truce agreed at talks that collapsed", "",
			"The ceasefire agreed at last month's talks in Bar collapsed on Sunday, officials said.",
			news.CeasefireCollapsed},
		{"a side that abandoned the truce", "",
			"The Bar rebels abandoned the ceasefire on Friday and attacked army posts near Foo.",
			news.CeasefireCollapsed},
	})
}

// TestStatusNotInForce keeps the second class of round h-status7, told in
// invented words: a truce told not in force ("is an offer to be discussed
// and is not in force"), or talks that ended without one while the sides
// agreed on something else ("ended without a ceasefire agreement, but the
// sides agreed to open corridors"), is a truce still sought, not one in
// force (cf3's and rwp11's fit halves: two reports of two wars, both
// readings agreeing).
func TestStatusNotInForce(t *testing.T) {
	checkStates(t, []stateCase{
		{"a truce announced, said to be not in force", "",
			"A ceasefire announced on Sunday by the Foo government is only an offer to be discussed at the coming talks and is not in force, the Bar rebels said on Monday.",
			news.CeasefireProposed},
		{"talks ended without a truce, corridors agreed", "",
			"The third round of talks between the Foo and Bar delegations ended on Friday without a ceasefire agreement, but the two sides agreed to open routes for civilians to leave the besieged towns.",
			news.CeasefireProposed},
		// guard: a truce told in force stays in force
		{"a truce in force since Sunday", "",
			"A ceasefire between the Foo army and the Bar rebels has been in force since Sunday, officials said on Monday.",
			news.CeasefireInEffect},
	})
}

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

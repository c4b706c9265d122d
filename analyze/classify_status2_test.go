package analyze

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// TestStatusCalledForInOtherWords keeps the class of round h-status2 (issue
// 14): a truce called for in the passive ("calls have been made for a
// ceasefire") or rallied, marched or protested for is a demand, no truce in
// force; fit errors of two sets (rwp7, truce), told here in invented words.
// A truce that holds beside the same words stays in effect.
func TestStatusCalledForInOtherWords(t *testing.T) {
	checkStates(t, []stateCase{
		{"calls made for a truce", "",
			"Fighting around Foo city has grown worse this month. " +
				"Calls have been made for a humanitarian ceasefire to let clinics treat the sick. " +
				"Hospitals report shortages of fuel and medicine.",
			news.CeasefireProposed},
		{"calls were made for a truce", "Foo: aid groups warn of famine",
			"Repeated calls were made for a truce in Foo province on Monday as aid agencies warned of famine.",
			news.CeasefireProposed},
		{"a rally for a truce", "",
			"Thousands joined a rally for peace and a ceasefire in Bar on Saturday, at the call of unions and student groups.",
			news.CeasefireProposed},
		{"protests for a truce", "",
			"Students staged protests for a ceasefire in Foo outside the parliament on Sunday.",
			news.CeasefireProposed},
		{"a truce holding beside a rally", "",
			"The ceasefire in Foo has held since Monday, monitors said. " +
				"Supporters of the deal rallied for peace in the capital.",
			news.CeasefireInEffect},
	})
}

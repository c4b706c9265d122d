package analyze

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// TestStatusOwnHalt keeps the class of round h-status3 (issue 14): a halt
// one side declares for itself — its own forces told to stop ("ordered
// his fighters to cease all attacks"), its own halt announced ("said it
// would halt fire for three hours each day", "says it will scale back the
// offensive") — is a truce declared, in effect, not one called for; fit errors of two sets (FA-KES
// dev, AG News World), told here in invented words. A call on the other
// side or on both, and a halt offered on a condition, stay proposals.
func TestStatusOwnHalt(t *testing.T) {
	checkStates(t, []stateCase{
		{"a leader orders his own fighters to stop", "",
			"Rebel commander Foo Bar ordered his fighters in the northern hills to stop fighting the army, a spokesman for the group said on Tuesday.",
			news.CeasefireInEffect},
		{"a party announces its own daily halt", "Air raids hit Foo city",
			"Air raids killed 12 people in Foo city on Monday, rescuers said. " +
				"Officials in the region said the strikes had intensified this week. " +
				"Residents fled to nearby villages. " +
				"The strikes came a day after the defence ministry said it would halt fire around Bar for four hours each day to let food in. " +
				"Aid agencies have called for longer pauses to reach the sick.",
			news.CeasefireInEffect},
		{"a headline: a side says it will scale back its offensive", "Army says will scale back Foo offensive",
			"The army said on Monday it was easing its offensive in Foo province after two weeks of fighting.",
			news.CeasefireInEffect},
		{"a headline's call that sums up the lead's own halt", "Rebel leader calls on militia to stop fighting",
			"Rebel leader Foo Bar called on his supporters across the north to stop fighting government troops, an aide said on Monday.",
			news.CeasefireInEffect},
		{"a headline's call over another side's halt stays the headline's", "Envoy calls for ceasefire in Foo",
			"The UN envoy called for an immediate ceasefire in Foo on Monday as fighting spread to the capital.",
			news.CeasefireProposed},
		{"a call on the other side stays a proposal", "",
			"The government called on the rebels to stop fighting and return to talks in Foo, a minister said on Monday.",
			news.CeasefireProposed},
		{"a halt offered on a condition stays a proposal", "",
			"The militia said it would halt fire in Foo if the army withdrew its tanks from the town, a spokesman said.",
			news.CeasefireProposed},
	})
}

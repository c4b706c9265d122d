package analyze

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// TestStatusRound8 keeps the classes of issue 14's ceasefire-state round
// h-status5 of the twentieth session (the fit halves of cf3 and cf2, where
// both readings agree), each told in invented words.
func TestStatusRound8(t *testing.T) {
	checkStates(t, []stateCase{
		// A truce's end in words the cue table lacked: "has fallen apart",
		// "stands broken", "broke off a cease-fire", "scrapping a truce"
		// (cf2 and cf3 fit: four reports of four wars).
		{"a truce fallen apart", "",
			"The week-old truce between the army and the Foo rebels has fallen apart as both sides shell the border towns.",
			news.CeasefireCollapsed},
		{"a truce that stands broken", "",
			"A three-month truce in Foo stands broken as the army and the rebels traded fire on Monday.",
			news.CeasefireCollapsed},
		{"a truce broken off", "",
			"Soldiers and rebels exchanged fire in Bar on Sunday, days after the rebels broke off a ceasefire with the army.",
			news.CeasefireCollapsed},
		{"a truce scrapped by strikes", "",
			"The army resumed air strikes on rebel towns in Foo on Tuesday, scrapping a truce for the region, monitors said.",
			news.CeasefireCollapsed},
		// guard: talks broken off are no truce's end
		{"talks on a truce broken off", "",
			"The Foo rebels broke off talks on a ceasefire with the army on Monday, their spokesman said.",
			news.CeasefireProposed},
		// The end a truce brings is no end of the truce: "a truce that ended
		// weeks of fighting", "a ceasefire to end the five-month conflict",
		// "an end to more than half a century of war" (cf3 fit: three
		// reports of three wars; cf2 fit "to end decades of hostilities").
		{"a truce that ended weeks of fighting, breached", "",
			"Rebel attacks on army posts in Foo on Monday were the latest breach of a truce that ended weeks of fighting in the hills.",
			news.CeasefireViolated},
		{"a truce proposed to end a long war", "",
			"The Foo rebels said they had proposed a two-month ceasefire to the government at talks in Bar aimed at an end to more than four decades of war.",
			news.CeasefireProposed},
		{"a truce signed to end a conflict", "",
			"The army and the Foo rebels signed a ceasefire on Monday to end the five-month conflict in the north.",
			news.CeasefireInEffect},
		// guards: a truce that ended, a truce ended by fighting
		{"a truce ended on a day", "",
			"The truce in Foo ended on Friday morning and the army shelled the rebel towns, residents said.",
			news.CeasefireCollapsed},
		{"a truce ended with fighting", "",
			"The three-day truce in Foo ended with heavy fighting in the north on Friday, residents said.",
			news.CeasefireCollapsed},
		// A truce told done in the present perfect: "has come into
		// effect", "has been negotiated" (cf3 and cf2 fit: two reports of
		// two wars).
		{"a truce that has come into effect", "",
			"A ceasefire between the army and the Foo rebels has come into effect, state radio reported on Saturday. " +
				"The rebels hope the truce will lead to talks on the north.",
			news.CeasefireInEffect},
		{"a truce that has been negotiated", "",
			"The leader of the Foo militia said on Sunday that a truce has been negotiated between the rival militias to let aid into the port.",
			news.CeasefireInEffect},
		// guard: a truce still being negotiated
		{"a truce under negotiation", "",
			"The leader of the Foo militia said on Sunday that a truce is being negotiated between the rival militias to let aid into the port.",
			news.CeasefireProposed},
	})
}

package analyze

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// TestStatusNewsStates keeps the states of the mechanisms written for
// news pages of many wars (cf-status.jsonl): the state the headline and
// lead tell outweighs an end or a breach told past them as background; a
// truce agreed, declared or announced, also to start at a set hour, is in
// effect; a denied or feared breach is none; the end a truce brings (of a
// war, a standoff, a month) is no end of the truce; fighting resumed after
// a truce, its breakdown, its expiry, fighting "ending" it is its collapse;
// a truce named as what an attack came before is still to come; past a
// lead that tells the truce agreed, hopes and plans are commentary, not a
// proposal; talks resumed are no fighting resumed.
// Invented sentences.
func TestStatusNewsStates(t *testing.T) {
	checkStates(t, []stateCase{
		{"earlier truces that collapsed are background", "Army and rebels agree truce in Foo",
			"The army and the rebels agreed a truce in Foo province on Thursday, the mediators said. " +
				"The truce took effect at noon on Friday. Markets reopened. Schools stayed shut. Roads were quiet. " +
				"Earlier truces in the province, all of which collapsed, were brokered by neighbouring states.",
			news.CeasefireInEffect},
		{"a breach of an earlier truce past the lead is background", "Truce takes hold in Foo",
			"A truce between the army and the rebels took hold in Foo on Monday. " +
				"Shops opened and buses ran, residents said. Farmers went back to their fields. Aid trucks arrived. " +
				"In March, the rebels breached an earlier unilateral truce.",
			news.CeasefireInEffect},
		{"no reports of violations", "",
			"The truce in Foo held overnight with no reports of violations, monitors said.",
			news.CeasefireInEffect},
		{"a breach feared is none", "Truce begins in Foo",
			"A truce between the army and the militia began in Foo at dawn. " +
				"The army said it would respond should the militia breach the truce.",
			news.CeasefireInEffect},
		{"a truce ending a war", "Truce takes effect in Foo",
			"A ceasefire between the army and the rebels came into effect in Foo on Monday, ending a 30-year war.",
			news.CeasefireInEffect},
		{"a standoff ended with a truce", "",
			"A standoff between two clans in Foo ended with a ceasefire brokered by elders on Tuesday.",
			news.CeasefireInEffect},
		{"a feast that marks the end of a month", "Rebels agree holiday truce",
			"The rebels agreed to a three-day truce for the feast, which marks the end of the fasting month.",
			news.CeasefireInEffect},
		{"a headline's present tense: declares", "Rebels declare truce for the holidays",
			"The rebel command declared a four-day truce starting on December 24.",
			news.CeasefireInEffect},
		{"a headline's present tense: announces", "Junta announces truce to aid quake relief",
			"The military government has announced a temporary truce in its operations against armed groups.",
			news.CeasefireInEffect},
		{"a signature still to come is a proposal", "",
			"The warring sides are expected to sign a truce in Foo next week, diplomats said.",
			news.CeasefireProposed},
		{"fighting ending a truce", "",
			"Fighting resumed around Foo on Tuesday, ending a five-month truce between the army and the rebels.",
			news.CeasefireCollapsed},
		{"the breakdown of a truce", "Army resumes airstrikes on Foo",
			"The army resumed airstrikes on Foo on Tuesday following the breakdown of a truce with the rebels.",
			news.CeasefireCollapsed},
		{"fighting resumed after a truce", "",
			"The two sides resumed fighting in the north of Foo on Monday after a five-month truce.",
			news.CeasefireCollapsed},
		{"hopes past a lead that tells the truce declared are commentary", "A truce in Foo",
			"The rebel army has declared a ceasefire with the government, its commander said on Monday. " +
				"Fighters were told to stay in their camps. Roads reopened. Shops opened. " +
				"It is hoped that the ceasefire will lead to a lasting peace. " +
				"Observers hope the truce will offer a chance for a wider settlement. " +
				"The ceasefire offers a glimmer of hope for families in the camps. " +
				"Many hope the ceasefire will become permanent.",
			news.CeasefireInEffect},
		{"talks resumed are no fighting resumed", "",
			"The army and the rebels have resumed indirect talks in Foo aimed at a ceasefire, mediators said.",
			news.CeasefireProposed},
		{"a truce that has been broken", "",
			"The rebels declared a unilateral ceasefire on Monday in Foo, which has now been broken, residents said.",
			news.CeasefireViolated},
		{"attacks after a truce's expiry", "",
			"Shelling hit villages in Foo on Sunday, hours after the expiry of the truce between the army and the rebels.",
			news.CeasefireCollapsed},
		{"shelling before a truce", "Water station shelled before ceasefire",
			"Shelling hit the water station near Foo on Friday evening, its operator said.",
			news.CeasefireProposed},
		{"a truce brokered is one agreed", "",
			"A truce brokered by elders between two clans in Foo offers a glimmer of hope to displaced families.",
			news.CeasefireInEffect},
		{"a call to honour a truce is a call to keep one in force", "",
			"The governor urged both clans in Foo to honour the truce agreed on Sunday.",
			news.CeasefireInEffect},
		{"a call on the sides to agree a truce", "",
			"The mediators called on the warring parties in Foo to agree to a new ceasefire.",
			news.CeasefireProposed},
	})
}

// stateCase is an invented report and the ceasefire state the guide gives it.
type stateCase struct {
	name, title, text string
	want              news.CeasefireStatus
}

// checkStates classifies each case and wants it ceasefire news in its state.
func checkStates(t *testing.T, tests []stateCase) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			an := classifyText(tc.title, tc.text)
			if !an.Has(news.Ceasefire) || an.CeasefireStatus != tc.want {
				t.Errorf("categories %v status %q, want ceasefire %q", an.Categories, an.CeasefireStatus, tc.want)
			}
		})
	}
}

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
		// A truce's author named ("a truce proposed by the UN", "as
		// proposed by Egypt's mediators") tells where a truce came from,
		// not that it is still sought: a truce welcomed or voted for and
		// agreed is in effect (cf2 fit: two reports of two wars).
		{"a truce proposed by the UN welcomed and declared", "Foo rebels welcome truce proposed by UN",
			"The Foo rebels on Saturday welcomed the one-month truce proposed by the United Nations, their spokesman said. " +
				"The UN envoy declared the truce on Friday.",
			news.CeasefireInEffect},
		{"a truce voted for as proposed by mediators", "",
			"The army and the rebels agreed on a truce in Foo on Monday. " +
				"The cabinet said it had voted in favour of a truce as proposed by the mediators from Baz.",
			news.CeasefireInEffect},
		// guards: a truce proposed, a call for a truce proposed by another
		{"a truce proposed", "",
			"Baz proposed a one-month truce between the army and the Foo rebels on Monday, its foreign minister said.",
			news.CeasefireProposed},
		{"a call for a truce proposed by mediators", "",
			"The UN called on the army and the Foo rebels to accept a truce proposed by mediators from Baz.",
			news.CeasefireProposed},
		{"a truce proposed by mediators accepted by one side", "",
			"The Foo rebels said on Monday they would accept a truce proposed by mediators from Baz if the army stops its shelling.",
			news.CeasefireProposed},
		// A truce's end declared ("declaring the end of a three-decade
		// ceasefire", "a decree declaring an official end to the
		// ceasefire") is its collapse, wherever it stands, over a call to
		// implement it again (cf2 fit: two reports of one war's truce).
		{"a truce's end declared by decree", "",
			"The rebel leader issued a decree on Friday declaring an official end to the ceasefire with Foo. " +
				"Rebel fighters reported attacks on army posts along the wall.",
			news.CeasefireCollapsed},
		{"a truce's end declared past the lead", "",
			"The rebels said the war would only end when Foo leaves the territory. " +
				"Fighting went on along the wall, they said. " +
				"The army launched an operation on Friday to reopen the road. " +
				"The rebels had blocked the road for weeks. " +
				"The rebels responded by declaring the end of an almost three-decade UN-supervised ceasefire in the territory. " +
				"On Monday the rebels called for the full implementation of the ceasefire as a condition for a halt.",
			news.CeasefireCollapsed},
		// guard: an end to hostilities declared beside a truce is the truce
		{"an end to the fighting declared with a truce", "",
			"The army and the Foo rebels declared an end to the fighting and a ceasefire from midnight on Monday, the mediators said.",
			news.CeasefireInEffect},
		// A headline that tells fighting beside a truce and no state of the
		// truce ("Clashes renew in Foo amid ceasefire deal") reports the
		// truce breached (cf2 fit: two reports of two wars).
		{"clashes beside a truce deal in the headline", "Clashes erupt in Foo amid truce deal",
			"At least five people were killed in fighting in Foo on Thursday, residents said. " +
				"The fighting broke out between militias of the two regions over a market. " +
				"Shops were shut for hours.",
			news.CeasefireViolated},
		{"a truce called false beside fighting", "Government calls rebels' truce a lie; heavy fighting reported in Foo",
			"The rebels announced a unilateral ceasefire on Monday to let aid reach the displaced. " +
				"The government insists that the rebels withdraw from the towns they hold.",
			news.CeasefireViolated},
		// guards: fighting before a truce, a truce sought beside fighting
		{"a truce agreed after fighting in the headline", "Foo truce agreed after week of fighting",
			"The army and the rebels agreed on a truce on Monday after a week of fighting in Foo, the mediators said.",
			news.CeasefireInEffect},
		{"a truce called for beside fighting", "UN calls for truce as fighting rages in Foo",
			"The UN on Monday called for a truce in Foo, where fighting between the army and rebels has killed dozens this week.",
			news.CeasefireProposed},
		// "over" after a truce word that a time or a cause follows is a
		// preposition ("declare a ceasefire over the pandemic", "observe a
		// ceasefire over the same period"), no truce that is over (cf2
		// fit: two reports of two wars).
		{"a truce declared over a pandemic", "Foo rebels declare truce over coronavirus",
			"The Foo rebels have declared that their truce will come into effect from Sunday as a gesture of goodwill.",
			news.CeasefireInEffect},
		// guard: a truce that is over
		{"a truce over as fighting resumes", "Foo truce over as fighting resumes",
			"Fighting resumed in Foo on Monday, residents said.",
			news.CeasefireCollapsed},
		// A hope for what a truce just told brings ("hopes that this truce
		// will improve the situation", "hoped their agreement would halt
		// the raids") is no truce sought (cf2 fit: two reports of two
		// wars).
		{"a hope for what a declared truce brings", "Government declares humanitarian truce, saying it hopes to speed aid",
			"Thousands have died since the war began in the north. " +
				"The government hopes that this truce will improve the situation on the ground, it said in a statement.",
			news.CeasefireInEffect},
		// guard: a truce hoped for
		{"a truce hoped for by mediators", "",
			"Mediators said on Monday they hope that a truce between the army and the Foo rebels will follow the talks in Baz.",
			news.CeasefireProposed},
		// guards: hopes, talks and plans for a truce nothing tells agreed
		{"a truce hoped for", "",
			"Mediators hope that both sides will agree to a truce in Foo next week, the envoy said on Monday.",
			news.CeasefireProposed},
		{"talks for a truce", "Envoys hold talks on Foo truce",
			"Envoys of the army and the rebels held talks in Baz on Monday on a possible truce in Foo, the mediators said.",
			news.CeasefireProposed},
	})
}

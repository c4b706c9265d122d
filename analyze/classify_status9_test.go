package analyze

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// TestStatusRound9 keeps the class of issue 14's ceasefire-state round
// h-status6 of the twenty-first session, told in invented words: a
// possibility voiced in a clause of someone's words that follows a truce's
// state told outright ("..., saying the accord would bring calm", "...,
// warning that the army would protect villagers", "..., even as officers
// asserted there would be no easing of patrols") is the speaker's, not the
// truce's: the truce stays signed or breached (cf2 and cf3 fit halves:
// three reports of three wars, both readings agreeing).
func TestStatusRound9(t *testing.T) {
	checkStates(t, []stateCase{
		{"a signing hailed, saying it would bring calm", "",
			"The Foo cabinet on Monday hailed the signing of a ceasefire agreement between the army and the Bar rebels, saying the accord would bring lasting calm to the hills.",
			news.CeasefireInEffect},
		{"an accord to observe a truce, even as officers asserted", "",
			"Foo and Bar have agreed to strictly observe the ceasefire along their mountain frontier, even as Foo's officers asserted there would be no easing of their border patrols.",
			news.CeasefireInEffect},
		{"a breach charged, warning the army would protect", "",
			"The Foo army on Tuesday accused the Bar rebels of breaching a ceasefire, saying they burned two hamlets last week and warning that troops would protect the villagers.",
			news.CeasefireViolated},
		// guards: the truce's own possibility stays the truce's
		{"a signed truce that could collapse, a monitor warning", "",
			"The ceasefire signed by the Foo army and the Bar rebels on Monday could collapse within days, a monitor warned, saying both sides were massing troops.",
			news.CeasefireInEffect},
		{"a proposal said to be possible", "",
			"The Foo rebels offered a ceasefire on Monday, saying it would begin if the army left the valley.",
			news.CeasefireProposed},
	})
}

// TestStatusHeadlineInText keeps the second class of round h-status6, told
// in invented words: a page that comes with no headline of its own but
// opens with it as a line of its own ("Clashes erupt in Foo amid truce
// deal", then the lead) tells its fighting beside the truce as a headline
// does (foughtBeside): the truce breached (cf2 and cf3 fit halves: two
// reports of two wars, both readings agreeing).
func TestStatusHeadlineInText(t *testing.T) {
	checkStates(t, []stateCase{
		{"fighting beside a truce, the headline the text's first line", "",
			"Militias clash in Foo city amid ceasefire deal\n\nFOO - At least four people were killed in the northern city of Foo on Monday, residents said. " +
				"The fighting pitted two local militias against each other.",
			news.CeasefireViolated},
		{"a first clash since a truce, the headline the text's first line", "",
			"Army in first battle with Foo rebels since truce\n\nSoldiers and Foo rebels fought near the desert town of Bar on Sunday, officials said. " +
				"Two soldiers were wounded.",
			news.CeasefireViolated},
		// guard: a headline line that tells the truce's state keeps it
		{"a headline line that tells the truce holding", "",
			"Ceasefire holds in Foo city as militias withdraw\n\nFOO - Militias pulled back from the centre of Foo on Monday, residents said.",
			news.CeasefireInEffect},
	})
}

package analyze

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/lang"
	"github.com/conflict-digest/conflict-digest/news"
)

// TestStatusTenseAndModality keeps the state of a truce told as wanted,
// refused, still to begin or still to end (issue 14, round h-status5 on the
// fignews fit half's misread posts, each told here in new words).
func TestStatusTenseAndModality(t *testing.T) {
	checkStates(t, []stateCase{
		{"a chant for a truce is a demand", "",
			`Protesters chanted "ceasefire now" outside the parliament on Saturday.`, news.CeasefireProposed},
		{"support voiced for a truce is a demand", "",
			"The singer voiced her support for a ceasefire in the war in an interview.", news.CeasefireProposed},
		{"a refusal of a truce is of one not in force", "",
			"A poll found most voters agree with the government's refusal of a ceasefire.", news.CeasefireProposed},
		{"an agreed truce whose start was pushed back is not in force", "",
			"The ceasefire deal's start has been pushed back by a day as the last signatures are collected.", news.CeasefireProposed},
		{"a truce back on track after a hitch in its swap holds", "",
			"The fragile truce in Gaza is back on track after a delay in the exchange of hostages.", news.CeasefireInEffect},
		{"a future told for after the pause is a pause in force", "",
			`The minister said more releases would be "welcome" but the army will return to its offensive after the pause.`, news.CeasefireInEffect},
		{"an end in a clause of time is still to come", "",
			"Israel will resume fighting once the truce ends, the defence minister said.", news.CeasefireInEffect},
		{"an expiry in a clause of time is still to come", "",
			"The army will return to combat when the ceasefire expires on Friday, a spokesman said.", news.CeasefireInEffect},
		{"an end to come of a truce named by a pronoun", "",
			"The truce held overnight, and the army said it would resume strikes when it ends.", news.CeasefireInEffect},
		{"a start in a clause of time is still to come", "",
			"Mediators said on Tuesday that the four-day pause is expected to take effect on Friday. " +
				"When the truce comes into effect, shelling and rocket fire across the frontier will stop.", news.CeasefireProposed},
	})
}

// TestStatusEndsAsHistory keeps an earlier truce's end, told in the same
// sentence as the news, the news's past: a new truce in force after it, a
// truce sought to repeat it; and an end told as done the state.
func TestStatusEndsAsHistory(t *testing.T) {
	checkStates(t, []stateCase{
		{"a new truce in force after the last one broke down", "",
			"A new truce took hold on Monday, a week after the last one broke down.", news.CeasefireInEffect},
		{"a truce sought to repeat one that collapsed", "",
			"Mediators hope to repeat the November truce, which collapsed after a week, with a longer ceasefire.", news.CeasefireProposed},
		{"a truce that came after failed talks holds", "",
			"The ceasefire, which came after weeks of failed talks, has held since Sunday.", news.CeasefireInEffect},
		{"fighting after a truce expired is its collapse", "",
			"Fighting resumed on Friday morning after the week-long truce expired.", news.CeasefireCollapsed},
		{"strikes after a truce ended are its collapse", "",
			"The army resumed its bombardment of the city after the truce ended.", news.CeasefireCollapsed},
		{"a start told done after once", "",
			"The truce took effect at 7 a.m. Once the truce began, the guns fell silent.", news.CeasefireInEffect},
		{"a truce that came to an end", "",
			"The seven-day pause between the army and the rebels came to an end on Friday morning, and jets struck targets across the valley.", news.CeasefireCollapsed},
		{"an end to come told as coming to an end", "",
			"The army will resume its offensive when the truce comes to an end, a spokesman said.", news.CeasefireInEffect},
		{"the war's earlier truces are the past of the one in force", "Captives freed on day five of truce",
			"Eleven captives were freed on Monday, the fifth day of the truce. Earlier truces in the war had collapsed within hours.", news.CeasefireInEffect},
		{"a headline's truce that holds", "Truce holds as more captives go home",
			"Twelve captives were freed on Tuesday and crossed into Egypt, officials said.", news.CeasefireInEffect},
	})
}

// TestTruceToCome checks the clause readers of the round one by one.
func TestTruceToCome(t *testing.T) {
	for _, tc := range []struct {
		s          string
		end, start bool
	}{
		{"israel will resume fighting once the truce ends", true, false},
		{"the army will return after the pause", true, false},
		{"when the pause is over the army will return", true, false},
		{"the army resumed strikes after the truce ended", false, false},
		{"the army resumed strikes after the truce", false, false},
		{"the army resumed strikes after the truce began", false, false},
		{"when the truce comes into effect the guns will fall silent", false, true},
		{"once the ceasefire takes effect aid will enter", false, true},
		{"after the truce takes effect aid will enter", false, false},
		{"the truce took effect when the clock struck seven", false, false},
	} {
		ws := lang.Words(tc.s)
		if got := endToCome(ws); got != tc.end {
			t.Errorf("endToCome(%q) = %v, want %v", tc.s, got, tc.end)
		}
		if got := startToCome(ws); got != tc.start {
			t.Errorf("startToCome(%q) = %v, want %v", tc.s, got, tc.start)
		}
	}
}

// TestStatusOfThisWar keeps a truce of another war, named in a sentence
// that opens on another country, out of the state of the truce the report
// is about.
func TestStatusOfThisWar(t *testing.T) {
	checkStates(t, []stateCase{
		{"another country's truce violated beside this one holding", "Captives freed as Gaza truce holds",
			"Twelve captives were freed on the fifth day of the truce in Gaza. " +
				"In Lebanon, the ceasefire with Hezbollah was violated twice overnight, the army said.", news.CeasefireInEffect},
		{"another country's truce ended beside talks on this one", "Mediators press for Gaza truce",
			"Egypt and Qatar pressed both sides on Tuesday to agree a truce in Gaza. " +
				"In Sudan, a ceasefire brokered in Jeddah collapsed last month.", news.CeasefireProposed},
		{"the report's own country's truce is its state", "Shelling near Donetsk",
			"Shelling hit villages near Donetsk on Sunday, officials said. " +
				"In Ukraine, the Easter truce was violated dozens of times, the army said.", news.CeasefireViolated},
	})
}

// TestOtherFront checks which openings turn to another country.
func TestOtherFront(t *testing.T) {
	d := newDoc("Captives freed as Gaza truce holds", "Twelve captives were freed in Gaza. In Lebanon, strikes went on.")
	lead := func() []string { return leadWars(d) }
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"In Lebanon, the ceasefire was violated.", true},
		{"Meanwhile in Sudan, the truce collapsed.", true},
		{"In Gaza, the truce held.", false},
		{"In a statement, the army said the truce held.", false},
		{"In Lebanon the ceasefire was violated.", false},
		{"In Israel, families welcomed the truce.", false},
	} {
		if got := otherFront(tc.s, lead); got != tc.want {
			t.Errorf("otherFront(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

// TestStatusPostsNamedWithoutState keeps the state of short posts whose
// truce was read in effect for want of a state cue: pleaded or pressed
// for, readied for, close or pending, off the table; in its third day;
// breaking down.
func TestStatusPostsNamedWithoutState(t *testing.T) {
	checkStates(t, []stateCase{
		{"pressure for a truce rejected", "", "The government rejects growing pressure for a ceasefire in the north.", news.CeasefireProposed},
		{"a truce off the table", "", "The president says a ceasefire is not on the table right now.", news.CeasefireProposed},
		{"ready for a truce", "", "The rebels say they are ready for a truce in exchange for the release of prisoners.", news.CeasefireProposed},
		{"a deal close, pending approval", "", "Sources say a deal for a five-day pause is close, pending final approval.", news.CeasefireProposed},
		{"an appeal for a truce", "", "The archbishop appealed for a ceasefire during his Christmas sermon.", news.CeasefireProposed},
		{"a pause in its third day", "", "The pause in fighting entered its third day on Sunday with another exchange of captives and prisoners.", news.CeasefireInEffect},
		{"a truce breaking down", "", "Both sides trade blame as the truce breaks down.", news.CeasefireCollapsed},
		{"a breakdown still to come", "", "The army will resume its offensive once the truce breaks down, a spokesman said.", news.CeasefireInEffect},
		{"a truce refused until a condition is met", "", "The government will not agree to a ceasefire until all captives are returned, the minister said.", news.CeasefireProposed},
		{"not the time for a truce", "", "The White House says now is not the time for a ceasefire.", news.CeasefireProposed},
		{"a framework for a truce studied", "", "The rebels are studying the framework for a six-week truce.", news.CeasefireProposed},
		{"fighting resumed after the truce is its end", "", "The army resumed combat operations against the rebels after the truce, the military said.", news.CeasefireCollapsed},
		{"fighting resumed after the truce took effect is a breach", "", "Fighting resumed in the east hours after the truce took effect, residents said.", news.CeasefireViolated},
	})
}

// TestResumedAfterTruce checks which resumptions tell a truce's end.
func TestResumedAfterTruce(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"israel resumed combat operations after the truce", true},
		{"the army resumes strikes after the pause", true},
		{"fighting resumed hours after the truce took effect", false},
		{"aid deliveries went on after the truce", false},
	} {
		if got := resumedAfterTruce(lang.Words(tc.s)); got != tc.want {
			t.Errorf("resumedAfterTruce(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

package analyze

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/lang"

	"github.com/conflict-digest/conflict-digest/news"
)

// TestTruceEndAsNoun: a truce's collapse, breakdown or end told as a noun
// phrase ("follows the collapse of a fragile ceasefire", "after the
// ceasefire's breakdown", "since the end of the truce") is the collapsed
// state, however much the text tells of the truce before it ended; a
// sentence that tells a new truce in force after it is in effect, and the
// end of truce talks is no truce's end. Invented sentences (issue 13, the
// 2016 window's convoy story).
func TestTruceEndAsNoun(t *testing.T) {
	lead := "An air strike hit a column of aid trucks near Homs on Tuesday, killing 12 people, medics said. " +
		"The trucks were carrying flour to a besieged town. The Red Crescent said its driver was among the dead. " +
		"The truce, brokered by Moscow and Washington, took effect on Monday last week and was meant to let aid in. "
	checkStates(t, []stateCase{
		{"a collapse named past a truce told in force", "Air strike hits aid trucks near Homs",
			lead + "The strike follows the collapse of a fragile ceasefire agreed last week.",
			news.CeasefireCollapsed},
		{"a breakdown in the possessive", "Air strike hits aid trucks near Homs",
			lead + "Aid agencies said the strike came after the ceasefire's breakdown on Sunday.",
			news.CeasefireCollapsed},
		{"the end of the truce as a time", "Shelling kills five in Taiz",
			"Shelling killed five people in Taiz on Sunday, residents said. Two children were among the dead. " +
				"A truce agreed by the two sides in June had calmed the city for weeks. " +
				"It was the worst shelling since the end of the truce, residents said.",
			news.CeasefireCollapsed},
		{"a new truce in force after the end of the last", "Guns fall silent in the valley",
			"A new truce took effect in the valley on Friday after the collapse of the previous one.",
			news.CeasefireInEffect},
		{"a new truce in force after the breakdown of the last", "Calm returns to the valley",
			"A new ceasefire came into force in the valley on Friday, a week after the breakdown of the last truce.",
			news.CeasefireInEffect},
	})
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"the collapse of a fragile ceasefire", true},
		{"after the ceasefire's breakdown", true},
		{"since the truce’s sudden end", true},
		{"since the end of the truce", true},
		{"the collapse of the ceasefire talks", false},
		{"an end to the war", false},
		{"the end of the week", false},
		{"by the end of the ceasefire's first week", false},
	} {
		if got := truceEndNoun(lang.Words(tc.s)); got != tc.want {
			t.Errorf("truceEndNoun(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

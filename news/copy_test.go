package news

import (
	"strings"
	"testing"
)

func TestCopies(t *testing.T) {
	opening := strings.Repeat("Shelling hit the market town again overnight. ", 6) // past CopyOpening words
	lead := "Shelling of the old market in Easttown killed nine people on Tuesday, rescuers said, and the council called for an inquiry."
	cases := []struct {
		name                         string
		title1, text1, title2, text2 string
		same                         bool
	}{
		{"spaces and case", "Truce holds", "The truce  held on Monday.\n\nResidents said so.",
			"truce holds ", "The truce held on Monday. Residents said so.", true},
		{"punctuation", "Truce holds: monitor", "The \u201ctruce\u201d held on Monday.",
			"Truce holds monitor", "The \"truce\" held on Monday.", true},
		{"another day", "Truce holds", "The truce held on Monday. Residents said so.",
			"Truce holds", "The truce held on Tuesday. Residents said so.", false},
		{"another title", "Truce holds", "The truce held on Monday.", "Truce holds in the north", "The truce held on Monday.", false},
		{"a line added past the opening", "Market shelled", opening + "Two were hurt.",
			"Market shelled", opening + "Two were hurt. A clinic treated them.", true},
		{"a feed's summary cut from the lead", "Market shelled", lead[:90] + "...",
			"Market shelled", lead + " The market had reopened in May.", true},
		{"a short text is not the opening of a longer one", "Market shelled", "Shelling hit the market.",
			"Market shelled", "Shelling hit the market. Two were hurt.", false},
		{"a summary that goes its own way", "Market shelled", lead[:60] + " nine dead.",
			"Market shelled", lead, false},
		{"no text", "Market shelled", "", "Market shelled", "", true},
		{"no text beside a text", "Market shelled", "", "Market shelled", lead, false},
	}
	for _, c := range cases {
		a, b := OpeningOf(c.title1, c.text1), OpeningOf(c.title2, c.text2)
		if got := a.Copies(b); got != c.same {
			t.Errorf("%s: copies %v, want %v", c.name, got, c.same)
		}
		if a.Copies(b) != b.Copies(a) {
			t.Errorf("%s: Copies is not symmetric", c.name)
		}
	}
}

// TestNearCopy: one story as two outlets carry it (a word changed, a line
// of their own at the end) is a near copy; another outlet's own report of
// the event, and a text under NearMinWords words, are not.
func TestNearCopy(t *testing.T) {
	const story = "Rain flooded the lower town of Kelm on Sunday night, forcing some 2,000 families to leave their homes " +
		"for schools on the hill, the mayor said on Monday, adding that two bridges over the Varn had been closed."
	edited := strings.Replace(story, "some 2,000", "about 2,000", 1) + " More rain is expected."
	own := "The mayor of Kelm said on Monday that about two thousand households had moved to hill schools after the Varn " +
		"burst its banks overnight, and that the town's bridges were shut."
	a, b, c := ShinglesOf(story), ShinglesOf(edited), ShinglesOf(own)
	if !a.NearCopy(b) || !b.NearCopy(a) {
		t.Error("the edited carrier's copy is not a near copy")
	}
	if a.NearCopy(c) {
		t.Error("another outlet's own report is a near copy")
	}
	if ShinglesOf("Rain flooded the lower town of Kelm on Sunday night.") != nil {
		t.Error("a short text has shingles")
	}
}

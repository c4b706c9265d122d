package analyze

import "testing"

// TestSpokesmanSpeaksForHisBody: a named person whom the article makes a
// body's spokesman — by the sentence before ("..., the body's spokesman
// said. '...,' Jane Roe told AFP") or by a post given anywhere before —
// gives the body's figures: his count is the body's, as the count the
// body's spokesman gave unnamed is, so that an item's figure lines group by
// the body. Invented wire-style sentences.
func TestSpokesmanSpeaksForHisBody(t *testing.T) {
	runOriginatorCases(t, []originatorCase{
		{"the unnamed spokesman of the sentence before, then named", "",
			"A member of the Syrian opposition coalition was among 11 people killed in an air strike on Idlib on Sunday, the body's spokesman said. " +
				"\"Eleven people were killed\" and 30 others were wounded Omar al-Foo told AFP by telephone.",
			"injured", 30, "Syrian Coalition", true},
		{"a spokesman for a group, then named", "",
			"Fourteen Saudi soldiers were killed in a raid near Najran on Monday, a spokesman for the Houthi movement said. " +
				"Another 22 were wounded, Jane Roe told AFP.",
			"injured", 22, "Houthis", true},
		{"a spokeswoman by her post, then telling an agency", "",
			"Jane Roe, a spokeswoman for the Houthi movement, said the raids hit a wedding near Saada. Twenty-five guests were killed, Roe told Reuters.",
			"killed", 25, "Houthis", true},
		{"a person who told an agency, no post given: his own", "",
			"Shelling hit the market on Monday. Nine people were killed, Omar Foo told Reuters.",
			"killed", 9, "Omar Foo", false},
	})
}

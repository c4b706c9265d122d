package analyze

import "testing"

// TestBodyHeadKeptOrig4: a source written as a name or a post and the
// lower-case noun of the body it heads ("the Deputy Minister of
// Labour of the Hamas government", "the mayor's office") is that body: the noun is no
// word to cut. A name the table holds keeps the table's short name.
// Invented texts (issue 10, round h-orig4; eval/orig3w's and eval/orig2's
// fit halves).
func TestBodyHeadKeptOrig4(t *testing.T) {
	runOriginatorCases(t, []originatorCase{
		{"a post of a named government", "",
			"The generators of the main clinic in Foo stopped on Monday. " +
				"According to the Deputy Minister of Labour of the Hamas government, 12 patients died.",
			"killed", 12, "Deputy Minister of Labour of the Hamas government", false},
		{"an office after a possessive post, cue after", "",
			"Three firefighters were injured in a blaze at a depot in Foo on Sunday, according to the mayor's office.",
			"injured", 3, "mayor's office", true},
		{"an office after a possessive post, cue said", "",
			"Four guards were injured when a wall fell in Foo on Sunday, the mayor's office said.",
			"injured", 4, "mayor's office", true},
	})
}

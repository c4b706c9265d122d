package analyze

import "testing"

// TestHeadlinePlaceOrig2: a headline's trailing name is its source ("...
// kill 56 civilians: Monitor") only when no place preposition governs it:
// the country or city a headline ends on ("... in the United States", "...
// in the U.S. capital, Washington") is where the deaths were, not who
// counted them. Invented headlines (issue 10, round h-orig2; eval/orig2's
// fit half).
func TestHeadlinePlaceOrig2(t *testing.T) {
	h1 := "The death toll from a flash flood in a canyon town rises to 9 in the United States."
	h2 := "Four people are killed when a bus crashes on a bridge in the U.S. city of Foo, Washington."
	h3 := "Two hikers die after a bluff collapses along a trail near Washington."
	runOriginatorCases(t, []originatorCase{
		{"a country after in", h1, h1, "killed", 9, "", false},
		{"a city after a comma of a place", h2, h2, "killed", 4, "", false},
		{"a place after near", h3, h3, "killed", 2, "", false},
		{"a trailing source stays", "Air strikes kill 56 civilians in Foo: Monitor",
			"Air strikes kill 56 civilians in Foo: Monitor", "killed", 56, "a monitor", false},
	})
}

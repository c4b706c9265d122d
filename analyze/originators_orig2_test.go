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

// TestPartsOfCountBeforeOrig2: a sentence that opens by taking the parts
// of the count the sentence before gave ("Of these", "Out of these",
// "Among them", "This includes") and names no source of its own tells that
// source's count: the team's, the cluster's. A sentence that names its own
// source keeps it. Invented texts (issue 10, round h-orig2; eval/orig2's
// fit half and the untuned development part).
func TestPartsOfCountBeforeOrig2(t *testing.T) {
	runOriginatorCases(t, []originatorCase{
		{"of these, after a written source", "Measles in Foo",
			"The outbreak went on in Foo. As of Monday, the Foo Surveillance Unit reported a total of 4,100 cases. " +
				"Of these, 900 were hospitalised, while 57 had died.",
			"killed", 57, "Foo Surveillance Unit", false},
		{"this includes, after a table source", "Displacement in Foo",
			"Fighting went on in Foo. Some 410,000 displacements were recorded by UNHCR in the last year. " +
				"This includes around 61,000 displacements recorded in May.",
			"displaced", 61000, "UNHCR", false},
		{"a source of its own stays", "Measles in Foo",
			"The outbreak went on in Foo. As of Monday, the Foo Surveillance Unit reported a total of 4,100 cases. " +
				"Of these, 57 had died, the health ministry said.",
			"killed", 57, "health ministry", false},
	})
}

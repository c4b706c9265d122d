package analyze

import "testing"

// TestPersonOfABodyNamedAlone: a person introduced "of" a body ("Chief
// Inspector Jane Roe of the police of Foo province") speaks for the body
// also when a later sentence names the person alone ("Roe further
// claimed"), as one introduced with a post before or after the name does
// (the conventions of analyze/testdata/figures/README.md). Invented
// sentences (issue 10, eval/open's figures, fit half, round h-fig25).
func TestPersonOfABodyNamedAlone(t *testing.T) {
	runOriginatorCases(t, []originatorCase{
		{"a rank, a name and the body after of", "",
			"Two bombs hit the market of Foo on Sunday. According to Chief Inspector Mara Velloso of the police of Foo province, 12 people died. " +
				"Velloso further claimed 40 civilians were wounded.",
			"injured", 40, "police", true},
		{"the name and the body after of, said later", "",
			"A blast hit a bus in Bar on Monday. Colonel Tomas Ardiles of the army said the driver fled. " +
				"Nine passengers were killed, Ardiles said.",
			"killed", 9, "army", true},
		{"a person of no body stays a person", "",
			"A blast hit a bus in Bar on Monday. Tomas Ardiles of Bar town saw the driver flee. " +
				"Nine passengers were killed, Ardiles said.",
			"killed", 9, "Tomas Ardiles", false},
	})
}

// TestRankWrittenOutIsNoName: a rank written out before a person's name
// ("Chief Superintendent", "Colonel") is his post, no part of his name, as
// its abbreviation ("Supt.", "Col.") is. Invented sentences.
func TestRankWrittenOutIsNoName(t *testing.T) {
	runOriginatorCases(t, []originatorCase{
		{"a written-out rank before a name of no body", "",
			"A blast hit a bus in Bar on Monday. Nine passengers were killed, said Chief Superintendent Mara Velloso.",
			"killed", 9, "Mara Velloso", false},
		{"abbreviated ranks after the attribution word", "",
			"A blast hit a bus in Bar on Monday. Nine passengers were killed, said Lt. Col. Mara Velloso.",
			"killed", 9, "Mara Velloso", false},
		{"a colonel named alone later", "",
			"Colonel Tomas Ardiles visited the town. Nine passengers were killed, Ardiles said.",
			"killed", 9, "Tomas Ardiles", false},
	})
}

// TestHeldPhraseBeforeNamingAside: a count whose people a participle phrase
// tells as held ("being held captive in Foo") before the aside that names
// them is still the count of the verb after the aside. Invented sentences.
func TestHeldPhraseBeforeNamingAside(t *testing.T) {
	mainValues(t, map[string]map[string]int64{
		"The village council said on Monday that two of its residents being held captive by the militia in Foo, Ann Lee and Tom Hill, have been killed.": {"killed": 2},
		"Three hostages held by the group since May, Ann Lee, Tom Hill and Bob Roe, were killed in the raid.":                                            {"killed": 3},
		// freed, not killed; a number inside the phrase ends it
		"Two hostages being held captive in Foo, Ann Lee and Tom Hill, were freed on Monday.":  {"killed": 0},
		"Two hostages held for 40 days in Foo, Ann Lee and Tom Hill, were released on Monday.": {"killed": 0},
	})
	runOriginatorCases(t, []originatorCase{
		{"the body that announces the hostages' deaths", "",
			"The Foo Farmers Union announced on Tuesday that two of its members being held captive by the militia, Ann Lee and Tom Hill, have been killed.",
			"killed", 2, "Foo Farmers Union", false},
	})
}

// TestAsWereAddsToTheCount: "N were wounded, as were M ..." adds M (and
// "K each from A and B" K for each body) to the count (eval/open's
// figures, fit half: the readers sum the terms). Invented sentences.
func TestAsWereAddsToTheCount(t *testing.T) {
	mainValues(t, map[string]map[string]int64{
		"Police said 40 civilians were wounded, as were nine from the army, and three each from the navy and the border guard.": {"injured": 55},
		"Five soldiers were killed, as were two civilians, the army said.":                                                      {"killed": 7},
		"Five soldiers were killed, as was the driver, the army said.":                                                          {"killed": 5},
		"Six villagers were killed, as were 12 in the same village in 2019, officials said.":                                    {"killed": 6},
	})
}

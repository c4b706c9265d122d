package analyze

import "testing"

// TestUnnamedSources: sources the table does not know, named as the
// subject of an attribution word, are the originator as written
// ("diplomatic sources told AFP", "sources in the region told reporters");
// "the sources said" stays an anaphor, and sources listed under one noun
// ("local and media sources") are no such name (since round h-orig5 the
// table's local media name that list, as the labels of fresh fakes-424 and
// fresh2 fakes-429 do). Invented sentences (issue 10, round h-orig31).
func TestUnnamedSources(t *testing.T) {
	runOriginatorCases(t, []originatorCase{
		{"sources placed in a region", "Evacuation",
			"The military is evacuating about 100 soldiers from the airbase, sources in the region told reporters.",
			"evacuated", 100, "sources in the region", false},
		{"placed sources familiar with the matter", "Evacuation",
			"The military is evacuating about 100 soldiers from the airbase, sources in the region familiar with the situation told reporters.",
			"evacuated", 100, "sources in the region", false},
		{"diplomatic sources told an agency", "Clashes",
			"At least 30 soldiers were killed in the clashes, diplomatic sources told the agency.",
			"killed", 30, "diplomatic sources", false},
		{"two adjectives", "Clashes",
			"At least 30 soldiers were killed in the clashes, Western diplomatic sources said.",
			"killed", 30, "Western diplomatic sources", false},
		{"sources opening the sentence", "Clashes",
			"Tribal sources told the agency that 14 fighters were killed near the border.",
			"killed", 14, "Tribal sources", false},
		{"a source inside a place", "Clashes",
			"At least 30 soldiers were killed in the clashes, a source inside the palace said.",
			"killed", 30, "source inside the palace", false},
		{"bare sources", "Clashes",
			"At least 30 soldiers were killed in the clashes, sources said.",
			"killed", 30, "sources", false},
		{"bare sources without the comma", "Clashes",
			"At least 30 soldiers were killed sources said on Monday.",
			"killed", 30, "sources", false},
		{"the sources: named before", "Clashes",
			"Diplomats met on Monday. At least 30 soldiers were killed in the clashes, the sources said.",
			"killed", 30, "", false},
		{"sources listed under one noun: the table's name, none as written", "Clashes",
			"Local and media sources said at least 30 soldiers were killed in the clashes.",
			"killed", 30, "local media", false},
		{"other sources listed under one noun", "Clashes",
			"Local and tribal sources said at least 30 soldiers were killed in the clashes.",
			"killed", 30, "", false},
		{"the table's sources keep its name", "Clashes",
			"At least 30 soldiers were killed in the clashes, medical sources said.",
			"killed", 30, "medical sources", false},
	})
}

// TestPlaceSpokesman: a spokesman for a state, a province or a region of a
// country speaks for its government, a party: "the spokesman for the
// northeastern state of Foo said" is "Foo state". Invented sentences.
func TestPlaceSpokesman(t *testing.T) {
	runOriginatorCases(t, []originatorCase{
		{"the state of a name", "Clashes in the north",
			"The army killed 24 militants in the hills, the spokesman for the northeastern state of Borno said.",
			"killed", 24, "Borno state", true},
		{"a name's state", "Clashes in the north",
			"The army killed 12 militants in the hills, a spokesman for Kaduna state said.",
			"killed", 12, "Kaduna state", true},
		{"said before the spokesman", "Clashes in the north",
			"Gunmen killed nine villagers overnight, said a spokesman for the southern province of Foo.",
			"killed", 9, "Foo province", true},
		{"a spokeswoman for a region", "Clashes in the north",
			"A spokeswoman for the Foo region said 15 people were wounded in the blast.",
			"injured", 15, "Foo region", true},
	})
}

// TestItSaysWrittenBody: "..., it said." closing a sentence and "It said
// ..." opening one stand for the body named as written in the sentences
// before, as "the group said" does. Invented sentences.
func TestItSaysWrittenBody(t *testing.T) {
	runOriginatorCases(t, []originatorCase{
		{"closing it said", "Bombing in the capital",
			"The Bureau for Information said a bomb exploded near the barracks on Monday. Ten officers were seriously wounded and 60 suffered slight injuries, it said.",
			"injured", 60, "Bureau for Information", false},
		{"opening It said", "Bombing in the capital",
			"The Foo Relief Committee said a bomb exploded near the barracks on Monday. It said 12 people were killed.",
			"killed", 12, "Foo Relief Committee", false},
		{"closing it added", "Bombing in the capital",
			"The Foo Relief Committee said a bomb exploded near the barracks on Monday. Twelve people were killed, it added.",
			"killed", 12, "Foo Relief Committee", false},
		{"named two sentences back", "Bombing in the capital",
			"The Foo Relief Committee said a bomb exploded near the barracks on Monday. The blast shattered windows. Twelve people were killed, it said.",
			"killed", 12, "Foo Relief Committee", false},
	})
}

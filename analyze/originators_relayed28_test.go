package analyze

import "testing"

// TestReportsOfCount: a body that reacts to "reports of" a count ("appealed
// ... after reports of some 160 new deaths") does not give the count, nor
// does the agency whose update it is: the unnamed reports do. A body that
// says there were such reports still gives it. Invented sentences (issue
// 10, rwp7 figures' fit half, round h-orig28).
func TestReportsOfCount(t *testing.T) {
	runOriginatorCases(t, []originatorCase{
		{"an appeal after reports of deaths", "UNHCR Flash Update",
			"Today, UNHCR appealed for more rescue vessels after reports of some 90 new deaths at sea.",
			"killed", 90, "", false},
		{"a monitor telling of reports still gives them", "Shelling of Foo",
			"The Observatory said there were reports of 30 deaths in the shelling of the town.",
			"killed", 30, "SOHR", false},
	})
}

// TestDatedCitationOfUnknownSource: a briefing note's bracketed citation
// with a day written in digits ("(FOOREL 09/11/2020; IFRC 09/11/2020)")
// names the figure's source also when the table does not know it, and also
// in the text's last sentence. Invented sentences.
func TestDatedCitationOfUnknownSource(t *testing.T) {
	runOriginatorCases(t, []originatorCase{
		{"the first source listed", "Briefing note: floods",
			"Landslides have killed at least 31 people and 100 more remain missing (FOOREL 09/11/2020; IFRC 09/11/2020). Roads were cut.",
			"killed", 31, "FOOREL", false},
		{"the last sentence's citation", "Briefing note: floods",
			"Heavy rains hit the south of the country on Monday. Landslides have killed at least 31 people (FOOREL 09/11/2020).",
			"killed", 31, "FOOREL", false},
	})
}

// TestTranslatedPostSayers: posts and their machine translations name who
// speaks in their own ways: the sayer before a colon ("The Israeli army
// spokesman: 12 soldiers killed"), a community ("Kibbutz Foo announced
// that two of its residents ..."), a people's sources ("Palestinian sources
// reported that ..."). Invented sentences.
func TestTranslatedPostSayers(t *testing.T) {
	runOriginatorCases(t, []originatorCase{
		{"a spokesman before a colon", "",
			"The Israeli army spokesman: 12 soldiers killed in clashes in the north of the Strip.",
			"killed", 12, "Israeli military", true},
		{"a ministry with its place before a colon", "",
			"Gaza Health Ministry: 45 martyrs in the bombing of the camp.",
			"killed", 45, "health ministry", false},
		{"a community named also as a place", "Rockets on Israel",
			"Israeli Kibbutz Be'eri announced on Tuesday that two of its residents have been killed.",
			"killed", 2, "Kibbutz Be'eri", false},
		{"a people's sources", "Strikes on Gaza",
			"Palestinian sources reported that 45 were killed in the bombing of the camp.",
			"killed", 45, "Palestinian sources", false},
	})
}

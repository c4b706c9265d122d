package analyze

import "testing"

// TestAgencyClosingCitation: an agency's briefing closes a sentence with
// its sources in brackets, each with the day of its report ("(WFP
// 29/01/2021; DTM 01/02/2021)", "(OCHA, 12/05)"), or with the source alone
// ("(ACAPS)"): the first source listed gives the figure. Words of another
// kind in the brackets ("(35 per cent female)") cite no one. Invented
// sentences in the style of such reports (issue 10, rwp7 figures' fit half,
// round h-orig27).
func TestAgencyClosingCitation(t *testing.T) {
	runOriginatorCases(t, []originatorCase{
		{"sources listed with their dates", "",
			"On 12 March, armed men attacked the camps near Foo town. The violence has killed 61 people and injured over 90 (WFP 14/03/2021; DTM 16/03/2021).",
			"killed", 61, "WFP", false},
		{"a source with a comma and a short date", "",
			"Clashes erupted in the district on Sunday. At least 17 civilians were killed in the fighting (OCHA, 12/05).",
			"killed", 17, "OCHA", false},
		{"a source of the table alone in brackets", "",
			"Armed groups attacked the villages in the valley. About 2,300 people have fled to the district centre (ACAPS).",
			"displaced", 2300, "ACAPS", false},
		{"a bracket of another kind cites no one", "",
			"Gunmen attacked the market of Foo town on Monday. Further, a total of 14 people were killed in the attack (nine of them women).",
			"killed", 14, "", false},
	})
}

// TestCountIsNoSayer: a count opened by an indefinite article ("a total of
// 1,116 deaths were registered") is what was counted, never a source named
// by what it is. Invented sentences.
func TestCountIsNoSayer(t *testing.T) {
	runOriginatorCases(t, []originatorCase{
		{"a total registered", "",
			"Gunmen attacked the market of Foo town on Monday. Further, a total of 23 deaths were registered after the attack.",
			"killed", 23, "", false},
		{"a total reported", "",
			"Gunmen stormed three villages of the district. A total of 310 injuries and 47 deaths are reported across the district.",
			"killed", 47, "", false},
	})
}

// TestStateReports: a state named as the sayer of an agency's situation
// report ("As of 17 July, Argentina reports ...") is its government,
// written by its name, as "Iraq said" is; the states the reports on the
// Americas' refugee response and on other crises name are in the table.
// Invented sentences.
func TestStateReports(t *testing.T) {
	runOriginatorCases(t, []originatorCase{
		{"a state reports a count", "",
			"Gunmen attacked three villages near the border on Sunday. As of 17 July, Ecuador reports 31 deaths and 50 injured in the attacks.",
			"killed", 31, "Ecuador", false},
		{"a state said", "",
			"Gunmen attacked three villages near the border on Sunday. Bangladesh said 12 people were killed in the attacks.",
			"killed", 12, "Bangladesh", false},
		{"a state's police, written with its adjective", "",
			"Gunmen attacked three villages near the border on Sunday. Brazilian police said 12 people were killed in the attacks.",
			"killed", 12, "Brazilian police", true},
	})
}

// TestDataShows: the sentence right after one that opens with a source's
// data ("As of 21 March, MoPH data shows that 540 people were wounded.")
// goes on with the same data when it names no source of its own ("Some 46
// have died."). Invented sentences in the style of a situation report.
func TestDataShows(t *testing.T) {
	runOriginatorCases(t, []originatorCase{
		{"the sentence after the data", "",
			"Gunmen attacked the villages of Foo district. As of 21 March, MoPH data shows that 540 people were wounded in the attacks. Some 300 have recovered, and 46 people were killed.",
			"killed", 46, "MoPH", false},
		{"no data before: the sentence names none", "",
			"Gunmen attacked the villages of Foo district. As of 21 March, 540 people were wounded in the attacks. Some 300 have recovered, and 46 people were killed.",
			"killed", 46, "", false},
	})
}

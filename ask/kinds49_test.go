package ask

import (
	"strings"
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// Invented reports of round h-ask49 (issue 14.5, agency reports): what a
// count question counts is read whole when an adverb opens it ("how many
// internally displaced persons": displaced persons, not "internally") or
// when its noun ends in "-ing" before the question's auxiliary ("how much
// humanitarian funding did ...": funding, an amount of money).
var countedNounReports = []news.Article{
	{ExternalID: "idp-sitrep", Title: "Amberland: humanitarian situation report No. 4, May 2023",
		Text: "Internally displaced persons • 12 health centres out of 15 in Oran district closed after an attack on a nurse on 28 April 2023 (IDPs) registered • " +
			"The number of internally displaced persons (IDPs) has reached 412,870 (OCHA, 3 May 2023), a three-fold increase since January."},
	{ExternalID: "fact-sheet", Title: "Amberland: complex emergency fact sheet #3, fiscal year 2022",
		Text: "Amberland Fact Sheet #3, Fiscal Year (FY) 2022 HIGHLIGHTS • Access constraints delay and disrupt humanitarian operations, affecting 215,000 people in August. " +
			"• In FY 2022, the Government of Veldia (GoV) provided nearly $96.4 million in funding to address the humanitarian needs of vulnerable populations in Amberland."},
}

func TestAnswerKinds49CountedNoun(t *testing.T) {
	a := New(&factIndex{memIndex: newMemIndex(countedNounReports...)}, Options{})
	askWant(t, a, []askCase{
		{"According to OCHA, how many internally displaced persons were registered in Amberland as of 3 May 2023?", "412,870", "idp-sitrep"},
		{"How much humanitarian funding did the Government of Veldia provide for Amberland in fiscal year 2022?", "$96.4 million", "fact-sheet"},
	})
}

func TestUnitsAfterAdverbAndGerund(t *testing.T) {
	for q, want := range map[string][]string{
		"How many internally displaced persons were registered?": {"displac", "person"},
		"How much humanitarian funding did Veldia provide?":      {"humanitarian", "fund"},
		"How many incidents affecting children were reported?":   {"incident"},
	} {
		got := Parse(q, testNow).Units
		if strings.Join(got, " ") != strings.Join(want, " ") {
			t.Errorf("%q: units %v, want %v", q, got, want)
		}
	}
}

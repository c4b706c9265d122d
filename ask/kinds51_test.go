package ask

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// Invented reports of round h-ask51 (issue 14.5, agency reports): a question
// asking a part of a whole ("what share", "what percentage") is answered by a
// share, not by the count of the whole beside it, and of a sentence's shares
// by the one whose own words name the group asked about; a question dating
// an issue of a series cites that issue though a later one repeats its
// sentence.
var shareReports = []news.Article{
	{ExternalID: "flash-7", Title: "Flash Update #7 Oran district 2023-05-23",
		Text: "FLASH UPDATE #7 OSTMARK DISTRICT 23 MAY 2023. " +
			"DTM identified an additional 1,210 displaced families (approximately 6,050 individuals), bringing the total number of internally displaced persons from the Ostmark fighting to at least 12,380 families (approximately 61,900 individuals). " +
			"Based on a rapid survey of some 900 displaced households, 53% of displaced individuals are estimated to be women and 47% men. " +
			"Moreover, about 46% of IDPs were estimated to be elderly persons over the age of 60. " +
			"Most families stay with relatives in the town of Brell."},
	{ExternalID: "flash-9", Title: "Flash Update #9 Oran district 2023-06-11",
		Text: "FLASH UPDATE #9 OSTMARK DISTRICT 11 JUNE 2023. " +
			"DTM identified an additional 950 displaced families (approximately 4,750 individuals), bringing the total number of internally displaced persons from the Ostmark fighting to at least 13,330 families (approximately 66,650 individuals). " +
			"Based on a rapid survey of some 900 displaced households, 53% of displaced individuals are estimated to be women and 47% men. " +
			"Moreover, about 46% of IDPs were estimated to be elderly persons over the age of 60. " +
			"DTM teams found that IDPs displaced by the Ostmark fighting of 2023 stay with relatives in Brell, and IDPs displaced by the Ostmark fighting in camps need shelter kits. " +
			"DTM estimated that elderly persons among the IDPs displaced by the Ostmark fighting need mobility aids and medicines."},
}

func TestAnswerKinds51Share(t *testing.T) {
	a := New(&factIndex{memIndex: newMemIndex(shareReports...)}, Options{})
	askWant(t, a, []askCase{
		{"What share of the IDPs displaced by the 2023 Ostmark fighting were estimated by DTM to be elderly persons over 60 as of late May 2023?", "46%", "flash-7"},
		{"What percentage of people displaced by the 2023 Ostmark fighting were estimated to be elderly persons over 60, according to DTM's June 2023 rapid survey of displaced households?", "46%", "flash-9"},
	})
}

// TestEarliestKeepsDatedIssue: the pick moves to a better-ranked report
// stating the same span, but not to another day's issue of a series when
// the question dates the pick's.
func TestEarliestKeepsDatedIssue(t *testing.T) {
	sent := "Moreover, about 46% of IDPs were estimated to be elderly persons over the age of 60."
	cands := []candidate{
		{art: news.Article{ExternalID: "flash-9", Title: "Flash Update #9 Ostmark district 2023-06-11"}, sents: []sentence{{text: sent, score: 0.6}}},
		{art: news.Article{ExternalID: "flash-7", Title: "Flash Update #7 Ostmark district 2023-05-23"}, sents: []sentence{{text: sent, score: 0.6}}},
		{art: news.Article{ExternalID: "digest", Title: "Ostmark weekly digest"}, sents: []sentence{{text: sent, score: 0.6}}},
	}
	p := pick{span: span{text: "about 46%"}, cand: 1}
	for q, want := range map[string]string{
		"What share of the IDPs were estimated to be elderly as of late May 2023?": "flash-7",
		"What share of the IDPs were estimated to be elderly?":                     "flash-9",
	} {
		pq := Parse(q, testNow)
		if got := cands[earliest(&pq, cands, p).cand].art.ExternalID; got != want {
			t.Errorf("%q: picked %s, want %s", q, got, want)
		}
	}
}

// A PDF's text opens with its heading in title case, naming the report, its
// series and its period. A reader who names the report matches the
// heading's words, but the heading states nothing: the answer is in the
// report's sentences (isHeading, taken up from round h-ask43).
var headingReports = []news.Article{
	{ExternalID: "pmi-veloria", Title: "pmi_veloria_final_v2",
		Text: "Veloria Joint Price Monitoring Exercise (JPME) 3–9 April 2022\n\n" +
			"To inform cash transfers and follow prices across Veloria, the Joint Price Monitoring Exercise (JPME) was set up by the Veloria Cash Working Group in May 2016. " +
			"Traders in 14 towns were interviewed this round."},
	{ExternalID: "snapshot-dunel", Title: "412 snapshot TS",
		Text: "Tarsk Mixed Migration Snapshot – June 2022 Effects of Drought on Migrants and Refugees in Dunel\n\n" +
			"Most of the refugees and migrants surveyed were Chadian (n=21), followed by Sudanese (n=9) and Malian (n=4). " +
			"Most respondents said the drought had cut their income."},
}

func TestAnswerKinds51Heading(t *testing.T) {
	a := New(&factIndex{memIndex: newMemIndex(headingReports...)}, Options{})
	askWant(t, a, []askCase{
		{"When was the Veloria Joint Price Monitoring Exercise set up by the Veloria Cash Working Group?", "May 2016", "pmi-veloria"},
		{"What was the most common nationality among the refugees and migrants surveyed in Dunel for the June 2022 Tarsk snapshot?", "Chadian", "snapshot-dunel"},
	})
}

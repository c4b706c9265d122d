package ask

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// Invented reports of round h-ask43 (issue 14 item 5, agency reports): the
// issues of a series of flash updates, their titles built from the file
// names with the day of each ("DTM FlashUpdate-Veloria 2022-03-04 FINAL"),
// state the same kind of figure, each of its own day. A reader asks for the
// figure of the issue of one day ("according to DTM's 4 March 2022 flash
// update"): another day's issue does not answer, however many of the
// question's words its sentence holds. (These cases pass on main too: the
// fit misses fixed were plain bm25's clear first being another day's issue,
// which an invented store this small does not make; TestTitleDay and
// TestIssueWindow (kinds47_test.go) read the days the rule compares.)
var issueReports = []news.Article{
	{ExternalID: "dtm-veloria-0304", Title: "DTM FlashUpdate-Veloria 2022-03-04 FINAL",
		Text: "Following the onset of armed conflict on 1 March 2022 in North Veloria, at least 1,210 families have been displaced from their homes. " +
			"Most of them are staying with relatives in the city."},
	{ExternalID: "dtm-veloria-0318", Title: "DTM FlashUpdate-Veloria 2022-03-18 FINAL",
		Text: "DTM identified an additional 150 displaced families since the previous report, bringing the total number of internally displaced persons to at least 2,050 families who have been forced to leave their homes due to armed conflict since the start of hostilities in North Veloria on 1 March 2022. " +
			"Most of them are staying with relatives in the city."},
	{ExternalID: "sitrep-tarsk", Title: "sitrep tarsk en 6 may",
		Text: "Since the start of the floods on 1 May 2022, some 4,000 households were displaced in Tarsk province. Relief teams reached 900 households."},
	{ExternalID: "sitrep-tarsk-2", Title: "sitrep tarsk en 13 may",
		Text: "Since the start of the floods on 1 May 2022, some 6,500 households were displaced in Tarsk province, the provincial authorities said. Relief teams reached 2,400 households."},
}

func TestAnswerKinds43Issue(t *testing.T) {
	a := New(&factIndex{memIndex: newMemIndex(issueReports...)}, Options{})
	askWant(t, a, []askCase{
		{"How many families had been displaced by the armed conflict in North Veloria that began on 1 March 2022, according to IOM DTM's 4 March 2022 flash update?", "1,210", "dtm-veloria-0304"},
		{"How many households had the floods displaced in Tarsk province, according to the situation report of 6 May 2022?", "4,000", "sitrep-tarsk"},
	})
}

func TestTitleDay(t *testing.T) {
	for _, c := range []struct{ title, want string }{
		{"DTM FlashUpdate-Veloria 2022-03-04 FINAL", "2022-03-04"},
		{"who covid-19-update 43 20201221", "2020-12-21"},
		{"sitrep veloria en 10 may", "0000-05-10"},
		{"Veloria situation report, 6 May 2022", "2022-05-06"},
		{"Veloria humanitarian overview May 2022", ""},
	} {
		d, ok := titleDay(c.title)
		got := ""
		if ok {
			got = d.Format("2006-01-02")
		}
		if got != c.want {
			t.Errorf("titleDay(%q) = %q, want %q", c.title, got, c.want)
		}
	}
}

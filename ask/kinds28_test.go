package ask

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

// Invented reports of round h-ask28 (issue 14 item 5, the report of a
// series): issues of one bulletin or situation report write their own
// date in the title and read alike; a question about a day or a month
// wants the issue of that time, not an earlier or a later one. The
// reports carry no stamp, as an archive's often do not.

var seriesReports = []news.Article{
	{ExternalID: "bull-8", Title: "Lorat Water Cluster Bulletin 8, 31 August 2017",
		Text: "So far, the water cluster's funding for the 2017 response plan remains at 12%. Needs keep rising in the camps."},
	{ExternalID: "bull-9", Title: "Lorat Water Cluster Bulletin 9, 30 September 2017",
		Text: "So far, the water cluster's funding for the 2017 response plan remains at 15%. Needs keep rising in the camps."},
	{ExternalID: "bull-11", Title: "Lorat Water Cluster Bulletin 11, 30 November 2017",
		Text: "So far, the water cluster's funding for the 2017 response plan remains at 21%. Needs keep rising in the camps."},
	{ExternalID: "sit-6", Title: "Kesso Floods Situation Report No. 6 (as of 10 December 2017, 6PM)",
		Text: "A total of 52,300 people are affected by the floods in Kesso province. Relief goods were sent to the evacuation centres."},
	{ExternalID: "sit-7", Title: "Kesso Floods Situation Report No. 7 (as of 14 December 2017, 6PM)",
		Text: "A total of 61,800 people are affected by the floods in Kesso province. Relief goods were sent to the evacuation centres."},
	{ExternalID: "sit-8", Title: "Kesso Floods Situation Report No. 8 (as of 19 December 2017, 6PM)",
		Text: "A total of 64,100 people are affected by the floods in Kesso province. Relief goods were sent to the evacuation centres."},
	// daily updates (the ids sort the latest first): a later one recalls the earlier day in passing
	{ExternalID: "tarvo-c14", Title: "Latest from the Tarvo Monitoring Mission, based on information received as of 19:30, 14 December 2017",
		Text: "The mission recorded 95 ceasefire violations in Tarvo region. It saw fresh craters near Belka."},
	{ExternalID: "tarvo-b17", Title: "Latest from the Tarvo Monitoring Mission, based on information received as of 19:30, 17 December 2017",
		Text: "The mission recorded 120 ceasefire violations in Tarvo region between the evenings of 15 and 16 December. It saw fresh craters near Dorin."},
	{ExternalID: "tarvo-a20", Title: "Latest from the Tarvo Monitoring Mission, based on information received as of 19:30, 20 December 2017",
		Text: "The mission recorded 80 ceasefire violations in Tarvo region between the evenings of 18 and 19 December, fewer than on 16 December. It saw fresh craters near Sorva."},
}

func TestAnswerSeriesIssue(t *testing.T) {
	a := New(&factIndex{memIndex: newMemIndex(seriesReports...)}, Options{})
	for _, c := range []struct{ q, want, article string }{
		{"What share of the Lorat water cluster's 2017 response plan was funded at the end of September 2017?", "15%", "bull-9"},
		{"What share of the Lorat water cluster's 2017 response plan was funded in August 2017?", "12%", "bull-8"},
		{"How many people were affected by the floods in Kesso province as of 14 December 2017?", "61,800", "sit-7"},
		{"How many people were affected by the floods in Kesso province on 10 December 2017?", "52,300", "sit-6"},
		{"Near which village did the Tarvo monitoring mission see fresh craters on 16 December 2017?", "Dorin", "tarvo-b17"},
		{"How many ceasefire violations did the Tarvo monitoring mission record in Tarvo region on 16 December 2017?", "120", "tarvo-b17"},
	} {
		ans, err := a.Ask(context.Background(), c.q, testNow)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(strings.ToLower(ans.Answer), strings.ToLower(c.want)) || len(ans.Citations) == 0 || ans.Citations[0].ArticleID != c.article {
			t.Errorf("%q: answered %q citing %+v, want %q first from %s", c.q, ans.Answer, ans.Citations, c.want, c.article)
		}
	}
}

func TestReportDateScore(t *testing.T) {
	day := func(s string) time.Time { d, _ := time.Parse("2006-01-02", s); return d }
	dec16 := Window{Since: day("2017-12-16"), Until: day("2017-12-17")}
	sept := Window{Since: day("2017-09-01"), Until: day("2017-10-01")}
	for _, c := range []struct {
		w     Window
		title string
		want  float64
		ok    bool
	}{
		{dec16, "Latest from the monitoring mission, based on information received as of 19:30, 17 December 2017", 1, true},
		{dec16, "Latest from the monitoring mission, based on information received as of 19:30, 16 December 2017", 1, true},
		{dec16, "Latest from the monitoring mission, based on information received as of 19:30, 14 December 2017", 0.6, true},
		{dec16, "Latest from the monitoring mission, based on information received as of 19:30, 20 December 2017", 0.5, true},
		{sept, "Health Bulletin 9, 30 September 2017", 1, true},
		{sept, "Dashboard - November 2017", 1 / (1 + 60.0/3), true},
		{Window{Since: day("1997-09-18"), Until: day("1997-09-19")}, "Mine action review, 3 December 2017", 0, false},  // looks back
		{dec16, "Floods displace thousands in the north", 0, false},                                                    // no date
		{Window{Since: day("2017-01-01"), Until: day("2018-01-01")}, "Health Bulletin 9, 30 September 2017", 0, false}, // a year says nothing of the issue
		{Window{Since: dec16.Since, Until: dec16.Until, Strict: true}, "Bulletin, 14 December 2017", 0, false},
	} {
		got, ok := reportDateScore(c.w, news.Article{Title: c.title})
		if ok != c.ok || ok && (got-c.want > 0.001 || c.want-got > 0.001) {
			t.Errorf("%q: %.3f %v, want %.3f %v", c.title, got, ok, c.want, c.ok)
		}
	}
}

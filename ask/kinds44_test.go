package ask

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// Invented bulletins of round h-ask44 (issue 14 item 5, agency reports): a
// weekly report gives the week's figure beside another period's — last
// week's, or a heading's "Total number of X in week 9: N" beside a smaller
// line of the same noun. The reader asks about the report's own week; the
// figure the report's total comes to answers, not last week's.
var weekReports = []news.Article{
	{ExternalID: "ewarn-morvia", Title: "Morvia EWARN weekly epidemiological bulletin, week 9 2022",
		Text: "Twenty-one health facilities in Morvia sent their weekly reports through the EWARN network. " +
			"The number of consultations for skin disease this week was 2,410. " +
			"Total number of consultations in week 9: 18,355 marking a rise of 1,200 on the previous week. " +
			"Acute watery diarrhoea remained the leading cause of illness among children."},
	{ExternalID: "border-kelt", Title: "Kelt border security weekly update, 6 to 12 March 2022",
		Text: "Border guards intensified patrols along the river crossings of Kelt district. " +
			"From 2.1 million cigarettes seized last week, the seizure of cigarettes rose to 3.4 million this week, twice the weekly average. " +
			"Two days later, police arrested a trader with 4,000 cigarettes at the market."},
}

func TestAnswerKinds44Total(t *testing.T) {
	a := New(&factIndex{memIndex: newMemIndex(weekReports...)}, Options{})
	askWant(t, a, []askCase{
		{"How many consultations did Morvia's EWARN network record in epidemiological week 9 of 2022?", "18,355", "ewarn-morvia"},
	})
}

// A figure of last week beside this week's is another period's: the
// question about the report's own week asks this week's.
func TestAnswerKinds44LastWeek(t *testing.T) {
	a := New(&factIndex{memIndex: newMemIndex(weekReports...)}, Options{})
	askWant(t, a, []askCase{
		{"How many cigarettes were seized in Kelt district during the week of 6 to 12 March 2022?", "3.4 million", "border-kelt"},
	})
}

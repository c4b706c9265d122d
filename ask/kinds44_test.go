package ask

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// Invented bulletins of round h-ask44 (issue 14 item 5, agency reports): a
// weekly report writes its total as a heading's "Total number of X in week
// 9: N" beside a smaller line of the same noun (one disease's). The reader
// asks how many X in that week: the figure the report's total comes to
// answers, not the part's line.
var weekReports = []news.Article{
	{ExternalID: "ewarn-morvia", Title: "Morvia EWARN weekly epidemiological bulletin, week 9 2022",
		Text: "Twenty-one health facilities in Morvia sent their weekly reports through the EWARN network. " +
			"The number of consultations for skin disease this week was 2,410. " +
			"Total number of consultations in week 9: 18,355 marking a rise of 1,200 on the previous week. " +
			"Acute watery diarrhoea remained the leading cause of illness among children."},
	{ExternalID: "cholera-dunmark", Title: "Dunmark State cholera outbreak situation report 14",
		Text: "Since the onset of the outbreak the rapid response teams have visited 12,400 households in Kelt and Sarbo wards and reported 96 suspected cases of cholera. " +
			"The total number of cases reported as at 3rd March, 2022 stands at 412 with 6 deaths (CFR=1.46%), Kelt has 300 cases with 4 deaths; Sarbo has 112 cases with 2 deaths. " +
			"Water trucking continued in both wards."},
}

func TestAnswerKinds44Total(t *testing.T) {
	a := New(&factIndex{memIndex: newMemIndex(weekReports...)}, Options{})
	askWant(t, a, []askCase{
		{"How many consultations did Morvia's EWARN network record in epidemiological week 9 of 2022?", "18,355", "ewarn-morvia"},
		{"What was the total number of suspected cholera cases in Dunmark State as at 3 March 2022?", "412", "cholera-dunmark"},
	})
}

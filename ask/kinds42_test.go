package ask

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// Invented reports of round h-ask42 (issue 14 item 5, agency reports): a
// bulletin lists its districts with their counts as rows of a table
// flattened into one sentence, the count in brackets after each name
// ("Telmo (3), Varesh (14) and Okra (9)") or before it ("310 from Dunel,
// 87 from Sarbo"), what is counted written once before the list. The
// reader asks which district had the most, or which one a count of the
// list belongs to: the list's figures tell the answer, not its names'
// words nor a capitalised word of another sentence.
var rowReports = []news.Article{
	{ExternalID: "ewarn-veloria", Title: "Veloria: EWARN surveillance bulletin, week 9 2022",
		Text: "Number of alerts in week 9: seven alerts were generated through EWARN. " +
			"The alerts were discussed with the surveillance officers of the districts. (Summary: see Alerts Section). " +
			"Measles: this week 26 suspected measles cases were reported and they are distributed as follows: Telmo (3), Varesh (14) and Okra (9). " +
			"Vaccination teams reached 4,000 children in Telmo."},
	{ExternalID: "covid-dunmark", Title: "Dunmark State COVID-19 situation report, epi-week 12 2021",
		Text: "Total associated deaths – 21 (15 in isolation centres and 6 in the community). " +
			"Distribution of confirmed cases by district - 310 from Dunel, 87 from Sarbo, 12 from Kelt, 5 from Miro. " +
			"Testing continued at the state laboratory in Dunel."},
}

func TestAnswerKinds42Rows(t *testing.T) {
	a := New(&factIndex{memIndex: newMemIndex(rowReports...)}, Options{})
	askWant(t, a, []askCase{
		{"Which district of Veloria reported the most suspected measles cases to EWARN in week 9 of 2022?", "Varesh", "ewarn-veloria"},
		{"Which district accounted for 87 of Dunmark State's confirmed COVID-19 cases as of epi-week 12 of 2021?", "Sarbo", "covid-dunmark"},
	})
}

// The row the question's figure names may stand alone ("only in Dorra
// (14%)"): another report's list pairing the same figure with another
// name, of another commodity, does not outrank it.
var priceRowReports = []news.Article{
	{ExternalID: "price-maize", Title: "Veloria market price bulletin: maize, second week of March 2022",
		Text: "The price of maize flour rose by 14% in Dorra compared with the previous week. " +
			"The increase occurred only in Dorra (14%), due to increased demand for maize flour."},
	{ExternalID: "price-beans", Title: "Veloria market price bulletin: beans, second week of March 2022",
		Text: "The price of beans rose in two districts compared with the previous week. " +
			"The increase occurred in Selk (14%) and Mavra (2%), mainly due to seasonal demand for beans."},
}

func TestAnswerKinds42SingleRow(t *testing.T) {
	a := New(&factIndex{memIndex: newMemIndex(priceRowReports...)}, Options{})
	askWant(t, a, []askCase{
		{"In which Veloria district did the price of maize flour increase by 14% in the second week of March 2022?", "Dorra", "price-maize"},
	})
}

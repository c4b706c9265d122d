package ask

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// Invented reports of round h-ask37 (issue 14 item 5, agency reports): the
// reader asks for a figure by a noun no type list knows ("the median
// monthly rent", "the overall funding requirement", "the harvest
// forecast"), and the report writes the figure right after that noun,
// behind a colon or a linking word; the sentence's other words are no
// answer.

var headFigureReports = []news.Article{
	{ExternalID: "camp-monitor", Title: "Veloria displacement sites monitoring, March 2023",
		Text: "• Median reported monthly rent: 320 KSH • Do most households share their shelter with another family? " +
			"Most households reported that landlords asked for payment in advance."},
	{ExternalID: "plan-launch", Title: "Plan launched in Dilmo",
		Text: "The Veloria Response Plan for 2024 reflects the joint planning of 84 appealing partners in 9 countries, based on an overall funding requirement of USD 2.35 billion. " +
			"It was presented in Dilmo by the plan's coordinator Ana Pereira."},
	{ExternalID: "crop-brief", Title: "Veloria country brief, May 2023",
		Text: "Maize production in 2023 is forecast at 412 000 tonnes, some 8 percent below the average. " +
			"Maize is grown on the coastal plain, where irrigated fields dominate."},
}

func TestAnswerKinds37HeadFigure(t *testing.T) {
	a := New(&factIndex{memIndex: newMemIndex(headFigureReports...)}, Options{})
	askWant(t, a, []askCase{
		{"What was the median monthly rent in the displacement sites of Veloria monitored in March 2023?", "320 KSH", "camp-monitor"},
		{"What is the overall funding requirement of the Veloria Response Plan for 2024?", "USD 2.35 billion", "plan-launch"},
		{"What was the May 2023 forecast for Veloria's maize production in 2023?", "412 000 tonnes", "crop-brief"},
	})
}

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

// A name asked by "which" and a singular head qualified by other words
// ("which Veloran province", "which indigenous hamlet") is one of
// the named kind, as "which province" is: the sentence's lower-case words
// ("onset", "collected information") are no answer; a figure before the
// head ("the 2014 edition") still names one of the kind.
var whichNamedReports = []news.Article{
	{ExternalID: "rain-bulletin", Title: "Veloria food security bulletin, April 2023",
		Text: "• Rainfall: The 2022/2023 agricultural season was characterized by delayed onset of rainfall by at least 2 months in all cantons since the rainfall started in November 2022. " +
			"By the end of April 2023, the cumulative rainfall for the current season was weak to very weak in the eastern cantons, especially in Kora-Dilmo."},
	{ExternalID: "field-visit", Title: "Veloria border update, July 2023",
		Text: "In Veloria, on 12 July, partners collected information on needs in two hamlets in the district of Parem. " +
			"The visits served to understand the families' situation, especially in the indigenous hamlet Tukano Alto, where some 60 families currently reside."},
	{ExternalID: "coast-guide", Title: "Veloria coastal guidance released",
		Text: "The 2023 coastal guidance for district councils is an update of the 2014 edition. " +
			"It adds a chapter on managed retreat."},
}

func TestAnswerKinds37WhichNamed(t *testing.T) {
	a := New(&factIndex{memIndex: newMemIndex(whichNamedReports...)}, Options{})
	askWant(t, a, []askCase{
		{"Which Veloran canton had especially weak rainfall during the delayed 2022/2023 agricultural season, according to the Veloria food security bulletin?", "Kora-Dilmo", "rain-bulletin"},
		{"In which indigenous hamlet in the district of Parem, Veloria, did partners assess the needs of some 60 families on 12 July?", "Tukano Alto", "field-visit"},
		{"Which earlier edition did Veloria's 2023 coastal guidance for district councils update?", "2014 edition", "coast-guide"},
	})
}

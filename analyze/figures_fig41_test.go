package analyze

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// An agency update's paragraphs under "Updates from the humanitarian hubs"
// are each hub's items (a district's new displacement, an airstrike, a
// distribution): many stories, none the update's main event, so none of
// their counts is its main figure. A lead story told before the heading
// keeps its figure. Invented text (issue 10, round h-fig41).
func TestHubUpdatesFig41(t *testing.T) {
	hubs := "UPDATES FROM THE HUMANITARIAN HUBS\n\nNorth hub: During the reporting period, local authorities reported that " +
		"520 newly displaced families have fled to Foo district, bringing the total number of displaced to 2,900 families. " +
		"Partners distributed food to 300 of them.\n\nSouth hub: On 4 March, an airstrike hit a truck near the Bar market, " +
		"killing five civilians. Water trucking continues in two camps."
	checkAgencyMain(t, &news.Article{Title: "20190310 Humanitarian Update Final", Text: hubs},
		news.FigureDisplaced, 0, "")
	checkAgencyMain(t, &news.Article{Title: "20190310 Humanitarian Update Final", Text: hubs},
		news.FigureKilled, 0, "")
	lead := "Fighting in the port city on 6 March forced some 12,000 people to flee their homes, partners said. " +
		"Shelters in the city are full.\n\n" + hubs
	checkAgencyMain(t, &news.Article{Title: "20190310 Humanitarian Update Final", Text: lead},
		news.FigureDisplaced, 12000, news.About)
}

// A weekly update prints its period as its dateline ("12 - 19 October
// 2018") and opens with its lead item: the lead's count, told on a day of
// the period however early in the week, is the update's main figure, not
// an earlier event recalled; the items after the lead's paragraph (the
// week's other stories under their headings) are other events'. Invented
// text (issue 10, round h-fig41).
func TestWeeklyLeadFig41(t *testing.T) {
	week := "310\n\n12 - 19 October 2018\n\nAGENCY FLASH UPDATE\n\n"
	rest := "\n\nPopulation Movements\n\nOn 17 October, a boat capsized off the coast of Bar, causing the loss of at least 14 lives at sea. " +
		"The survivors were brought ashore.\n\nAgency Response\n\nOn 18 October, the agency evacuated two unaccompanied children from Baz to Qux, " +
		"to reunite them with their mother."
	lead := "On 13 October, the agency evacuated 120 vulnerable refugees (100 men, 12 women and eight children) from the capital " +
		"to its transit centre in Foo. This is the first evacuation since June."
	checkAgencyMain(t, &news.Article{Title: "Agency Flash Update 19 October 2018", Text: week + lead + rest},
		news.FigureEvacuated, 120, news.Exact)
	quiet := "The agency is responding to the urgent situation of around 600 refugees and migrants who are held in the Foo centre. " +
		"On 16 October, its staff visited the centre and provided medical assistance."
	checkAgencyMain(t, &news.Article{Title: "Agency Flash Update 19 October 2018", Text: week + quiet + rest},
		news.FigureEvacuated, 0, "")
	checkAgencyMain(t, &news.Article{Title: "Agency Flash Update 19 October 2018", Text: week + quiet + rest},
		news.FigureKilled, 0, "")
}

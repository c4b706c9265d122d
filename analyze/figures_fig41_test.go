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

package analyze

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// A million or more displaced that the sentence gives no time of their
// flight (no date, month, year, weekday, "since", "last week", "recently")
// is a country's or a war's stock, told as background in a donor's release
// or an agency's overview ("as many as 2.6 million people have had to leave
// their homes", "3,210,457 have fled Iraq to neighbouring countries", "nearly
// two million people have now been forcibly displaced"): no one event
// displaces them (GUIDE.md: displaced by that event, not a country or year
// total). A million displaced with a time of their flight is the event's.
func TestFigureValuesFig44Stock(t *testing.T) {
	runFigureWordCases(t, []figureWordCase{
		{"a donor's country stock", "Norway will give NOK 40 million to partners in Somalia and Mali. In Somalia, " +
			"as many as 2.6 million people have had to flee from conflicts and drought and the country faces famine.",
			news.FigureDisplaced, 0, ""},
		{"refugees who have fled a country", "The grant funds schools in host communities.\n\n* According to " +
			"UNICEF 3,210,457 have fled Iraq to neighbouring countries in the region.", news.FigureDisplaced, 0, ""},
		{"have now been forcibly displaced", "The Commission adopted new aid for South Sudan today. Nearly two " +
			"million people have now been forcibly displaced, of which over 900 000 within South Sudan.",
			news.FigureDisplaced, 0, ""},
		{"a million displaced since a date", "More than 1.2 million people have been displaced since 17 October " +
			"by the offensive on the city.", news.FigureDisplaced, 1200000, news.MoreThan},
		{"a million displaced on a weekday", "Fighting around the city on Tuesday forced 1.3 million people to flee their homes, officials said.",
			news.FigureDisplaced, 1300000, news.Exact},
		{"a smaller count who have had to flee", "Partners have verified some 4,800 families who have had to " +
			"flee their homes in the district.", news.FigureDisplaced, 4800, news.About},
	})
}

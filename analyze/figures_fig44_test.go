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

// A count a sentence sets in a span of years ("who fled fighting between
// 2013 and 2015", "from 2014 to 2016") is that period's total, as one "in
// 2020" is the year's: background to the report's news. A span of days
// stays the event's.
func TestFigureValuesFig44Years(t *testing.T) {
	runFigureWordCases(t, []figureWordCase{
		{"a past year's toll", "Relief staff met donors in Geneva on 4 February 2021. Fourteen aid workers were " +
			"murdered by armed groups in 2020, twice the number in 2019.", news.FigureKilled, 0, ""},
		{"refugees of a span of years", "The assessment of 10 November 2017 covered Yei county. Partners had " +
			"registered 640 refugees (200 HHs) that had fled fighting between 2013 and 2015.", news.FigureDisplaced, 0, ""},
		{"from one year to another", "The mission visited Kaga in May. Some 2,100 people were displaced by " +
			"raids from 2014 to 2016, elders said.", news.FigureDisplaced, 0, ""},
		{"a span of days stays", "Clashes between 4 and 6 March displaced 2,300 people from Kaga, partners said.",
			news.FigureDisplaced, 2300, news.Exact},
	})
}

// The year a count is set in may stand at its clause's end, past the
// twelve words around the count that isBackground reads: "Fifteen health
// workers were deliberately and brutally killed by non-state armed groups in
// the north in 2020, twice the number in 2019" is the year's toll.
func TestFigureValuesFig44YearClause(t *testing.T) {
	runFigureWordCases(t, []figureWordCase{
		{"a year at the clause's end", "The network met in Nairobi on 4 February 2021. Fifteen health workers were " +
			"deliberately and brutally killed by non-state armed groups in the north in 2020, twice the number in 2019.",
			news.FigureKilled, 0, ""},
		{"a year in the next clause stays", "Gunmen deliberately and brutally killed nine herders and their " +
			"families near the wells of Kaga on 3 March 2021, in what elders called the worst raid since 2019.",
			news.FigureKilled, 9, news.Exact},
	})
}

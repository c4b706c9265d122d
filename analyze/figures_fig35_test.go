package analyze

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// An update counts from the start of "the conflict" it follows, undated
// ("since the start of the conflict", "since the beginning of the
// hostilities"): that running total is the update's figure. A war named
// ("since the start of the war"), a place that names a whole war after it
// ("of the conflict in Syria") or a year ("in 2011") still tell a war's
// total. A count of the gatherings an agency holds with people ("eight
// focus group discussions with displaced families", "twelve meetings with
// refugee leaders") counts meetings, not the people. In a line of key
// figures beside "people in need", each figure's words are its own item's:
// the displaced population it lists is a stock, though the next item counts
// the "newly displaced since June". A total "over the course of" a year is
// the year's. An agency's capital "M" after a number is a million ("about
// 1M people"), so a war's million displaced is its total.
func TestFigureValuesFig35(t *testing.T) {
	runFigureWordCases(t, []figureWordCase{
		{"displaced since the start of the conflict", "Shelling went on near the airport. Some 18,000 people have " +
			"been displaced since the start of the conflict.", news.FigureDisplaced, 18000, news.About},
		{"killed since the beginning of the hostilities", "Fighting spread to two more districts of Kadugli. At least " +
			"46 civilians have been killed since the beginning of the hostilities.", news.FigureKilled, 46, news.AtLeast},
		{"the war's start stays a war's total", "An airstrike killed four people in a market in Saada on Sunday. " +
			"More than 150,000 people have been killed since the start of the war.", news.FigureKilled, 4, news.Exact},
		{"the conflict in a country stays a war's total", "A car bomb killed six people in Hama on Monday. Over " +
			"350,000 people have been killed since the beginning of the conflict in Syria.", news.FigureKilled, 6, news.Exact},
		{"the conflict dated by its year stays a war's total", "Mortar fire killed three people in Donetsk on " +
			"Friday. About 14,000 people have been killed since the start of the conflict in 2014.",
			news.FigureKilled, 3, news.Exact},
		{"focus group discussions count no one", "In Malakal, nine focus group discussions were conducted with displaced " +
			"communities living in schools.", news.FigureDisplaced, 0, ""},
		{"meetings with refugees count no one", "Staff held twelve meetings with refugees who fled the fighting " +
			"in Ituri to hear their needs.", news.FigureDisplaced, 0, ""},
		{"a panel's displaced population is a stock", "Shelling hit two camps near Bama on Tuesday. " +
			"4.1 million People in need of assistance in Borno (HRP, 2019) 2.2 million Internally displaced people in " +
			"Borno and Yobe (DTM Round 30, June 2019) 95,400 Newly displaced people since June 2019",
			news.FigureDisplaced, 0, ""},
		{"another war's panel", "Airstrikes hit Hajjah on Monday. 20.1 million People in need in Yemen " +
			"(HNO, 2020) 3.6 million Internally displaced people in Yemen (TFPM, May 2020) 12,000 Newly displaced people since " +
			"March 2020", news.FigureDisplaced, 0, ""},
		{"over the course of a year", "Over the course of 2021, a total of 58,000 newly displaced people arrived in " +
			"camps in Ituri.", news.FigureDisplaced, 0, ""},
		{"a year's total in a sitrep", "Clashes went on in Kidal. New displacements over the course of 2019 " +
			"reached a total of 41,000 newly displaced people in the region.", news.FigureDisplaced, 0, ""},
		{"a war's 1M displaced", "Airstrikes hit a market in Sennar on Monday. The conflict has forced the " +
			"displacement of about 1.5M people.", news.FigureDisplaced, 0, ""},
	})
}

package analyze

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// An epidemic's running count ("As of 3 March, there have been 2,140
// reported cases and 71 deaths") is one item of a report whose headline
// names no epidemic and whose sentences mostly tell of other things (an
// agency's operational update, a hub-by-hub bulletin): no main toll. A
// report whose headline names the outbreak, or whose sentences mostly
// follow it, keeps the count as its toll.
func TestEpidemicAsideFig39(t *testing.T) {
	items := "HEALTH SITUATION\n\nCOVID-19 update As of 3 March, there have been 2,140 reported cases and 71 deaths in nine provinces.\n\n" +
		"Donor funds new shelters: On 2 March the donor allocated 2 million USD for families who fled to the border region. " +
		"The funding will cover shelter and water for four months.\n\n" +
		"Road project signed: The ministry and the bank signed an agreement on rural roads in the north. " +
		"The project will be run by the ministry of works with local partners.\n\n" +
		"HUMANITARIAN SITUATION\n\nThe coordinator visited the east of the country for the first time this year. " +
		"She met the governor and the prefect and the partners working in the region. " +
		"Officials stressed the needs of host communities and the lack of income in the region."
	checkAgencyMain(t, &news.Article{Title: "", Text: items}, news.FigureKilled, 0, "")
	checkAgencyMain(t, &news.Article{Title: "Country X Operational Update March", Text: items}, news.FigureKilled, 0, "")
	// the headline names the outbreak: its count is the report's toll
	checkAgencyMain(t, &news.Article{Title: "COVID-19 Situation Report 4", Text: items}, news.FigureKilled, 71, news.Exact)
	// a report that mostly follows the outbreak keeps its toll
	health := "Situation Report State Ministry of Health\n\nTotal case count now stands at 640 with 9 deaths. " +
		"Five new cases were confirmed this week in two districts. Contacts of the new cases are being traced. " +
		"Samples were tested at the state laboratory. The isolation centre holds twelve patients. " +
		"Vaccination teams visited three wards."
	checkAgencyMain(t, &news.Article{Title: "state situation report 12", Text: health}, news.FigureKilled, 9, news.Exact)
}

// A report that names itself a review of a year or of years ("facts and
// figures 2018", "Commemorative Report", "Annual achievements") counts the
// period's totals and stocks: no main figure. An update of one offensive
// keeps its count.
func TestReviewReportFig39(t *testing.T) {
	body := "AN OVERVIEW OF THE RESPONSE\n\nThe agency worked in four states this year. " +
		"Between March and May, over 52,000 persons have been newly displaced and live in camps and host communities. " +
		"Teams repaired water points in twelve towns."
	checkAgencyMain(t, &news.Article{Title: "country office facts and figures 2019", Text: body}, news.FigureDisplaced, 0, "")
	checkAgencyMain(t, &news.Article{Title: "Two Year Commemorative Report", Text: body}, news.FigureDisplaced, 0, "")
	checkAgencyMain(t, &news.Article{Title: "Country Sitrep December",
		Text: "Annual achievements In 2020, the agency reached most of its targets. By December 2020, 1.2 million people " +
			"had fled their homes."}, news.FigureDisplaced, 0, "")
	checkAgencyMain(t, &news.Article{Title: "Flash Update 3: fighting in the north",
		Text: "Since the onset of fighting in the north on 3 May, at least 52,000 persons have been displaced."},
		news.FigureDisplaced, 52000, news.AtLeast)
}

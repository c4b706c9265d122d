package analyze

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// A count of people displaced "since" a month of no year named ("have been
// displaced from Port Saba since June") is the running total of the
// displacement an update follows, over the months it covers: the update's
// figure, not a war's total. "Since" a year stays a war's or years' total.
func TestSinceMonthDisplacedFig40(t *testing.T) {
	checkAgencyMain(t, &news.Article{Title: "Flash Update 5: fighting near the port",
		Text: "According to the task force, there were 2.1 million internally displaced persons in the country as of May. " +
			"Based on partners' tracking, more than 310,000 people are estimated to have been displaced from Port Saba since June, " +
			"with the majority displaced within the district (40%) or to the capital. Partners distributed food and water to the new arrivals."},
		news.FigureDisplaced, 310000, news.MoreThan)
	checkAgencyMain(t, &news.Article{Title: "Flash Update 5: fighting near the port",
		Text: "Based on partners' tracking, more than 310,000 people are estimated to have been displaced from Port Saba since 2015, " +
			"with the majority displaced within the district (40%) or to the capital. Partners distributed food and water to the new arrivals."},
		news.FigureDisplaced, 0, "")
}

// "Recent attacks" that open a sentence as its subject ("Continued and
// recent attacks in three districts have led to ... displaced") are the
// attacks the update reports: their count is its figure. "Other recent
// attacks" set beside the event stay several events' total.
func TestRecentAttacksSubjectFig40(t *testing.T) {
	checkAgencyMain(t, &news.Article{Title: "Flash Update 2: attacks in the north-east",
		Text: "Continued and recent attacks in three districts of the state have led to over 40,000 people displaced to safer towns, " +
			"according to partners. Most of the displaced are women and children."},
		news.FigureDisplaced, 40000, news.MoreThan)
}

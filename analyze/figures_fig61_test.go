package analyze

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// "Since 04 December 2018, approximately 53,400 people ... have arrived in
// Al-Hol camp" (rwp9 fit 84b99ff304) dates a crisis to the day as "since 4
// December 2018" does: the zero-padded day (as eval/rwp8's DTM updates write
// "on 04 April 2019") is a day, so the flow is the news, not a war's total.
// A "since" of a year alone stays a running total (issue 10, round h-fig61).
func TestFigureValuesFig61PaddedDay(t *testing.T) {
	runFigureWordCases(t, []figureWordCase{
		{"zero-padded day", "There is an unfolding humanitarian crisis in Al-Hol, Al-Hasakah Governorate, North-East " +
			"Syria. Since 04 December 2018, approximately 53,400 people, mainly women and children fleeing hostilities " +
			"in rural areas of neighboring Deir-ez-Zor, have arrived in Al-Hol camp.", news.FigureDisplaced, 53400, news.About},
		{"plain day", "There is an unfolding humanitarian crisis in Al-Hol. Since 4 December 2018, approximately 53,400 " +
			"people fleeing hostilities have arrived in Al-Hol camp.", news.FigureDisplaced, 53400, news.About},
		{"a year alone stays a total", "There is an unfolding humanitarian crisis in Al-Hol. Since 2018, approximately " +
			"53,400 people fleeing hostilities have arrived in Al-Hol camp.", news.FigureDisplaced, 0, ""},
	})
}

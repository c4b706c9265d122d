package analyze

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// The weekday of a statement ("officials said on Tuesday", "agencies said
// Sunday") dates the statement, not the flight: a million or more
// displaced whose sentence names no other time of their flight stay a war's
// stock (timelessMillions), as the wire recalls it beside the day's news
// ("bring aid to 1.5 million civilians displaced by violence", "how quickly
// 1.4 million displaced ... could return home"). A weekday of the flight
// itself, or "since" a day, keeps the count the event's.
func TestFigureValuesFig46StatementDay(t *testing.T) {
	runFigureWordCases(t, []figureWordCase{
		{"said on a weekday, a stock of the war", "Kordo rebels said on Thursday that the army must disarm its " +
			"gunmen before they would sign a deal to bring food to 1.6 million villagers displaced by violence.",
			news.FigureDisplaced, 0, ""},
		{"said and a bare weekday", "Rangers patrolled the hills where some herders tried to go back to their " +
			"burned farms, U.N. officials said Friday, raising fears over how soon 1.1 million displaced " +
			"Kordofanis could go home.", news.FigureDisplaced, 0, ""},
		{"the flight's own weekday stays", "Shelling on Monday drove 1.2 million people from their homes, " +
			"the ministry said on Tuesday.", news.FigureDisplaced, 1200000, news.Exact},
		{"since a weekday stays", "Officials said on Sunday that 1.4 million people had fled the offensive " +
			"since Friday.", news.FigureDisplaced, 1400000, news.Exact},
	})
}

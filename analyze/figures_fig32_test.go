package analyze

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// A count the sentence sets in the whole war is the war's total, not the
// event's toll: killed, died or lost their lives "in the war", "in the
// conflict", "during the civil war"; in a perfect tense, killed "in the
// fighting in eastern X" (a region's war). The day's fighting, clashes or
// unrest, and a war named only beside the event, leave the event's toll.
func TestFigureValuesFig32(t *testing.T) {
	runFigureWordCases(t, []figureWordCase{
		{"have been killed in the conflict", "At least 20 Australians have been killed in the conflict, the minister said.",
			news.FigureKilled, 0, ""},
		{"who lost their lives in the war", "He paid tribute to the 2,200 soldiers and marines who lost their lives in " +
			"the war.", news.FigureKilled, 0, ""},
		{"died during the civil war", "More than 300 aid workers died during the country's four-year civil war.",
			news.FigureKilled, 0, ""},
		{"killed in the insurgency", "Some 40,000 people have been killed in the insurgency, officials say.",
			news.FigureKilled, 0, ""},
		{"the fighting in a region", "About 6,000 people have been killed in the fighting in eastern Ukraine.",
			news.FigureKilled, 0, ""},
		{"the event beside the war's total", "Shelling killed five people in the town on Monday, officials said. " +
			"About 6,000 people have been killed in the fighting in northern Syria.", news.FigureKilled, 5, news.Exact},
		{"the event beside a war's dead", "A car bomb killed 12 people in the market on Sunday. At least 300 " +
			"soldiers have died in the conflict.", news.FigureKilled, 12, news.Exact},
		// the day's fighting, clashes or unrest stay the event's
		{"killed in the fighting", "At least 20 people were killed in the fighting on Monday, officials said.",
			news.FigureKilled, 20, news.AtLeast},
		{"have been killed in the fighting", "At least 20 people have been killed in the fighting, officials said.",
			news.FigureKilled, 20, news.AtLeast},
		{"killed in the clashes", "Eight protesters were killed in the clashes with police.", news.FigureKilled, 8, news.Exact},
		{"killed in the unrest", "Five people died in the unrest in the capital.", news.FigureKilled, 5, news.Exact},
		{"the worst attack of the war", "The attack killed 40 people, the deadliest of the war.",
			news.FigureKilled, 40, news.Exact},
		{"killed in a strike during the war's lull", "Two children were killed in the strike during a lull.",
			news.FigureKilled, 2, news.Exact},
	})
}

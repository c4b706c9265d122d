package analyze

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// A story whose headline or lead tells a court's later step (a trial, its
// jurors, a verdict, a sentence, an inquest) reports that step: the toll
// of the attack it is about is background. A lead that tells an attack's
// toll of its own keeps it. Invented texts (issue 10, round h-fig58;
// eval/orig2's fit half).
func TestFigureValuesFig58CourtLead(t *testing.T) {
	runFigureWordCases(t, []figureWordCase{
		{"jurors watch the bombing", "The bomber sat in silence at his trial in Foo on Tuesday. Jurors watched " +
			"videos of the two bombs that exploded at the market, killing three people and hurting more than 260 others.",
			news.FigureKilled, 0, ""},
		{"its injured too", "The bomber sat in silence at his trial in Foo on Tuesday. Jurors watched " +
			"videos of the two bombs that exploded at the market, killing three people and hurting more than 260 others.",
			news.FigureInjured, 0, ""},
		{"an inquest into a crash", "An inquest heard on Monday how the driver of the bus fell asleep at the wheel. " +
			"Four passengers were killed when the bus left the road near Foo.", news.FigureKilled, 0, ""},
		{"a lead that tells an attack keeps its toll", "Gunmen killed 12 people at a market in Foo on Monday, " +
			"as the trial of their leader opened in the capital. Police said the gunmen fled into the hills.",
			news.FigureKilled, 12, news.Exact},
		{"convicts for a bombing that killed", "A court in Foo convicts twelve men for their roles in the bombing " +
			"which killed 209 people and injured 714.", news.FigureKilled, 0, ""},
	})
}

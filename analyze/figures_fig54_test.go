package analyze

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// A count a verb of estimating brings in by "that" ("the mission estimates
// that 6,400 displaced people ..."), or that a later "this estimated figure"
// of its sentence points back to, is an estimate: about, as "are estimated
// to be displaced" already is. A count after "that" with no verb of
// estimating ("reported that 6,400 people") stays exact, and so does one
// that is followed by another number before "this estimated figure".
func TestFigureValuesFig54Estimates(t *testing.T) {
	runFigureWordCases(t, []figureWordCase{
		{"estimates that", "Clashes broke out in Kaga on 3 May. After a registration, the mission estimates that " +
			"6,400 displaced people have gathered in Lomo.", news.FigureDisplaced, 6400, news.About},
		{"estimates that there are", "Clashes broke out in Kaga on 3 May. The cluster estimates that there are " +
			"6,400 people displaced by the clashes in Lomo.", news.FigureDisplaced, 6400, news.About},
		{"this estimated figure", "Clashes broke out in Kaga on 3 May. According to the district office, 6,400 " +
			"people from Kaga have fled to Lomo (this estimated figure is still to be checked).",
			news.FigureDisplaced, 6400, news.About},
		{"reported that stays exact", "Clashes broke out in Kaga on 3 May. The district office reported that " +
			"6,400 people have fled to Lomo.", news.FigureDisplaced, 6400, news.Exact},
	})
}

// A war's word that a place noun after it makes a place ("forced to flee
// the conflict area", "trapped in conflict zones") is where the count is,
// as "conflict-affected areas" are, not the whole war whose total the count
// would be. "Displaced by the conflict" stays the war's total.
func TestFigureValuesFig54ConflictArea(t *testing.T) {
	runFigureWordCases(t, []figureWordCase{
		{"fled the conflict area", "Fighting between the rebels and the army resumed near Kaga on 9 March. " +
			"Some 64,000 people have been forced to flee the conflict area around Kaga.",
			news.FigureDisplaced, 64000, news.About},
		{"displaced by the conflict stays background", "Fighting between the rebels and the army resumed near Kaga " +
			"on 9 March. Some 64,000 people have been displaced by the conflict over the years.",
			news.FigureDisplaced, 0, ""},
	})
}

// A count since the onset of a new round of fighting ("since the latest
// outbreak of violence", "since the recent escalation") is the running total
// of the round the report follows, not a war's years: the event's. The
// onset of a whole war after it ("since the new outbreak of the war") and a
// plain "since the outbreak of the war" stay a war's total.
func TestFigureValuesFig54FlareUp(t *testing.T) {
	runFigureWordCases(t, []figureWordCase{
		{"since the latest outbreak of violence", "Raids by armed groups in the north grew this spring. Some 52,000 " +
			"people have been displaced since the latest outbreak of violence in March, bringing the total number of " +
			"people displaced by the insurgency to some 900,000.", news.FigureDisplaced, 52000, news.About},
		{"since the outbreak of the war stays background", "Raids by armed groups in the north grew this spring. " +
			"Some 52,000 people have been displaced since the outbreak of the war.", news.FigureDisplaced, 0, ""},
		{"since the new outbreak of the war stays background", "Raids by armed groups in the north grew this spring. " +
			"Some 52,000 people have been displaced since the new outbreak of the war.", news.FigureDisplaced, 0, ""},
	})
}

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

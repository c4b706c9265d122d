package analyze

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// A truce or talks told beside the fighting it ends, whose running toll a
// clause of the perfect gives ("agreed to a truce to end weeks of fighting
// that has killed more than 240 people"): the fighting's toll so far, the
// truce's background, not the news's own figure. Fighting told as new
// ("renewed fighting that has killed 14") is a breach, an event with its
// own figures.
func TestFigureValuesFig55FightingToll(t *testing.T) {
	runFigureWordCases(t, []figureWordCase{
		{"truce to end fighting that has killed", "Kaga and Moro agreed to a truce to end weeks of heavy combat " +
			"along the river that has killed more than 240 people and displaced 90,000 civilians.", news.FigureKilled, 0, ""},
		{"the same clause's displaced", "Kaga and Moro agreed to a truce to end weeks of heavy combat " +
			"along the river that has killed more than 240 people and displaced 90,000 civilians.", news.FigureDisplaced, 0, ""},
		{"talks to end violence that has claimed the lives of", "Leaders of the two sides opened peace talks in " +
			"Geneva, a first step towards ending years of violence that has claimed the lives of some 5,000 people.",
			news.FigureKilled, 0, ""},
		{"renewed fighting is a breach", "The truce in Kaga collapsed on Monday in renewed fighting that has " +
			"killed 14 people.", news.FigureKilled, 14, news.Exact},
	})
}

// A story whose headline or lead tells a truce, a deal or talks, and no
// killing of its own, gives the war's tolls so far in the perfect ("More
// than 40,000 people have been killed", "have fled their homes"): its
// background. A count since the truce ("have been killed since the
// ceasefire took effect"), and a lead that tells an attack, keep their
// figures: a breach is an event.
func TestFigureValuesFig55TruceLeadTolls(t *testing.T) {
	runFigureWordCases(t, []figureWordCase{
		{"war's toll in a deal story", "Moro's government and the rebels signed a ceasefire deal in Kaga on " +
			"Friday, the mediators said. Ministers will meet next month to agree its terms. More than 40,000 people " +
			"have been killed and about 800,000 have fled their homes.", news.FigureKilled, 0, ""},
		{"war's displaced in a deal story", "Moro's government and the rebels signed a ceasefire deal in Kaga on " +
			"Friday, the mediators said. Ministers will meet next month to agree its terms. More than 40,000 people " +
			"have been killed and about 800,000 have fled their homes.", news.FigureDisplaced, 0, ""},
		{"since the war began on a date", "The army and the militia agreed to a week-long truce, two sources told " +
			"the radio. At least 620 civilians have been killed and more than 2,100 injured in the fighting since " +
			"March 3, according to doctors.", news.FigureInjured, 0, ""},
		{"killed since the ceasefire stays", "The truce in Kaga largely held, mediators said. Still, seven people " +
			"have been killed since the ceasefire took effect.", news.FigureKilled, 7, news.Exact},
		{"an attack in the lead stays", "Rebels shelled Kaga on Monday despite the truce, officials said. Twelve " +
			"people have been killed in the shelling.", news.FigureKilled, 12, news.Exact},
	})
}

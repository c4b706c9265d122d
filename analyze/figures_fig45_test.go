package analyze

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// A body sentence telling the other side's answer to the main act ("Rebels
// have responded to the shelling with a barrage of mortars ... wounding at
// least 10", "retaliatory air strikes that left four dead") tells another
// incident: its counts are not the main event's unless the headline or the
// lead is about the answer itself.
func TestFigureValuesFig45Response(t *testing.T) {
	tests := []struct {
		name, title, text string
		kind              string
		want              int64
		qual              news.Qualifier
	}{
		{"an answer with mortars wounds others", "Army shelling kills eight near school in rebel-held town",
			"At least eight people were killed when army shells struck the gate of a school in the rebel-held town of " +
				"Karvosh on Sunday, medics said. The shelling also damaged a clinic nearby. Insurgents have responded to " +
				"the shelling with rockets fired at army-held quarters of the city, wounding at least 14 civilians.",
			news.FigureInjured, 0, ""},
		{"retaliatory fire wounds soldiers", "Drone strike kills five at market",
			"A drone strike killed five people at a crowded market in Telmira on Monday, residents said. " +
				"Militia fighters later fired retaliatory rockets at an army base, wounding nine soldiers, a military source said.",
			news.FigureInjured, 0, ""},
		{"the main toll stays the headline's", "Army shelling kills eight near school in rebel-held town",
			"At least eight people were killed when army shells struck the gate of a school in the rebel-held town of " +
				"Karvosh on Sunday, medics said. Insurgents have responded to the shelling with rockets fired at army-held " +
				"quarters of the city, wounding at least 14 civilians.",
			news.FigureKilled, 8, news.AtLeast},
		{"a lead about the retaliation keeps its toll", "Retaliatory strikes kill 12 after border rocket attack",
			"Retaliatory air strikes on a camp near Dorvan killed 12 people on Tuesday, a day after a rocket attack on a " +
				"border town, officials said. The strikes destroyed several buildings.",
			news.FigureKilled, 12, news.Exact},
		{"a body answer the headline counts", "Reprisal raids kill 7 villagers",
			"Gunmen raided two villages in Urmala district overnight, officials said. The raids, in reprisal for the " +
				"killing of a herder, left seven villagers dead.",
			news.FigureKilled, 7, news.Exact},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkAgencyMain(t, &news.Article{Title: tt.title, Text: tt.text}, tt.kind, tt.want, tt.qual)
		})
	}
}

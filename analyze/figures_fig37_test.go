package analyze

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// A health bulletin counts its dead as "mortality cases", and a count
// before the disease's name ("5 COVID-19 related ...") has its "19" the
// name's, no count that ends the reach. A mortality rate counts no dead, nor
// does a "death" that begins a compound ("4 death sentences").
func TestFigureValuesFig37(t *testing.T) {
	runFigureWordCases(t, []figureWordCase{
		{"mortality cases", "Clashes went on near the camp. 7 mortality cases were registered in the camp this week.",
			news.FigureKilled, 7, news.Exact},
		{"a count before the disease's name", "Clashes went on near the camp. 5 COVID-19 related mortality cases " +
			"were registered among the displaced.", news.FigureKilled, 5, news.Exact},
		{"death sentences", "Clashes went on near the camp. A military court handed 4 death sentences to the rebels.",
			news.FigureKilled, 0, ""},
		{"a mortality rate", "Clashes went on near the camp. The mortality rate rose to 3 per 10,000 a day.",
			news.FigureKilled, 0, ""},
	})
}

package analyze

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// A population told in the present ("are internally displaced", "there
// are 12,000 IDPs") stays a stock when the sentence dates the count
// ("Today", "as of") or gives the population's cause ("due to the
// violence"): those tell when the population stands and why, not of a
// flight. A flight told beside it ("fled", "newly", "following", a
// weekday) still makes it the event's.
func TestFigureValuesFig53PresentStock(t *testing.T) {
	runFigureWordCases(t, []figureWordCase{
		{"today there are", "Attacks by armed groups near the border worsened over the year. Aminata arrived in " +
			"Kolo in March 2021. Today, there are 12,000 IDPs in Kolo.", news.FigureDisplaced, 0, ""},
		{"are internally displaced due to", "Regional report, 31 May 2022. As of 31 May 2022, 212,400 people are " +
			"internally displaced in the country due to communal and armed violence.", news.FigureDisplaced, 0, ""},
		{"a flight told beside the present stays the event's", "Fighting in Kaga drove families from their " +
			"villages. Some 4,300 people are internally displaced today after they fled the clashes on Tuesday.",
			news.FigureDisplaced, 4300, news.About},
		{"displaced due to the clashes, no present state", "Clashes broke out in Kaga on 3 May. Some 4,300 " +
			"people have been displaced due to the clashes.", news.FigureDisplaced, 4300, news.About},
	})
}

// A toll counted over a tally of ten incidents or more ("In 2021, 312
// incidents of shelling hit the town's districts, killing 48 civilians",
// "115 incidents (involving 96 deaths and 140 injured) have been recorded")
// is the sum of many events a monitor tallies, not the event reported.
// Two or three incidents ("Three incidents on Monday killed five
// soldiers") stay an event's.
func TestFigureValuesFig53IncidentTally(t *testing.T) {
	runFigureWordCases(t, []figureWordCase{
		{"incidents tally killing", "Shelling continued across the north this winter. In 2021, 312 incidents of " +
			"shelling hit different districts of the town of Kaga, killing 48 civilians and injuring 90.",
			news.FigureKilled, 0, ""},
		{"incidents tally injured", "Shelling continued across the north this winter. In 2021, 312 incidents of " +
			"shelling hit different districts of the town of Kaga, killing 48 civilians and injuring 90.",
			news.FigureInjured, 0, ""},
		{"incidents involving deaths", "Violence spread across the region. • 115 incidents (involving 96 deaths " +
			"and 140 injured) have been recorded by the cluster.", news.FigureKilled, 0, ""},
		{"three incidents stay the event's", "Gunmen attacked two checkpoints near Kaga on Monday. Three incidents " +
			"on Monday killed five soldiers and injured three.", news.FigureKilled, 5, news.Exact},
	})
}

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

// A bulletin that opens with its highlights, each a bulleted item, leads
// with its first item: the figure of that first highlight ("- Fighting in
// Foo displaced more than 41,000 people since mid-May") is the bulletin's
// main figure, as the agencies' readers label it. The later items stay
// other stories, and a bulletin whose first item tells no count has none.
func TestBulletinLeadHighlight(t *testing.T) {
	body := "- Fighting between armed groups in Kelo displaced more than 41,000 people since mid-May, 30,000 of " +
		"which have received assistance.\n\n- Winter kits reach the most vulnerable families in the highlands.\n\n" +
		"- 9 health workers were injured in assaults in June.\n\n**Displacement in Kelo**\n\nIntense fighting " +
		"erupted in mid-May in the district."
	tests := []struct {
		name, title, text string
		kind              string
		want              int64
	}{
		{"first highlight's displaced", "Northland Humanitarian Bulletin Issue 40 | 1 – 30 June 2019 **HIGHLIGHTS**",
			body, news.FigureDisplaced, 41000},
		{"a later highlight stays another story", "Northland Humanitarian Bulletin Issue 40 | 1 – 30 June 2019 **HIGHLIGHTS**",
			body, news.FigureInjured, 0},
		{"bullets after a highlights line", "Northland Humanitarian Bulletin Issue 40 | June 2019",
			"HIGHLIGHTS\n\n• More than 30 people were reportedly killed in an attack by armed men on Tobo village.\n\n" +
				"• Aid convoys resumed in the south.", news.FigureKilled, 30},
		{"a first highlight with no count", "Northland Humanitarian Bulletin Issue 41 | July 2019 **Highlights**",
			"- Thousands of IDPs are gradually returning to Kelo town.\n\n- Fighting on 3 July displaced 2,500 " +
				"people from Tobo.", news.FigureDisplaced, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkAgencyMain(t, &news.Article{Title: tt.title, Text: tt.text}, tt.kind, tt.want, "")
		})
	}
}

// A count of the last twelve months or the past year ("1,221,863
// displacements recorded ... in the last 12 months", "in the past year,
// 33,000 people had been displaced") is a year's total, background as one
// "last year" or "in 2017" is; a span of hours or days stays the event's.
func TestFigureValuesFig46YearSpan(t *testing.T) {
	runFigureWordCases(t, []figureWordCase{
		{"the last 12 months", "The update covers the northern governorates. Camp partners recorded 845,200 " +
			"displacements in the last 12 months from the eastern districts.", news.FigureDisplaced, 0, ""},
		{"the past year", "The envoy briefed the council on Tuesday. In the past year, 27,000 people were " +
			"displaced in the valley, he said.", news.FigureDisplaced, 0, ""},
		{"the last twelve months", "Partners met in Kelo. Some 41,300 people fled their villages over the last " +
			"twelve months, the survey found.", news.FigureDisplaced, 0, ""},
		{"the last 12 hours stay", "Shelling in the last 12 hours displaced 3,000 people from Kelo, partners said.",
			news.FigureDisplaced, 3000, news.Exact},
	})
}

package analyze

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// A monthly or quarterly bulletin's toll over its own period ("killed
// throughout the month", "During the fourth quarter" under a headline of
// that quarter) is the bulletin's news, its main figure, not one of its
// many items; another quarter ("During the third quarter") and a periodic
// bulletin's items that name no period stay other events'. Invented texts
// (issue 10, round h-fig59; rw-dev's monthly update of a war's civilian
// toll, untuned's quarterly bulletin of children killed and injured).
func TestFigureValuesFig59OwnSpan(t *testing.T) {
	tests := []struct {
		name, title, text, kind string
		want                    int64
	}{
		{"throughout the month", "Kaga Civilian Aid Programme - Monthly Status Update - March 2021",
			"The war in Kaga continued to hurt civilians in March. According to the Civilian Watch Group, 64 people " +
				"were killed and 120 were injured throughout the month.", news.FigureKilled, 64},
		{"throughout the month, injured", "Kaga Civilian Aid Programme - Monthly Status Update - March 2021",
			"The war in Kaga continued to hurt civilians in March. According to the Civilian Watch Group, 64 people " +
				"were killed and 120 were injured throughout the month.", news.FigureInjured, 120},
		{"the headline's quarter", "Kaga Children Bulletin – Second quarter of 2020",
			"The bulletin is published every quarter. **Trends** The situation in Kaga remained tense. During the " +
				"second quarter, three boys were killed and 45 children were injured. During the first quarter, " +
				"seven boys had been killed and 90 children injured.", news.FigureKilled, 3},
		{"another quarter stays out", "Kaga Children Bulletin – Second quarter of 2020",
			"The bulletin is published every quarter. **Trends** The situation in Kaga remained tense. During the " +
				"first quarter, seven boys had been killed and 90 children injured.", news.FigureKilled, 0},
		{"the month of another month stays out", "Kaga Civilian Aid Programme - Monthly Status Update - March 2021",
			"The war in Kaga went on. In the month of January, 64 people were killed, the Civilian Watch Group said.",
			news.FigureKilled, 0},
		{"the month of the headline's month", "Kaga Civilian Aid Programme - Monthly Status Update - March 2021",
			"The war in Kaga went on. In the month of March, 64 people were killed, the Civilian Watch Group said.",
			news.FigureKilled, 64},
		{"an item with no period stays out", "Kaga Humanitarian Bulletin - March 2021",
			"Floods hit the north of Kaga. In Moro district, clashes on 12 March killed 9 people, local officials said.",
			news.FigureKilled, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := Analyze(&news.Article{Title: tt.title, Text: tt.text}).Facts
			got := f.Main(tt.kind)
			if tt.want == 0 {
				if got != nil {
					t.Fatalf("%s = %+v, want none", tt.kind, got)
				}
				return
			}
			if got == nil || got.Value != tt.want {
				t.Fatalf("%s = %+v, want %d", tt.kind, got, tt.want)
			}
		})
	}
}

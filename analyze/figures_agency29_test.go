package analyze

import (
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

// Rules of agency reports' figures, on invented sentences: a date in an
// "including ..." clause dates a part of the count, not the count; a date
// of the onset the count runs from is no earlier event; an outbreak's
// deaths "including" among its cases are its toll; a ranking of countries
// is the world's figures; the value a rate is "of" counts no one; "on the
// 9 September" dates as "on 9 September" does.
func TestAgencyFigureScope(t *testing.T) {
	published := time.Date(2020, time.September, 20, 0, 0, 0, 0, time.UTC)
	const clashes = "At least 40 civilians were killed and more than 150 injured in the clashes which escalated " +
		"early September, including the shelling that hit the market on 3 September."
	tests := []struct {
		name, title, text string
		kind              string
		want              int64 // 0: none
	}{
		{"a dated part after the count", "", clashes, news.FigureKilled, 40},
		{"the injured of it too", "", clashes, news.FigureInjured, 150},
		{"a dated count stays an earlier event's", "", "The shelling of the market on 3 September killed 40 civilians.",
			news.FigureKilled, 0},
		{"counted from the onset of the clashes", "", "After the onset of fighting between armed groups in the town on " +
			"28 August, some 2,400 families (about 12,000 people) have been displaced.", news.FigureDisplaced, 12000},
		{"since the onset is still a running total", "", "Since the start of the war on 28 August, some 12,000 people " +
			"have fled their homes.", news.FigureDisplaced, 0},
		{"deaths among an outbreak's cases", "Cholera outbreak: Flash Update No. 1", "More than 1,500 cholera cases, " +
			"including 63 deaths, were reported in 12 districts over the last two weeks.", news.FigureKilled, 63},
		{"a part of a toll stays a part", "", "The floods killed 63 people, including 20 children.", news.FigureKilled, 63},
		{"a ranking of countries", "", "Brazil reported the second highest deaths of 215,000 (1,100) at the same cut off time.",
			news.FigureKilled, 0},
		{"a rank of no toll", "", "The storm killed 12 people in the second largest city of the province.",
			news.FigureKilled, 12},
		{"a rate's value before broken lines", "", "The province now has a test-positivity-rate – positive tests as a " +
			"percentage of all tests – of 18 majority of recorded deaths were men.", news.FigureKilled, 0},
		{"a rate of a count", "", "The attack killed 18 people, raising the rate of attacks in the district.",
			news.FigureKilled, 18},
		{"on the day of an earlier event", "", "On the 9 September, a boat capsized off the coast, causing the loss of " +
			"at least 11 lives at sea.", news.FigureKilled, 0},
		{"on the day of this event", "", "On the 19 September, a boat capsized off the coast, causing the loss of " +
			"at least 11 lives at sea.", news.FigureKilled, 11},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkAgencyMain(t, &news.Article{Title: tt.title, Text: tt.text, Published: published}, tt.kind, tt.want, "")
		})
	}
}

// checkAgencyMain checks an article's main figure of kind: none when want
// is 0, else want with qualifier qual (any when qual is "").
func checkAgencyMain(t *testing.T, a *news.Article, kind string, want int64, qual news.Qualifier) {
	t.Helper()
	f := Analyze(a).Facts
	got := f.Main(kind)
	if want == 0 {
		if got != nil {
			t.Fatalf("%s = %+v, want none", kind, got)
		}
		return
	}
	if got == nil || got.Value != want || qual != "" && got.Qualifier != qual {
		t.Fatalf("%s = %+v, want %d %s", kind, got, want, qual)
	}
}

// Counts of agency reports' wording: "lost their life" is a death toll; an
// influx's refugees or individuals who "have arrived" are its displaced,
// not people or fighters a deal's buses bring; a sum whose second term
// another sentence counts among the first counts it twice.
func TestAgencyFigureWords(t *testing.T) {
	runFigureWordCases(t, []figureWordCase{
		{"lost their life", "According to the ministry, 135 people have lost their life in the floods.",
			news.FigureKilled, 135, news.Exact},
		{"their life saved is no toll", "The teams saved the life of 40 people stranded by the floods.",
			news.FigureKilled, 0, ""},
		{"individuals have arrived", "According to local authorities, 42,500 individuals from the neighbouring country " +
			"have arrived in the province.", news.FigureDisplaced, 42500, news.Exact},
		{"new refugees arrived", "Some 3,200 new refugees arrived in the border camps after the clashes.",
			news.FigureDisplaced, 3200, news.About},
		{"people a deal's buses bring", "More than 2,000 people arrived in the northern town under the deal.",
			news.FigureDisplaced, 0, ""},
		{"supplies arrived", "Some 40 trucks of aid have arrived in the town.", news.FigureDisplaced, 0, ""},
		{"a sum counting a part twice", "Over 8,400 individuals and 310 migrants have been displaced to nearby towns. " +
			"Shelters are full. At least 8,400 individuals have been displaced by the clashes, including around 310 migrants.",
			news.FigureDisplaced, 8400, news.MoreThan},
		{"a sum of two groups stays a sum", "Over 8,400 individuals and 310 migrants have been displaced to nearby towns.",
			news.FigureDisplaced, 8710, news.MoreThan},
	})
}

// figureWordCase is an invented text and the main figure of kind it
// states: want 0 for none, any qualifier when qual is "".
type figureWordCase struct {
	name, text string
	kind       string
	want       int64
	qual       news.Qualifier
}

// runFigureWordCases checks each case's main figure, as checkAgencyMain.
func runFigureWordCases(t *testing.T, tests []figureWordCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkAgencyMain(t, &news.Article{Text: tt.text}, tt.kind, tt.want, tt.qual)
		})
	}
}

package analyze

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// A periodic bulletin strings separate items and names no event in its
// headline: no figure of its items is its main figure. A bulletin whose
// headline names the event it follows keeps that event's figures; a report
// that is no periodic bulletin keeps its figures. Invented sentences in the
// style of agency bulletins.
func TestPeriodicBulletin(t *testing.T) {
	items := "Highlights. Clashes in the northern district displaced some 2,300 families. " +
		"North: Flooding in the river valley. Heavy rains on 12 March killed 14 people and destroyed 300 shelters. " +
		"East: Fire in a camp. A fire in a settlement camp injured 6 people on 15 March."
	tests := []struct {
		name, title, text string
		killed            int64 // 0: none
	}{
		{"humanitarian weekly", "Northland: Humanitarian Weekly 14 March 2021", items, 0},
		{"bulletin issue", "OCHA Humanitarian Bulletin - Issue 12 | March 2021", items, 0},
		{"file name of a weekly", "northland-weekly-situation-report-11-2021", items, 0},
		{"fact sheet", "UNHCR Northland Situation Fact Sheet March 2021", items, 0},
		{"monthly news brief", "Protection Monthly News Brief - March 2021", items, 0},
		{"a bulletin of one outbreak", "Northland Cholera Outbreak Weekly Bulletin 3",
			"Cholera has killed 31 people in the district this week, health officials said.", 31},
		{"a weekly of one epidemic", "Eastern State COVID-19 Weekly Sitrep Week 12",
			"Epidemiological summary. Four new deaths were recorded this week.", 4},
		{"a flash update is no periodic bulletin", "Northland Flash Update No. 2",
			"Heavy rains on 12 March killed 14 people and destroyed 300 shelters.", 14},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := Analyze(&news.Article{Title: tt.title, Text: tt.text}).Facts
			if tt.killed == 0 {
				for _, g := range []*news.Figure{f.Killed, f.Injured, f.Displaced, f.Evacuated} {
					if g != nil {
						t.Fatalf("main figure %+v, want none", g)
					}
				}
				return
			}
			if f.Killed == nil || f.Killed.Value != tt.killed {
				t.Fatalf("killed = %+v, want %d", f.Killed, tt.killed)
			}
		})
	}
}

// A report's count of the displaced as a population (a country's total,
// the persons of concern it serves, a protracted caseload) is background;
// the displacement an event caused stays the main figure.
func TestDisplacedStock(t *testing.T) {
	tests := []figureCase{
		{"are internally displaced", "Key figures. 1.5 million people are internally displaced in the country.", 0},
		{"persons of concern", "Key figures: 210,400 persons of concern to UNHCR, including 150,300 people displaced abroad.", 0},
		{"displaced for years", "Some 35,000 residents of the town have been displaced for more than six years.", 0},
		{"the following is no cause", "The survey found 3,100 IDP families living in the district; the following needs were reported.", 0},
		{"an event's displacement", "Clashes on Tuesday displaced 4,200 people from the villages.", 4200},
		{"are displaced after floods", "An estimated 6,000 people are displaced after floods swept the valley.", 6000},
	}
	checkMainFigures(t, tests, news.FigureDisplaced)
}

// An epidemic's cases do not add to its deaths, and the number of a
// disease's name ("COVID-19") counts no one.
func TestCasesAndDeaths(t *testing.T) {
	tests := []figureCase{
		{"cases and deaths", "As of 4 June, there have been 2,514 reported cases and 87 deaths in the province.", 87},
		{"covid cases and deaths", "A total of 412,300 COVID-19 cases and 12,045 deaths were reported across the region.", 12045},
		{"the disease's name is no count", "Please note that COVID-19 cases and deaths are cumulative.", 0},
		{"two groups still add", "The bomb killed 12 civilians and 3 soldiers.", 15},
	}
	checkMainFigures(t, tests, news.FigureKilled)
}

// A count of the whole world, or of the country the world's ranking puts
// first, is background to a country's report: its own toll is the news.
func TestWorldTotal(t *testing.T) {
	tests := []figureCase{
		{"across the world", "Global update: more than 1.9 million people have died of the disease across the world.", 0},
		{"worldwide", "The virus has now killed over 800,000 people worldwide.", 0},
		{"the world's worst hit", "Brazil, the world's worst hit country after the USA, has counted 214,000 deaths.", 0},
		{"the country's own toll after the world's", "Some 1.9 million people have died across the world. " +
			"In the country, 37 people died on Monday, the ministry said.", 37},
	}
	checkMainFigures(t, tests, news.FigureKilled)
}

// "The world's largest producer" ranks no toll: the event's figures stay.
func TestWorldRankingOfNoToll(t *testing.T) {
	f := Analyze(&news.Article{Text: "Three days of riots that have killed at least 14 people and hurt more than 200 " +
		"shut down the ports of the world's largest tea exporter."}).Facts
	if f.Killed == nil || f.Killed.Value != 14 {
		t.Fatalf("killed = %+v, want 14", f.Killed)
	}
}

// A legal "case" between a count and its verb is no epidemic's cases.
func TestCaseOfLaw(t *testing.T) {
	f := Analyze(&news.Article{Text: "Two suspects in the arson case were shot dead by police on Friday."}).Facts
	if f.Killed == nil || f.Killed.Value != 2 {
		t.Fatalf("killed = %+v, want 2", f.Killed)
	}
}

// figureCase is a text and the main figure of one kind it states (0: none).
type figureCase struct {
	name, text string
	want       int64
}

// checkMainFigures runs each case's text through Analyze and checks its
// main figure of kind.
func checkMainFigures(t *testing.T, tests []figureCase, kind string) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := Analyze(&news.Article{Text: tt.text}).Facts
			got := f.Main(kind)
			if tt.want == 0 {
				if got != nil {
					t.Fatalf("%s = %+v, want none", kind, got)
				}
				return
			}
			if got == nil || got.Value != tt.want {
				t.Fatalf("%s = %+v, want %d", kind, got, tt.want)
			}
		})
	}
}

// A sitrep's summary labels its total: "Total associated deaths – 38".
func TestTotalLabelled(t *testing.T) {
	checkMainFigures(t, []figureCase{
		{"dash", "Epidemiological summary. Total associated deaths – 21 (17 in treatment centres and 4 in the community).", 21},
		{"colon", "Total deaths: 9", 9},
		{"bullet items", "• Cumulative number discharged so far – 1,306 • Total associated deaths – 17 (11 in treatment centres and 6 in the community)", 17},
		{"no total, no label", "Deaths – 21 (17 in treatment centres).", 0},
	}, news.FigureKilled)
}

// A bulletin's week is named by its number ("No death recorded in week
// 12", "at end of epi-week 23"): no count, and no rival of the labelled total.
func TestWeekNumber(t *testing.T) {
	checkMainFigures(t, []figureCase{
		{"in week N", "• No death recorded in week 12 • Total associated deaths – 21 (17 in treatment centres and 4 in the community) • Cumulative number discharged so far – 1,306", 21},
		{"epi-week", "Total confirmed cases as at end of epi-week 23 stands at 1,344. Total associated deaths – 38.", 38},
		{"week alone", "No death was recorded in week 9.", 0},
		{"the week, a count", "In the week 14 civilians were killed.", 14},
	}, news.FigureKilled)
}

// Displacements counted ("recorded 12,000 new displacements") are the
// displaced, as agencies' monitoring networks report them.
func TestDisplacementsCounted(t *testing.T) {
	checkMainFigures(t, []figureCase{
		{"new displacements", "In June alone, the monitoring network recorded 12,000 new displacements in the region.", 12000},
		{"caused", "Fighting caused more than 2,000 displacements.", 2000},
		{"compared", "Some 21,000 people were displaced in August. This is a 30 percent decrease compared to July (30,000 displacements).", 21000},
		{"compared, alone", "This is a decrease compared with the month before (30,000 displacements).", 0},
	}, news.FigureDisplaced)
}

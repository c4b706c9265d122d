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

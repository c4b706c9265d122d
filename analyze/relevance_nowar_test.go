package analyze

import (
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

// TestGateReportsOfNoWarNamed: the kinds of humanitarian agency and news
// report that are not about armed conflict though their words or places
// are a war's (issue 13 item 4, issue 14, h-gate9): migrants' returns and
// food-security outlooks from a country at war that name no war, landmines
// and their treaty with no war of their own, gangs' and cartels' killings,
// a genocide of long ago commemorated. A text that ties them to a war (its
// fighting, its displaced, its blockade, a place of it, an armed group)
// stays in. Invented sentences.
func TestGateReportsOfNoWarNamed(t *testing.T) {
	tests := []struct {
		name, title, text string
		reason            string // "" : relevant
	}{
		{"migrants' returns from a war's country", "Agency helps 8,000 migrants go home from Libya",
			"The agency's voluntary return programme flew 8,000 stranded migrants home from Libya this year, among them 900 released from detention centres near Tripoli. Each returnee receives reintegration assistance on arrival.", news.NotNoConflict},
		{"migrants who fled the fighting", "Agency helps 8,000 migrants go home from Libya",
			"The agency's voluntary return programme flew 8,000 stranded migrants home from Libya this year, many of them caught in the fighting around Tripoli. Each returnee receives reintegration assistance on arrival.", ""},
		{"a food-security outlook naming no war", "Yemen Food Security Outlook, January 2018",
			"Staple food prices rose again in December as fuel became scarce. Emergency outcomes are expected in much of the country through May. Humanitarian food assistance reaches about seven million people a month.", news.NotNoConflict},
		{"a food-security outlook naming the blockade", "Yemen Food Security Outlook, January 2018",
			"Staple food prices rose again in December after the blockade of the ports. Emergency outcomes are expected in much of the country through May. Humanitarian food assistance reaches about seven million people a month.", ""},
		{"food insecurity beside the displaced", "South Sudan: five million people food insecure",
			"Five million people face severe hunger in South Sudan this season, the latest analysis says. Families displaced from their villages are the worst off. Humanitarian food assistance reaches two million people.", ""},
		{"the mine-ban treaty's yearly count", "Landmine report: casualties at their highest in years",
			"The yearly report on the mine ban treaty counted 7,900 casualties of landmines and explosive remnants of war last year, most of them civilians. States parties cleared 170 square kilometres.", news.NotNoConflict},
		{"a mine in a war's place", "Landmine kills three children near Kandahar",
			"A landmine exploded under a cart carrying children near Kandahar on Monday, killing three of them. The district is contaminated with explosive remnants of war.", ""},
		{"a cartel's shootings", "Homicides hit a record as drug cartels fight over routes",
			"The country recorded 24,000 homicides this year, the most since counting began. Gunmen shot dead five people at a bar on Saturday in a town fought over by drug cartels.", news.NotCrime},
		{"a rebel group beside the cartels", "Homicides hit a record as drug cartels fight over routes",
			"The country recorded 24,000 homicides this year. Rebels of the FARC and drug cartels fought over coca routes near Tumaco, killing five soldiers.", ""},
		{"a genocide of long ago remembered", "Remembering the massacre: 25 years on",
			"Survivors gathered at the memorial on Tuesday to bury 60 newly identified victims of the 1992 massacre, in which militiamen killed more than 3,000 men and boys.", news.NotNoConflict},
		{"the anniversary of a war of today", "Four years on, war leaves millions in need",
			"On the anniversary of the war that began in 2013, agencies said fighting had displaced four million people. Militias attacked two villages last week.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Helper()
			a := &news.Article{Title: tt.title, Text: tt.text, Published: time.Date(2017, 12, 10, 0, 0, 0, 0, time.UTC)}
			an := Analyze(a)
			r := an.RelevanceOf()
			if r.Reason != tt.reason || r.Relevant != (tt.reason == "") {
				t.Fatalf("relevance %+v, want reason %q", r, tt.reason)
			}
			if !r.Relevant && len(an.Categories) != 0 {
				t.Errorf("not relevant but categories %v", an.Categories)
			}
		})
	}
}

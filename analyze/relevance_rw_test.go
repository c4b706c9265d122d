package analyze

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// TestGateHumanitarianGenre: the humanitarian reports of agencies that are
// not about armed conflict (refugees of no war the report names, aid and
// development business) are turned away; those whose refugees a war or a
// persecution made stay. Invented sentences.
func TestGateHumanitarianGenre(t *testing.T) {
	tests := []struct {
		name, title, text string
		reason            string // "" : relevant
	}{
		{"refugees of no war named", "Long-staying refugees urged to return home before their status ends",
			"The ministry encouraged refugees still living abroad to come home before the end of the year, when their refugee status will lapse. Those who return receive a package of household items and help to find work.", news.NotNoConflict},
		{"refugees at a job fair", "Refugees find work at a job fair in the capital",
			"More than 300 refugees met employers at a job fair organised by the city and the refugee agency on Tuesday. Forty were offered contracts in hotels and shops.", news.NotNoConflict},
		{"refugees who fled violence", "Refugees find work at a job fair in the capital",
			"More than 300 refugees who fled violence in their home country met employers at a job fair on Tuesday. Forty were offered contracts in hotels and shops.", ""},
		{"refugees from insecurity", "Refugees find work at a job fair in the capital",
			"More than 300 families displaced from insecure places of the district met employers at a job fair on Tuesday. Forty were offered contracts.", ""},
		{"refugees of a war's country", "Refugees from Myanmar find work at a job fair",
			"More than 300 refugees met employers at a job fair on Tuesday. Forty were offered contracts in hotels and shops.", ""},
		{"refugees of a war", "Refugees find work at a job fair in the capital",
			"More than 300 refugees who escaped the war met employers at a job fair on Tuesday. Forty were offered contracts in hotels and shops.", ""},
		{"food insecurity is no insecurity", "Refugees find work at a job fair in the capital",
			"More than 300 refugees, many of them food insecure, met employers at a job fair on Tuesday. Food insecurity among refugee families has fallen this year.", news.NotNoConflict},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			an := Analyze(&news.Article{Title: tt.title, Text: tt.text})
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

package analyze

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// TestViolenceOfEpidemicDeaths: deaths and the dead counted beside an
// epidemic, its cases or its fatality rate, with no armed men and no
// stronger word of violence, are the epidemic's (issue 14: ReliefWeb
// flashes and sitreps of 2018-2024 on cholera and COVID-19 in countries at
// war); an attack beside the epidemic keeps violence. Invented sentences.
func TestViolenceOfEpidemicDeaths(t *testing.T) {
	filler := "Partners distributed hygiene kits and chlorine tablets in the camps. Mobile clinics saw 900 patients. "
	tests := []struct {
		name, text string
		violence   bool
	}{
		{"cases and associated deaths",
			"Since January there have been 140,000 suspected cases and 290 associated deaths of cholera. " +
				"Patients often cannot afford transport to health facilities, which contributes to the spread of disease and to deaths at community level. " + filler, false},
		{"COVID-19 deaths reported",
			"As of 15 June, the number of positive COVID-19 cases increased to 454 with a total of 10 deaths reported. " +
				"Cholera cases rose in the camps, with 12 deaths recorded and a fatality rate of 1 per cent. " + filler, false},
		{"an attack beside the epidemic",
			"Situation update, June. Gunmen attacked a cholera treatment centre in the district on Monday, killing two health workers. " +
				"Since January there have been 140,000 suspected cases and 290 associated deaths. " + filler, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			an := Analyze(&news.Article{Title: "Yemen: Humanitarian Situation Report", Text: tt.text})
			if !an.IsRelevant() {
				t.Fatalf("not relevant: %+v", an.RelevanceOf())
			}
			if got := an.Has(news.Violence); got != tt.violence {
				t.Errorf("violence %v, want %v (categories %v, evidence %q)", got, tt.violence, an.Categories, an.Evidence[news.Violence])
			}
		})
	}
}

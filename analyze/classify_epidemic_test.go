package analyze

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// TestViolenceOfEpidemicDeaths: the dead and hurt counted beside an
// epidemic, its cases or its fatality rate, or beside an accident (a fire),
// with no armed men and no other word of violence, are the epidemic's or
// the accident's; a threat or a rumour of violence is none reported (issue
// 14: ReliefWeb flashes and sitreps of 2018-2024 on cholera, COVID-19 and a
// fire at a displacement site in countries at war). An attack beside the
// epidemic or the fire keeps violence. The start of a war named as the time
// a count runs from ("a year since the fighting began on 15 April") is no
// attack reported; fighting that broke out on a day is. A year's tally of the
// monitoring of grave violations against children is a count, not an attack
// reported. Invented sentences.
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
		{"injured in a fire at a site",
			"On 18 April, 100 displaced people were injured in a fire at the PK3 site in the town and at least one hundred shelters were destroyed. " +
				"Families received treatment at the local hospital and tents were set up for them. " + filler, false},
		{"a threat and a rumour of violence",
			"Some 145,000 people have returned to their homes in the district. Partners scaled up food distributions. " + filler +
				"The returnees face challenges to rebuild their livelihoods, and even the threat of renewed violence and displacement. " +
				"Following rumours about a new attack on the town, inhabitants have been fleeing the region.", false},
		{"a war's start as the time of a count",
			"Exactly a year since the fighting began on 15 April, more than 8.8 million people had fled their homes. " +
				"Some 25 million people need humanitarian assistance. " + filler, false},
		{"fighting that broke out on a day",
			"Fighting broke out in the town on 15 April, killing 20 people, and more than 8,000 people fled their homes. " + filler, true},
		{"a year's tally of grave violations",
			"In 2019, the Country Task Force on Monitoring and Reporting documented 755 incidents of grave violations against children, including 562 children killed and maimed. " +
				"UNICEF reached 40,000 children with psychosocial support. " + filler, false},
		{"a fire an attack set",
			"On 18 April, gunmen attacked the site and set it on fire, and 100 displaced people were injured. " + filler, true},
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

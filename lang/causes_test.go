package lang

import "testing"

func TestCauseWords(t *testing.T) {
	sameWords(t, "epidemic|accident", CauseWords(EpidemicCause|AccidentCause), `cholera measles covid-19 covid
		ebola epidemic outbreak disease diseases malaria dengue diphtheria polio meningitis cases fatality mortality
		fire fires blaze flood floods flooding landslide landslides accident accidents earthquake storm cyclone
		quake quakes tremor tremors aftershock aftershocks collapse collapsed drowned drowning stampede stampedes
		shipwreck shipwrecks capsized capsizing collision collisions`)
	sameWords(t, "illness", CauseWords(IllnessCause), `sick ill illness illnesses infected patient patients
		malnourished malnutrition starvation`)
	sameWords(t, "outbreak", CauseWords(OutbreakWord), `covid covid-19 coronavirus pandemic cases case vaccine
		vaccines vaccination tested tests testing quarantine isolation infections infected epidemiological`)
	sameWords(t, "disease", CauseWords(DiseaseName), `cholera diphtheria measles malaria ebola dengue meningitis
		polio disease diseases outbreak epidemic hiv aids tuberculosis influenza diarrhoea diarrhea`)
	sameWords(t, "state", CauseWords(CaseState), "confirmed suspected positive new cumulative probable active")
	sameWords(t, "disaster", CauseWords(DisasterEvent), "flood floods flooding cyclone hurricane typhoon storm earthquake tsunami eruption")
	sameWords(t, "cases", CauseWords(CaseCount), "cases infections")
}

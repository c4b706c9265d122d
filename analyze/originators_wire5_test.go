package analyze

import "testing"

// TestOriginatorRulesWire5 holds invented wire-copy sentences, one per
// attribution form behind the originator errors read on fresh9 when it was
// retired to development (session of 2026-12-04, h-orig10): written from
// the forms, not from any labelled item (testdata/figures/README.md).
func TestOriginatorRulesWire5(t *testing.T) {
	runOriginatorCases(t, []originatorCase{
		{"a paper named with its country's possessive", "",
			"AP - The editor of Italy's Il Foglio Nuovo newspaper said on Friday that two Italian aid workers held hostage near Basra were alive.",
			"abducted", 2, "Il Foglio Nuovo", false},
		{"a country's news agencies", "",
			"The death toll from a bomb at a bus stop in Grozny rose to 12 on Sunday, Russian news agencies reported.",
			"killed", 12, "Russian news agencies", false},
		{"one news agency is no name", "",
			"The death toll from a bomb at a bus stop in Grozny rose to 12 on Sunday, a Russian news agency reported.",
			"killed", 12, "", false},
		{"a body's officials listed after another kind's", "",
			"Jets killed 30 militants in a raid on a camp near Miranshah on Tuesday, senior intelligence and military officials said.",
			"killed", 30, "army", true},
		{"military officials are the army's", "",
			"Troops killed 11 rebels in a gunbattle in the hills of Basilan, military officials said.",
			"killed", 11, "army", true},
		{"a force named by who leads it, saying", "",
			"FALLUJA, Iraq (Reuters) - U.S.-led troops backed by tanks pushed into the city's southern districts on Monday, saying they had killed about 40 insurgents.",
			"killed", 40, "U.S.-led troops", true},
		{"a state's army named as written, its spokesman speaking", "",
			"Twelve rebels were killed in a clash with troops in the district of Foo on Monday, Royal Foo Army spokesman John Roe told Reuters.",
			"killed", 12, "Royal Foo Army", true},
		{"a country's Army spokesman is the army", "",
			"Twelve rebels were killed in a clash with troops in the Swat valley on Monday, Pakistani Army spokesman John Roe said.",
			"killed", 12, "army", true},
		{"an unnamed TV report", "",
			"JERUSALEM - A bomb went off at a bus stop in Haifa on Sunday, and a TV report said at least three people were killed.",
			"killed", 3, "local media", false},
		{"a paper with its capital The reports", "",
			"Three soldiers died and 15 others were wounded when a bomb exploded near a school in Yala, The Southern Star reports.",
			"injured", 15, "The Southern Star", false},
		{"the Defense Department is the Pentagon", "",
			"AP - As of Friday, 1,100 U.S. soldiers have been killed in Iraq since the invasion, according to the Defense Department.",
			"killed", 1100, "US-led coalition", true},
		{"a study by a team at a university's school", "",
			"More than 50,000 civilians have died in the war, according to a study by a research team at Foo University's School of Public Health.",
			"killed", 50000, "Foo University", false},
		{"researchers from an institute", "",
			"Some 8,000 people have been killed in the region since 2001, according to a survey by researchers from the Foo Peace Institute.",
			"killed", 8000, "Foo Peace Institute", false},
	})
}

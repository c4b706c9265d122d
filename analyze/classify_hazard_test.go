package analyze

import "testing"

// Issue 14 (h-nc2): "struck" tells an attack only where arms strike. A
// storm, an earthquake or a flood that struck a place, people struck by a
// flood or by a crisis's impact, are a disaster's or an economy's news, no
// violence; missiles and gunmen that struck stay an attack. Invented
// sentences.
func TestStruckByAHazard(t *testing.T) {
	checkEvidence(t, fViolence, 0.3, []evidenceCase{
		{"A magnitude 6.1 earthquake struck the district on Sunday night.", false},
		{"Cyclone Bawa struck the coast on 3 March, and thousands of families lost their homes.", false},
		{"The province was struck by two earthquakes in a week.", false},
		{"Food was given to 4,000 people struck by flash floods in the valley.", false},
		{"Cash transfers reached families struck by the economic impact of the pandemic.", false},
		{"The flash floods and landslides that struck the highlands left roads cut.", false},
		{"Tropical Storm Lena struck the islands overnight.", false},
		{"Two missiles struck a fuel depot outside the city on Sunday.", true},
		{"Gunmen struck a police post near the border, killing three officers.", true},
	})
}

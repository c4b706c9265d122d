package analyze

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// TestGateHazardLed: a report whose lead tells an earthquake, a cyclone or
// a drought in a country at war, with the war named only as the setting
// that makes its people vulnerable, is the hazard's (issue 14, h-gate3;
// rwp11 and rwp10 fit). An armed party, an attack or civilians in the lead,
// fighting that outweighs the hazard in the text, or the camps of a
// persecution's refugees keep it in. Invented texts.
func TestGateHazardLed(t *testing.T) {
	checkGateCases(t, []gateCase{
		{"an earthquake where families live in tents after years of conflict", "",
			"A 6.8 magnitude earthquake struck north-west Syria on Tuesday, where families displaced by years of conflict live in tents. " +
				"Relief groups said more than 900 buildings collapsed and the earthquake left 40,000 people homeless. " +
				"Aftershocks kept families outside in the cold. Agencies appealed for shelter kits, blankets and fuel.", news.NotDisaster},
		{"a drought that adds to the pressures of conflict", "",
			"The worsening drought in Afghanistan adds to pressure on food security from conflict and high prices. " +
				"The agency is preparing a drought response for up to 800,000 people. " +
				"Rainfall was 60 per cent below average and the wheat harvest is expected to fail. Thousands of herders have sold their animals.", news.NotDisaster},
		{"an earthquake whose aid gang violence slows", "",
			"Aid groups are rushing to respond to a 7.0 magnitude earthquake that hit southern Haiti on Sunday, in areas already hard to reach because of insecurity. " +
				"Landslides on the roads and ongoing gang violence slow the delivery of aid. " +
				"The earthquake destroyed 600 homes and a hospital, and aftershocks continue.", news.NotDisaster},
		{"a cyclone beside an armed group's attack", "",
			"A cyclone hit the coast of Borno and Yobe on Monday, flooding camps for displaced families. " +
				"Boko Haram fighters attacked a camp near Monguno the same night. " +
				"The cyclone destroyed 2,000 shelters.", ""},
		{"a cyclone in a report of fighting", "",
			"A cyclone made landfall in Rakhine on Sunday, damaging camps for people displaced by conflict. " +
				"Roads to Sittwe were flooded. Agencies are assessing the damage. " +
				"Fighting resumed in three townships on Tuesday. Clashes and shelling displaced 20,000 more people, " +
				"and the fighting has cut the roads to the camps. Attacks on villages continued.", ""},
		{"a cyclone over the camps of a persecution's refugees", "",
			"Cyclone preparedness continues in the Rohingya refugee camps in Cox's Bazar as the storm approaches. " +
				"Volunteers moved families from slopes at risk of landslides. The cyclone is expected to make landfall on Sunday.", ""},
	})
}

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
		t.Run(tt.name, func(t *testing.T) { checkRelevance(t, tt.title, tt.text, tt.reason) })
	}
}

// TestGateNaturalReports: a report whose headline or lead names a
// disaster, an epidemic or the climate and nothing of war beside it (the
// dead and injured, the army and armed forces of relief, a cyclone that
// strikes, pests that attack crops) is that topic's, also in a place of a
// conflict; war, clashes, civilians, refugees, an armed group, a weapon, or
// a humanitarian crisis beside an epidemic in a war's country keep it in.
// Invented sentences.
func TestGateNaturalReports(t *testing.T) {
	tests := []struct {
		name, title, text string
		reason            string // "" : relevant
	}{
		{"a flood's dead beside a conflict place", "Somalia: Shabelle river update",
			"Heavy rains in the highlands have raised the level of the river, and flooding has displaced 20,000 people in Beletweyne. Two people were killed when their house collapsed.", news.NotDisaster},
		{"an earthquake the armed forces help with", "Iran: Kermanshah emergency appeal",
			"The tremor of 12 November killed 530 people and injured 8,000 in Kermanshah province of Iran. The armed forces helped clear the rubble.", news.NotDisaster},
		{"a storm's troops and armed forces", "Philippines: Situation Report No. 4",
			"Tropical Storm Tembin made landfall in Mindanao on 22 December. The Armed Forces of the Philippines deployed troops and trucks to evacuate residents. 164 people were killed.", news.NotDisaster},
		{"peacekeepers who lend their trucks", "Haiti: one year on",
			"One year after Hurricane Matthew, 40,000 people in Haiti remain homeless. The UN peacekeeping mission handed over its logistics bases to the civil protection.", news.NotDisaster},
		{"the army and navy of a rescue", "Mexico: Situation report No. 3",
			"The earthquake of 19 September killed 369 people in Mexico City. The army and navy deployed 5,000 soldiers to search for survivors.", news.NotDisaster},
		{"rains named one way only", "DR Congo: Kinshasa rains",
			"Torrential rains in Kinshasa on Monday killed 39 people and left thousands homeless.", news.NotDisaster},
		{"a drought-affected compound", "Ethiopia: Humanitarian Fund allocates $20 million",
			"The fund allocated $20 million to the needs of drought-affected and displaced people in Somali and Oromia regions.", news.NotDisaster},
		{"an epidemic that kills", "Niger: health update",
			"An epidemic of meningitis has killed 100 people in Niger since January. Health authorities vaccinated 1.3 million people.", news.NotHealth},
		{"pests that attack crops", "Ethiopia: crop update",
			"Fall armyworm attacks have been reported on maize fields in 400 districts of Ethiopia.", news.NotClimate},
		{"security forces of a rescue", "Iraq: Earthquake - Flash update No. 1",
			"A magnitude 7.3 earthquake hit Sulaymaniyah governorate of Iraq on 12 November, killing 8 people. Iraqi security forces deployed rescue teams.", news.NotDisaster},
		{"fighting a disease", "Malaria cases fall in Borno",
			"Health workers in Borno State of Nigeria say fighting malaria with bed nets has halved the cases in a year.", news.NotHealth},
		{"gangs in a storm-hit country", "Gangs on the prowl in storm-hit Haiti",
			"Families who lost their homes in the storm in Haiti are now tormented by gangs who attack food convoys and raid homes at night.", ""},
		{"war beside the flood", "Nigeria: situation update",
			"Heavy rains flooded camps of people displaced by the conflict in Maiduguri. Two children were killed.", ""},
		{"civilians beside an epidemic", "Yemen: situation update",
			"Cholera has killed 2,000 people in Yemen this year, and 10,000 civilians have been killed since March 2015.", ""},
		{"an armed group beside a drought", "Somalia: situation update",
			"Drought has displaced 700,000 people in Somalia. Al-Shabaab fighters killed 20 people in Lower Shabelle.", ""},
		{"air strikes beside an earthquake", "Syria: Idlib update",
			"An earthquake damaged buildings in Idlib, where air strikes have killed 40 people this week.", ""},
		{"refugees beside an epidemic", "Chad: monthly update",
			"Measles has killed 30 children in the east of Chad, where 300,000 refugees live in camps.", ""},
		{"a humanitarian crisis beside maternal care", "Yemen: monthly situation report",
			"The closure of the ports will aggravate the humanitarian crisis in Yemen and bring millions closer to starvation. Pregnant women need maternal care.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkRelevance(t, tt.title, tt.text, tt.reason) })
	}
}

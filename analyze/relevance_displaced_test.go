package analyze

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// TestGateWarDisplacement: an agency's bulletin whose displaced or refugees
// a sentence says a war made (fighting, hostilities, an armed group,
// insecurity, military operations) is the war's, even when its first point
// is an epidemic or a flood and wherever the gazetteer knows no war (a
// crisis that sends refugees across borders); not so when the headline
// names a disaster as the report's subject, when the sentence names a
// disaster among the causes, when a report whose lead names a disaster
// names war once, in passing, when a drought's report from a country at
// peace counts the refugees it hosts from its neighbours' wars, when the
// refugees and the conflict are a policy's words in a report of no war's
// place, or when the sentence only states a condition (issue 14: ReliefWeb
// reports of 2016-2017). A regional snapshot is judged by what it tells of
// each country, not by a war's country's name. Invented texts.
func TestGateWarDisplacement(t *testing.T) {
	tests := []struct {
		name, title, text string
		reason            string // "" : relevant
	}{
		{"an outbreak first, the fighting's displaced after", "Sudan: Humanitarian Bulletin | Issue 14",
			"Health partners are supporting the ministry in responding to acute watery diarrhoea cases across Sudan. The outbreak has affected 12 states. Cholera vaccination began in Khartoum. Fighting in Jebel Marra displaced 5,000 people to camps in Central Darfur.", ""},
		{"a flood first, the displaced of insecurity after", "Situation Report No. 12",
			"Heavy rains flooded 3,000 homes in the lowlands of Burundi this month. Partners distributed shelter kits to 1,200 families. The appeal is 40 per cent funded. Insecurity in the north has displaced 20,000 people since May, after armed men attacked three villages.", ""},
		{"a flood's update, violence in passing", "Situation Report No. 13",
			"Heavy rain and floods continue to affect most parts of South Sudan since June. At least 700,000 people have been affected across 36 counties. WFP can only deliver half rations. Many live in counties already affected by hunger, a high level of violence and displacement.", news.NotDisaster},
		{"refugees of a crisis the gazetteer does not know", "UNHCR Regional Update 29 - Burundi Situation",
			"More than 300,000 Burundians have sought asylum in neighbouring countries since April 2015. New camp sites are needed in Tanzania. Funding stands at 46 per cent. Refugees arriving in Tanzania said the militia attacked their villages and drove them out.", ""},
		{"an army's operations that displace", "WFP Situation Report #13",
			"WFP provided food assistance to 546,000 people in the north-east this month. The response is critically underfunded. Markets are recovering slowly. The number of people displaced rose as military operations continued in Borno.", ""},
		{"a drought's headline, the war one cause among others", "Horn of Africa: Humanitarian Impacts of Drought",
			"Drought continues to cause displacement of people and livestock. In the south, 874,000 people are displaced. Malnutrition rates are high. A spike in conflict-driven displacements was seen in November.", news.NotDisaster},
		{"a country at peace hosting its neighbours' refugees", "Kenya: Food Assistance Fact Sheet",
			"Drought has left 2.6 million people food insecure in Kenya. WFP provided food assistance to 700,000 people in the arid counties. The rains failed for the third season. Kenya hosts 280,000 Somali refugees fleeing conflict and insecurity in their own country.", news.NotDisaster},
		{"a policy's refugees and conflict", "NGO Bulletin: Highlights from October",
			"The network welcomed its new director this month. The annual conference will consider the path towards a global compact on refugees and the World Bank's growing role in conflict and fragility. Members met in Geneva.", news.NotNoConflict},
		{"a condition, not an event", "Assembly adopts texts on development",
			"The Assembly adopted seven texts on development and cooperation. A delegate said that if people were being attacked, forcibly displaced or detained they would not attain development. The texts were adopted without a vote.", news.NotNoConflict},
		{"the displaced of the flood told just before", "Asia and the Pacific: Weekly Regional Humanitarian Snapshot",
			"A 6.8 magnitude earthquake hit central Myanmar on 24 August, killing three people. Since the end of July, almost 500,000 people have been affected by the monsoon flooding. Displacement numbers have now stabilized and the government is leading the response. A measles outbreak claimed 38 lives.", news.NotDisaster},
		{"a regional snapshot of disasters in war's countries", "Asia and the Pacific: Weekly Regional Humanitarian Snapshot",
			"PHILIPPINES: Tropical Storm Kai-Tak made landfall in Eastern Samar on 16 December, affecting 1.6 million people; 90,000 people remain in evacuation centres. AFGHANISTAN: A cold wave has affected 20,000 families in the central highlands. MYANMAR: Floods in Ayeyarwady displaced 4,000 people, who have since returned. INDONESIA: An earthquake struck West Java, killing four people.", news.NotDisaster},
		{"a regional snapshot with a war's paragraph", "Asia and the Pacific: Weekly Regional Humanitarian Snapshot",
			"PHILIPPINES: Tropical Storm Kai-Tak made landfall in Eastern Samar on 16 December, affecting 1.6 million people. INDONESIA: An earthquake struck West Java, killing four people. AFGHANISTAN: A cold wave has affected 20,000 families in the central highlands. MYANMAR: Fighting between the army and a rebel group displaced 3,000 people in Kachin State this week.", ""},
		{"an epidemic's attack rate is no attack", "Diphtheria outbreak - Epidemiological bulletin",
			"Suspected diphtheria cases were reported in 12 villages of the district. The attack rate was highest among children displaced from their homes by the floods of July. Vaccination began on Monday.", news.NotHealth},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkRelevance(t, tt.title, tt.text, tt.reason) })
	}
}

// TestGAMIsMalnutrition: GAM in an agency's report is global acute
// malnutrition, not the Free Aceh Movement: no armed party is found.
func TestGAMIsMalnutrition(t *testing.T) {
	an := Analyze(&news.Article{Title: "Nutrition survey results",
		Text: "The survey found a GAM rate of 10.7 per cent among children under five. The GAM caseload for 2017 is 2.2 million."})
	for _, a := range an.Actors {
		if a.Kind == "armed_group" {
			t.Errorf("armed group %q found in a nutrition survey", a.Name)
		}
	}
}

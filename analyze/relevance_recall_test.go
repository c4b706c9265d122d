package analyze

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// TestGateTruceState: a truce told in a war's words — holding "despite
// incidents", violated, a "window of silence" agreed for repairs — is a
// war's though no place, party or fighting is named beside it (a short
// flash update); a ceasefire in the headline or lead is not turned away
// by an ancient temple its lead names. A rivals' truce, and the Olympics'
// ancient one, stay out. Invented texts.
func TestGateTruceState(t *testing.T) {
	checkGateCases(t, []gateCase{
		{"a truce largely holding", "",
			"The truce is largely holding across the region, despite isolated incidents. Engineers reached the damaged pumping station on Tuesday and restored water to 40,000 people.", ""},
		{"a truce violated overnight", "Flash update",
			"The truce was violated overnight in two villages, local officials said. Aid convoys are expected to resume on Friday.", ""},
		{"a window of silence for repairs", "Water supply restored (Flash update of 10 March)",
			"The parties agreed on a window of silence to let engineers repair a damaged water pipeline serving 300,000 people.", ""},
		{"a ceasefire beside an ancient temple", "",
			"Border ceasefire comes into effect as military chiefs prepare to meet. The truce between the two neighbours took effect at midnight near the ancient temple both claim.", ""},
		{"two software makers' truce", "Software rivals call a truce",
			"The two software makers agreed a truce in their long legal fight over licences. Shares of both companies rose.", news.NotBusiness},
		{"the Olympics' ancient truce", "Assembly backs Olympic truce",
			"The General Assembly adopted the Olympic truce resolution, reviving an ancient Greek tradition of a ceasefire during the games.", news.NotSport},
		{"a Roman legion's ceasefire is history", "Roman legion's fort found",
			"Archaeologists found the fort of a Roman legion. Ancient tablets tell of a ceasefire with a local tribe.", news.NotNoConflict},
	})
}

// TestGateDisplacedByFighting: an agency's report that opens with its
// rations or its funding and tells only further down that people were
// displaced by fighting, in a place of a conflict, is the war's; displaced
// people whose sentence names a flood, or a displacement that is only a
// contingency, are not, and an epidemic's headline still decides. Invented
// texts, headless as agencies' pages come.
func TestGateDisplacedByFighting(t *testing.T) {
	checkGateCases(t, []gateCase{
		{"fighting that displaced people, past the lead", "",
			"Country Brief #40. Partners reached 1.2 million people in March. The operation faces a funding shortfall of USD 80 million. Cereal prices rose by 20 percent in South Sudan. Renewed fighting in Upper Nile has led to new displacement towards the border.", ""},
		{"IDPs as a result of hostilities, past the lead", "",
			"Press briefing notes. The spokesperson spoke to journalists on Friday. Partners lack supplies. Mobile teams reached 9,000 people in South Sudan. Thousands of IDPs gathered in Wau as a result of the recent hostilities.", ""},
		{"displaced by a flood past the lead", "",
			"Country Brief #41. Partners reached 1.2 million people in March. The operation faces a funding shortfall of USD 80 million. Cereal prices rose by 20 percent in South Sudan. Some 3,000 people were displaced when floods hit Jonglei, far from the fighting.", news.NotNoConflict},
		{"a contingency for displacement", "",
			"Country Brief #42. Partners reached 1.2 million people in March. The operation faces a funding shortfall of USD 80 million. Cereal prices rose by 20 percent in South Sudan. A contingency plan prepares stocks for 50,000 people if fighting displaces them.", news.NotNoConflict},
		{"an epidemic's headline", "Cholera outbreak spreads in Juba",
			"The cholera outbreak has spread to three more counties, with 300 cases reported this week. Health partners opened two treatment centres. Vaccination starts on Monday. Some 2,000 IDPs displaced by fighting last year live in the worst-hit county.", news.NotHealth},
	})
}

// TestGatePageFurniture: a ReliefWeb page saved whole opens with its
// countries ("Sudan + 1 more"), its title and its format ("Situation
// Report", "Originally published") before the report; the gate's lead is
// the report's first sentences after them, so a bulletin whose key messages
// tell new IDPs after an epidemic's is the war's, and one whose key messages
// tell an earthquake is the disaster's. Invented texts.
func TestGatePageFurniture(t *testing.T) {
	checkGateCases(t, []gateCase{
		{"new IDPs after an epidemic's key message", "",
			"Sudan + 1 more\n\nSudan: Humanitarian Bulletin | Issue 7 | 1 – 14 May\n\n\n\n• WHO and partners are supporting the Ministry of Health in responding to acute watery diarrhoea cases across the country.\n\n• Aid agencies are meeting the needs of 12,000 new IDPs in a town of Central Darfur.\n\n• A survey found high rates of acute malnutrition.", ""},
		{"displacement told after the page's format and its numbers", "",
			"Nigeria + 1 more\n\nCountry Brief, May\n\nSituation Report\nOriginally published\nView original\n\nIn Numbers\n\n2 m people displaced across the north-east\n\n• Partners reached 500,000 people with food assistance.\n\n• The response is critically underfunded.\n\n• Insecurity in the north-east continues to drive large-scale displacement.", ""},
		{"an earthquake's key messages", "",
			"Nepal + 2 more\n\nAsia and the Pacific: Weekly Regional Snapshot\n\nSituation Report\nOriginally published\n\nA strong earthquake struck the hills on Tuesday, damaging 2,000 houses.\n\nHeavy monsoon rains caused floods and landslides in three provinces.\n\nA measles outbreak was reported in two districts.", news.NotDisaster},
	})
	if n := furnitureLead(newDoc("", "Situation Report\nOriginally published\n\nThe report's first sentence.")); n != 2 {
		t.Errorf("furnitureLead = %d, want 2", n)
	}
	if n := furnitureLead(newDoc("", "Fighting resumed in the north. The report's second sentence.")); n != 0 {
		t.Errorf("furnitureLead of a page with no furniture = %d, want 0", n)
	}
}

// gateCase is an invented article and the gate's reason for it ("":
// relevant).
type gateCase struct{ name, title, text, reason string }

func checkGateCases(t *testing.T, cases []gateCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkRelevance(t, c.title, c.text, c.reason) })
	}
}

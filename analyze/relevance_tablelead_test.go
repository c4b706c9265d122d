package analyze

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// TestGateTableLead: an agency's factsheet or dashboard that opens with
// rows of figures and headings (no sentence of prose) tells its report in
// the first prose below them; the gate reads that prose as the lead when
// the rows told it nothing (issue 14, h-gate20). Refugees of a war beside
// its place there let the report in; a flood's displaced or a market's
// prices there keep it out, as they would in a lead. Invented texts.
func TestGateTableLead(t *testing.T) {
	checkGateCases(t, []gateCase{
		{"refugees of a war below a table of figures", "Response dashboard | March",
			"Response dashboard | March\n\nHouseholds reached 12,400\n\nUSD 3.2 million received 41% funded\n\nPartners 14 Camps 6\n\nSome 40,000 refugees crossed from South Sudan this month after the war reached their villages. Partners distributed food, water and blankets at the border points.", ""},
		{"attacks told below a form's rows", "Site profile",
			"1. Demographics\n\nHouseholds by group 89% IDP\n\nHead of household 59% male\n\nAverage stay 3 months\n\nAttacks on the villages of Darfur drove most residents of the site from their homes in March. Water trucking covers half of their needs.", ""},
		{"a flood's displaced below a table of figures", "Response dashboard | March",
			"Response dashboard | March\n\nHouseholds reached 12,400\n\nUSD 3.2 million received 41% funded\n\nPartners 14 Camps 6\n\nSome 40,000 people in South Sudan were displaced when floods hit their villages. Partners distributed food, water and blankets.", news.NotNoConflict},
		{"a market's prices below a table of figures", "Market monitor | March",
			"Market monitor | March\n\nWheat flour 12%\n\nSugar 8% Rice 3%\n\nMarkets monitored 40\n\nPrices of wheat flour in Kabul rose for the third month as imports slowed and the currency fell. Traders expect prices to ease after the harvest.", news.NotNoConflict},
	})
}

// TestGateArmedOpposition: agency copy names insurgents "armed opposition
// groups"; new arrivals who fled for fear of them are a war's displaced,
// where the report names no other armed word (issue 14, h-gate20).
// Invented texts.
func TestGateArmedOpposition(t *testing.T) {
	checkGateCases(t, []gateCase{
		{"new arrivals who fled armed opposition groups", "New arrivals assessment",
			"Newly arrived households: 420. Most new arrivals reached the town on foot at night. They left their villages for fear of armed opposition groups who raided their farms. Access to water was better than in their area of origin.", ""},
		{"an opposition party's rally", "Opposition rally",
			"Thousands joined the opposition party's rally in the capital. Its leader called for early elections. Turnout was high.", news.NotNoConflict},
	})
}

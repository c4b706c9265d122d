package analyze

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// TestGateWarAsAMarketsCause: a market's or a company's report that names a
// war, an attack or rebels only as what moved its prices or its results —
// the market named first, the war after it ("oil rises on a rebel threat",
// "losses after terrorist attacks") — is the business's; a report that
// tells the attack first, people displaced, or a mediator who helps
// "broker" an end to fighting (no stockbroker) stays in (issue 13 item 4).
// Every sentence here is invented.
func TestGateWarAsAMarketsCause(t *testing.T) {
	tests := []struct {
		name, title, text string
		reason            string // "" : relevant
	}{
		{"oil on a rebel threat", "Oil climbs on threat of rebel offensive",
			"Crude oil futures rose 40 cents in New York on Tuesday as rebels in the delta vowed an all-out war on the government from next month.", news.NotBusiness},
		{"a market's shocks, no headline", "",
			"Oil market shrugs off the summer's shocks. Traders said the oil market had absorbed a strike at the refineries, ethnic clashes in the south and attacks on foreign workers, and prices are back where they began.", news.NotBusiness},
		{"an airline's loss after attacks", "Airline reports its first loss in a decade",
			"The carrier announced a pretax loss of 40 mln pounds for the year, against a profit a year earlier. Fewer passengers flew after terrorist attacks in Europe and the bombing of an airport abroad, the chairman said.", news.NotBusiness},
		{"oil stability despite an attack", "Minister sees oil stability despite attack",
			"The energy minister said he expected stability in the price of crude despite the naval attack on an offshore platform. The market was calm, he told reporters.", news.NotBusiness},
		{"the attack told first stays", "Rebels blow up pipeline, oil prices jump",
			"Rebels blew up a pipeline in the delta on Monday, killing four guards, and crude oil futures jumped 50 cents.", ""},
		{"a mediator who brokers an end to fighting stays", "Cleric returns to broker peace deal",
			"The cleric flew home on Wednesday to help broker an end to three weeks of fighting in the holy city and called on his followers to march there with him.", ""},
		{"people displaced stay", "Oil prices surge as fighting displaces thousands",
			"Crude prices rose on Monday after fighting between the army and rebels displaced 20,000 people near the oil fields.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkRelevance(t, tt.title, tt.text, tt.reason) })
	}
}

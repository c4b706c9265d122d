package analyze

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// TestGateDisplacedAsLabel: an agency's country brief that counts
// "conflict displaced people" among the groups it assisted, beside the
// seasonally food insecure, refugees and returnees, names who its programme
// serves, not a displacement (issue 14, h-gate4; rwp7-6ba297a1bd, a WFP
// brief on COVID-19, floods and nutrition, both readings not about war).
// The fighting told as what displaced people keeps the report the war's.
// Invented sentences.
func TestGateDisplacedAsLabel(t *testing.T) {
	const brief = "WFP Country Brief September 2020. In Numbers: 1.2 million people assisted. Operational Updates. WFP provided school meals to 120,000 children and supported 30,000 smallholder farmers with training on post-harvest handling in Kabul and Herat provinces. "
	checkGateCases(t, []gateCase{
		{"conflict displaced people among the groups assisted", "",
			brief + "Under its emergency response WFP further assisted 309,975 seasonally food insecure people, 69,993 refugees from Pakistan, 26,593 conflict displaced people and 20,419 returnees with in-kind rations.", news.NotNoConflict},
		{"conflict-affected IDPs among the groups assisted", "",
			brief + "WFP also reached 45,000 conflict-induced IDPs and 60,000 returnees with cash transfers.", news.NotNoConflict},
		{"the conflict that displaced people", "",
			brief + "In Kunduz, the conflict displaced 26,593 people in August and WFP assisted them with in-kind rations.", ""},
		{"those displaced by the fighting", "",
			brief + "WFP dispatched ready-to-eat rations on 31 July for those displaced by the ongoing fighting in Kunduz.", ""},
	})
}

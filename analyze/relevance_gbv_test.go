package analyze

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// TestGateGBVProgramme: "violence" in an agency's protection programme is
// gender-based or domestic violence, which a country at war and one at
// peace both know; a report from a place of a war whose only violence is
// that (the survivors its centres counsel, the cases its hotline takes) is
// the programme's, not the war's (issue 14, h-gate4). Violence of a war
// told anywhere in the text, or the war's displaced, keep it the war's
// (rwp7-d23605fa9b, an OCHA sitrep whose highlights count GBV incidents and
// whose overview tells attacks on schools and abductions: both readings
// about war). Invented sentences.
func TestGateGBVProgramme(t *testing.T) {
	const attacks = " The situation remained dire, marked by continued violent attacks on schools. On 3 November at least 11 students were abducted by gunmen from a school in Kumbo."
	checkGateCases(t, []gateCase{
		{"women's centres counselling survivors", "UNFPA Iraq: women's health and protection update, April 2017",
			"UNFPA supported 14 women's centres in Dohuk and Erbil, where 3,200 women received psychosocial support. Case management was provided to 420 survivors of gender-based violence. Mobile reproductive health teams conducted 5,600 antenatal consultations. Dignity kits were distributed to 8,000 women and girls.", news.NotNoConflict},
		{"a hospital's centre for domestic violence", "South Sudan: survivors of domestic violence find help in Juba",
			"Domestic violence is the most common form of violence reported to the new one-stop centre at Juba Teaching Hospital, which opened in March. Nurses and social workers have assisted 300 survivors. The centre offers medical care, counselling and legal aid.", news.NotNoConflict},
		{"GBV incidents counted beside attacks told further down", "Cameroon: North-West and South-West situation report, November 2020",
			"This report covers 1 to 30 November 2020. 333,864 people in the North-West and South-West regions received food assistance during November. 798 gender-based violence incidents were reported in the two regions. Trauma surgeons performed 69 surgical procedures." + attacks, ""},
		{"GBV in camps of the displaced", "UNFPA Iraq: women's health and protection update, April 2017",
			"UNFPA supported 14 women's centres in camps for people displaced from Mosul, where 3,200 women received psychosocial support. Case management was provided to 420 survivors of gender-based violence.", ""},
	})
}

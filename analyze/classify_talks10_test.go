package analyze

import (
	"testing"
)

// Rules of round h-talks10 (issue 14: talks on agency reports), each
// checked on invented sentences.

// TestTalksOfAgencyBusiness: an agency's own business told in talks words
// holds no more than a hint, which a long report's floor (longFloor)
// leaves out: a survey's or a helpline's phone calls, needs "met", and an
// aid mission's meetings and agreements named with the aid's words. A
// call, a meeting or an agreement of a war's sides stays talks.
func TestTalksOfAgencyBusiness(t *testing.T) {
	checkEvidence(t, fTalks, rules[0].longFloor, []evidenceCase{
		{"Enumerators collected the data via phone calls with key informants in twelve districts.", false},
		{"The hotline answered 800 phone calls from women seeking shelter in May.", false},
		{"The phone numbers called were gathered by the partners.", false},
		{"The shipment will meet food needs in South Sudan and in the Blue Nile State of Sudan.", false},
		{"The delegation met with the governor and community elders to discuss closer collaboration for returnees in the district.", false},
		{"The commissioner met with displaced families and visited EU-funded shelters in the town.", false},
		{"In a meeting with the provincial directors of refugees, the agencies agreed on the provision of COVID-19 care for displaced families.", false},
		{"The minister signed an agreement amounting to 40 million euros to build two clinics.", false},
		{"Targeting should be revised by agreement with the beneficiaries and their committees.", false},
		{"Key informants reported that a peace agreement between the two communities allowed families to return.", true},
		{"The president held phone calls with the rebel leader on a ceasefire.", true},
		{"The envoy met with the warring parties in Geneva to discuss a peace agreement.", true},
		{"The government and the rebels signed an agreement to exchange prisoners.", true},
	})
}

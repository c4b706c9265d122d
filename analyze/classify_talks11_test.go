package analyze

import (
	"testing"
)

// Rules of round h-talks11 (issue 14: talks false alarms on unseen data),
// each checked on invented sentences.

// TestTalksOfficeDelegation: a delegation that is an agency's office (the
// Red Cross's head of delegation, a regional delegation, the EU
// delegation) or a visiting group of lawmakers is no side's negotiating
// team: the word holds no talks. A side's delegation, or talks told with
// their own words beside an office's, stay talks.
func TestTalksOfficeDelegation(t *testing.T) {
	checkEvidence(t, fTalks, 0.5, []evidenceCase{
		{"Marta Ruiz, Head of Delegation for the International Committee of the Red Cross in Maiduguri, visited the clinic.", false},
		{"The North-East regional delegation meets partners every Thursday to review the cholera response.", false},
		{"A delegation of Belgian parliamentarians read a statement at the border crossing on Monday.", false},
		{"A congressional delegation toured the camp and spoke with refugees.", false},
		{"The EU delegation in Juba funded the new water points.", false},
		{"The rebel delegation arrived in Addis Ababa for the next round of negotiations.", true},
		{"The government delegation walked out of the meeting with the insurgents.", true},
		{"The head of the rebel delegation arrived in the capital on Sunday.", true},
		{"The ICRC head of delegation said the two parties had agreed to exchange 300 prisoners.", true},
	})
}

// TestTalksEnvoyAsSpeaker: an envoy, an ambassador to the UN or a
// secretary-general named as the one who accuses, criticises or says
// something holds no talks by the title alone; the envoy's meetings,
// shuttles and talks are told with their own words and keep them.
func TestTalksEnvoyAsSpeaker(t *testing.T) {
	checkEvidence(t, fTalks, 0.5, []evidenceCase{
		{"Ruritanian envoy accuses relief workers of links to the militia, questioning the reports from the valley.", false},
		{"The envoy criticised the coverage of the siege by foreign broadcasters.", false},
		{"The Ruritanian envoy to the UN slammed the agency's figures as propaganda.", false},
		{"The envoy met rebel leaders in the capital to press for a truce.", true},
		{"The UN envoy said the two sides had agreed to resume talks in Geneva next week.", true},
		{"The special envoy accused the government of stalling the peace negotiations.", true},
	})
}

// TestTalksGovernmentAtHome: talks to form a government at home, and the
// early elections they would avoid, are domestic politics (the labelling
// guide: no talks); a war's sides agreeing a government of national unity
// in a peace deal stay talks.
func TestTalksGovernmentAtHome(t *testing.T) {
	checkEvidence(t, fTalks, 0.5, []evidenceCase{
		{"The prime minister asked the Green Party to open talks on joining the cabinet, a step that would head off early elections.", false},
		{"Coalition peace talks began on Tuesday between the Liberal party and the premier.", false},
		{"The two parties are negotiating to form a coalition after the vote.", false},
		{"Snap elections loom as talks between the ruling party and its partners stall.", false},
		{"The rebels and the government signed a peace deal that sets up a unity government.", true},
		{"Rebel leaders met the president to discuss a transitional government.", true},
	})
}

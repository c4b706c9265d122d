package analyze

import "testing"

// Round h-talks12 (issue 14, twenty-second session): the talks and
// humanitarian false alarms of the agency and news fit halves (README,
// "Categories beyond one war"). Every text is invented.

// TestTalksSignatoryGroups: armed groups named by the agreement they once
// signed are who fights, no talks; signing or meeting told with their own
// words keeps its weight.
func TestTalksSignatoryGroups(t *testing.T) {
	checkEvidence(t, fTalks, 0.5, []evidenceCase{
		{"Since June the district has seen heavy fighting between armed groups signatories to the 2016 peace agreement and a jihadist faction.", false},
		{"Several armed movements, most of them signatories of the March 2018 peace accord, have joined the new rebel coalition.", false},
		{"The signatories of the peace agreement met in the capital on Monday to review its implementation.", true},
		{"The armed groups signed the peace agreement in the capital on Monday.", true},
	})
}

// TestTalksGovernmentName: a government whose name holds a talks word
// ("the Government of National Accord", "the unity government"), named as
// one side of the fighting, is no talks; a unity government being formed
// keeps its weight.
func TestTalksGovernmentName(t *testing.T) {
	checkEvidence(t, fTalks, 0.5, []evidenceCase{
		{"Shells fell on the port on Tuesday, breaking a truce between the unity government and forces loyal to the eastern general.", false},
		{"The two factions agreed to form a unity government before the end of the year.", true},
	})
	// the name's "accord" alone is a hint (0.5) that the parley of the
	// sentence's two sides made talks
	checkEvidence(t, fTalks, 0.3, []evidenceCase{
		{"The eastern army said its units had reached the suburbs of the capital, seat of the Government of National Accord.", false},
		{"Envoys of the Government of National Accord and the eastern army met in Geneva for a third round of talks.", true},
	})
}

// TestHumanitarianStateAid: aid one government gives another's army or
// budget (kit, arms, annual support) is no relief for civilians; aid
// for the people of a war stays humanitarian.
func TestHumanitarianStateAid(t *testing.T) {
	checkEvidence(t, fHumanitarian, 0.5, []evidenceCase{
		{"The defence minister said the country is sending more non-lethal aid to the government in the east.", false},
		{"Washington provides about $300 million in annual aid to the authority, which lawmakers want to end.", false},
		{"The agency is sending more food aid to the displaced families in the east.", true},
	})
}

// TestHumanitarianTruceKind: "humanitarian" before a truce's name tells
// the truce's kind, a halt in fighting; aid told in the sentence's own
// words stays humanitarian.
func TestHumanitarianTruceKind(t *testing.T) {
	checkEvidence(t, fHumanitarian, 0.5, []evidenceCase{
		{"The northern republic proposed a humanitarian ceasefire to its neighbour on Wednesday.", false},
		{"The week-long humanitarian truce between the two armies collapsed at the end of the month.", false},
		{"A humanitarian truce began at dawn to let food convoys reach the besieged town.", true},
	})
}

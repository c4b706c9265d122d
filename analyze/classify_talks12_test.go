package analyze

import "testing"

// Round h-talks12 (issue 14, twenty-second session): the talks and
// humanitarian false alarms of the agency and news fit halves (README,
// "Categories beyond one war"). Every text is invented.

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

package lang

import "testing"

// TestCouncilMeeting: what a sentence tells of a Security Council meeting
// (invented sentences).
func TestCouncilMeeting(t *testing.T) {
	for s, want := range map[string]CouncilStage{
		"The Security Council is expected to hold a meeting on Wednesday to discuss the attack.":          CouncilPending,
		"Norland called for an emergency U.N. Security Council meeting about the attack.":                 CouncilPending,
		"The Security Council met in an emergency session on Wednesday to discuss the attack.":            CouncilHeld,
		"At the Security Council meeting on Wednesday the envoy told members the attack was a war crime.": CouncilHeld,
		"Norland's National Security Council met on Monday to discuss the border.":                        NoCouncil,
		"The Security Council has condemned the attack in the strongest terms.":                           NoCouncil,
		"Envoys met in Velm on Wednesday to discuss the attack.":                                          NoCouncil,
	} {
		if got := CouncilMeeting(s); got != want {
			t.Errorf("CouncilMeeting(%q) = %v, want %v", s, got, want)
		}
	}
}

package analyze

import "testing"

// Rules written on the fit halves of cf2 and cf3 (issue 14, h-viol9 of the
// twenty-first session), each checked on invented sentences.

// TestViolenceTheTruceTermsHalt: the offensive operations a truce's terms
// halt ("agreed to halt all offensive military operations", "ordered its
// units to cease all offensive actions", a truce that "covers all offensive
// military operations") are the truce's object, no attack reported. An
// offensive told as news keeps violence.
func TestViolenceTheTruceTermsHalt(t *testing.T) {
	checkEvidence(t, fViolence, 0.3, []evidenceCase{
		{"The two camps agreed to a three-week halt of all offensive military operations in the valley.", false},
		{"The militia leadership ordered its fighters to cease all offensive military actions against the police from Monday.", false},
		{"The front told every unit to stop offensive activities against the army while the talks go on.", false},
		{"The council said both sides accepted to halt all offensive land, air and sea operations across the frontier.", false},
		{"The truce the two camps signed on Monday covers all offensive military operations along the frontier.", false},
		{"The army launched a new offensive on the valley on Monday, killing nine fighters.", true},
		{"Offensive military operations resumed on Monday despite the halt, the monitors said.", true},
	})
}

// TestViolenceFireAtPositions: a breach told as one side firing at the
// other's positions, fire returned in retaliation, or shots fired along a
// front line is armed violence, the words the cues lacked.
func TestViolenceFireAtPositions(t *testing.T) {
	checkEvidence(t, fViolence, 0.5, []evidenceCase{
		{"The northern army broke the truce by firing at the positions of the southern troops near the ridge, the ministry said on Monday.", true},
		{"On Monday evening, southern units fired at the positions of the northern army in the hill village.", true},
		{"The retaliatory fire from the northern side destroyed a truck near the ridge on Monday.", true},
		{"The rebels fired warning shots along the front line on Monday night, the agency said.", true},
		{"The company fired its manager after the positions were advertised.", false},
	})
}

package lang

import "testing"

// TestChargeAndGroundsWords: the words analysis reads for a killing named
// as a charge ("the scale of killing in the region") and for an attack named
// as a decision's grounds ("the move follows", "in response to"), issue 14,
// h-viol14.
func TestChargeAndGroundsWords(t *testing.T) {
	for _, tt := range []struct {
		name string
		set  map[string]bool
		in   []string
		out  []string
	}{
		{"charge", PrepositionWords(ChargePrep), []string{"of", "in"}, []string{"for", "to"}},
		{"chargenext", PrepositionWords(ChargeNext), []string{"in", "across", "throughout"}, []string{"of", "civilians"}},
		{"act", DecisionWords(DecisionAct), []string{"move", "decision", "vote", "sanctions"}, []string{"resolution", "attack"}},
		{"grounds", DecisionWords(GroundsVerb), []string{"follows", "followed"}, []string{"following", "after"}},
		{"answer", DecisionWords(AnswerWord), []string{"response", "retaliation"}, []string{"respond", "responded"}},
	} {
		for _, w := range tt.in {
			if !tt.set[w] {
				t.Errorf("%s: %q missing", tt.name, w)
			}
		}
		for _, w := range tt.out {
			if tt.set[w] {
				t.Errorf("%s: %q should not be there", tt.name, w)
			}
		}
	}
}

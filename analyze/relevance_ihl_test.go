package analyze

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// TestGateHumanitarianLaw: an attack that a humanitarian body calls a
// breach of international humanitarian law (the law of armed conflict) is
// a war's, also in a town the gazetteer does not know; the same attack
// without it, and a law course that names the law with no attack, are
// left as before. Invented sentences.
func TestGateHumanitarianLaw(t *testing.T) {
	tests := []struct {
		name, title, text string
		reason            string // "" : relevant
	}{
		{"an attack on a clinic under the law of war", "Red Cross condemns attack on clinic in Kambala",
			"The Red Cross condemns the attack on the clinic in Kambala on Monday which killed two patients and a nurse. Attacks on health care are prohibited under international humanitarian law.", ""},
		{"the same attack told as a crime", "Police say robbers attacked clinic in Kambala",
			"Police said robbers attacked the clinic in Kambala on Monday and took money from the safe. Nobody was hurt.", news.NotCrime},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkRelevance(t, tt.title, tt.text, tt.reason) })
	}
}

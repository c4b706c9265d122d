package analyze

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// TestGateHumanitarianLaw: an attack that a humanitarian body calls a
// breach of international humanitarian law (the law of armed conflict) is
// a war's, also in a town the gazetteer does not know, and so is violence
// between communities named as such (communal, ethnic, sectarian); the
// same attack told as a robbery, and domestic violence, are left as
// before. Invented sentences.
func TestGateHumanitarianLaw(t *testing.T) {
	tests := []struct {
		name, title, text string
		reason            string // "" : relevant
	}{
		{"an attack on a clinic under the law of war", "Red Cross condemns attack on clinic in Kambala",
			"The Red Cross condemns the attack on the clinic in Kambala on Monday which killed two patients and a nurse. Attacks on health care are prohibited under international humanitarian law.", ""},
		{"the same attack told as a crime", "Police say robbers attacked clinic in Kambala",
			"Police said robbers attacked the clinic in Kambala on Monday and took money from the safe. Nobody was hurt.", news.NotCrime},
		{"communal violence in a district the gazetteer does not know", "Communal violence kills 30 in Kambala district",
			"Communal violence between herders and farmers killed 30 people in Kambala district this week, officials said. Thousands fled their homes.", ""},
		{"domestic violence stays out", "Domestic violence cases rise over the holidays",
			"Reports of domestic violence rose by a fifth over the holidays, the city's shelters said. Counsellors urged victims to call the helpline.", news.NotNoConflict},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkRelevance(t, tt.title, tt.text, tt.reason) })
	}
}

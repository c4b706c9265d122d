package analyze

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// TestGateAsylumHost: asylum seekers' asylum in the country that hosts
// them (a deportation suspended, a volunteer joining a town's fire
// brigade) is that country's business, whatever war they once fled; asylum
// seekers shelled, displaced again or fleeing fighting are the war's.
// Invented sentences.
func TestGateAsylumHost(t *testing.T) {
	tests := []struct {
		name, title, text string
		reason            string // "" : relevant
	}{
		{"a deportation suspended", "City suspends deportation of Sudanese asylum seekers",
			"The interior ministry suspended the return of rejected asylum seekers to Sudan on Friday, after reports that returnees were questioned and beaten by security agents on arrival. Church groups that sheltered the families welcomed the decision.", news.NotPolitics},
		{"a volunteer firefighter", "Asylum seeker joins a town's volunteer fire brigade *He puts what he learned in two conflicts to use*",
			"Ahmed, 31, has answered more than forty calls since he joined the brigade in March. The town's fire chief says the asylum seekers who volunteer have filled a gap in the night shifts.", news.NotPolitics},
		{"asylum seekers fleeing fighting", "Asylum seekers stranded at the border as fighting spreads",
			"Thousands of people fleeing the fighting in the north reached the border on Monday, where guards refused to let them cross. Shelling hit villages near the crossing overnight.", ""},
		{"asylum seekers' camp shelled", "Asylum seekers' camp shelled",
			"Artillery fire struck a camp of asylum seekers near the front line on Sunday, killing four people, the UN refugee agency said.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkRelevance(t, tt.title, tt.text, tt.reason) })
	}
}

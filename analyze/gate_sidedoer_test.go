package analyze

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// A side of a war named by its adjective right before its act or its
// forces tells the war where no place of it is named (sideAsDoer); the
// same adjective before a victim, a strike of workers or a trade tells none.
func TestGateSideAsDoer(t *testing.T) {
	tests := []relevantText{
		{"people fleeing a side's strikes", "Aid workers saw thousands of families fleeing Israeli strikes on foot and by cart.", true},
		{"a side's army shelling", "Residents said Sudanese army shelling forced them out of their homes overnight.", true},
		{"a side's drones", "Officials said Ukrainian drones hit a fuel depot far from the front.", true},
		{"a side's troops", "Villagers say Yemeni troops have taken the hills above the road.", true},
		{"a side's person as victim", "An Israeli tourist was killed in a road accident in Thailand on Sunday.", false},
		{"a strike of workers", "Israeli dock workers strike over pay, halting exports for a day.", false},
		{"a side's cuisine", "A Lebanese restaurant opens its third branch in the city centre.", false},
		{"a power's strikes", "Thousands flee as Russian strikes pound the city for a third day.", true},
		{"a coalition's raids", "Saudi-led raids hit a market on the edge of town, residents said.", true},
		{"a power's drones", "Iranian drones hit a fuel depot overnight, officials said.", true},
		{"strikes a deal", "Russian strikes a deal with India over wheat exports.", false},
		{"strikes back", "Saudi strikes back at critics of its oil policy.", false},
		{"a power's airline strikes", "Turkish airline strikes cause delays at airports.", false},
		{"a power's missiles on parade", "Iranian missiles were shown at a parade in the capital.", false},
	}
	wantRelevantTexts(t, tests)
}

// A drone that strikes or attacks is a weapon's: its news is a war's with no
// place or side named; a drone's delivery is no attack.
func TestGateDroneStrikes(t *testing.T) {
	tests := []relevantText{
		{"drone strikes", "Drone strikes killed four fighters near the border, a monitor said.", true},
		{"a drone attack", "A drone attack on a wedding party killed 12 guests, witnesses said.", true},
		{"a drone raid", "A drone raid on a convoy of trucks left three drivers dead.", true},
		{"a delivery drone", "A retailer says its drone deliveries will reach more towns next year.", false},
		{"a drone show", "A drone show lit up the sky over the harbour at midnight.", false},
	}
	wantRelevantTexts(t, tests)
}

// relevantText is a text and whether the gate should let it in.
type relevantText struct {
	name, text string
	want       bool
}

func wantRelevantTexts(t *testing.T, tests []relevantText) {
	t.Helper()
	for _, tt := range tests {
		an := Analyze(&news.Article{Text: tt.text})
		if got := an.Relevance != nil && an.Relevance.Relevant; got != tt.want {
			t.Errorf("%s: relevant %v, want %v (%+v)", tt.name, got, tt.want, an.Relevance)
		}
	}
}

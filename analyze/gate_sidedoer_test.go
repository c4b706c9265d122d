package analyze

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// A side of a war named by its adjective right before its act or its
// forces tells the war where no place of it is named (sideAsDoer); the
// same adjective before a victim, a strike of workers or a trade tells none.
func TestGateSideAsDoer(t *testing.T) {
	tests := []struct {
		name, text string
		want       bool
	}{
		{"people fleeing a side's strikes", "Aid workers saw thousands of families fleeing Israeli strikes on foot and by cart.", true},
		{"a side's army shelling", "Residents said Sudanese army shelling forced them out of their homes overnight.", true},
		{"a side's drones", "Officials said Ukrainian drones hit a fuel depot far from the front.", true},
		{"a side's troops", "Villagers say Yemeni troops have taken the hills above the road.", true},
		{"a side's person as victim", "An Israeli tourist was killed in a road accident in Thailand on Sunday.", false},
		{"a strike of workers", "Israeli dock workers strike over pay, halting exports for a day.", false},
		{"a side's cuisine", "A Lebanese restaurant opens its third branch in the city centre.", false},
	}
	for _, tt := range tests {
		an := Analyze(&news.Article{Text: tt.text})
		if got := an.Relevance != nil && an.Relevance.Relevant; got != tt.want {
			t.Errorf("%s: relevant %v, want %v (%+v)", tt.name, got, tt.want, an.Relevance)
		}
	}
}

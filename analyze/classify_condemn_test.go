package analyze

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// TestCondemnationIsNoTalks: a body's statement that condemns an attack
// (the Council's press statements that agencies' sites carry) reports the
// attack, not diplomacy to settle a war; a resolution adopted on it, or
// talks told beside it, stay talks. Invented sentences.
func TestCondemnationIsNoTalks(t *testing.T) {
	tests := []struct {
		name            string
		title, text     string
		talks, violence bool
	}{
		{"a press statement condemning a bombing", "Council Press Statement on Bombing in the Capital",
			"The members of the Security Council condemned in the strongest terms the bombing in the capital on 9 March, which killed 40 people. " +
				"They expressed their condolences to the families of the victims. The members of the Security Council reiterated their support for the Government. " +
				"They underlined the need to bring the perpetrators to justice.", false, true},
		{"a resolution adopted that condemns the attack", "Council adopts resolution after bombing",
			"The Security Council adopted a resolution on Friday that condemns the bombing in the capital, which killed 40 people, and calls on the parties to resume peace talks. " +
				"The text was drafted by three members.", true, true},
		{"condemnation beside talks", "Envoy condemns attack, urges sides back to negotiations",
			"The UN envoy condemned the attack on the market that killed 12 people on Sunday. " +
				"He urged the government and the rebels to return to the peace negotiations in Geneva next week, where the mediator will present a new proposal.", true, true},
	}
	for _, tt := range tests {
		an := classifyText(tt.title, tt.text)
		wantCategory(t, tt.name, an, news.Talks, tt.talks)
		wantCategory(t, tt.name, an, news.Violence, tt.violence)
	}
}

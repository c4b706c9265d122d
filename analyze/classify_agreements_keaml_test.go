package analyze

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// TestAgreementsKeamlWording: invented wire snippets of the classes the
// third AG News talks part (agnews-keaml-talks3.jsonl) found, with the
// earlier parts' evidence beside them (issue 14, h-talks12).
func TestAgreementsKeamlWording(t *testing.T) {
	tests := []struct {
		name, title, text string
		talks             bool
	}{
		// a unity government formed by one country's parties is its
		// politics, whatever the sentence tells beside it
		{"a party's unity government beside a raid", "",
			"TEL AVIV (AP) - The ruling party and the opposition Centre agreed to form a unity government, while at least six Palestinians were killed in an army raid in northern Gaza.", false},
		{"a party invited into a unity government", "",
			"The prime minister won his party's backing to invite the opposition into a unity government as troops killed two Palestinian gunmen in Gaza.", false},
		// what it must leave alone: a war's sides forming one
		{"a war's sides form a unity government", "",
			"Hamas and Fatah agreed to form a unity government, officials of the Fatah party said.", true},
		{"a unity government agreed by a war's parties", "",
			"The warring parties agreed to form a government of national unity to end the civil war, mediators said.", true},
	}
	for _, tt := range tests {
		a := news.Article{Title: tt.title, Text: tt.text}
		an := Analyze(&a)
		wantCategory(t, tt.name, an, news.Talks, tt.talks)
	}
}

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
		// a go-between sent to win captives' freedom is hostage diplomacy
		{"a minister sent to work for a release", "",
			"ROME -- The prime minister sent his deputy to Amman on Monday to work for the release of three engineers abducted in Iraq, vowing to spare no effort to free them.", true},
		{"elders sent to persuade kidnappers", "",
			"Tribal elders travelled to a hideout near the border to persuade the militants holding two Korean hostages to spare their lives.", true},
		// what it must leave alone: a rescue, the kidnappers' own demands
		{"troops sent to free hostages", "",
			"The army sent troops to the village to free two hostages held by gunmen, officials said.", false},
		{"commandos flown in to free hostages", "",
			"Commandos flew to the border town to free the hostages after the kidnappers killed one of them.", false},
		{"kidnappers send a tape", "",
			"Kidnappers sent a videotape to a television station to demand the release of prisoners, threatening to kill their hostage.", false},
		// a war's talks told in the classifier's words beside the disputed
		// land or the peace process of the dispute table pass the gate,
		// though the gate's own diplomacy words and a side are not there
		{"a historic agreement on a disputed land", "",
			"WE are on the brink of a historic agreement on Kashmir. (By tonight it may be a fact.", true},
		{"a peace deal for a disputed land", "",
			"Diplomats said a peace deal for Nagorno-Karabakh was closer than at any time in ten years.", true},
		// what it must leave alone: other business of the land, a war's
		// leader's talks on other business, a place's other news
		{"a league's agreement", "",
			"The Northern Ireland football league reached agreement with its sponsors on a new three-year deal.", false},
		{"a side's leader in trade talks", "",
			"Pakistan's president travels to Brasilia for talks with the Brazilian president to open new commercial markets.", false},
		{"a trade deal at a war's place", "",
			"Somalia and Kenya signed a trade deal on livestock exports, officials in Mogadishu said.", false},
	}
	for _, tt := range tests {
		a := news.Article{Title: tt.title, Text: tt.text}
		an := Analyze(&a)
		wantCategory(t, tt.name, an, news.Talks, tt.talks)
	}
}

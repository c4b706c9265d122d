package analyze

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// TestGatePeaceNews: what a general news feed brings that reads like war
// to the conflict lexicon (issues 13 item 4 and 14; classes read in a
// general pool of newspaper stories, where a tenth of those let in were
// none of a war's): a football report's "battle" and "missile" where a war
// postponed a match; a shooting or a killing told in a court's and the
// police's words, beside a place of a conflict or a name that reads as
// one; soldiers at home, at peace. Each keeps its war when the text tells
// one: the attackers named as a war's (gunmen, troops), its side by name,
// violence beside the soldiers. Invented texts.
func TestGatePeaceNews(t *testing.T) {
	tests := []struct {
		name, title, text string
		reason            string // "" : relevant
	}{
		{"a qualifier abroad", "",
			"The winger says the first battle for the squad ahead of their qualifier in Israel will be getting on the plane. The match was postponed last autumn because of the conflict in Gaza. The manager named an unchanged side.", news.NotSport},
		{"a referee and a fan's missile", "",
			"The footballer laughed when the referee went down with cramp in the second half. An angry fan threw a makeshift missile after the equaliser. The club said it would ban the supporter.", news.NotSport},
		{"a boy charged with a shooting", "",
			"A boy who was 12 when he was charged with fatally shooting his stepmother has asked a court for a new trial. Jordan Miller, now 18, was jailed in 2014 for the shooting at the family's farmhouse. His lawyers say the police questioned him without an adult present.", news.NotCrime},
		{"a tourist killed abroad", "Briton killed on holiday in Turkey",
			"A British tourist was killed in a shooting outside a nightclub in a resort in Turkey, police said. Two suspects were arrested on Sunday and charged with murder.", news.NotCrime},
		{"gunmen at a checkpoint stay", "",
			"Gunmen killed six soldiers at a checkpoint in northern Syria, police said. Two suspects were arrested and will face a military court.", ""},
		{"a war's prisoners' trial stays", "",
			"Three prison guards charged with killing Iraqi prisoners went on trial in Baghdad on Monday, their lawyers said. The court heard the men had been beaten.", ""},
		{"a soldier home from a tour", "",
			"A soldier has told how he did not recognise his wife when he came home from a six-month tour of the South Atlantic. She had lost six stone as a surprise for his return. The couple plan to renew their vows.", news.NotDefence},
		{"a barracks' old horse", "Army's oldest horse retires from the King's Troop",
			"The army's oldest horse has retired after 20 years of pulling a gun carriage at ceremonies. Soldiers of the troop lined up at the barracks to see him off to a farm.", news.NotDefence},
		{"soldiers sent to a war stay", "",
			"The government will send 300 more troops to Mali next month to support the mission there. The soldiers will train the country's army.", ""},
		{"soldiers ambushed stay", "",
			"Two soldiers were killed and four wounded when their patrol was ambushed near the border on Tuesday, the army said.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkRelevance(t, tt.title, tt.text, tt.reason) })
	}
}

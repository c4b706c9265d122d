package analyze

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// TestTalksWireWords checks talks told in the general language of agency
// copy of any war (issue 14, h-talks6): go-betweens and contacts through
// them, a compromise reached, truce talks, deadlock and concessions at the
// table, a dialogue opened, sides sitting down together, an accord
// ratified, a garrison capitulating, captives handed over or traded by the
// hundred, a deal told as ending a war by its age, peace talks beside a
// war's side named by its adjective. Beside them, violence of the same
// wars and a meeting of no war that must stay no talks ("seize" of a
// chance is no capture either). Headlines over leads and snippets of a
// headline run into its lead, as the AG News extracts give them. Invented
// sentences.
func TestTalksWireWords(t *testing.T) {
	tests := []struct {
		name, title, text string
		talks             bool
	}{
		{"an intermediary", "", "The government and the rebels held indirect contacts through a Norwegian intermediary, officials in Colombia said on Monday.", true},
		{"back-channel contacts", "Government, rebels hold secret contacts", "The Sudanese government has held back-channel contacts with the rebel leadership over the past month, a senior official said.", true},
		{"a compromise reached", "", "Yemen's warring parties reached a compromise on the reopening of roads around Taiz, the UN envoy said on Monday.", true},
		{"truce talks", "", "Sudan's army and the RSF agreed on Monday to attend truce talks in Jeddah, Saudi officials said.", true},
		{"a dialogue opened", "Rebels ready for dialogue", "Kurdish rebels called on Ankara on Sunday to open a dialogue on the Kurdish question, a rebel spokesman said.", true},
		{"sides sitting down together", "", "Taliban and Afghan government representatives sat down together in Doha on Monday, Qatari officials said.", true},
		{"an accord ratified", "", "Parliament in Indonesia ratified the Aceh peace agreement on Monday.", true},
		{"a garrison capitulating", "", "The last rebel garrison in the north capitulated to government forces on Monday, the army in Sri Lanka said.", true},
		{"captives handed over", "", "The M23 rebels handed over 20 captured soldiers to the Red Cross in Goma on Monday.", true},
		{"prisoners traded by the hundred", "", "Russia and Ukraine traded hundreds of prisoners on Monday in the largest swap of the war.", true},
		{"a deal ending a long war", "", "Guatemala signs peace ending 36-year war Guatemala's government and leftist guerrillas signed a peace accord on Sunday ending Central America's longest civil war.", true},
		{"peace talks beside a side's adjective", "", "Representatives of the Syrian government and opposition met in Geneva on Monday for UN-brokered peace talks.", true},
		// what must stay no talks
		{"fire exchanged", "Azerbaijan, Armenia trade fire across border", "Azerbaijani and Armenian forces exchanged fire along their border overnight, killing two soldiers, Azerbaijan's defence ministry said.", false},
		{"a town captured", "", "Islamist fighters captured a key town in central Somalia after a fierce battle with government forces, residents said.", false},
		{"hostages freed in a raid", "Army frees hostages in raid on rebel camp", "Soldiers freed 12 hostages in a raid on a rebel camp in the jungle on Sunday, killing five kidnappers, the army said.", false},
		{"a garrison overrun", "", "Militants overran a military outpost in southern Somalia, killing at least 17 soldiers, an officer said.", false},
		{"a spy case's meeting", "Israeli diplomat met analyst", "A senior Israeli diplomat in Washington has met with an analyst under investigation for passing secrets, officials said.", false},
	}
	for _, tt := range tests {
		a := news.Article{Title: tt.title, Text: tt.text}
		an := Analyze(&a)
		wantCategory(t, tt.name, an, news.Talks, tt.talks)
	}
}

// TestSeizeAChance checks that a chance seized is no capture of ground.
func TestSeizeAChance(t *testing.T) {
	for _, a := range []news.Article{
		{Title: "Leaders urged to seize the chance", Text: "The envoy urged both leaders on Monday to seize the chance to end the war in Ukraine."},
		{Text: "Envoy urges Palestinians to seize chance for peace The envoy urged the Palestinians on Monday to seize the chance for peace with Israel."},
	} {
		an := Analyze(&a)
		wantCategory(t, "a chance seized: "+a.Text, an, news.Violence, false)
	}
}

// TestDealOnALongWar checks that a war named by its age as the end of a
// deal's object ("a deal on justice for crimes of the fifty-year-long
// conflict") does not turn the deal into history, while a war's age beside
// violence, or beside a deal that ended the war long ago, stays background.
func TestDealOnALongWar(t *testing.T) {
	tests := []struct {
		name, text string
		talks      bool
	}{
		{"a deal on justice to be announced", "Colombia's president and the commander of the ELN will announce a deal on reparations for victims of the fifty-year-long conflict.", true},
		{"an agreement over land", "Government and guerrilla negotiators are close to an agreement over land for farmers displaced in the 40-year-long war, mediators said.", true},
		{"a pact for the fighters' return", "The two sides will sign a pact for the return of fighters who fled during the 20-year conflict, the envoy said on Monday.", true},
		// what must stay no talks
		{"an ambush in a long war", "Rebels killed nine soldiers in an ambush on Monday, the deadliest attack this year in the fifty-year-long conflict.", false},
		{"a deal that ended a war long ago", "Dissident fighters who rejected the accord that ended the 52-year conflict attacked a police post on Sunday, killing four officers.", false},
	}
	for _, tt := range tests {
		a := news.Article{Text: tt.text}
		an := Analyze(&a)
		wantCategory(t, tt.name, an, news.Talks, tt.talks)
	}
}

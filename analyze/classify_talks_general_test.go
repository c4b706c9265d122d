package analyze

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// TestTalksGeneralForms checks forms in which news writing reports a war's
// diplomacy that the lexicon lacked (issue 14, h-talks7): a state hosting
// the parties' delegations, an amnesty offered, a truce signed, a place
// handed over to peacekeepers, a round ended without a deal, a settlement
// to be revived, the peace table, a party's peace terms, and captives freed
// under a deal told with when they were taken ("hostages captured last
// month"), the capture's date no history of the release; a concession
// made or a demand dropped, a protocol signed, a joint committee set up. Beside them, the
// same words of fighting: a raid that frees captives taken last week, a
// town handed over after a battle, journalists hosted at the front.
// Invented sentences.
func TestTalksGeneralForms(t *testing.T) {
	tests := []struct {
		name, title, text string
		talks             bool
	}{
		{"an amnesty offered in the headline", "Uganda offers rebels amnesty", "KAMPALA (Reuters) - Uganda's president made the offer on Tuesday to fighters still in the bush.", true},
		{"a truce signed", "Rebels sign truce with government", "BUJUMBURA (Reuters) - The last active rebel group in Burundi signed a truce with the government on Sunday.", true},
		{"a town handed to peacekeepers", "Militia hands over town to peacekeepers", "BUNIA, Congo (Reuters) - Militiamen handed over the town to U.N. peacekeepers on Saturday.", true},
		{"a round ended without a deal", "Sudan, rebels end round without deal", "NAIVASHA, Kenya (AP) - Sudan's government and southern rebels ended another round in Kenya on Sunday without a final deal.", true},
		{"a mediator to revive the accord", "Mediator to visit Abidjan", "PRETORIA (Reuters) - South Africa's president will fly to Abidjan on Friday to press both sides to revive the accord.", true},
		{"a pledge made at the peace table", "Rebels free child soldiers", "COLOMBO (AP) - Tamil rebels handed 40 child soldiers to UNICEF on Tuesday under a pledge made at the peace table.", true},
		{"a party's peace terms", "Rebels unveil peace terms", "COLOMBO (Reuters) - The rebels set out on Monday what they want from the government.", true},
		{"captives freed under a deal, taken last month", "", "Israel and Hamas agreed to a four-day pause to allow for the release of 30 hostages seized in the raid last month, the mediators said.", true},
		{"soldiers freed in a swap, captured in 2014", "", "The rebels freed two soldiers captured in 2014 in exchange for 12 prisoners held by the army, the Red Cross said.", true},
		{"a concession made", "Rebels make concession on Darfur", "ABUJA (AP) - The rebels gave up on Tuesday their call for a no-fly zone.", true},
		{"a demand dropped", "", "Darfur rebels dropped their demand for a no-fly zone on Tuesday, officials said.", true},
		{"a protocol signed", "Sudan, rebels sign protocol", "ABUJA (Reuters) - Sudan's government and two Darfur rebel groups signed a humanitarian protocol on Tuesday.", true},
		{"a joint committee set up", "Israel, Palestinians set up joint committee", "JERUSALEM (AP) - Israel and the Palestinians agreed on Tuesday to set up a joint committee on the withdrawal.", true},
		{"a raid frees captives taken last week", "Troops free hostages in raid", "BAGHDAD (Reuters) - Troops stormed a farmhouse on Sunday, killing two gunmen, and freed three drivers seized last week.", false},
		{"a town given up after a battle", "Rebels lose town after battle", "GOMA (Reuters) - Rebels fled the town on Monday after a fierce battle with government troops that left 40 dead.", false},
		{"journalists hosted at the front", "Army hosts journalists at front", "COLOMBO (AP) - The army took foreign journalists to the front line on Monday, where shelling went on through the day.", false},
	}
	for _, tt := range tests {
		a := news.Article{Title: tt.title, Text: tt.text}
		an := Analyze(&a)
		wantCategory(t, tt.name, an, news.Talks, tt.talks)
	}
	// A host's words are talks evidence of their own; whether the item
	// is about a war at all is the relevance gate's to say.
	hosts := []struct {
		text  string
		talks bool
	}{
		{"Kenya hosted a delegation of Somali clan leaders on Monday, officials said.", true},
		{"Qatar hosted leaders of rival Libyan factions on Tuesday to try to agree on a unity government.", true},
		{"Egypt is hosting delegations from both sides this week.", true},
		{"The city hosted a football tournament for schools on Monday.", false},
	}
	for _, h := range hosts {
		var most float32
		for _, s := range scoreSentences(newDoc("", h.text)) {
			most = max(most, s.evidenceOf(fTalks))
		}
		if (most >= 0.5) != h.talks {
			t.Errorf("%q: talks evidence %.2f, want talks %v", h.text, most, h.talks)
		}
	}
}

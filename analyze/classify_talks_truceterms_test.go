package analyze

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// talksCase is an invented headline and lead and whether it tells talks.
type talksCase struct {
	name, title, text string
	talks             bool
}

// checkTalks analyses each case and checks its talks category.
func checkTalks(t *testing.T, cases []talksCase) {
	t.Helper()
	for _, c := range cases {
		a := news.Article{Title: c.title, Text: c.text}
		wantCategory(t, c.name, Analyze(&a), news.Talks, c.talks)
	}
}

// TestTalksTruceTerms checks a truce's terms bargained over as ceasefire
// talks (issue 14, h-talks9): goodwill steps or gestures offered to the
// other side for a real truce, a truce's extension sought, offered or
// agreed with mediators. Beside them, attacks told beside a truce's
// extension stay no talks. Invented sentences of other wars.
func TestTalksTruceTerms(t *testing.T) {
	checkTalks(t, []talksCase{
		{"goodwill steps offered", "Government to offer rebels goodwill steps", "The government in Manila will offer the rebels a set of goodwill steps next week if they observe a lasting truce, officials said.", true},
		{"positive gestures for a truce", "", "Colombia's government will respond with positive gestures if the guerrillas halt their attacks and keep a real ceasefire, a minister said on Monday.", true},
		{"an extension sought", "", "The rebels said on Sunday they were seeking to extend the truce in Yemen beyond its two months.", true},
		{"an extension agreed with mediators", "", "Sudan's army and the RSF agreed with Saudi and US mediators to extend the humanitarian ceasefire by five days.", true},
		{"more days of truce", "", "Mediators announced that the warring sides had agreed on three more days of truce in Tigray.", true},
		// what must stay no talks
		{"shelling despite an extension", "", "Rebels shelled the market in Donetsk despite the extension of the ceasefire, killing four civilians, officials said.", false},
		{"an attack after the truce was extended", "Truce extended, then broken", "Gunmen killed six soldiers in an ambush in northern Mali on Monday, a day after the truce was extended, the army said.", false},
	})
}

package analyze

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// Rules written on the fit halves of the truce and fignews sets (issue 14,
// h-viol1), each checked on invented sentences.

// TestViolenceATruceHalts: the fighting a truce pauses ("the truce in the
// fighting"), the span of it a truce interrupts ("the first pause in six
// weeks of bombardment") and the attacks a party's terms would have
// stopped ("no truce without stopping the shelling") are the truce's
// object, no attack reported; a massacre someone is asked to stop is a
// demand. The same words told as news, or as a breach, keep violence.
func TestViolenceATruceHalts(t *testing.T) {
	checkEvidence(t, fViolence, 0.3, []evidenceCase{
		{"The truce in the fighting between the army and the rebels began at dawn on Sunday.", false},
		{"The three-day truce is the first pause in six weeks of relentless bombardment of the city.", false},
		{"The rebels said there would be no new truce without stopping the shelling of their villages.", false},
		{"The regional court asked the government to stop the massacre in the province.", false},
		{"The massacre in the valley must stop now!", false},
		{"Artillery shelled the northern districts on Sunday, killing 12 civilians.", true},
		{"Heavy fighting broke out in the town on Sunday despite the truce.", true},
		{"The truce collapsed on Sunday after shelling killed five people in the market.", true},
	})
	for _, tt := range []struct {
		name, title, text string
		violence          bool
	}{
		{"a truce taking effect", "Truce takes effect in the north",
			"The truce in the fighting between the army and the rebels began at 6 a.m. on Friday. Both sides said they would respect it.", false},
		{"a demand to stop", "",
			"The regional court asked the government to stop the massacre in the province. It declined to order a ceasefire.", false},
		{"shelling the truce did not stop", "Shelling kills 12 despite truce",
			"Artillery shelled the northern districts on Sunday, killing 12 civilians, hours after a truce in the fighting began.", true},
	} {
		an := Analyze(&news.Article{Title: tt.title, Text: tt.text})
		if got := an.Has(news.Violence); got != tt.violence {
			t.Errorf("%s: violence %v, want %v (%v)", tt.name, got, tt.violence, an.Categories)
		}
	}
}

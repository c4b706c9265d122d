package story

import (
	"strings"
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// TestSummaryReactionsAfterTheEvent: a summary opens with what happened,
// not with a reaction to it — not when the reaction is the sentence that
// earned the story its section (a call on the world to act, evidence of
// a humanitarian story), nor when the report itself opens with it (a
// condemnation before the count of the dead); the reaction follows. A
// talks story keeps its call first: the call is its news. Invented text.
func TestSummaryReactionsAfterTheEvent(t *testing.T) {
	event := "Shelling hit the market of Vellmar for the tenth day in a row on Tuesday as the siege of the town tightened."
	call := "The town council called on the international community to open a corridor for food and medicine to the besieged families."
	hum := news.Analysis{Categories: []news.Category{news.Humanitarian, news.Violence},
		Scores:   map[news.Category]float64{news.Humanitarian: 0.8, news.Violence: 0.6},
		Evidence: map[news.Category][]string{news.Humanitarian: {call}}}
	s := Build([]Member{member(1, "daily", "Siege of Vellmar tightens", event+" "+call, t0, hum)})
	if !strings.HasPrefix(s.Summary, event) || !strings.Contains(s.Summary, call) {
		t.Errorf("humanitarian Summary = %q, want the shelling first and the call after", s.Summary)
	}

	condemn := "The opposition council condemned the car bombing that hit its offices in the border town of Kessa on Wednesday."
	count := "At least five civilians were killed and many more wounded in the attack on the offices."
	more := "The bombing came ahead of a meeting with foreign envoys planned in the building for next week."
	vio := news.Analysis{Categories: []news.Category{news.Violence}, Scores: map[news.Category]float64{news.Violence: 0.9},
		Facts: news.Facts{Killed: &news.Figure{Value: 5, Qualifier: news.AtLeast, Text: "At least five", Sentence: count, Scope: news.ScopeMain}}}
	s = Build([]Member{member(2, "wire", "Council condemns bombing of its Kessa offices", condemn+" "+count+" "+more, t0, vio)})
	if !strings.HasPrefix(s.Summary, count) || !strings.Contains(s.Summary, condemn) {
		t.Errorf("violence Summary = %q, want the count of the dead first and the condemnation after", s.Summary)
	}

	talks := news.Analysis{Categories: []news.Category{news.Talks}, Scores: map[news.Category]float64{news.Talks: 0.9},
		Evidence: map[news.Category][]string{news.Talks: {call}}}
	s = Build([]Member{member(3, "tv", "Council calls for Vellmar corridor", call+" "+event, t0, talks)})
	if !strings.HasPrefix(s.Summary, call) {
		t.Errorf("talks Summary = %q, want the call first", s.Summary)
	}
}

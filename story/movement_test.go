package story

import (
	"strings"
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// TestMovedBothWays: a report that counts people moving out of two places
// in one exchange, in one sentence, gives both counts, each with its place
// (the main one's from the report's own sentence naming it), as two lines
// — never one count rising into the other, and the second never in the
// range; a second count of its kind in another sentence, or one that
// names no place, changes nothing (invented text).
func TestMovedBothWays(t *testing.T) {
	both := "More than 3000 people left the two villages along with 1400 evacuated from rebel-held Tarn and Lusk on Friday."
	text := "A bomb hit buses carrying people evacuated from the besieged villages of Velm and Orsk under a local deal. " +
		"The convoy had waited at the crossing for a day. " + both
	main := news.Figure{Value: 3000, Qualifier: news.MoreThan, Kind: "evacuated", Text: "More than 3000", Sentence: both, Scope: news.ScopeMain}
	second := news.Figure{Value: 1400, Qualifier: news.Exact, Kind: "evacuated", Text: "1400", Sentence: both, Scope: news.ScopeOtherEvent}
	an := news.Analysis{Facts: news.Facts{Evacuated: &main, Figures: []news.Figure{second}}}
	s := Build([]Member{member(1, "daily", "Bomb hits evacuee buses", text, t0, an)})
	if len(s.Figures) != 1 {
		t.Fatalf("Figures = %+v, want the evacuated figure", s.Figures)
	}
	f := s.Figures[0]
	if f.High.Value != 3000 || f.Low.Value != 3000 {
		t.Errorf("range = %d–%d, want 3000 alone: the other place's count is no end of it", f.Low.Value, f.High.Value)
	}
	got := strings.Join(FormatLines(f), " | ")
	for _, want := range []string{"more than 3,000 from Velm and Orsk", "1,400 from Tarn and Lusk"} {
		if !strings.Contains(got, want) {
			t.Errorf("lines = %q, want %q", got, want)
		}
	}
	if strings.Contains(got, "→") {
		t.Errorf("lines = %q, want no rise from one place's count to the other's", got)
	}
	second.Sentence = "Some 1400 others were evacuated from rebel-held Tarn and Lusk later."
	an.Facts.Figures = []news.Figure{second}
	s = Build([]Member{member(1, "daily", "Bomb hits evacuee buses", text, t0, an)})
	if got := strings.Join(FormatLines(s.Figures[0]), " | "); strings.Contains(got, "1,400") || strings.Contains(got, "from") {
		t.Errorf("lines = %q, want the main count alone: the second is told apart", got)
	}
}

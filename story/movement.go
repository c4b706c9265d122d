package story

import (
	"github.com/conflict-digest/conflict-digest/news"
)

// movedBothWays reads a report that counts people moving out of two places
// in one exchange, in one sentence: "More than 5000 people left the two
// towns along with 2200 evacuated from Madaya and Zabadani" — the main
// figure, and another of its kind the analysis gives to another event
// since it is not the lead's. A reader of the exchange wants both, each
// with its place, not the one; other is that second count with its place
// (news.Figure.From), main the main figure with its own place when the
// report names it (in the sentence, else in the report's first sentence
// telling people moved from places other than other's, as its analysis
// read them: news.Analysis.MovedFrom). other is nil, and
// main f unchanged, when the report counts no such second place.
func movedBothWays(m *Member, f news.Figure) (main news.Figure, other *news.Figure) {
	if f.Kind != news.FigureEvacuated && f.Kind != news.FigureDisplaced {
		return f, nil
	}
	for _, g := range m.Analysis.Facts.Figures {
		if g.Kind != f.Kind || g.Scope != news.ScopeOtherEvent || g.Value <= 0 || g.Word != "" || g.Sentence != f.Sentence {
			continue
		}
		from := g.OutOf
		if from == "" {
			continue
		}
		g.From, g.Scope = from, news.ScopeMain
		f.From = f.OutOf
		if f.From == "" || f.From == from {
			f.From = movedFromOther(m.Analysis.MovedFrom[f.Kind], from)
		}
		return f, &g
	}
	return f, nil
}

// movedFromOther returns the first of the places a report tells people
// moved from (news.Analysis.MovedFrom) other than not, "" when none.
func movedFromOther(places []string, not string) string {
	for _, p := range places {
		if p != not {
			return p
		}
	}
	return ""
}

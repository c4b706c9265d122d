package story

import (
	"slices"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

// TestPartyMarkConsistent: a side the analysis marks as a party to the
// fighting in one report of a story (a state named as the sayer where the
// report tells it fights) has every count of the story marked so, of every
// kind, as the other side's party claims are: never one side's count
// marked in one line and not in another. A giver no report marks stays as
// it is.
func TestPartyMarkConsistent(t *testing.T) {
	h := time.Hour
	first := byOrig(30, news.Exact, "Turkey", false) // a report that does not tell Turkey fights
	first.Facts.Killed.Who = "fighters"
	first.Facts.Injured = &news.Figure{Value: 8, Qualifier: news.Exact, Originator: "Turkey", Scope: news.ScopeMain}
	later := byOrig(35, news.Exact, "Turkey", true) // one that does
	later.Facts.Killed.Who = "fighters"
	later.Facts.Figures = []news.Figure{{Kind: news.FigureKilled, Value: 40, Qualifier: news.Exact, Who: "civilians",
		Originator: "SOHR", Scope: news.ScopeAlternative}}
	s := Build([]Member{
		member(1, "reuters", "Clashes in Hakkari", "x", t0, first),
		member(2, "afp", "Clashes in Hakkari", "x", t0.Add(3*h), later),
	})
	var got []string
	for _, f := range s.Figures {
		for _, l := range FormatLines(f) {
			got = append(got, f.Kind+": "+l)
		}
	}
	want := []string{
		"killed: Turkey (a party to the fighting): 30 fighters → 35 fighters",
		"killed: SOHR: 40 civilians",
		"injured: Turkey (a party to the fighting): 8",
	}
	if !slices.Equal(got, want) {
		t.Errorf("lines =\n%q\nwant\n%q", got, want)
	}
}

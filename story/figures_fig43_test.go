package story

import (
	"slices"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

// A running line lists a giver's counts in the time they were given: a
// count the report tells as an initial or earlier toll ("reported the
// shelling on Saturday with an initial death toll of 31") was given on the
// day its sentence names, not on the day of the report that recalls it, so
// a later report's update of Sunday stands after it (issue 10, fig43: "31
// (5 Jul); at least 64 (3 Jul)" read the earlier count as the later).
// Invented sentences.
func TestInitialCountDatedByItsDayFig43(t *testing.T) {
	first := "The monitor reported the shelling on Saturday with an initial death toll of 31."
	update := "On Sunday the monitor said at least 64 people were killed in the shelling."
	an := func(v int64, q news.Qualifier, s, on string) news.Analysis {
		a := byOrig(v, q, "SOHR", false)
		a.Facts.Killed.Sentence = s
		a.Facts.Killed.Text = FigureText(*a.Facts.Killed)
		a.Facts.Killed.GivenOn = on // the day the analysis reads in the sentence
		return a
	}
	f := Build([]Member{
		member(1, "wire", "t", first, t0, an(31, news.Exact, first, "saturday")),
		member(2, "afp", "t", update, t0.Add(time.Hour), an(64, news.AtLeast, update, "sunday")),
	}).Figures[0]
	var got []string
	for _, p := range FormatLineParts(f, LineStyle{Always: true}) {
		got = append(got, p.Name+": "+p.Counts)
	}
	if want := "SOHR: 31 (2 Jul) → at least 64 (3 Jul)"; !slices.Contains(got, want) {
		t.Errorf("lines %q lack %q", got, want)
	}
	if f.Latest.Value != 64 || !dayOf(f.AsOf).Equal(time.Date(2016, 7, 3, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("latest %d as of %v, want 64 of 3 Jul", f.Latest.Value, f.AsOf)
	}
}

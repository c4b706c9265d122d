package story

import (
	"slices"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/lang"
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
	an := func(v int64, q news.Qualifier, s string) news.Analysis {
		a := byOrig(v, q, "SOHR", false)
		a.Facts.Killed.Sentence = s
		a.Facts.Killed.Text = FigureText(*a.Facts.Killed)
		return a
	}
	f := Build([]Member{
		member(1, "wire", "t", first, t0, an(31, news.Exact, first)),
		member(2, "afp", "t", update, t0.Add(time.Hour), an(64, news.AtLeast, update)),
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

// initialDayOf: the day an initial or earlier count's sentence names —
// the nearest before the count, else the update's after it (the initial
// count was given no later) — and none for a count not told as initial.
// Invented sentences.
func TestInitialDayOfFig43(t *testing.T) {
	for _, tt := range []struct {
		s, count string
		want     time.Weekday
		ok       bool
	}{
		{"The monitor reported the shelling on Saturday with an initial death toll of 31.", "31", time.Saturday, true},
		{"The group said 40 died, updating an earlier toll on Sunday evening of 15.", "15", time.Sunday, true},
		{"An initial toll of 47 was later updated to 82 on Sunday.", "47", time.Sunday, true},
		{"Officials initially put the toll at 20 after the blast on Friday.", "20", time.Friday, true},
		{"Jets killed 31 people in the town on Saturday, the monitor said.", "31", 0, false},
		{"The first of 12 convoys reached the town on Monday.", "12", 0, false},
	} {
		got, ok := initialDayOf(lang.Words(tt.s), countWordAt(tt.s, tt.count))
		if ok != tt.ok || got != tt.want {
			t.Errorf("%q (%s): %v %v, want %v %v", tt.s, tt.count, got, ok, tt.want, tt.ok)
		}
	}
}

package story

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

// A count told as added to earlier ones ("40 more") and a total of separate
// attacks ("25 in separate raids") are no steps of one giver's running
// toll and no ends of the story's range: each is a line of its own, worded
// as told (issue 10, fig42: "about 40 → more than 100" read "40 more" as an
// earlier toll). Invented counts.
func TestAddedAndSeparateLinesFig42(t *testing.T) {
	h := time.Hour
	more := byOrig(30, news.About, "army", true)
	more.Facts.Killed.Added, more.Facts.Killed.Who = true, "fighters"
	sep := byOrig(25, news.AtLeast, "SOHR", false)
	sep.Facts.Killed.Separate, sep.Facts.Killed.Who = true, "civilians"
	ms := []Member{
		member(1, "wire", "t", "x", t0, byOrig(90, news.MoreThan, "army", true)),
		member(2, "agency", "t", "x", t0.Add(h), more),
		member(3, "afp", "t", "x", t0.Add(2*h), byOrig(11, news.Exact, "SOHR", false)),
	}
	f := Build(ms).Figures[0]
	lines := groupedLines(f)
	for _, want := range []string{"army (a party to the fighting): about 30 more fighters", "SOHR: 11"} {
		if !slices.Contains(lines, want) {
			t.Errorf("lines %q lack %q", lines, want)
		}
	}
	if f.Low.Value != 11 || f.High.Value != 90 {
		t.Errorf("range %d to %d, want 11 to 90 (no added count)", f.Low.Value, f.High.Value)
	}
	// a story whose one report gives only a total of separate attacks
	// shows it, marked
	only := Build([]Member{member(4, "ahram", "t", "x", t0.Add(3*h), sep)}).Figures[0]
	if got, want := groupedLines(only), "SOHR: at least 25 civilians in separate attacks"; !slices.Contains(got, want) {
		t.Errorf("lines %q lack %q", got, want)
	}
}

// groupedLines are f's lines with each count's group, as a digest words them.
func groupedLines(f news.StoryFigure) []string {
	var lines []string
	for _, p := range FormatLineParts(f, LineStyle{Groups: true}) {
		lines = append(lines, p.Name+": "+p.Counts)
	}
	return lines
}

// A story's range joins counts of one group only: a total of no group ("8",
// state media) and another giver's count of soldiers ("19 regime forces")
// count different victims, and "8 to 19" is no range of one toll (issue 10,
// fig42). Invented counts.
func TestRangeOfOneGroupFig42(t *testing.T) {
	h := time.Hour
	total := byOrig(8, news.Exact, "state media", true)
	soldiers := byOrig(19, news.Exact, "SOHR", false)
	soldiers.Facts.Killed.Who = "soldiers"
	f := Build([]Member{
		member(1, "wire", "t", "x", t0, total),
		member(2, "afp", "t", "x", t0.Add(h), soldiers),
	}).Figures[0]
	if f.Low.Value != f.High.Value {
		t.Errorf("range %d to %d, want one group's count", f.Low.Value, f.High.Value)
	}
}

// A total of separate attacks is shown only when no report of the story
// gives a toll of one: beside the market strike's own count it counts other
// strikes' dead (issue 10, fig42). Invented counts.
func TestSeparateTotalBesideOwnTollFig42(t *testing.T) {
	h := time.Hour
	sep := byOrig(25, news.AtLeast, "SOHR", false)
	sep.Facts.Killed.Separate = true
	f := Build([]Member{
		member(1, "wire", "t", "x", t0, byOrig(16, news.Exact, "SOHR", false)),
		member(2, "ahram", "t", "x", t0.Add(h), sep),
	}).Figures[0]
	for _, l := range FormatLines(f) {
		if strings.Contains(l, "25") {
			t.Errorf("line %q shows the total of separate attacks beside the story's own toll", l)
		}
	}
}

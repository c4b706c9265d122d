package story

import (
	"slices"
	"strings"
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// TestSameTimeCountsStandSideBySide: one originator's counts that two
// outlets carried in reports stamped alike (a civilian count in one, a
// total in the other) are two readings of one statement, not a toll that
// rose: they stand side by side, each with its outlet, never joined by an
// arrow; a later report's count still reads as a rise (issue 13, 2015-06-29
// window). Invented counts.
func TestSameTimeCountsStandSideBySide(t *testing.T) {
	civ := byOrig(8, news.Exact, "Monitor", false)
	civ.Facts.Killed.Who = "civilians"
	ms := []Member{
		member(1, "wire", "t", "x", t0, civ),
		member(2, "daily", "t", "x", t0, byOrig(9, news.AtLeast, "Monitor", false)),
	}
	want := []string{"Monitor: 8 via Wire, at least 9 via Daily"}
	if got := FormatLines(Build(ms).Figures[0]); !slices.Equal(got, want) {
		t.Errorf("FormatLines = %q, want %q", got, want)
	}
	ms[1].Published = t0.Add(3 * 60 * 60 * 1e9)
	if got := FormatLines(Build(ms).Figures[0]); len(got) != 1 || !strings.Contains(got[0], " → ") {
		t.Errorf("FormatLines(later report) = %q, want a rise", got)
	}
}

// TestSameTimeFloorKeepsItsQualifier: one giver's count that one report
// stamped at the same time gives as a floor ("at least 25") and another
// flat ("25") is shown with its floor, in the line, the range and the
// latest, cited to the report that wrote it (issue 13, 2015-06-29 window:
// "killed: 25" where the monitor said "at least 25"). Invented counts.
func TestSameTimeFloorKeepsItsQualifier(t *testing.T) {
	ms := []Member{
		member(1, "wire", "t", "x", t0, byOrig(25, news.Exact, "Monitor", false)),
		member(2, "daily", "t", "x", t0, byOrig(25, news.AtLeast, "Monitor", false)),
		member(3, "radio", "t", "x", t0, byOrig(25, news.Exact, "Monitor", false)),
	}
	f := Build(ms).Figures[0]
	if got, want := FormatLines(f), []string{"Monitor: at least 25"}; !slices.Equal(got, want) {
		t.Errorf("FormatLines = %q, want %q", got, want)
	}
	if f.Latest.Qualifier != news.AtLeast || f.High.Qualifier != news.AtLeast {
		t.Errorf("latest %q, high %q, want both at_least", f.Latest.Qualifier, f.High.Qualifier)
	}
	if st := f.Lines[0].Steps[0]; st.ArticleID != "ext-daily" {
		t.Errorf("count cited to %q, want the report that wrote the floor (ext-daily)", st.ArticleID)
	}
}

// TestRelayedCountNamesNoOtherOutlet: an outlet that carried a named
// originator's count without naming it is not listed beside the
// originator in the figure's text: "17 (Monitor, reported by wire)" read
// as the monitor's count carried by the wire when another outlet's
// report named the monitor (issue 13, 2013-08-12 window). Invented counts.
func TestRelayedCountNamesNoOtherOutlet(t *testing.T) {
	ms := []Member{
		member(1, "wire", "t", "x", t0, byOrig(17, news.Exact, "", false)),
		member(2, "daily", "t", "x", t0, byOrig(17, news.Exact, "Monitor", false)),
	}
	if got := FormatFigure(Build(ms).Figures[0]); !strings.HasPrefix(got, "17 (Monitor)") {
		t.Errorf("FormatFigure = %q, want 17 (Monitor)", got)
	}
}

// TestRiseAcrossSideBySideCounts: counts of one day carried by two outlets
// stand side by side, and a later day's count still reads as their rise.
// Invented counts.
func TestRiseAcrossSideBySideCounts(t *testing.T) {
	ms := []Member{
		member(1, "wire", "t", "x", t0, byOrig(58, news.AtLeast, "Monitor", false)),
		member(2, "daily", "t", "x", t0, byOrig(72, news.AtLeast, "Monitor", false)),
		member(3, "wire", "t", "x", t0.Add(24*60*60*1e9), byOrig(86, news.Exact, "Monitor", false)),
	}
	want := []string{"Monitor: at least 58 via Wire, at least 72 via Daily (5 Jul) → 86 (6 Jul)"}
	if got := FormatLines(Build(ms).Figures[0]); !slices.Equal(got, want) {
		t.Errorf("FormatLines = %q, want %q", got, want)
	}
}

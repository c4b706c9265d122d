package story

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

// TestSameTimeCountsStandSideBySide: one originator's counts that two
// outlets carried in reports stamped alike are two readings of one
// statement, not a toll that rose: they stand side by side, each with its
// outlet, never joined by an arrow (issue 13, 2015-06-29 window). Invented
// counts.
func TestSameTimeCountsStandSideBySide(t *testing.T) {
	ms := []Member{
		member(1, "wire", "t", "x", t0, byOrig(8, news.Exact, "Monitor", false)),
		member(2, "daily", "t", "x", t0, byOrig(9, news.AtLeast, "Monitor", false)),
	}
	want := []string{"Monitor: 8 via Wire, at least 9 via Daily"}
	if got := FormatLines(Build(ms).Figures[0]); !slices.Equal(got, want) {
		t.Errorf("FormatLines = %q, want %q", got, want)
	}
}

// TestGroupCountAndTotalAreTwoLines: one originator's count of a group
// ("8 civilians") and its total of the event (civilians and fighters, no
// group named: "at least 9") are two tolls, on reports of one time or of
// two: never one line's range or rise, and the story's range is of like
// counts only, not "8 to at least 9" (issue 13, 0629 window). A report that
// gives the group's count without the group ("8 killed") is the same count.
// Invented counts.
func TestGroupCountAndTotalAreTwoLines(t *testing.T) {
	civ := byOrig(8, news.Exact, "Monitor", false)
	civ.Facts.Killed.Who = "civilians"
	for _, later := range []time.Duration{0, 3 * time.Hour} {
		ms := []Member{
			member(1, "wire", "t", "x", t0, civ),
			member(2, "daily", "t", "x", t0.Add(later), byOrig(9, news.AtLeast, "Monitor", false)),
		}
		f := Build(ms).Figures[0]
		want := []string{"Monitor: 8 civilians", "Monitor: at least 9"}
		if got := FormatLines(f); !slices.Equal(got, want) {
			t.Errorf("+%v: FormatLines = %q, want %q", later, got, want)
		}
		if got := FormatFigure(f); strings.Contains(got, " to ") {
			t.Errorf("+%v: FormatFigure = %q, a range of a group's count and a total", later, got)
		}
	}
	ms := []Member{
		member(1, "wire", "t", "x", t0, civ),
		member(2, "daily", "t", "x", t0, byOrig(8, news.Exact, "Monitor", false)),
	}
	f := Build(ms).Figures[0]
	if len(f.Lines) != 1 || len(f.Lines[0].Steps) != 1 || f.Lines[0].Steps[0].Who != "civilians" || f.Lines[0].Steps[0].ArticleID != "ext-wire" {
		t.Errorf("one count with and without its group: lines %+v, want one count of civilians cited to the report that names them", f.Lines)
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

// TestCopyCountCitesListedReport: a feed's copy of a report (same outlet,
// same title and opening, another date or id) is no source of its own, so
// its counts cite the report the story lists, never an article the item
// does not show (issue 13, 0704 window: a toll cited to a misdated copy).
// Invented report.
func TestCopyCountCitesListedReport(t *testing.T) {
	text := "Two crew members were killed when their helicopter was shot down near the town, the ministry said. The crew had been returning from a mission."
	first := member(1, "wire", "Two crew killed as helicopter downed", text, t0, byOrig(2, news.Exact, "ministry", false))
	again := member(2, "wire", "Two crew killed as helicopter downed", text, t0.Add(30*time.Hour), byOrig(2, news.Exact, "ministry", false))
	first.Article.ExternalID, again.Article.ExternalID = "ext-first", "ext-again"
	s := Build([]Member{again, first})
	listed := map[string]bool{}
	for _, src := range s.Sources {
		listed[src.ExternalID] = true
	}
	if len(listed) != 1 {
		t.Fatalf("sources %v, want the one report listed once", listed)
	}
	for _, f := range s.Figures {
		for _, r := range f.Refs {
			if !listed[r.ArticleID] {
				t.Errorf("ref cites %q, not among the sources %v", r.ArticleID, listed)
			}
		}
		for _, l := range f.Lines {
			for _, st := range l.Steps {
				if !listed[st.ArticleID] {
					t.Errorf("line %q cites %q, not among the sources %v", l.Originator, st.ArticleID, listed)
				}
			}
		}
	}
}

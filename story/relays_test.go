package story

import (
	"slices"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

// TestRelayedCountLeavesTheOutletsLine: an outlet's copy of the wire that
// lost "the Observatory said" gives the monitor's first count with no one
// named; beside the monitor's own line that count is the monitor's, and
// the outlet's line keeps only its own later count (window 0403: "reported
// by Al Arabiya: at least 58 → at least 86", where 58 is SOHR's). A line
// all of whose counts are relayed goes, as before; a count no one named
// gives with another qualifier stays the outlet's.
func TestRelayedCountLeavesTheOutletsLine(t *testing.T) {
	day1 := time.Date(2031, 4, 4, 9, 0, 0, 0, time.UTC)
	day2 := day1.Add(48 * time.Hour)
	at := func(v int64, q news.Qualifier, orig, src string, p time.Time) news.FigureBy {
		return news.FigureBy{Figure: news.Figure{Value: v, Qualifier: q, Originator: orig}, Source: src, Published: p}
	}
	refs := []news.FigureBy{
		at(58, news.AtLeast, "SOHR", "ahram", day1),
		at(58, news.AtLeast, "", "arabiya", day1),
		at(80, news.Exact, "SOHR", "ahram", day1.Add(24*time.Hour)),
		at(86, news.AtLeast, "", "arabiya", day2),
		at(70, news.AtLeast, "", "nna", day1),
		at(80, news.About, "", "trt", day2),
	}
	f := news.StoryFigure{Kind: "killed", Lines: figureLines(refs, nil)}
	want := []string{"SOHR: at least 58 (4 Apr) → 80 (5 Apr)", "Al Arabiya: at least 86 (6 Apr)", "NNA: at least 70 (4 Apr)", "TRT World: about 80 (6 Apr)"}
	if got := FormatLines(f); !slices.Equal(got, want) {
		t.Errorf("FormatLines = %q, want %q", got, want)
	}
	all := news.StoryFigure{Kind: "killed", Lines: figureLines([]news.FigureBy{at(18, news.Exact, "US-led coalition", "afp", day1), at(18, news.Exact, "", "sputnik", day1)}, nil)}
	if got, want := FormatLines(all), []string{"US-led coalition: 18"}; !slices.Equal(got, want) {
		t.Errorf("FormatLines(all relayed) = %q, want %q", got, want)
	}
}

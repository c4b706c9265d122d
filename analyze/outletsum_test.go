package analyze

import (
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

// TestOutletSumsAndMovedCounts: a lead's count that names no source is not
// the next sentence's source's when that source gives a smaller count of
// its own further on (the outlet summed it with another town's dead); and a
// report whose toll moved (a police source's 12, then state TV's "has
// become around 40") keeps the earlier count as another source's count of
// the toll, no part of it (issue 13, 0613 and 0530 windows). Invented
// reports.
func TestOutletSumsAndMovedCounts(t *testing.T) {
	at := time.Date(2021, 5, 3, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		name, title, text string
		orig              string // the main death toll's originator
		alt               int64  // a count that must be ScopeAlternative, 0 for none
	}{
		{"outlet's own sum", "Air strikes kill 30 in northern province",
			"At least 30 people were killed and dozens injured in air strikes on the northern province on Sunday. A warplane struck a crowded market in the rebel-held town, a local civil defence official told the agency. \"At least 27 people were killed and 40 others injured in the attack,\" he said. Meanwhile three people were killed in a strike on a residential area of another town.",
			"", 0},
		{"the source's own count restated", "Air strikes kill 30 in northern province",
			"At least 30 people were killed in air strikes on a market in the northern province on Sunday. The market was crowded with shoppers, a local civil defence official told the agency. \"Rescuers are still pulling bodies from the rubble,\" he said.",
			"civil defence", 0},
		{"a part of the dead is no count of its own", "Air strikes kill 30 in northern province",
			"At least 30 people were killed in air strikes on a market in the northern province on Sunday. A warplane struck the crowded market, a local civil defence official told the agency. He said 12 of the dead were children.",
			"civil defence", 0},
		{"count moved in the report", "20 killed in rocket attacks on city",
			"Rebels fired rockets at two districts of the city on Saturday, leaving 8 civilians dead, a police source told the agency. State television later said the number of civilians killed in the rocket attacks had risen to around 20, with over 60 injured.",
			"state media", 8},
	} {
		an := Analyze(&news.Article{Title: c.title, Text: c.text, SourceName: "wire", Published: at})
		if k := an.Facts.Killed; k == nil || k.Originator != c.orig {
			t.Errorf("%s: killed = %+v, want originator %q", c.name, k, c.orig)
		}
		if c.alt == 0 {
			continue
		}
		found := false
		for _, g := range an.Facts.Figures {
			if g.Kind == news.FigureKilled && g.Value == c.alt {
				found = g.Scope == news.ScopeAlternative
			}
		}
		if !found {
			t.Errorf("%s: %d killed not another source's count (ScopeAlternative): %+v", c.name, c.alt, an.Facts.Figures)
		}
	}
}

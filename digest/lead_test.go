package digest

import (
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

// leadStep is one report's count for a line of an invented story figure.
func leadStep(v int64, q news.Qualifier, article string, at time.Time) news.FigureBy {
	return news.FigureBy{Figure: news.Figure{Value: v, Qualifier: q}, Source: "wire", ArticleID: article, Published: at}
}

// TestLeadFigure: the count an item is summed up by — its key line, its
// conflict's trend, its JSON value, qualifier and by — is the newest count
// of the line a reader would cite, not the largest any source gives.
func TestLeadFigure(t *testing.T) {
	d1, d2 := day("2020-03-02"), day("2020-03-03")
	named := func(orig string, steps ...news.FigureBy) news.FigureLine {
		for i := range steps {
			steps[i].Originator = orig
		}
		return news.FigureLine{Originator: orig, Steps: steps}
	}
	relay := func(outlet string, steps ...news.FigureBy) news.FigureLine {
		for i := range steps {
			steps[i].Source = outlet
		}
		return news.FigureLine{Outlet: outlet, Steps: steps}
	}
	party := func(l news.FigureLine) news.FigureLine { l.PartyClaim = true; return l }
	cases := []struct {
		name, headline string
		lines          []news.FigureLine
		value          int64
		qual           news.Qualifier
		by, key        string
	}{
		{"the headline's count over a larger one of another report",
			"Three nurses killed in shelling of a village clinic",
			[]news.FigureLine{
				relay("wire", leadStep(5, news.Exact, "a1", d1)),
				named("Medics Union", leadStep(3, news.Exact, "a2", d1)),
				named("activists", leadStep(14, news.Exact, "a3", d1)),
			},
			3, news.Exact, "Medics Union", "killed: 3 (Medics Union)"},
		{"the count most reports agree on over the first and largest",
			"Aid lorries hit on a mountain road",
			[]news.FigureLine{
				named("local sources", leadStep(23, news.AtLeast, "b1", d1)),
				named("Red Cross", leadStep(19, news.About, "b2", d2)),
				relay("wire", leadStep(19, news.Exact, "b3", d2)),
				named("rescuers", leadStep(11, news.Exact, "b4", d2)),
			},
			// The lead is the Red Cross's; the key line shows the named
			// sources' range, lowest to highest, as 23 is more than 1.5 × 11.
			19, news.About, "Red Cross", "killed: 11 (rescuers) to at least 23 (local sources)"},
		{"the chosen originator's newest count with its qualifier, not another's latest report",
			"Blast hits evacuees' buses",
			[]news.FigureLine{
				named("Monitor", leadStep(20, news.AtLeast, "c1", d1), leadStep(41, news.AtLeast, "c2", d1),
					leadStep(108, news.AtLeast, "c3", d2), leadStep(121, news.AtLeast, "c4", d2)),
				relay("wire", leadStep(108, news.Exact, "c5", d2)),
			},
			121, news.AtLeast, "Monitor", "killed: at least 121 (Monitor)"},
		{"never an outlet's relay when an originator's count exists",
			"Strikes hit a market",
			[]news.FigureLine{
				relay("wire", leadStep(60, news.Exact, "d1", d1)),
				relay("wire2", leadStep(60, news.Exact, "d2", d1)),
				named("Monitor", leadStep(31, news.Exact, "d3", d1)),
			},
			31, news.Exact, "Monitor", "killed: 31 (Monitor)"},
		{"a monitor's count over a party's claim told more often",
			"Fighting rages near the border",
			[]news.FigureLine{
				party(named("army", leadStep(150, news.MoreThan, "e1", d1), leadStep(160, news.MoreThan, "e2", d2))),
				named("Monitor", leadStep(42, news.Exact, "e3", d2)),
			},
			// The claim is more than 1.5 × the monitor's: the key line
			// shows the disagreement, each count with its qualifier and
			// who gives it.
			42, news.Exact, "Monitor", "killed: 42 (Monitor) to more than 160 (army, a party to the fighting)"},
		{"a named body's over a generic group's told as often",
			"Shelling hits a town",
			[]news.FigureLine{
				named("activists", leadStep(9, news.Exact, "f1", d1)),
				named("Monitor", leadStep(7, news.Exact, "f2", d1)),
			},
			7, news.Exact, "Monitor", "killed: 7 (Monitor)"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var refs []news.FigureBy
			for _, l := range c.lines {
				refs = append(refs, l.Steps...)
			}
			sf := news.StoryFigure{Kind: news.FigureKilled, Lines: c.lines, Refs: refs,
				Low: news.Figure{Value: 1}, High: news.Figure{Value: 200}, Latest: refs[len(refs)-1].Figure, By: "wire"}
			figs := itemFigures([]news.StoryFigure{sf}, c.headline, false)
			f := figs[0]
			if f.Value != c.value || f.Qualifier != c.qual || f.By != c.by {
				t.Errorf("lead %d %s by %q, want %d %s by %q", f.Value, f.Qualifier, f.By, c.value, c.qual, c.by)
			}
			if got := f.Kind + ": " + figureShort(&f); got != c.key {
				t.Errorf("key figure %q, want %q", got, c.key)
			}
			if f.peak != 200 {
				t.Errorf("peak %d, want the largest count, 200, to weigh the story", f.peak)
			}
		})
	}
}

// TestHeadlineCounts: the numbers a headline gives, in digits or words.
func TestHeadlineCounts(t *testing.T) {
	for headline, want := range map[string][]int64{
		"Four medics killed near the front":       {4},
		"Toll in market blast rises to 1,204":     {1204},
		"Twenty-two dead as boat capsizes":        {22},
		"Talks resume in the capital":             nil,
		"Blast kills 12, wounds 30: police (AFP)": {12, 30},
	} {
		got := headlineCounts(headline)
		if len(got) != len(want) {
			t.Errorf("%q: %v, want %v", headline, got, want)
			continue
		}
		for i := range got {
			if got[i] != want[i] {
				t.Errorf("%q: %v, want %v", headline, got, want)
			}
		}
	}
}

// TestLeadTextNoStaleLatest: an item's figure text names no "latest" count
// of another source reported no later than the lead's newest count (of one
// time, the order they came in says nothing); a later one stays.
func TestLeadTextNoStaleLatest(t *testing.T) {
	d1, d2, d3 := day("2020-03-02"), day("2020-03-03"), day("2020-03-04")
	mon := func(v int64, a string, at time.Time) news.FigureBy {
		s := leadStep(v, news.AtLeast, a, at)
		s.Originator = "Monitor"
		return s
	}
	for _, c := range []struct {
		name     string
		relayAt  time.Time
		wantText string
	}{
		{"relay of the lead's day", d2, "at least 20 to at least 121 (Monitor), as of 3 Mar 2020"},
		{"relay of a later day", d3, "at least 20 to at least 121 (Monitor); latest 108 (reported by Wire), as of 4 Mar 2020"},
	} {
		t.Run(c.name, func(t *testing.T) {
			relay := leadStep(108, news.Exact, "c5", c.relayAt)
			lines := []news.FigureLine{
				{Originator: "Monitor", Steps: []news.FigureBy{mon(20, "c1", d1), mon(121, "c4", d2)}},
				{Outlet: "wire", Steps: []news.FigureBy{relay}},
			}
			refs := []news.FigureBy{mon(20, "c1", d1), mon(121, "c4", d2), relay}
			sf := news.StoryFigure{Kind: news.FigureKilled, Lines: lines, Refs: refs, Low: refs[0].Figure, LowBy: "wire",
				High: refs[1].Figure, HighBy: "wire", Latest: relay.Figure, By: "wire", AsOf: relay.Published}
			f := itemFigures([]news.StoryFigure{sf}, "Blast hits buses", false)[0]
			if f.Text != c.wantText {
				t.Errorf("text %q, want %q", f.Text, c.wantText)
			}
		})
	}
}

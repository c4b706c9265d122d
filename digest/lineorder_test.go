package digest

import (
	"context"
	"slices"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

// TestFigureLinesInReadersOrder: an item's figures come killed, injured,
// then other harms, then the displaced; within a kind the headline's
// count first, then the others by the day of their latest report, newest
// first, and on one day a named body before a giver named by what it is
// before an outlet's unattributed count, a party's claim after a neutral
// body's — whatever order the story holds them in (first reported).
func TestFigureLinesInReadersOrder(t *testing.T) {
	day := func(d, h int) time.Time { return time.Date(2017, 4, d, h, 0, 0, 0, time.UTC) }
	step := func(v int64, src, id string, at time.Time) news.FigureBy {
		return news.FigureBy{Figure: news.Figure{Value: v, Qualifier: news.AtLeast}, Source: src, ArticleID: id, Published: at}
	}
	line := func(by string, party bool, steps ...news.FigureBy) news.FigureLine {
		l := news.FigureLine{Originator: by, PartyClaim: party, Steps: steps}
		if by == "" {
			l.Outlet = steps[0].Source
		}
		return l
	}
	fig := func(kind string, lines ...news.FigureLine) news.StoryFigure {
		var refs []news.FigureBy
		for _, l := range lines {
			refs = append(refs, l.Steps...)
		}
		last := refs[len(refs)-1]
		return news.StoryFigure{Kind: kind, Low: refs[0].Figure, High: last.Figure, Latest: last.Figure, By: last.Source,
			AsOf: last.Published, Refs: refs, Lines: lines}
	}
	s := testStory(1, news.Violence, day(16, 12), "A car bomb hit buses of evacuees.")
	s.Headline = "Death toll from bus convoy bombing at least 126: monitor"
	s.Figures = []news.StoryFigure{
		fig(news.FigureDisplaced, line("", false, step(5000, "jordantimes", "a1", day(15, 9)))),
		fig(news.FigureKilled,
			line("", false, step(70, "sputnik", "a2", day(15, 10))),                                     // an outlet's, a day earlier
			line("SOHR", false, step(24, "afp", "a3", day(15, 11)), step(126, "afp", "a4", day(16, 8))), // the headline's
			line("civil defence", false, step(100, "trt", "a5", day(16, 9))),                            // a giver named by what it is
			line("army", true, step(90, "sana", "a6", day(16, 10))),                                     // a party's claim
			line("UNICEF", false, step(110, "reuters", "a7", day(16, 7))),                               // a named body, earliest that day
			line("hospital", false, step(60, "nna", "a8", day(14, 9))),                                  // the oldest
		),
		fig(news.FigureMissing, line("ICRC", false, step(12, "reuters", "a7", day(16, 7)))),
		fig(news.FigureInjured,
			line("", false, step(130, "sputnik", "a2", day(15, 10))),
			line("SOHR", false, step(100, "afp", "a4", day(16, 8)))),
	}
	d, err := Build(context.Background(), memStories{s}, news.DigestFilter{Since: day(10, 0), Until: day(17, 0)}, day(17, 0))
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"Killed — SOHR: at least 24 (15 Apr) → at least 126 (16 Apr)",
		"Killed — UNICEF: at least 110 (16 Apr)",
		"Killed — according to the civil defence: at least 100 (16 Apr)",
		"Killed — according to the army (a party to the fighting): at least 90 (16 Apr)",
		"Killed — reported by Sputnik: at least 70 (15 Apr)",
		"Killed — according to a hospital: at least 60 (14 Apr)",
		"Injured — SOHR: at least 100 (16 Apr)",
		"Injured — reported by Sputnik: at least 130 (15 Apr)",
		"Missing — ICRC: at least 12 (16 Apr)",
		"Displaced — reported by Jordan Times: at least 5,000 (15 Apr)",
	}
	if got := FigureLines(d.Item(1)); !slices.Equal(got, want) {
		t.Errorf("figure lines\n got %q\nwant %q", got, want)
	}
	// JSON's history is in the lines' order.
	var by []string
	for _, h := range d.Item(1).Figures[0].History {
		by = append(by, h.By+h.ReportedBy) // one of the two is empty
	}
	if want := []string{"SOHR", "UNICEF", "civil defence", "army", "Sputnik", "hospital"}; !slices.Equal(by, want) {
		t.Errorf("history by %q, want %q", by, want)
	}
	// The key development still cites the headline's count.
	if f := d.Item(1).Figures[0]; f.By != "SOHR" || f.Value != 126 {
		t.Errorf("lead %s %d, want SOHR 126", f.By, f.Value)
	}
	// A story's thread orders its lines by the same rule; with no
	// headline, the lead is the named body most reports give.
	got := StoryFigureLines(s.Figures[1], DayIn(day(16, 0), day(16, 0)))
	if want := []string{
		"SOHR: at least 24 (15 Apr) → at least 126 (16 Apr)",
		"UNICEF: at least 110 (16 Apr)",
		"according to the civil defence: at least 100 (16 Apr)",
		"according to the army (a party to the fighting): at least 90 (16 Apr)",
		"reported by Sputnik: at least 70 (15 Apr)",
		"according to a hospital: at least 60 (14 Apr)",
	}; !slices.Equal(got, want) {
		t.Errorf("thread lines\n got %q\nwant %q", got, want)
	}
}

package digest

import (
	"slices"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/analyze"
	"github.com/conflict-digest/conflict-digest/news"
)

// TestPeriodFiguresAreThePeriods: a period's view of a story shows the
// figures of the reports written in the period or on its events' days —
// not a toll a report restates weeks later about the same event, nor one of
// a page stamped before the event it tells (written no one knows when); a
// page whose dateline falls in the period is of the period whatever its
// stamp. The later reports still tell the story.
func TestPeriodFiguresAreThePeriods(t *testing.T) {
	day := func(d int) time.Time { return time.Date(2026, 3, d, 9, 0, 0, 0, time.UTC) }
	row := func(id int64, published time.Time, text string, v int64, who string) news.ArticleWithAnalysis {
		dateline := ""
		if d, ok := analyze.Dateline(text); ok {
			dateline = d.Format(time.DateOnly) // carried by the analysis
		}
		return titled(news.ArticleWithAnalysis{
			Article: news.Article{ID: id, ExternalID: "a" + string(rune('0'+id)), SourceName: "outlet", Title: "Shelling kills people in a town",
				Text: text, Published: published},
			Analysis: news.Analysis{EventDate: "2026-03-11", EventDateBy: "text", Dateline: dateline, Categories: []news.Category{news.Violence},
				Facts: news.Facts{Killed: &news.Figure{Kind: "killed", Value: v, Qualifier: news.Exact, Originator: who, Scope: news.ScopeMain}}},
		})
	}
	rows := []news.ArticleWithAnalysis{
		row(1, day(11), "Shelling killed 12 people in the town on Wednesday, a monitor said.", 12, "Monitor"),
		row(2, day(12), "The toll of Wednesday's shelling of the town rose to 15, a monitor said.", 15, "Monitor"),
		row(3, day(11).AddDate(0, 0, 25), "A month on, the town recalls the shelling of March 11 that killed 40.", 40, "Monitor"),
		row(4, day(1), "The shelling of March 11 killed 90 people, an opposition body said.", 90, "Opposition"),
		row(5, day(2), "12 March 2026 Rescuers said 14 people died in Wednesday's shelling of the town.", 14, "Rescuers"),
	}
	w := window{since: day(9).Truncate(24 * time.Hour), until: day(16).Truncate(24 * time.Hour), set: true}
	view := w.viewOf(7, rows)
	if len(view.Sources) != 5 {
		t.Errorf("sources = %d, want all 5 reports", len(view.Sources))
	}
	it := newItem(&view, day(16))
	want := []string{"Killed — Monitor: 12 (11 Mar 2026) → 15 (12 Mar 2026)", "Killed — Rescuers: 14 (12 Mar 2026)"}
	if got := FigureLines(&it); !slices.Equal(got, want) {
		t.Errorf("figure lines = %q, want %q", got, want)
	}
}

// TestWordAmountNeedsItsOriginator: "dozens" is no figure; an item shows
// it only with who said it.
func TestWordAmountNeedsItsOriginator(t *testing.T) {
	s := &news.Story{Headline: "Car bomb kills 12", Figures: []news.StoryFigure{
		{Kind: "killed", High: news.Figure{Value: 12}, Low: news.Figure{Value: 12}, Latest: news.Figure{Value: 12}},
		{Kind: "injured", Word: "dozens"},
		{Kind: "displaced", Word: "hundreds", Latest: news.Figure{Word: "hundreds", Originator: "UNHCR"}},
	}}
	it := newItem(s, time.Now())
	var kinds []string
	for _, f := range it.Figures {
		kinds = append(kinds, f.Kind)
	}
	if want := []string{"killed", "displaced"}; !slices.Equal(kinds, want) {
		t.Errorf("figure kinds = %q, want %q", kinds, want)
	}
	if got := FigureLines(&it); !slices.Contains(got, "Displaced — UNHCR: hundreds") {
		t.Errorf("figure lines = %q, want the word with its originator", got)
	}
	// JSON carries the word beside value 0 (no count of none); a counted
	// figure carries none.
	if len(it.Figures) == 2 && (it.Figures[1].Value != 0 || it.Figures[1].Word != "hundreds" || it.Figures[0].Word != "") {
		t.Errorf("figures' value and word: %+v, %+v", it.Figures[0], it.Figures[1])
	}
}

// TestRecalledTollIsNotThePeriods: in a period's view, a report of
// diplomacy (a council session, a vote) that gives the toll the story's
// earlier reports gave — the attack of days before, recalled — gives no
// figure of the period; a violence report of the period that gives a count
// of its own keeps it, and so does a talks report giving a new number. (Each
// count is dated; counts whose days run against their rise are joined by
// "; ", no arrow.)
func TestRecalledTollIsNotThePeriods(t *testing.T) {
	day := func(d int) time.Time { return time.Date(2026, 5, d, 9, 0, 0, 0, time.UTC) }
	row := func(id int64, published time.Time, cats []news.Category, f *news.Figure, other ...news.Figure) news.ArticleWithAnalysis {
		title := "Shelling kills people in a town"
		if slices.Contains(cats, news.Talks) {
			title = "Council votes on an inquiry"
		}
		return titled(news.ArticleWithAnalysis{
			Article: news.Article{ID: id, ExternalID: "r" + string(rune('0'+id)), SourceName: "outlet", Title: title,
				Text: "The council met on day " + published.Format("2") + ".", Published: published}, // each its own report, no copy (news.Opening)
			Analysis: news.Analysis{EventDate: published.Format(time.DateOnly), EventDateBy: "published", Categories: cats,
				Facts: news.Facts{Killed: f, Figures: other}},
		})
	}
	fig := func(v int64, q news.Qualifier, scope news.FigureScope) *news.Figure {
		return &news.Figure{Kind: news.FigureKilled, Value: v, Qualifier: q, Scope: scope}
	}
	talks, violence := []news.Category{news.Talks, news.Violence}, []news.Category{news.Violence}
	w := window{since: time.Date(2026, 5, 10, 0, 0, 0, 0, time.UTC), until: time.Date(2026, 5, 17, 0, 0, 0, 0, time.UTC), set: true}
	lines := func(rows ...news.ArticleWithAnalysis) []string {
		view := w.viewOf(9, rows)
		it := newItem(&view, day(17))
		return FigureLines(&it)
	}
	earlier := row(1, day(6), violence, fig(2, news.Exact, news.ScopeMain), *fig(72, news.Exact, news.ScopeOtherEvent))
	strike := row(3, day(13), violence, fig(4, news.Exact, news.ScopeMain)) // the period's own attack
	if got, want := lines(earlier, row(2, day(12), talks, fig(72, news.AtLeast, news.ScopeMain)), strike), []string{"Killed — reported by Outlet: 4 (13 May 2026)"}; !slices.Equal(got, want) {
		t.Errorf("a session's report recalling the earlier toll: figure lines %q, want %q", got, want)
	}
	if got, want := lines(earlier, row(2, day(12), talks, fig(75, news.AtLeast, news.ScopeMain)), strike), []string{"Killed — reported by Outlet: 4 (13 May 2026); at least 75 (12 May 2026)"}; !slices.Equal(got, want) {
		t.Errorf("a session's report with a new toll: figure lines %q, want %q", got, want)
	}
	if got, want := lines(earlier, row(2, day(12), violence, fig(72, news.Exact, news.ScopeMain))), []string{"Killed — reported by Outlet: 72 (12 May 2026)"}; !slices.Equal(got, want) {
		t.Errorf("an attack report of the period: figure lines %q, want %q", got, want)
	}
}

package thread

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/conflict-digest/conflict-digest/news"
)

func TestName(t *testing.T) {
	long := strings.Repeat("Shelling resumes in Idlib ", 10)
	tests := []struct{ headline, want string }{
		{"Truce holds\nin  Aleppo\u200b", "Truce holds in Aleppo"},
		{"", "Story 42"},
		{"\x00\t ", "Story 42"},
		{"**Bold** <@&1> @everyone", "**Bold** <@&1> @everyone"}, // a name is plain text: nothing renders or pings
	}
	for _, tt := range tests {
		if got := Name(&news.Story{ID: 42, Headline: tt.headline}); got != tt.want {
			t.Errorf("Name(%q) = %q, want %q", tt.headline, got, tt.want)
		}
	}
	got := Name(&news.Story{Headline: long})
	if n := utf8.RuneCountInString(got); n > MaxName || !strings.HasSuffix(got, "…") {
		t.Errorf("Name of a %d-character headline = %q (%d characters)", len(long), got, n)
	}
}

// TestRenderWithinAMessage: a story with many sources and long tolls
// still fits one message with its marker, its outside text escaped.
func TestRenderWithinAMessage(t *testing.T) {
	s := &news.Story{ID: 1, Headline: "Strikes *hit* Aleppo", Places: []news.Entity{{Name: "Aleppo"}}}
	var fresh []news.ArticleWithAnalysis
	var steps []news.FigureBy
	for i := range 60 {
		a := news.Article{ID: int64(i + 1), Title: strings.Repeat("Long title ", 20), SourceName: "Outlet",
			URL: "https://news.example/a" + strings.Repeat("x", 200), Published: time.Unix(int64(i), 0)}
		fresh = append(fresh, news.ArticleWithAnalysis{Article: a})
		s.Sources = append(s.Sources, news.StorySource{ArticleID: a.ID, Title: a.Title, SourceName: a.SourceName, URL: a.URL})
		steps = append(steps, news.FigureBy{Figure: news.Figure{Value: int64(10 + i)}, ArticleID: "1"})
	}
	for range 8 {
		s.Figures = append(s.Figures, news.StoryFigure{Kind: news.FigureKilled, Lines: []news.FigureLine{{Originator: "SOHR", Steps: steps}}})
	}
	for _, text := range []string{RenderOpen(s), RenderUpdate(s, fresh)} {
		full := text + "\n-# " + Marker(postKey(1, 1, []int64{1}))
		if n := utf8.RuneCountInString(full); n > 2000 {
			t.Errorf("%d characters, over 2000:\n%s", n, full)
		}
		if !strings.Contains(text, "more sources") || !strings.Contains(text, "and 3 more tolls") {
			t.Errorf("no counts of what was left out:\n%s", text)
		}
	}
	if open := RenderOpen(s); !strings.HasPrefix(open, `**Strikes \*hit\* Aleppo**`) {
		t.Errorf("headline not escaped: %q", open[:40])
	}
}

// TestTollsReadAsFigureLines: a thread's tolls are worded as a digest's
// figure lines — each count with the day of its report (no year in the
// year of the story's newest report) and the group it counts, a giver
// named by what it is after the counts, an outlet's own count as reported
// by it — in a digest's order (the newest report's line before an older
// one), and an update shows only the lines its reports moved.
func TestTollsReadAsFigureLines(t *testing.T) {
	at := func(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 9, 0, 0, 0, time.UTC) }
	step := func(v int64, who, article string, p time.Time) news.FigureBy {
		return news.FigureBy{Figure: news.Figure{Value: v, Qualifier: news.Exact, Who: who}, Source: "afp", ArticleID: article, Published: p}
	}
	s := &news.Story{ID: 3, Headline: "Shelling hits Douma", LastSeen: at(2017, 4, 14),
		Sources: []news.StorySource{{ArticleID: 3, ExternalID: "a3", Title: "Toll rises in Douma", SourceName: "afp"}},
		Figures: []news.StoryFigure{
			{Kind: news.FigureKilled, Lines: []news.FigureLine{
				{Originator: "SOHR", Steps: []news.FigureBy{step(12, "civilians", "a0", at(2016, 12, 30)), step(58, "civilians", "a1", at(2017, 4, 12)),
					step(86, "civilians", "a3", at(2017, 4, 14))}},
				{Originator: "hospital", Steps: []news.FigureBy{step(45, "", "a2", at(2017, 4, 13))}},
				{Outlet: "dailysabah", Steps: []news.FigureBy{step(92, "", "a3", at(2017, 4, 14))}},
			}},
			{Kind: news.FigureInjured, Lines: []news.FigureLine{{Originator: "SOHR", Steps: []news.FigureBy{step(200, "", "a3", at(2017, 4, 14))}}}},
		}}
	open := RenderOpen(s)
	want := "**Shelling hits Douma**\n" +
		"Killed — SOHR: 12 civilians (30 Dec 2016) → 58 civilians (12 Apr) → 86 civilians (14 Apr)\n" +
		"Killed — reported by Daily Sabah: 92 (14 Apr)\n" + // a newer report than the hospital's
		"Killed — according to a hospital: 45 (13 Apr)\n" +
		"Sources (1):\n• Toll rises in Douma — AFP"
	if open != want {
		t.Errorf("starter\n%s\nwant\n%s", open, want)
	}
	fresh := []news.ArticleWithAnalysis{{Article: news.Article{ID: 3, ExternalID: "a3", Title: "Toll rises in Douma", SourceName: "afp"}}}
	update := RenderUpdate(s, fresh)
	want = "**1 new report**\n" +
		"Killed — SOHR: 12 civilians (30 Dec 2016) → 58 civilians (12 Apr) → 86 civilians (14 Apr)\n" +
		"Killed — reported by Daily Sabah: 92 (14 Apr)\n" +
		"• Toll rises in Douma — AFP"
	if update != want {
		t.Errorf("update\n%s\nwant\n%s", update, want)
	}
}

// TestShortenKeepsLatest: a toll line too long for a post keeps its giver,
// its first count and its latest counts.
func TestShortenKeepsLatest(t *testing.T) {
	line := "SOHR: 10 (1 Jan) → 20 (2 Jan) → 30 (3 Jan) → 40 (4 Jan) → 50 (5 Jan)"
	for _, tt := range []struct {
		n    int
		want string
	}{
		{100, line},
		{50, "SOHR: 10 (1 Jan) → … → 40 (4 Jan) → 50 (5 Jan)"},
		{35, "SOHR: 10 (1 Jan) → … → 50 (5 Jan)"},
		{20, "SOHR: 10 (1 Jan) →…"},
	} {
		if got := shorten(line, tt.n); got != tt.want {
			t.Errorf("shorten(%d) = %q, want %q", tt.n, got, tt.want)
		}
	}
}

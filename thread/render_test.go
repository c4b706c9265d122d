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

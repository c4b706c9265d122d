package digest

import (
	"strings"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

// TestKeyLineKeepsTheGroup: a key development cites its lead count with the
// group the item's figure line gives it ("SOHR: 19 soldiers" under the item,
// "killed: 19 soldiers (SOHR, ...)" in the key line): a key line of "19"
// alone reads as the event's whole toll (issue 10, fig43). A count of no
// group, and one of families (whose unit the count's text names), read as
// before.
func TestKeyLineKeepsTheGroup(t *testing.T) {
	at := time.Date(2016, 7, 12, 0, 0, 0, 0, time.UTC)
	item := func(fig news.Figure) ItemFigure {
		c := news.FigureBy{Figure: fig, Source: "wire", ArticleID: "a1", Published: at}
		f := news.StoryFigure{Kind: news.FigureKilled, Low: c.Figure, High: c.Figure, Latest: c.Figure, By: "wire", AsOf: at,
			Refs: []news.FigureBy{c}, Lines: []news.FigureLine{{Originator: "SOHR", Steps: []news.FigureBy{c}}}}
		return newItemFigure(f, false, nil)
	}
	for _, tt := range []struct {
		name      string
		fig       news.Figure
		line, key string
	}{
		{"a group", news.Figure{Value: 19, Qualifier: news.Exact, Originator: "SOHR", Who: "soldiers"},
			"SOHR: 19 soldiers", "19 soldiers (SOHR)"},
		{"no group", news.Figure{Value: 19, Qualifier: news.Exact, Originator: "SOHR"},
			"SOHR: 19", "19 (SOHR)"},
		{"a qualified group", news.Figure{Value: 40, Qualifier: news.AtLeast, Originator: "SOHR", Who: "civilians"},
			"SOHR: at least 40 civilians", "at least 40 civilians (SOHR)"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			f := item(tt.fig)
			if len(f.Lines) != 1 || !strings.HasPrefix(f.Lines[0], tt.line+" (") {
				t.Fatalf("item line %q, want %q (...)", f.Lines, tt.line)
			}
			if got := figureShort(&f); got != tt.key {
				t.Errorf("key %q, want %q", got, tt.key)
			}
		})
	}
}

package digest

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

// TestOffensiveLaunchedLeads: a new offensive begun is a change of state
// for the worse: it leads the key developments above larger tolls, and the
// conflict's line says it deteriorated and why (issue 13, 2015-06-29
// window: "unchanged — no change of state reported" in the week of the
// widest rebel offensive on a city in three years). Invented stories.
func TestOffensiveLaunchedLeads(t *testing.T) {
	now := day("2021-05-08")
	at := now.Add(-48 * time.Hour)
	killed := func(v int64) []news.StoryFigure { return oneToll(v, "Monitor", false, at) }
	src := func(name string) []news.StorySource { return oneSource(name, at) }
	v := []news.Category{news.Violence}
	stories := memStories{
		{ID: 1, Headline: "Mosque blast kills 25", Categories: v, LastSeen: at, Sources: src("wire"), Figures: killed(25)},
		{ID: 2, Headline: "Air raids kill 22 in eastern city", Categories: v, LastSeen: at, Sources: src("daily"), Figures: killed(22)},
		{ID: 3, Headline: "Shelling kills 12 in market", Categories: v, LastSeen: at, Sources: src("radio"), Figures: killed(12)},
		{ID: 4, Headline: "Rebel alliance attacks government-held districts", Categories: v, LastSeen: at, Sources: src("wire"), Figures: killed(9),
			Changes: []news.StoryChange{{Change: news.ChangeOffensiveLaunched, At: at, Source: "wire"}}},
	}
	d, err := Build(context.Background(), stories, news.DigestFilter{Since: now.Add(-7 * 24 * time.Hour), Until: now}, now)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Key) == 0 || d.Key[0].StoryID != 4 || !strings.HasPrefix(d.Key[0].Text, "Offensive launched: ") {
		t.Errorf("key = %+v, want story 4 first, told as \"Offensive launched: ...\"", d.Key)
	}
	if len(d.Trends) == 0 || d.Trends[0].Trend != TrendWorse || !strings.HasPrefix(d.Trends[0].Reason, "offensive launched") {
		t.Errorf("trends = %+v, want deteriorated: offensive launched", d.Trends)
	}
}

// oneToll is a story's killed figure of one count, one originator's as
// one report on a wire gave it at at.
func oneToll(v int64, orig string, party bool, at time.Time) []news.StoryFigure {
	return []news.StoryFigure{{Kind: news.FigureKilled, Latest: news.Figure{Value: v, Qualifier: news.Exact}, High: news.Figure{Value: v},
		Lines: []news.FigureLine{{Originator: orig, Outlet: "wire", PartyClaim: party,
			Steps: []news.FigureBy{{Figure: news.Figure{Value: v, Qualifier: news.Exact, Originator: orig}, Source: "wire", ArticleID: "w", Published: at}}}}}}
}

// oneSource is a story's one report, by outlet name, at at.
func oneSource(name string, at time.Time) []news.StorySource {
	return []news.StorySource{{SourceName: name, ExternalID: name + "-1", Published: at}}
}

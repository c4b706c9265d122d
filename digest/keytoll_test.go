package digest

import (
	"slices"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

// TestKeyWeighsTheEvent: a bomb of a handful of dead that two outlets told
// outscores strikes of dozens that one outlet told (a further outlet
// weighs as a tenfold toll), yet the key lines weigh the event: the
// strikes of dozens come first; talks and a truce's news keep the places
// their scores give them (0530's reader: a bomb of 5 dead ranked above a
// strike of 35 and shelling of 40).
func TestKeyWeighsTheEvent(t *testing.T) {
	since := time.Date(2016, 5, 30, 0, 0, 0, 0, time.UTC)
	day := since.Add(48 * time.Hour)
	item := func(id int64, sec news.Category, score float64, killed int64) Item {
		it := Item{StoryID: id, Headline: "h", Section: sec, Categories: []news.Category{sec, news.Violence}, Score: score,
			LastSeen: day, FirstSeen: day, SourceCount: 1}
		if killed > 0 {
			it.Figures = []ItemFigure{{Kind: news.FigureKilled, Value: killed}}
		}
		return it
	}
	items := []Item{
		item(1, news.Ceasefire, 29, 31), // a truce's violation: its place by score
		item(2, news.Violence, 17, 5),   // the bomb two outlets told
		item(3, news.Violence, 9.3, 35),
		item(4, news.Violence, 9.1, 32),
		item(5, news.Talks, 8, 0),
	}
	var got []int64
	for _, k := range keyDevelopments(items, since) {
		got = append(got, k.StoryID)
	}
	if want := []int64{1, 3, 4}; !slices.Equal(got, want) {
		t.Errorf("key stories %v, want %v", got, want)
	}
	items[3].Figures[0].Value = 7 // two events of a handful of dead: the outlets decide
	got = got[:0]
	for _, k := range keyDevelopments(items, since) {
		got = append(got, k.StoryID)
	}
	if want := []int64{1, 3, 2}; !slices.Equal(got, want) {
		t.Errorf("key stories %v, want %v", got, want)
	}
}

// TestPeriodTollSaysSo: a toll its report counts over the past days is
// told as such in a conflict's line and a key line, dated by its report,
// never as the toll of the report's day; a day's toll is told as before
// (0530's reader: "at least 72 ... over the past few days" as Idlib's
// toll of 2 Jun).
func TestPeriodTollSaysSo(t *testing.T) {
	day := time.Date(2016, 6, 2, 0, 0, 0, 0, time.UTC)
	item := func(sentence string, period bool) *Item { // period: as the analysis marks it (Figure.RecentPeriod)
		c := news.FigureBy{Figure: news.Figure{Value: 70, Qualifier: news.AtLeast, Originator: "SOHR", Sentence: sentence, RecentPeriod: period},
			Source: "wire", ArticleID: "a1", Published: day}
		f := news.StoryFigure{Kind: news.FigureKilled, Low: c.Figure, High: c.Figure, Latest: c.Figure, By: "wire", AsOf: day,
			Refs: []news.FigureBy{c}, Lines: []news.FigureLine{{Originator: "SOHR", Steps: []news.FigureBy{c}}}}
		return &Item{StoryID: 1, Place: "Qasr", Conflict: "syria", Section: news.Violence, Categories: []news.Category{news.Violence},
			Events: &Span{First: day, Last: day}, Figures: []ItemFigure{newItemFigure(f, false, nil)}}
	}
	_, got := trendOf([]*Item{item("At least 70 civilians were killed in raids on Qasr over the past few days.", true)}, day)
	if want := "SOHR: at least 70 killed over several days (Qasr, reported 2 Jun 2016)"; got != want {
		t.Errorf("period toll: %q, want %q", got, want)
	}
	if got := figureShort(&item("At least 70 civilians were killed in raids on Qasr over the past few days.", true).Figures[0]); got != "at least 70 over several days (SOHR)" {
		t.Errorf("period key %q", got)
	}
	_, got = trendOf([]*Item{item("At least 70 civilians were killed in raids on Qasr on Thursday.", false)}, day)
	if want := "SOHR: at least 70 killed (Qasr, 2 Jun 2016)"; got != want {
		t.Errorf("day's toll: %q, want %q", got, want)
	}
}

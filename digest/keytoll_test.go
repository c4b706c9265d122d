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

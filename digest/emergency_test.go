package digest

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

// TestEmergencyDeclaredLeads: an authority's declaration of a disaster area
// is a change of state: it leads the key developments and the digest,
// above a larger toll an army claims and routine tolls, and its key line
// says what changed (issue 13, 2016-05-30 window: the declaration sat at
// the very bottom). Invented stories of one invented week.
func TestEmergencyDeclaredLeads(t *testing.T) {
	now := day("2021-05-08")
	at := now.Add(-48 * time.Hour)
	killed := func(v int64, orig string, party bool) []news.StoryFigure { return oneToll(v, orig, party, at) }
	src := func(name string) []news.StorySource { return oneSource(name, at) }
	v := []news.Category{news.Violence}
	stories := memStories{
		{ID: 1, Headline: "Army says it killed 60 militants", Categories: v, LastSeen: at, Sources: src("radio"), Figures: killed(60, "army", true)},
		{ID: 2, Headline: "Shelling kills 12 in market", Categories: v, LastSeen: at, Sources: src("wire"), Figures: killed(12, "Monitor", false)},
		{ID: 3, Headline: "Air raids kill 9 in village", Categories: v, LastSeen: at, Sources: src("daily"), Figures: killed(9, "rescuers", false)},
		{ID: 4, Headline: "Council declares province disaster area", Categories: []news.Category{news.Violence, news.Humanitarian},
			LastSeen: at, Sources: src("council"), Figures: killed(20, "Council", true),
			Changes: []news.StoryChange{{Change: news.ChangeEmergencyDeclared, At: at, Source: "council"}}},
	}
	d, err := Build(context.Background(), stories, news.DigestFilter{Since: now.Add(-7 * 24 * time.Hour), Until: now}, now)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Key) == 0 || d.Key[0].StoryID != 4 || d.Key[0].Why != "change of state" || !strings.HasPrefix(d.Key[0].Text, "Emergency declared: ") {
		t.Errorf("key = %+v, want story 4 first, a change of state told as \"Emergency declared: ...\"", d.Key)
	}
	if got := d.Sections[0].Items[0]; got.StoryID != 4 || got.Direction != Worse {
		t.Errorf("first item = %d (direction %q), want the declaration (4), for the worse", got.StoryID, got.Direction)
	}
}

package digest

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// TestTalksPlacedAtVenue: a talks item is placed where its talks are held
// (the story's place marked Venue), not by the war's places its reports
// name more often; a violence item keeps its events' place.
func TestTalksPlacedAtVenue(t *testing.T) {
	places := []news.Entity{{Name: "Aleppo", Kind: "city", Conflict: "syria", Count: 3},
		{Name: "Geneva", Kind: "city", Count: 1, Venue: true}, {Name: "Syria", Kind: "country", Conflict: "syria", Count: 4, Lead: true}}
	for _, c := range []struct {
		cat  news.Category
		want string
	}{{news.Talks, "Geneva"}, {news.Violence, "Aleppo"}} {
		s := news.Story{ID: 1, Headline: "Envoys report progress", Categories: []news.Category{c.cat}, Places: places,
			EventFirst: day("2016-08-26"), EventLast: day("2016-08-26")}
		if it := newItem(&s, day("2016-08-28")); it.Place != c.want {
			t.Errorf("%s item placed in %q, want %q", c.cat, it.Place, c.want)
		}
	}
}

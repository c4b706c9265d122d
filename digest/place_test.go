package digest

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// TestPlaceOfTownBeforeCity: a town the leads name as often as a city
// is where the event was ("strikes on the town of Qarya in Norvik
// province", under a headline naming Norvik); a city named more often
// still wins, a town named only in the background does not, and a city and
// a province named as often keep the order the story gives them.
func TestPlaceOfTownBeforeCity(t *testing.T) {
	town := news.Entity{Name: "Qarya", Kind: "town", Conflict: "syria", Count: 3, Lead: true}
	city := news.Entity{Name: "Norvik", Kind: "city", Conflict: "syria", Count: 3, Lead: true}
	prov := news.Entity{Name: "Norvik province", Kind: "governorate", Conflict: "syria", Count: 3, Lead: true}
	for _, c := range []struct {
		places []news.Entity
		want   string
	}{
		{[]news.Entity{city, town, prov}, "Qarya"},
		{[]news.Entity{func() news.Entity { c := city; c.Count = 4; return c }(), town}, "Norvik"},
		{[]news.Entity{prov, city}, "Norvik province"},
		{[]news.Entity{city, func() news.Entity { t := town; t.Lead = false; return t }()}, "Norvik"},
	} {
		if got, _ := placeOf(&news.Story{Places: c.places}); got != c.want {
			t.Errorf("placeOf(%v) = %q, want %q", c.places, got, c.want)
		}
	}
}

package story

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// TestTalksVenue: a talks story's venue is the city of no war its
// reports' analyses name most as where the talks sit (news.Entity.TalksHeld:
// "talks in Geneva", "sat down in a Geneva lakeside hotel"), not the war's
// places they discuss; a venue no analysis names as the talks' place is
// none, and of two the one named most is. (Invented places.)
func TestTalksVenue(t *testing.T) {
	places := func() []news.Entity {
		return []news.Entity{{Name: "Syria", Kind: "country", Conflict: "syria", Count: 4, Lead: true},
			{Name: "Aleppo", Kind: "city", Conflict: "syria", Count: 3}, {Name: "Geneva", Kind: "city", Count: 1},
			{Name: "Tehran", Kind: "city", Count: 1}}
	}
	member := func(held ...news.Entity) Member { return Member{Analysis: news.Analysis{Places: held}} }
	for _, c := range []struct {
		name string
		ms   []Member
		want string
	}{
		{"one report's Geneva", []Member{member(news.Entity{Name: "Geneva", Kind: "city", TalksHeld: 1}, news.Entity{Name: "Tehran", Kind: "city"})}, "Geneva"},
		{"named most", []Member{member(news.Entity{Name: "Tehran", Kind: "city", TalksHeld: 1}),
			member(news.Entity{Name: "Geneva", Kind: "city", TalksHeld: 1}), member(news.Entity{Name: "Geneva", Kind: "city", TalksHeld: 1})}, "Geneva"},
		{"none held", []Member{member(news.Entity{Name: "Geneva", Kind: "city"}, news.Entity{Name: "Aleppo", Kind: "city", Conflict: "syria"})}, ""},
	} {
		ps := places()
		markVenue(ps, c.ms)
		got := ""
		for _, p := range ps {
			if p.Venue {
				got += p.Name
			}
		}
		if got != c.want {
			t.Errorf("%s: venue %q, want %q", c.name, got, c.want)
		}
	}
}

// TestStoryPlacesCarryNoTalksHeld: a story's places count its members, not
// one report's namings of the talks' place (TalksHeld stays the analyses').
func TestStoryPlacesCarryNoTalksHeld(t *testing.T) {
	ms := []Member{{Analysis: news.Analysis{Categories: []news.Category{news.Talks},
		Places: []news.Entity{{Name: "Geneva", Kind: "city", Count: 2, TalksHeld: 2}}}}}
	s := Build(ms)
	if len(s.Places) != 1 || s.Places[0].TalksHeld != 0 || !s.Places[0].Venue {
		t.Errorf("places = %+v, want Geneva the venue with no TalksHeld", s.Places)
	}
}

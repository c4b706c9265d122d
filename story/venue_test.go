package story

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// TestTalksVenue: a talks story's venue is the city of no war its reports
// name as where the talks sit ("talks in Geneva", "sat down in a Geneva
// lakeside hotel"), not the war's places they discuss; a venue named as
// no talks' place ("told a news briefing in Geneva", "had told Tehran")
// is none. (Invented texts.)
func TestTalksVenue(t *testing.T) {
	places := func() []news.Entity {
		return []news.Entity{{Name: "Syria", Kind: "country", Conflict: "syria", Count: 4, Lead: true},
			{Name: "Aleppo", Kind: "city", Conflict: "syria", Count: 3}, {Name: "Geneva", Kind: "city", Count: 1},
			{Name: "Tehran", Kind: "city", Count: 1}}
	}
	for _, c := range []struct{ title, text, want string }{
		{"Envoys report progress on Aleppo truce", "The two ministers sat down in a Geneva lakeside hotel to work out a pause in the fighting around Aleppo. Iran's envoy had told Tehran the pause would hold.", "Geneva"},
		{"Ministers open Syria talks in Geneva", "The talks are about a truce in Aleppo, where aid has been blocked for weeks.", "Geneva"},
		{"Aid agencies warn of hunger in Aleppo", "Food is running out in Aleppo a spokeswoman told a news briefing in Geneva. The ministers had told Tehran nothing.", ""},
	} {
		ps := places()
		markVenue(ps, []Member{{Article: news.Article{Title: c.title, Text: c.text}}})
		got := ""
		for _, p := range ps {
			if p.Venue {
				got += p.Name
			}
		}
		if got != c.want {
			t.Errorf("%q: venue %q, want %q", c.title, got, c.want)
		}
	}
}

package analyze

import (
	"slices"
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// TestGateCaptivesExchange: captives exchanged between two sides and
// negotiated ("prisoner exchange", "an exchange of detainees") are a war's
// diplomacy where no place or side of it is named, as a hostages' release
// negotiated is (relevance.txt's [hostagetalks]; issue 14, h-gate26). The
// two fit documents: a headline of the truce set (fignewsmt-B12-6522, both
// readings talks) that tells the sticking points of a proposed deal with no
// text, and an OSCE chairman's statement of the ReliefWeb 2017 development
// half (rw-2393119, both readings talks) read with no headline, as the
// store gives agency pages; both were turned away as not about war (quoted
// short). Counter-cases: a market's story (business has its say first) and
// a captives' swap named by no exchange word.
func TestGateCaptivesExchange(t *testing.T) {
	for _, c := range []struct {
		name, title, text string
		relevant          bool
		talks             bool
	}{
		{"a deal's sticking point, headline alone", "Proposed deal seen as important turning point, but prisoner exchange ratio one of the sticking points", "", true, true},
		{"a statement with no place, no headline", "", "I welcome that the sides have agreed to conduct an exchange of detainees on 27 December - a step long awaited by the prisoners and their families. " +
			"This is a deeply humanitarian gesture, even more so on the occasion of Christmas and New Year. " +
			"I call upon the sides to provide conditions of dignity and respect for each of the persons to be exchanged.", true, true},
		{"a market's story", "Shares of the exchange operator rose", "Shares of the stock exchange operator rose 4 per cent after the exchange of detainees was announced, traders said, as investors bought bank stocks.", false, false},
		{"no exchange named", "", "I welcome that the sides have agreed to meet on 27 December - a step long awaited by the families. This is a deeply humanitarian gesture.", false, false},
	} {
		an := Analyze(&news.Article{Title: c.title, Text: c.text})
		r := an.RelevanceOf()
		if r.Relevant != c.relevant {
			t.Errorf("%s: relevance %+v, want relevant %v", c.name, r, c.relevant)
			continue
		}
		if c.relevant && r.Detail != "a captives' release negotiated" {
			t.Errorf("%s: detail %q", c.name, r.Detail)
		}
		if got := slices.Contains(an.Categories, news.Talks); got != c.talks {
			t.Errorf("%s: categories %v, want talks %v", c.name, an.Categories, c.talks)
		}
	}
}

package analyze

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/lang"
	"github.com/conflict-digest/conflict-digest/news"
)

// Rules written on the fit halves of rwp7 and rwp8 (HumSet agency
// documents, issue 14, h-cat1), each checked on invented sentences.

// TestSettlementAsASite: a settlement people live in (an IDP or informal
// settlement, one hosting families) is a site of the displaced, no
// settlement of a war: no more than a hint that a long report's floor
// (longFloor) leaves out; a political settlement sought is talks.
func TestSettlementAsASite(t *testing.T) {
	checkEvidence(t, fTalks, rules[0].longFloor, []evidenceCase{
		{"Kits were handed out in the largest IDP Misrati settlement of the city, hosting 1,200 people.", false},
		{"Two informal settlements on the edge of Kabul received water tanks.", false},
		{"Partners visited a settlement hosting 300 displaced families near the border.", false},
		{"The envoy urged the parties to return to talks on a political settlement of the conflict.", true},
	})
}

// evidenceCase is a sentence and whether its evidence of a feature is
// above a bound (checkEvidence).
type evidenceCase struct {
	text  string
	above bool
}

// checkEvidence checks, for each sentence scored alone, whether its
// evidence of f is above bound.
func checkEvidence(t *testing.T, f feature, bound float32, cases []evidenceCase) {
	t.Helper()
	for _, tt := range cases {
		s := newScored(tt.text, lang.Words(tt.text), nil, 1, 0)
		if got := s.evidenceOf(f) > bound; got != tt.above {
			t.Errorf("%q: evidence %.2f, want above %.2f %v", tt.text, s.evidenceOf(f), bound, tt.above)
		}
	}
}

// TestWarAsStandingDanger: a war that "continues to wreak havoc" and arms
// that "continue to threaten" everyone are the war's standing condition;
// the same words beside an attack of a day report it.
func TestWarAsStandingDanger(t *testing.T) {
	checkEvidence(t, fViolence, chronicCap, []evidenceCase{
		{"Ten years in, the conflict continues to wreak havoc across the country, with civilians exposed to indiscriminate attacks.", false},
		{"Airstrikes, artillery shelling and explosive devices continue to threaten everyone, children most of all.", false},
		{"Shelling continues to threaten the town, and on Sunday a shell killed three children near the market.", true},
	})
}

// TestSportsVenueAsShelter: a sports venue where the displaced are moved
// ("the Olympic Centre dormitory") is a place of an aid report, no sport's
// news; the Olympic Games are sport's.
func TestSportsVenueAsShelter(t *testing.T) {
	aid := Analyze(&news.Article{Title: "Humanitarian Update Draft 3",
		Text: "As of 17 July, 1,014 displaced households in Sana'a have been assisted through the rapid response mechanism. As schools reopen in a few weeks, discussions are underway to move the IDPs to the Olympic Centre dormitory in the capital. On 10 July, airstrikes struck two cars leaving a market in Al Hudaydah, killing six civilians."})
	if !aid.RelevanceOf().Relevant {
		t.Errorf("IDPs moved to the Olympic Centre: turned away (%+v)", *aid.Relevance)
	}
	games := Analyze(&news.Article{Title: "Sprinter wins gold at the Olympic Games",
		Text: "The sprinter won the 100 metres final at the Olympic Games on Sunday. She beat the world champion by a tenth of a second."})
	if games.RelevanceOf().Relevant {
		t.Errorf("the Olympic Games: let in (%+v)", *games.Relevance)
	}
}

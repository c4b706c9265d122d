package story

import (
	"strings"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

// TestSummaryTellsATollOnce: two reports of one story that tell its toll
// in other words (few shared words: neither overlap nor restates sees it)
// give the summary one sentence of that toll, the next best sentence
// second (issue 13 item 6, text audit "duplicate": "An explosion at a
// mosque ... killed at least 25" beside "A mosque blast ... has
// reportedly left 25 militants ... dead"); a quoted statement of the toll
// is a voice of its own and may stay when it tells where (a place the
// other sentence does not name), and is the same fact told twice when not.
func TestSummaryTellsATollOnce(t *testing.T) {
	first := "An explosion at a mosque in Velm province on Friday killed at least 25 fighters of the Velm Front a monitoring group said. " +
		"The blast in the town of Arba went off as the fighters gathered at the mosque for the evening meal."
	second := "A mosque blast in Velm has reportedly left 25 militants of the Front including one of its leaders dead. " +
		"Local sources said the Front had sealed off the area around the town."
	ms := []Member{
		member(1, "afp", "Explosion in Velm mosque kills 25", first, t0, killedWith(25, "at least 25")),
		member(2, "sputnik", "Mosque blast in Velm leaves 25 dead", second, t0.Add(time.Hour), killedWith(25, "25")),
	}
	s := Build(ms).Summary
	if n := strings.Count(s, "25"); n != 1 {
		t.Errorf("summary tells the toll %d times, want once:\n%s", n, s)
	}
	a := candidate{text: "Ten civilians were killed in shelling of a Velm neighbourhood.", toll: 10}
	b := candidate{text: "The agency said the shells claimed the lives of ten civilians.", toll: 10}
	q := candidate{text: "\"Ten civilians were killed in the shelling\" the governor said.", toll: 10}
	w := candidate{text: "\"Ten civilians were killed when shells hit a market in Douma\" the governor said.", toll: 10}
	o := candidate{text: "Twelve people were wounded in the shelling.", toll: 0}
	for _, tt := range []struct {
		c, d candidate
		want bool
	}{{a, b, true}, {b, a, true}, {q, a, true}, {w, a, false}, {a, w, false}, {o, a, false}, {o, o, false}} {
		if got := sameToll(tt.c, tt.d); got != tt.want {
			t.Errorf("sameToll(%q, %q) = %v, want %v", tt.c.text, tt.d.text, got, tt.want)
		}
	}
}

// TestTollOnceRefillPointsBackOnlyAfterItsOwn: the sentence that fills the
// place of a retold toll may not point back ("... the group added") unless
// it follows the sentence of its own report just before it — after another
// report's "The Velm Army group claims ..." a monitor's "the group" would
// read as that group's.
func TestTollOnceRefillPointsBackOnlyAfterItsOwn(t *testing.T) {
	claim := candidate{text: "The Velm Army group claims the double bomb attack on a police station in Arba that killed at least 17 people.", toll: 17, member: 0, pos: 1}
	monitor := candidate{text: "At least 17 people were killed in a triple bombing in Arba a monitoring group said on Monday.", toll: 17, member: 1, pos: 1}
	added := candidate{text: "A car bomb went off near the police station shortly before two bombers set off their belts the group added.", member: 1, pos: 2}
	plain := candidate{text: "Ambulances took dozens of wounded people to two hospitals in Arba.", member: 2, pos: 3}
	if !pointsBack(added) {
		t.Fatalf("pointsBack(%q) = false; the test needs a sentence that points back", added.text)
	}
	got := tollOnce([]candidate{claim, monitor}, []candidate{added, plain})
	if len(got) != 2 || got[1].text != plain.text {
		t.Errorf("tollOnce refilled with %q, want %q", texts(got), plain.text)
	}
	// after its own report's sentence just before it, it may come in
	lead := candidate{text: "At least 17 people were killed in a triple bombing in Arba a monitoring group said on Monday.", toll: 17, member: 1, pos: 1}
	if refillPointsBack(added, []candidate{lead}) {
		t.Errorf("refillPointsBack after its own report's previous sentence = true, want false")
	}
}

// TestTollOnceDropsWhatPointedToTheRetelling: a chosen sentence that
// pointed back to the retold toll dropped before it ("At least 17 ... a
// monitoring group said. A car bomb ... the group added.") goes with it.
func TestTollOnceDropsWhatPointedToTheRetelling(t *testing.T) {
	claim := candidate{text: "The Velm Army group claims the double bomb attack on a police station in Arba that killed at least 17 people.", toll: 17, member: 0, pos: 1}
	monitor := candidate{text: "At least 17 people were killed in a triple bombing in Arba a monitoring group said on Monday.", toll: 17, member: 1, pos: 1}
	added := candidate{text: "A car bomb went off near the police station shortly before two bombers set off their belts the group added.", member: 1, pos: 2}
	plain := candidate{text: "Ambulances took dozens of wounded people to two hospitals in Arba.", member: 2, pos: 3}
	got := tollOnce([]candidate{claim, monitor, added}, []candidate{added, plain})
	if len(got) != 2 || got[0].text != claim.text || got[1].text != plain.text {
		t.Errorf("tollOnce = %q, want the claim and %q", texts(got), plain.text)
	}
}

// TestSummaryTellsTheInjuredOnce: a report that tells its count of the
// injured in its lead and again in a later sentence ("hospitals received
// more than 40 wounded") gives the summary that count once (issue 13, text
// audit "duplicate": the second sentence repeats the first's wounded).
// Invented sentences.
func TestSummaryTellsTheInjuredOnce(t *testing.T) {
	text := "Nine civilians were killed and more than 40 others were injured when rockets hit the Foo district of Velm city on Saturday. " +
		"A police source said the shells fell on a market and a school in the district. " +
		"According to hospital sources two of the wounded died overnight and hospitals received more than 40 other wounded people. " +
		"Residents said the shelling went on into the evening."
	an := killedWith(9, "Nine")
	an.Facts.Injured = &news.Figure{Value: 40, Text: "more than 40", Kind: news.FigureInjured, Scope: news.ScopeMain}
	s := Build([]Member{member(1, "agency", "Rockets kill 9 in Velm", text, t0, an)}).Summary
	if n := strings.Count(s, "40"); n != 1 {
		t.Errorf("summary tells the injured %d times, want once:\n%s", n, s)
	}
	a := candidate{text: "More than 40 were injured in the shelling.", hurt: 40}
	b := candidate{text: "Hospitals received more than 40 wounded.", hurt: 40}
	c := candidate{text: "Twelve were injured in a second attack.", hurt: 12}
	if !sameToll(b, a) || sameToll(c, a) {
		t.Errorf("sameToll of the injured: %v (want true), %v (want false)", sameToll(b, a), sameToll(c, a))
	}
}

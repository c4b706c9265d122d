package story

import (
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/analyze"
	"github.com/conflict-digest/conflict-digest/news"
)

// Invented reports of one air raid, told alike in their texts.
const (
	raidText = "At least 40 militants were killed in air raids on the northern town of Qasr al-Nahr on Monday, a monitoring group said. " +
		"The warplanes struck the militants' positions around the town's grain silos, the group said."
	raidText2 = "Warplanes struck militant positions around the grain silos of Qasr al-Nahr on Monday, killing at least 40 of them, a monitoring group said. " +
		"The raids on the northern town went on into the night."
)

// TestNeutralHeadlineOverAPartys: among reports of one event on one day
// the story is headed by a headline in neutral words over one in a
// party's ("Terrorists", "Foil"), whichever came later; by a neutral
// outlet's over a party outlet's (SANA) in words alike; never by one
// that tells less (no count, a smaller count) or runs its count into
// another clause.
func TestNeutralHeadlineOverAPartys(t *testing.T) {
	mon := func(h int) time.Time { return time.Date(2015, 3, 9, h, 0, 0, 0, time.UTC) }
	an := func() news.Analysis { a := killed(40, news.AtLeast); a.EventDate = "2015-03-09"; return a }
	cases := []struct {
		name string
		ms   []Member
		want string
	}{
		{"loaded later", []Member{
			member(1, "ahram", "Air raids kill 40 militants in Qasr al-Nahr", raidText, mon(8), an()),
			member(2, "manar", "Army Kills 40 Terrorists in Qasr al-Nahr", raidText2, mon(12), an()),
		}, "Air raids kill 40 militants in Qasr al-Nahr"},
		{"foil later", []Member{
			member(1, "nna", "40 militants dead in raids on Qasr al-Nahr", raidText, mon(8), an()),
			member(2, "sputnik", "Army Foils Attack on Qasr al-Nahr Kills 40 Militants", raidText2, mon(12), an()),
		}, "40 militants dead in raids on Qasr al-Nahr"},
		{"party outlet later, words alike", []Member{
			member(1, "jordantimes", "Air raids kill 40 militants in Qasr al-Nahr", raidText, mon(8), an()),
			member(2, "sana", "Air strikes kill 40 militants in Qasr al-Nahr", raidText2, mon(12), an()),
		}, "Air raids kill 40 militants in Qasr al-Nahr"},
		{"neutral tells no count", []Member{
			member(1, "ahram", "Air raids pound Qasr al-Nahr", raidText, mon(8), an()),
			member(2, "manar", "Air Force Kills 40 Terrorists in Qasr al-Nahr", raidText2, mon(12), an()),
		}, "Air Force Kills 40 Militants in Qasr al-Nahr"}, // its count heads the story, in neutral words (neutralWords)
		{"neutral outlet glued", []Member{
			member(1, "dailysabah", "Air raid on Qasr al-Nahr kills 40 senior militant commander", raidText, mon(8), an()),
			member(2, "sana", "Air Strikes on Qasr al-Nahr Leave 40 Dead", raidText2, mon(12), an()),
		}, "Air Strikes on Qasr al-Nahr Leave 40 Dead"},
	}
	for _, c := range cases {
		if got := Build(c.ms).Headline; got != c.want {
			t.Errorf("%s: Headline = %q, want %q", c.name, got, c.want)
		}
	}
}

func TestHeadlineMarks(t *testing.T) {
	for h, want := range map[string]bool{
		"Army kills 40 terrorists near Qasr": true, "Takfiri attack repelled": true, "Regime shells the town": true,
		"Troops foiled an attack": true, "Air raids kill 40 militants": false, "Rebels say 12 dead": false,
	} {
		if got := loadedHeadline(h); got != want {
			t.Errorf("loadedHeadline(%q) = %v, want %v", h, got, want)
		}
	}
	for h, want := range map[string]int64{"Raids kill 1,300 in Qasr": 1300, "Four medics killed": 4, "Raids pound Qasr": 0, "5 killed, 12 hurt": 12} {
		if got := headCount(h); got != want {
			t.Errorf("headCount(%q) = %d, want %d", h, got, want)
		}
	}
	for h, want := range map[string]bool{
		"Blast kills 25 senior rebel commander": true, "Blast kills 25 senior rebel commanders": false,
		"Blast kills 25 in Qasr": false, "Blast in Qasr leaves 25 dead": false, "25 Killed in Qasr Blast": false,
		"Strike kills 18 allied fighters Pentagon says": true, "Strike kills 18 allied fighters, Pentagon says": false,
	} {
		if got := gluedCount(h) || gluedSays(h); got != want {
			t.Errorf("glued(%q) = %v, want %v", h, got, want)
		}
	}
	for src, want := range map[string]bool{"sana": true, "Al-Manar": true, "manar": true, "Syrian Coalition": true, "sputnik": true,
		"ahram": false, "reuters": false, "army": false, "rebels": false, "": false} {
		if got := analyze.PartyOutlet(src); got != want {
			t.Errorf("PartyOutlet(%q) = %v, want %v", src, got, want)
		}
	}
}

// TestPartyOutletCountIsAClaim: a count no one else is named for, given by
// a party's own outlet (the opposition coalition's site, a warring state's
// agency), is that party's claim, marked as a quoted party's count is; a
// neutral outlet's own count is not (0530/0613 readers: the army and state
// media flagged, the Syrian Coalition's own counts not).
func TestPartyOutletCountIsAClaim(t *testing.T) {
	day := time.Date(2016, 6, 2, 0, 0, 0, 0, time.UTC)
	by := func(v int64, orig, src string) news.FigureBy {
		return news.FigureBy{Figure: news.Figure{Value: v, Qualifier: news.AtLeast, Originator: orig}, Source: src, Published: day}
	}
	lines := figureLines([]news.FigureBy{by(70, "", "etilaf"), by(12, "", "sana"), by(9, "", "dailysabah"), by(40, "SOHR", "sana")}, nil)
	want := map[string]bool{"etilaf": true, "sana": true, "dailysabah": false, "SOHR": false}
	for _, l := range lines {
		k := l.Outlet
		if l.Originator != "" {
			k = l.Originator
		}
		if got, ok := want[k]; !ok || l.PartyClaim != got {
			t.Errorf("line of %q: party claim %v, want %v", k, l.PartyClaim, got)
		}
	}
	if len(lines) != 4 {
		t.Errorf("%d lines, want 4", len(lines))
	}
}

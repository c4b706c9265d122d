package analyze

import (
	"slices"
	"testing"

	"github.com/conflict-digest/conflict-digest/lang"
	"github.com/conflict-digest/conflict-digest/news"
)

// Inspection diplomacy (GUIDE, talks: meetings or calls between
// governments, parties or the UN about managing the war, agreements
// reached): a government allowing, granting or refusing UN inspectors or
// investigators access is settled between governments and the UN; a call
// between foreign ministers about an attack is a call between governments.
// A government's call for an international inquiry alone is a stance, like
// a condemnation: a hint that makes talks only beside such a call. The
// access of inspectors to an attack's site is not aid's access. Invented
// reports of invented places.

func TestInspectionDiplomacyIsTalks(t *testing.T) {
	cases := []struct{ title, text string }{
		{"Minister says Damascus will let U.N. inspectors visit the affected towns",
			"The foreign minister said on Monday the government would allow U.N. inspectors to visit the towns of Kafr Zita reportedly hit by poison gas. Opposition activists said dozens died in the attack on Friday."},
		{"Government refuses to grant investigators access to shelled village",
			"The interior ministry refused to grant U.N. investigators access to the village of Tal Arran, where activists say a gas attack killed 40 people last week. Western envoys had pressed for an inquiry."},
		{"Lavrov discusses attack with Turkish foreign minister",
			"Russian Foreign Minister Sergei Lavrov told Turkish Foreign Minister Mevlut Cavusoglu in a call on Tuesday that the facts of the alleged chemical attack near Saraqib must be established, the ministry said."},
		{"Minister urges international inquiry into gas attack",
			"The foreign minister called for an international fact-finding mission into the attack in Latamneh during phone conversations on Sunday with his French and Chinese counterparts."},
		{"Paris presses Damascus over inspectors",
			"The French foreign minister said in a telephone call with his Syrian counterpart that the government should allow inspectors immediate and unimpeded access to the site rather than shelling the area to block access. Activists said 60 died in the attack near Hama."},
	}
	for _, c := range cases {
		an := classifyText(c.title, c.text)
		if !slices.Contains(an.Categories, news.Talks) {
			t.Errorf("%q: categories %v (talks %.2f), want talks", c.title, an.Categories, an.Scores[news.Talks])
		}
		if slices.Contains(an.Categories, news.Humanitarian) {
			t.Errorf("%q: humanitarian %.2f from inspectors' access", c.title, an.Scores[news.Humanitarian])
		}
	}
}

func TestInspectionWordsAloneAreNotTalks(t *testing.T) {
	cases := []struct{ title, text string }{
		// a condemnation that calls for an inquiry, with no call between governments
		{"Gas attack kills 30 in northern town",
			"A suspected gas attack killed 30 people in the town of Habit on Thursday, medics said. The opposition demanded an international investigation and blamed government aircraft."},
		// the site of an attack reached by rescuers: no diplomacy, no aid story
		{"Airstrike flattens market in Ariha",
			"Warplanes struck a crowded market in Ariha on Friday, killing 18 people. Rescuers said shelling blocked access to the site for hours."},
	}
	for _, c := range cases {
		an := classifyText(c.title, c.text)
		if slices.Contains(an.Categories, news.Talks) {
			t.Errorf("%q: talks %.2f, want none", c.title, an.Scores[news.Talks])
		}
		if slices.Contains(an.Categories, news.Humanitarian) {
			t.Errorf("%q: humanitarian %.2f, want none", c.title, an.Scores[news.Humanitarian])
		}
	}
	// Aid's access stays humanitarian.
	an := classifyText("Convoys denied access to besieged town",
		"Government forces denied aid convoys access to the besieged town of Madaya for a third week, the U.N. said, calling for unimpeded humanitarian access.")
	if !slices.Contains(an.Categories, news.Humanitarian) {
		t.Errorf("aid access: categories %v, want humanitarian", an.Categories)
	}
}

// TestSiteAccessIsNotAid: "unimpeded access" to an attack's site is the
// inspectors' and earns the sentence no humanitarian evidence; to a
// besieged town it is aid's.
func TestSiteAccessIsNotAid(t *testing.T) {
	site := "It should have allowed immediate and unimpeded access to the site rather than shelling the area."
	town := "It should have allowed immediate and unimpeded access to the besieged town."
	s := newScored(site, lang.Words(site), nil, 1, 0)
	if e := s.evidenceOf(fHumanitarian); e > 0.3 {
		t.Errorf("access to the site: humanitarian evidence %.2f, want at most 0.3", e)
	}
	s = newScored(town, lang.Words(town), nil, 1, 0)
	if e := s.evidenceOf(fHumanitarian); e < 0.9 {
		t.Errorf("access to the town: humanitarian evidence %.2f, want at least 0.9", e)
	}
}

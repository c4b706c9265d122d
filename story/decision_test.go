package story

import (
	"strings"
	"testing"

	"github.com/conflict-digest/conflict-digest/analyze"
	"github.com/conflict-digest/conflict-digest/news"
)

// TestSummaryTellsTheDecision: a talks story of a Security Council session
// whose lead tells the speeches gives its summary the decision the session
// came to (a veto), which its report's fourth sentence tells. Invented
// sentences.
func TestSummaryTellsTheDecision(t *testing.T) {
	veto := "Russia on Wednesday vetoed a Western-drafted resolution at the Security Council that would have demanded the government cooperate with an inquiry into the attack."
	text := "British scientists have found that a nerve agent was used in last week's attack on a rebel-held town the British envoy told the UN Security Council on Wednesday. " +
		`"Samples taken from the town tested positive for the nerve agent" Ambassador John Palmer told the council blaming the government of President Bashar al-Assad. ` +
		"On Tuesday similar results were announced by Turkish health officials who said tests on victims showed the agent had been used. " +
		veto + " China abstained from the vote while Bolivia voted against the text. " +
		"Washington accused Moscow of protecting a government that gasses its own people."
	first, _, _ := strings.Cut(text, ". ")
	an := news.Analysis{Categories: []news.Category{news.Talks},
		Scores:   map[news.Category]float64{news.Talks: 0.8},
		Evidence: map[news.Category][]string{news.Talks: {first + "."}},
		// the analysis dates "last week's attack" (RecalledDate): the
		// report tells of the session, not the attack
		RecallsDate: "2017-04-04"}
	s := Build([]Member{member(1, "afp", "Nerve agent used in town attack British scientists", text, t0, an)})
	if !strings.Contains(s.Summary, veto) {
		t.Errorf("Summary = %q, want the veto", s.Summary)
	}
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{veto, true},
		{"The assembly adopted the resolution by 120 votes to 12.", true},
		{"Envoys voted on a draft text late on Friday.", true},
		{"The envoy told the council that samples tested positive for sarin.", false},
		{"Rebels rejected the claim that they held chemical arms.", false},
	} {
		if got := analyze.StatesDecision(tt.s); got != tt.want {
			t.Errorf("StatesDecision(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

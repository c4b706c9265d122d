package analyze

import (
	"strings"
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// TestTidySummary: a source's aside on where a group is banned goes; other
// parentheses stay. Invented sentences.
func TestTidySummary(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"outlawed in a country",
			"Kurdish fighters killed 20 Daesh (outlawed in Russia) militants near the dam.",
			"Kurdish fighters killed 20 Daesh militants near the dam."},
		{"banned, with what the group is",
			"The Nusra Front (a terrorist group banned in Russia) shelled the town.",
			"The Nusra Front shelled the town."},
		{"names before the ban",
			"Islamic State (ISIS, prohibited in Russia) fighters left the village.",
			"Islamic State fighters left the village."},
		{"an acronym stays", "The Syrian Democratic Forces (SDF) took the village.", "The Syrian Democratic Forces (SDF) took the village."},
		{"a ban in prose stays", "The group was banned in Russia in 2015 (the court said) last year.", "The group was banned in Russia in 2015 (the court said) last year."},
		{"a blessing after a holy name",
			"Mortars fell near the shrine of Sayyeda Zeinab (as), the granddaughter of the Prophet Mohammed (PBUH), on Sunday.",
			"Mortars fell near the shrine of Sayyeda Zeinab, the granddaughter of the Prophet Mohammed, on Sunday."},
		{"a blessing spelled out", "Pilgrims visit the tomb of Imam Hussein (peace be upon him) in Karbala.", "Pilgrims visit the tomb of Imam Hussein in Karbala."},
		{"an acronym in capitals stays", "Fighters of Ahrar al-Sham (AS) and Jaish al-Islam (JAI) shelled the town.", "Fighters of Ahrar al-Sham (AS) and Jaish al-Islam (JAI) shelled the town."},
		{"a plural glued to its word stays", "The person(s) who fired were not named.", "The person(s) who fired were not named."},
		{"an aside glued between numbers stays", "Shells hit 5(s)0 homes.", "Shells hit 5(s)0 homes."},
		{"a blessing before a word stays when glued to it", "Imam Ali (as)said so.", "Imam Ali (as)said so."},
		{"clock still tidied", "Daesh (banned in Russia) attacked at 200 am.", "Daesh attacked at 2:00 am."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := TidySummary(tt.in); got != tt.want {
				t.Errorf("TidySummary(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

// TestSummaryTellsTheDecision: a talks report's summary tells the decision
// its session came to (a veto in its fourth sentence), not only the
// speeches its lead tells; a report of no talks is summarised as before.
// Invented sentences.
func TestSummaryTellsTheDecision(t *testing.T) {
	veto := "Russia on Wednesday vetoed a Western-drafted resolution at the Security Council that would have demanded the government cooperate with an inquiry into the attack."
	text := "British scientists have found that a nerve agent was used in last week's attack on a rebel-held town the British envoy told the UN Security Council on Wednesday. " +
		`"Samples taken from the town tested positive for the nerve agent" Ambassador John Palmer told the council blaming the government of President Bashar al-Assad. ` +
		"On Tuesday similar results were announced by Turkish health officials who said tests on victims showed the agent had been used. " +
		veto + " Washington accused Moscow of protecting a government that gasses its own people."
	d := newDoc("Nerve agent used in town attack British scientists", text)
	if got := summarize(d, &news.Analysis{Categories: []news.Category{news.Talks}}); !strings.Contains(got, veto) {
		t.Errorf("talks summary = %q, want the veto", got)
	}
	if got := summarize(d, &news.Analysis{Categories: []news.Category{news.Violence}}); strings.Contains(got, veto) {
		t.Errorf("violence summary = %q, want the lead's sentences", got)
	}
}

// TestMayHoldBlessing: the quick test before reBlessing turns away no text
// the expression matches in (a false answer skips it), and turns away the
// brackets of an agency or a monitor.
func TestMayHoldBlessing(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want bool
	}{
		{"The prophet Foo (pbuh) said", true},
		{"Imam Bar (SAW) and Baz (swt)", true},
		{"Imam Qux (as) was quoted", true},
		{"the shrine of Zed (ra), he said", true},
		{"the long s of (ſaw) folds to an s", true},
		{"Foo (AFP) - Ten people died (UN) (As of May)", false},
		{"the Observatory (SOHR) said", true}, // an S after the bracket: asked, and the expression finds none
		{"no bracket at all", false},
		{"a bracket at the end (", false},
	} {
		if got := mayHoldBlessing(tt.in); got != tt.want {
			t.Errorf("mayHoldBlessing(%q) = %v, want %v", tt.in, got, tt.want)
		}
		if !mayHoldBlessing(tt.in) && reBlessing.MatchString(tt.in) {
			t.Errorf("reBlessing matches %q, which mayHoldBlessing skips", tt.in)
		}
	}
}

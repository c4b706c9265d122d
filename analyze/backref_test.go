package analyze

import (
	"strings"
	"testing"

	"github.com/conflict-digest/conflict-digest/lang"
	"github.com/conflict-digest/conflict-digest/news"
)

// TestMonitorBackReference: "a watchdog", "the monitor" stand for the
// monitor the text names, also when it names another monitor later (an
// unrelated arrest a rights group reports): the one named first after the
// reference when none is named before it (issue 13, 2013-08-12 window:
// "a monitor" beside the Observatory's name). Invented sentences.
func TestMonitorBackReference(t *testing.T) {
	runOriginatorCases(t, []originatorCase{
		{"a watchdog, then the monitor named, then another", "",
			"Gunmen stormed a village in the north, sparking clashes in which 14 people were killed, a watchdog said on Sunday. " +
				"The assault was part of a wider push, the Syrian Observatory for Human Rights said. " +
				"Meanwhile Amnesty International said a writer had been arrested.",
			"killed", 14, "SOHR", false},
		{"the monitor named before, another after", "",
			"The Syrian Observatory for Human Rights said shelling hit the town overnight. " +
				"Nine civilians were killed in the market, the monitor said. " +
				"Amnesty International said a lawyer had disappeared.",
			"killed", 9, "SOHR", false},
		// A passive verb takes no count: the part after it, with no
		// comma between, is a part of the count before it.
		{"a part after a passive verb, no commas", "",
			"Rebels attacked the border town sparking fighting in which 12 people were killed three of them medics a watchdog said on Saturday. " +
				"The assault was part of a wider offensive the UK-based Syrian Observatory for Human Rights said.",
			"killed", 12, "SOHR", false},
	})
}

// TestSummaryTakesTheLongerLead: a page that gives its lead twice, the
// first copy cut short before the place, is summed up by the whole copy
// (issue 13, 2013-08-12 window). Invented sentences.
func TestSummaryTakesTheLongerLead(t *testing.T) {
	a := &news.Article{Title: "21 fighters killed in clashes",
		Text: "Local activists said on Monday that at least 21 members of the Foo Brigade were killed. " +
			"Local activists said on Monday that at least 21 members of the Foo Brigade were killed during fierce fighting since the group attacked the town of Barville two days ago. " +
			"The army also shelled positions east of the town, state media said."}
	an := Analyze(a)
	if !strings.Contains(an.Summary, "during fierce fighting since the group attacked the town of Barville") ||
		strings.Count(an.Summary, "Local activists said") != 1 {
		t.Errorf("summary = %q, want the whole lead once", an.Summary)
	}
	if f := findFigure(an.Facts, "killed", 21); f == nil || f.Qualifier != news.AtLeast || !sameOriginator(*f, "activists") {
		t.Errorf("killed figure = %+v, want at least 21 by activists", f)
	}
}

// TestMembersOfNamedBodies: a count of the members of bodies whose quoted
// names run long is the subject of the verb after them. Invented sentence.
func TestMembersOfNamedBodies(t *testing.T) {
	checkOriginator(t, &news.Article{Text: `Activists said on Tuesday that at least 21 members of the "Foo State in the Valley and the Hills" and "Bar Front" organizations were killed. Clashes went on overnight.`},
		"killed", 21, "activists", false)
}

// TestSummaryPartOfThemLeansBack: a sentence opening on a part of people
// told before ("Scores of them", "Among them") enters a summary only right
// after the sentence it points at, never after another (issue 13, 0812
// window: the lead's toll followed by a later paragraph's "Scores of them
// were left killed and injured"). Invented sentences.
func TestSummaryPartOfThemLeansBack(t *testing.T) {
	for _, s := range []string{"Scores of them were left killed and injured.", "Among them were two medics.", "Many of those wounded were children."} {
		if !leansBack(lang.Words(lang.Lower(s))) {
			t.Errorf("leansBack(%q) = false, want true", s)
		}
	}
	for _, s := range []string{"Many of those who fled returned on Monday.", "The army said most of the town was retaken.", "At least 23 people most of them fighters were killed by a bomb."} {
		if leansBack(lang.Words(lang.Lower(s))) {
			t.Errorf("leansBack(%q) = true, want false", s)
		}
	}
	a := &news.Article{Title: "21 fighters killed in clashes near Barville",
		Text: "Local activists said on Monday that at least 21 members of the Foo Brigade were killed during fierce fighting near the town of Barville.\n\n" +
			"Meanwhile army units destroyed an ammunition depot of the armed groups near Barville and its countryside. Scores of them were left killed and injured."}
	an := Analyze(a)
	if strings.Contains(an.Summary, "Scores of them") && !strings.Contains(an.Summary, "ammunition depot") {
		t.Errorf("summary = %q: a part of them without the sentence it points at", an.Summary)
	}
}

package analyze

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// TestCampSources: each figure with its own originator (issue 13, 2016
// window). A lead's camp ("activists said") takes the name of the body the
// text gives the same count to; "a monitor" keeps no name the text does not
// tie to it; a sayer's clause about hospitals is the sayer's count.
// Invented sentences.
func TestCampSources(t *testing.T) {
	runOriginatorCases(t, []originatorCase{
		{"a lead's activists give way to the body of the same count", "",
			"At least 19 civilians were killed in strikes on Foo on Sunday, activists said. " +
				"The Syrian Observatory for Human Rights reported 19 civilians had been killed by the evening.",
			"killed", 19, "SOHR", false},
		{"activists stay activists when no body gives their count", "",
			"At least 19 civilians were killed in strikes on Foo on Sunday, activists said. " +
				"The Syrian Observatory for Human Rights said the strikes hit a market.",
			"killed", 19, "activists", false},
		{"an official is no camp a monitor speaks for", "",
			"A car bomb killed at least 14 people in Bar on Monday, an official said. " +
				"The head of the Syrian Observatory for Human Rights said the bombing killed at least 14 people.",
			"killed", 14, "officials", true},
		{"a monitor not tied to the named one, whose toll of the group differs", "",
			"Air strikes killed over 60 civilians in the city of Foo on Friday, a monitor said. " +
				"\"At least 24 civilians including two children were killed by raids on the eastern districts\" said the Syrian Observatory for Human Rights.",
			"killed", 60, "a monitor", false},
		{"the named monitor's toll beside it is its own", "",
			"Air strikes killed over 60 civilians in the city of Foo on Friday, a monitor said. " +
				"\"At least 24 civilians including two children were killed by raids on the eastern districts\" said the Syrian Observatory for Human Rights.",
			"killed", 24, "SOHR", false},
		{"a monitor whose toll the named one sums from its terms is that monitor", "",
			"Air raids on Foo killed 15 civilians on Saturday, a monitor said. " +
				"\"Nine civilians were killed in the old city and six others were killed in the north\" the Syrian Observatory for Human Rights said.",
			"killed", 15, "SOHR", false},
		{"hospitals in the clause of a named sayer", "",
			"At least 19 civilians were killed in strikes on Foo on Sunday, the Syrian Observatory for Human Rights said. " +
				"John Roe of the Syrian Civil Defense said hospitals and rescuers have documented the deaths of 35 people.",
			"killed", 35, "civil defence", false},
		{"an outlet's clause relays the body it names", "",
			"At least 19 civilians were killed in strikes on Foo on Sunday, activists said. " +
				"The news agency said the health ministry had recorded 30 deaths.",
			"killed", 30, "health ministry", false},
	})
}

// TestOtherSourceCounts: another source's count of the day's toll is an
// alternative count (its own line in a digest), from half to twice the
// main one, from a third for the same named group; "so far" closing a
// sentence is the day's running toll, not a total.
func TestOtherSourceCounts(t *testing.T) {
	lead := "At least 19 civilians were killed in strikes on Foo on Sunday, the Syrian Observatory for Human Rights said. "
	for _, tt := range []struct {
		name, text string
		value      int64
		scope      news.FigureScope
	}{
		{"nearly twice, so far", "John Roe of the Syrian Civil Defense said rescuers have documented the deaths of 35 people so far.",
			35, news.ScopeAlternative},
		{"so far this year is a total", "John Roe of the Syrian Civil Defense said rescuers have documented the deaths of 35 people so far this year.",
			35, news.ScopeBackground},
		{"a war's toll so far", "The Syrian Civil Defense said the war has killed 35 people in the town so far.",
			35, news.ScopeBackground},
		{"over twice is another event's", "The Syrian Civil Defense said rescuers have documented the deaths of 45 people.",
			45, news.ScopeOtherEvent},
	} {
		t.Run(tt.name, func(t *testing.T) {
			f := findFigure(Analyze(&news.Article{Text: lead + tt.text}).Facts, "killed", tt.value)
			if f == nil {
				t.Fatalf("no killed figure of %d", tt.value)
			}
			if f.Scope != tt.scope {
				t.Errorf("scope %q, want %q", f.Scope, tt.scope)
			}
		})
	}
}

// TestPartyClaimNotNear: a party's claim of twice a monitor's toll is no
// count of the same people (state media's "terrorists" beside civilians).
func TestPartyClaimNotNear(t *testing.T) {
	text := "At least 20 civilians were killed in air strikes on Foo on Thursday, the Syrian Observatory for Human Rights said. " +
		"Syrian state media claimed that government forces had killed 40 \"terrorists\" in the area."
	f := findFigure(Analyze(&news.Article{Text: text}).Facts, "killed", 40)
	if f == nil {
		t.Fatal("no killed figure of 40")
	}
	if f.Scope == news.ScopeAlternative {
		t.Errorf("scope %q: a party's claim of twice the toll taken as another count of it", f.Scope)
	}
}

package analyze

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// Figure lines that readers audited against their articles (issue 10, the
// fit half, round h-fig22). Invented sentences of the audited shapes.

// A name inside what an attribution word reports ("Sources told the radio
// that the YPG took the town") is no sayer of a participle after it
// ("..., adding that ..."): the sources add (fakes-794's shape).
func TestParticipleOfEarlierSayer(t *testing.T) {
	lead := "At least 40 insurgents were killed as Kurdish forces advanced on Foo. "
	runOriginatorCases(t, []originatorCase{
		{"a named body in the reported clause", "",
			lead + "Sources told the radio that the YPG seized control of the town adding that they were heading north.",
			"killed", 40, "", false},
		{"the same without the participle", "",
			lead + "Sources told the radio that the YPG seized control of the town.",
			"killed", 40, "", false},
		{"the sayer of the participle named before it", "",
			"The Syrian Observatory said that the YPG seized the town, adding that at least 40 insurgents were killed.",
			"killed", 40, "SOHR", false},
		{"a body that speaks and adds", "",
			"At least 40 insurgents were killed in Foo, the Syrian Observatory said, adding that the YPG had advanced.",
			"killed", 40, "SOHR", false},
	})
}

// Counts whose sentence adds them up to the main toll ("15 ... while six
// others ...", 21 in all) are its terms, not another source's count of it
// (fakes-067's shape); one that does not add up stays that source's count.
func TestTermsOfTheMainToll(t *testing.T) {
	lead := "Activists say airstrikes by the coalition have killed at least 21 civilians. "
	for _, tt := range []struct {
		second string
		value  int64
		scope  news.FigureScope
	}{
		{"At least 15 civilians were killed in raids on Foo while six others were killed in a village near it, the Observatory said.", 15, news.ScopePart},
		{"At least 15 civilians were killed in raids on Foo while six others were killed in a village near it, the Observatory said.", 6, news.ScopePart},
		{"At least 18 civilians were killed in raids on Foo, the Observatory said.", 18, news.ScopeAlternative},
	} {
		f := findFigure(Analyze(&news.Article{Text: lead + tt.second}).Facts, "killed", tt.value)
		if f == nil || f.Scope != tt.scope {
			t.Errorf("%q: killed %d = %+v, want scope %s", tt.second, tt.value, f, tt.scope)
		}
	}
}

// Wounded told after another incident's toll by the act that incident's
// sentence told, and the lead did not, are that incident's (fakes-278's
// shape: a report led by a car bomb goes on to mortar fire elsewhere).
func TestWoundedOfAnotherIncidentsAct(t *testing.T) {
	lead := "At least 20 rebels died in a blast in Foo on Sunday as they primed a car bomb, a monitor said. The blast hit the old city. "
	for _, tt := range []struct {
		rest  string
		scope news.FigureScope
	}{
		{"In the capital two people were killed by a mortar round that hit the theatre. The attack damaged the theatre. " +
			"Mortar fire also wounded three people in a northern district, the agency said.", news.ScopeOtherEvent},
		{"The blast also wounded three people in the old city, the agency said.", news.ScopeMain},
		{"In the capital two people were killed by a car bomb near the theatre. " +
			"Mortar fire also wounded three people in the old city, the agency said.", news.ScopeMain},
	} {
		f := findFigure(Analyze(&news.Article{Text: lead + tt.rest}).Facts, "injured", 3)
		if f == nil || f.Scope != tt.scope {
			t.Errorf("%q: injured 3 = %+v, want scope %s", tt.rest, f, tt.scope)
		}
	}
}

// A count after an opening place ("In Foo, 28 members of ... were killed")
// is its sentence's subject as much as one that opens it, however long its
// noun phrase (fakes-731's shape).
func TestCountAfterOpeningPlace(t *testing.T) {
	for text, want := range map[string]int64{
		"In Foo twenty-eight members of the Ahrar al-Sham militant group were killed in an explosion, the Observatory said.":  28,
		"In Foo, twenty-eight members of the Ahrar al-Sham militant group were killed in an explosion, the Observatory said.": 28,
		"Twenty-eight members of the Ahrar al-Sham militant group were killed in an explosion, the Observatory said.":         28,
	} {
		k := Analyze(&news.Article{Text: text}).Facts.Killed
		if k == nil || k.Value != want || k.Originator != "SOHR" {
			t.Errorf("%q: killed = %+v, want SOHR's %d", text, k, want)
		}
	}
}

// A headline's count takes the source of the lead's count of its kind; when
// the first body sentence is a dateline and the headline copied, with no
// count of that kind, the lead is the sentence after it (fakes-572's shape).
func TestHeadlineSourceAfterCopiedHeadline(t *testing.T) {
	runOriginatorCases(t, []originatorCase{
		{"a dateline and the headline copied", "35 dead in battle for Foo base",
			"Sat Feb 28 2015 35 dead in battle for Foo base. Militants drove rebels out of a base in fierce fighting that left dozens dead, a monitor said.",
			"killed", 35, "a monitor", false},
		{"a first sentence with no count", "Five killed in car explosion",
			"A car exploded near a checkpoint in Foo on Monday. Police said four soldiers and a civilian were killed.",
			"killed", 5, "police", true},
		{"a first sentence with its own count keeps the lead", "Ten killed in car explosion",
			"A car exploded near a checkpoint in Foo on Monday, killing ten people. Police said four soldiers died.",
			"killed", 10, "", false},
	})
}

// A body described in lower case after "according to the" may end on
// "office" and follow a place's possessive, with or without its apostrophe
// (fakes-010's shape): the office as written. One word names none.
func TestPlacesOfficeAsWritten(t *testing.T) {
	const count = "At least 400 people have been injured in the bombing campaign according to "
	runOriginatorCases(t, []originatorCase{
		{"a city's office", "", count + "the city's monitoring and documentation office.",
			"injured", 400, "monitoring and documentation office", false},
		{"the apostrophe dropped", "", count + "the citys monitoring and documentation office.",
			"injured", 400, "monitoring and documentation office", false},
		{"a town's media office", "", count + "the town's media office.", "injured", 400, "media office", false},
		{"the office alone", "", count + "the office.", "injured", 400, "", false},
	})
}

// A people's word before a person's name tells who he is, no part of the
// name (fakes-576's shape): the surname alone that says the count is the
// person named in full before.
func TestPeoplesWordBeforeName(t *testing.T) {
	const before = "The news was reported by Assyrian Archimandrite Emanuel Doyle to a charity based in Germany. "
	runOriginatorCases(t, []originatorCase{
		{"a surname named in full before", "", before + "\"Around 15 young villagers are martyred\" Doyle reported.",
			"killed", 15, "Archimandrite Emanuel Doyle", false},
		{"a people's word in the name's own sentence", "",
			"Around 15 young villagers were killed, Ukrainian farmer John Doyle said.",
			"killed", 15, "John Doyle", false},
	})
}

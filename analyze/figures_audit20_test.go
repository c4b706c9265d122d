package analyze

import (
	"strings"
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// Figure lines that readers audited against their articles (issue 10, the
// fit half): the group a count names, and a page's share bar taken for a
// source. Invented sentences of the audited shapes.
func TestFigureGroupsAuditedLines(t *testing.T) {
	tests := []struct {
		name, title, text string
		value             int64
		who               string
	}{
		{"a sum of two groups names neither (fakes-797's shape)", "",
			"The monitor said 19 fighters from the brigade and four civilians were killed in the blast in Foo on Monday.",
			23, ""},
		{"a group joined to another group by and (fakes-015's shape)", "",
			"The monitor said the bombing killed 25 troops and pro-government gunmen in Foo on Tuesday.",
			25, ""},
		{"a headline's including-group is a part, not the toll's group", "Car Bomb in Foo Kills 23 including Militants",
			"A car bomb killed 23 people in Foo on Monday a monitor said.",
			23, ""},
		{"one group stays that group", "",
			"The monitor said 19 fighters from the brigade were killed in the blast in Foo on Monday.",
			19, "fighters"},
		{"civilians and their children stay civilians", "",
			"Air strikes killed 12 civilians and children in Foo on Monday the monitor said.",
			12, "civilians"},
		{"a sum of one group stays that group", "",
			"The monitor said 12 rebels of the brigade and three jihadists were killed in Foo on Monday.",
			15, "fighters"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			an := Analyze(&news.Article{Title: tt.title, Text: tt.text})
			k := an.Facts.Killed
			if k == nil || k.Value != tt.value || k.Who != tt.who {
				t.Fatalf("killed = %+v, want %d who %q", k, tt.value, tt.who)
			}
		})
	}
}

// A page's share bar glued after its headline is no source: the count is
// the monitor's the body names. The page's first lines (fakes-159, Ahram
// Online / AFP, FA-KES development data).
func TestShareBarIsNoOriginator(t *testing.T) {
	text := "AFP Friday 22 Jul 2016 Aleppo rebel tunnel blast killed 38 regime forces monitor Print Tweet Views 1430 Related " +
		"Syrias Assad says Turkeys Erdogan exploiting coup 43 civilians dead in bombardment of Syria rebel-held areas Monitor " +
		"UN pleads for weekly 48-hour truce in Syrias Aleppo Nearly 40 Syrian soldiers and pro-regime fighters were killed when " +
		"rebels blew up a tunnel under a government position in Aleppo city a monitor said Friday. " +
		"The Britain-based Syrian Observatory for Human Rights said 38 members of government forces were killed in the blast on Thursday."
	an := Analyze(&news.Article{Title: "Aleppo rebel tunnel blast killed 38 regime forces monitor", Text: text})
	for _, f := range allFigures(an.Facts) {
		if strings.Contains(f.Originator, "Tweet") || strings.Contains(f.Originator, "Print") {
			t.Errorf("figure %d %s given by the share bar %q", f.Value, f.Kind, f.Originator)
		}
	}
	if k := an.Facts.Killed; k == nil || k.Value != 38 || k.Originator != "SOHR" {
		t.Errorf("killed = %+v, want SOHR's 38", k)
	}
}

func TestPageBar(t *testing.T) {
	for text, want := range map[string]bool{
		"Print Tweet Views":  true,
		"Share Email":        true,
		"The News":           false,
		"Top News":           false,
		"Print":              false,
		"Views Human Rights": false,
		"Foo Relief Society": false,
	} {
		toks := ftokens(text)
		if got := pageBar(toks, 0, len(toks)-1); got != want {
			t.Errorf("pageBar(%q) = %v, want %v", text, got, want)
		}
	}
}

// An outlet that cites a body's statement relays the body's count: "...
// Agency reported 15 deaths citing a statement from Istanbul-based Syrian
// Revolution General Commission" (fakes-041's shape) is the Commission's.
func TestCitedStatementIsTheBodys(t *testing.T) {
	for _, text := range []string{
		"The Foo News Agency reported 15 deaths citing a statement from Istanbul-based Syrian Revolution General Commission.",
		"The Foo News Agency reported 15 deaths citing figures from the Syrian Revolution General Commission.",
		"The Foo News Agency reported 15 deaths citing the Syrian Revolution General Commission.",
	} {
		an := Analyze(&news.Article{Text: text})
		if k := an.Facts.Killed; k == nil || k.Value != 15 || k.Originator != "Syrian Revolution General Commission" {
			t.Errorf("%q: killed = %+v, want the Commission's 15", text, k)
		}
	}
}

// The same number of other people is no restatement of a count: "at least
// 20 army troops" later in the report does not make "20 civilians" "at
// least 20" (fakes-046's shape).
func TestRestatedCountIsOfTheSamePeople(t *testing.T) {
	text := "Regime airstrikes killed 20 civilians on Monday in the Foo neighborhood of Aleppo a local network reported. " +
		"A witness reported fierce clashes near the citadel where the opposition killed at least 20 army troops when they blew up a tunnel."
	an := Analyze(&news.Article{Title: "Regime raids kill 20 civilians in Aleppo", Text: text})
	if k := an.Facts.Killed; k == nil || k.Value != 20 || k.Qualifier != news.Exact || k.Who != "civilians" {
		t.Errorf("killed = %+v, want a flat 20 civilians", k)
	}
}

// A count that makes up "the rest of the dead" is a part of the toll told
// before it, not another source's toll (fakes-193, AFP via Ahram Online, FA-KES
// development data, shortened).
func TestRestOfTheDeadIsAPart(t *testing.T) {
	text := "Al-Qaeda loyalists attacked a mainly Kurdish town in northeastern Syria sparking fighting in which 17 people were killed two of them ambulance workers a monitor said. " +
		"The Syrian Observatory for Human Rights said the fighting began on Friday. " +
		"Four Kurdish militiamen and 11 jihadists made up the rest of the dead the watchdog said."
	an := Analyze(&news.Article{Title: "17 dead as Al-Qaeda attacks Syria Kurd town", Text: text})
	if k := an.Facts.Killed; k == nil || k.Value != 17 {
		t.Fatalf("killed = %+v, want 17", k)
	}
	for _, f := range an.Facts.Figures {
		if f.Value == 15 && f.Scope != news.ScopePart {
			t.Errorf("the rest of the dead = %+v, want a part", f)
		}
	}
}

func TestRestOfTollMention(t *testing.T) {
	for text, want := range map[string]bool{
		"Four militiamen and 11 jihadists made up the rest of the dead the watchdog said.": true,
		"Four militiamen and 11 jihadists were killed in the rest of the province.":        false,
		"Four militiamen and 11 jihadists were killed the watchdog said.":                  false,
	} {
		s := factSentence{text: text}
		s.tokenise()
		ms := findMentions(&s, 0, &killedKind)
		if len(ms) != 1 || ms[0].fig.Value != 15 || ms[0].part != want {
			t.Errorf("%q: mentions %+v, want 15 part %v", text, ms, want)
		}
	}
}

// A count that names no source takes the next sentence's when that one
// tells who the report was ("..., a report says. The Observatory said ...",
// fakes-599's shape) or speaks on ("the Observatory further said",
// fakes-569's shape).
func TestNextSentenceNamesTheReport(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"a report says, then who said it",
			"At least 15 civilians including three children have been killed in northern Foo in airstrikes a report says. " +
				"The so-called Syrian Observatory for Human Rights (SOHR) said Wednesday that the attacks had occurred in the city of Bar.",
			"SOHR"},
		{"the source speaks on",
			"Jets pounded a stronghold of the group in Foo reportedly killing at least 19 fighters on the ground. " +
				"Reporting the bombing on Sunday the Syrian Observatory for Human Rights further said the warplanes conducted more than a dozen airstrikes over the past 24 hours.",
			"SOHR"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			an := Analyze(&news.Article{Text: "The war in Foo entered its sixth year this spring. " + tt.text})
			if k := an.Facts.Killed; k == nil || k.Originator != tt.want {
				t.Errorf("killed = %+v, want originator %q", k, tt.want)
			}
		})
	}
}

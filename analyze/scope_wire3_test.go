package analyze

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// TestScopeWireFresh9Forms holds invented wire-copy sentences (written from
// wire style, not taken from any labelled item) behind the main-value
// errors read on fresh9 when it was retired to development (session of
// 2026-12-04, h-orig10): an abbreviated month's day is a date, a passive
// after a modal is a threat, "the executions of" count the dead, an aside
// "seriously wounded during ..." counts the wounded, "Of those, ..."
// divides the count before it, "Also Monday, ..." and a political lead's
// ", where" turn to another event, and "amid a flurry of attacks that" sets
// a total of many events beside the news.
func TestScopeWireFresh9Forms(t *testing.T) {
	checkMainCounts(t, []mainCountCase{
		{"an abbreviated month's day is no count",
			"The family of a Turkish driver who was seized near Mosul on Sept. 16 said on Sunday that he had been killed by his kidnappers.",
			"killed", 0},
		{"the same date written out",
			"The family of a Turkish driver who was seized near Mosul on September 16 said on Sunday that he had been killed by his kidnappers.",
			"killed", 0},
		{"a count after a dated day stays",
			"Gunmen who seized a bus on Oct. 3 killed 12 passengers before troops stormed it, police said.",
			"killed", 12},
		{"would soon be killed is a threat",
			"CAIRO - A statement posted on a Web site claimed that a Foo hostage had been beheaded and that three other captives would soon be killed.",
			"killed", 0},
		{"will be executed is a threat",
			"Four truck drivers will be executed within 48 hours unless their company leaves Iraq, the kidnappers said in a video.",
			"killed", 0},
		{"the executions of a number",
			"PORT-AU-PRINCE - The executions of three young men in a slum of the capital on Monday raised fears of new gang violence.",
			"killed", 3},
		{"a participle aside after the counted",
			"BERLIN - About 60 Foo soldiers, badly wounded in the fighting for the city, arrived at a military hospital in Germany on Friday, a spokesman said.",
			"injured", 60},
		{"a verb with a count of its own is no aside",
			"Troops killed five rebels, wounded 12 others and arrested 30 in a raid on the camp.",
			"injured", 12},
		{"Also Monday after a political lead",
			"JERUSALEM - The prime minister said Monday that nothing would stop his plan to leave the Foo Strip. Also Monday, fighting in the Foo Strip killed at least four militants.",
			"killed", 0},
		{"a political lead's where",
			"JERUSALEM (AFP) - The prime minister tried to rally support for a new coalition to carry out his planned pullout from the Foo Strip, where two militants and a soldier were killed in a new upsurge of violence.",
			"killed", 0},
		{"a violent lead's where stays",
			"Gunmen stormed a village in the Foo Strip on Monday, where two militants and a soldier were killed.",
			"killed", 3},
		{"amid a flurry of attacks",
			"KABUL - A roadside bomb killed a Foo soldier near the border, the military said Monday, amid a flurry of attacks that wounded over a dozen soldiers ahead of the vote.",
			"injured", 0},
		{"a spate that is the news stays",
			"A spate of bombings which killed six people and injured 20 in the past two days is aimed at causing panic in the state, an official said.",
			"injured", 20},
	})
}

// TestOfThoseIsAPart: "Of those, ..." after a count makes its counts parts
// of that count, never the main toll.
func TestOfThoseIsAPart(t *testing.T) {
	f := Analyze(&news.Article{Text: "Gunmen attacked a market in the town on Monday, killing 20 people, police said. Of those, 12 died at the scene and eight died in hospital."}).Facts
	if f.Killed == nil || f.Killed.Value != 20 {
		t.Errorf("killed = %+v, want 20", f.Killed)
	}
	for _, g := range f.Figures {
		if g.Kind == news.FigureKilled && (g.Value == 12 || g.Value == 8) && g.Scope != news.ScopePart {
			t.Errorf("figure %+v, want a part", g)
		}
	}
}

// mainCountCase is an invented text and the main count of a kind the
// analysis should report for it (0: none).
type mainCountCase struct {
	name, text string
	kind       string
	want       int64
}

// checkMainCounts runs the analysis on each case's text and checks the
// main count of its kind.
func checkMainCounts(t *testing.T, cases []mainCountCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			f := Analyze(&news.Article{Text: tt.text}).Facts
			got := f.Main(tt.kind)
			if (got == nil) != (tt.want == 0) || got != nil && got.Value != tt.want {
				t.Errorf("%s = %+v, want %d", tt.kind, got, tt.want)
			}
		})
	}
}

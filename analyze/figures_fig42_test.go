package analyze

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// whoCase is a short text and the group its figure of a kind and value
// must carry.
type whoCase struct {
	name, text string
	kind       string
	value      int64
	who        string
}

// mustFigure is the figure of kind and value the analysis of text (under a
// plain headline) finds; the test stops when there is none.
func mustFigure(t *testing.T, text, kind string, value int64) *news.Figure {
	t.Helper()
	f := findFigure(Analyze(&news.Article{Title: "Clashes in the north", Text: text}).Facts, kind, value)
	if f == nil {
		t.Fatalf("no %s figure of %d", kind, value)
	}
	return f
}

// "Forces" count the side their modifier names (issue 10, fig42): "regime
// forces" and "pro-government forces" are soldiers, "anti-government
// forces" fighters. A line that drops the group ("SOHR: 19" for regime
// forces) reads as the overall toll, and a range then joins counts of
// different victims ("8 (state media) to 19 (SOHR)"). Invented sentences.
func TestCountedGroupFig42(t *testing.T) {
	for _, tt := range []whoCase{
		{"regime forces are soldiers",
			"The monitor said 27 regime forces were killed on Tuesday when rebels detonated a car bomb at a checkpoint.",
			news.FigureKilled, 27, "soldiers"},
		{"pro-government forces are soldiers",
			"Fourteen pro-government forces were killed in the ambush near the dam, the group said.",
			news.FigureKilled, 14, "soldiers"},
		{"anti-government forces are fighters",
			"The army said 14 anti-government forces were killed in the ambush near the dam.",
			news.FigureKilled, 14, "fighters"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if f := mustFigure(t, tt.text, tt.kind, tt.value); f.Who != tt.who {
				t.Errorf("who = %q, want %q", f.Who, tt.who)
			}
		})
	}
}

// A count told as added to earlier ones ("40 more", "another 12", "a further
// 30") is marked Added: the people this report adds, which a digest must not
// show as a step of a running toll; "more" after a count of another kind
// ("six died and four more were injured") or in a toll's rise ("the toll
// rose to 8") adds nothing to an earlier count of its kind (issue 10,
// fig42). Invented sentences.
func TestAddedCountFig42(t *testing.T) {
	for _, tt := range []struct {
		name, text string
		kind       string
		value      int64
		added      bool
	}{
		{"N more", "\"Some 30 more gunmen were killed near the dam\" the army source said.", news.FigureKilled, 30, true},
		{"another N", "Another 12 people died of their wounds in the hospital on Tuesday, medics said.", news.FigureKilled, 12, true},
		{"a further N", "A further 17 soldiers were killed in the second wave of the assault, the ministry said.", news.FigureKilled, 17, true},
		{"more beside another kind", "An air strike hit the village, in which five people died and three more were injured.", news.FigureInjured, 3, false},
		{"another beside another kind", "The shelling killed 20 civilians and wounded another 70, the monitor said.", news.FigureInjured, 70, false},
		{"more than is no increment", "More than 40 people were killed in the clashes, the monitor said.", news.FigureKilled, 40, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if f := mustFigure(t, tt.text, tt.kind, tt.value); f.Added != tt.added {
				t.Errorf("added = %v, want %v", f.Added, tt.added)
			}
		})
	}
}

// A count whose subject is separate attacks ("jets struck the towns in
// separate air raids that killed at least 19 civilians") is their total, no one
// attack's toll: marked Separate, also when the headline states it first
// (issue 10, fig42: the total shown under one market strike's item). A
// count of one attack stays unmarked. Invented sentences.
func TestSeparateAttacksFig42(t *testing.T) {
	for _, tt := range []struct {
		name, title, text string
		separate          bool
	}{
		{"separate raids' total", "Air raids kill 19 civilians in Idlib",
			"Warplanes of the government and its allies struck rebel-held towns of the province in separate air raids that killed at least 19 civilians on Sunday, a monitor said. " +
				"A raid on the market of Saraqib killed eight people, it said.", true},
		{"one raid's toll", "Air raid kills 19 civilians in Idlib",
			"An air raid on the market of Saraqib killed at least 19 civilians on Sunday, a monitor said.", false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			f := Analyze(&news.Article{Title: tt.title, Text: tt.text}).Facts
			if f.Killed == nil || f.Killed.Value != 19 {
				t.Fatalf("killed = %+v, want 19", f.Killed)
			}
			if f.Killed.Separate != tt.separate {
				t.Errorf("separate = %v, want %v", f.Killed.Separate, tt.separate)
			}
		})
	}
}

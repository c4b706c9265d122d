package analyze

import (
	"strings"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

// scopeOf returns the scope of the figure of kind and value an analysis
// reports, "" when it reports none.
func scopeOf(f news.Facts, kind string, v int64) news.FigureScope {
	for _, g := range allFigures(f) {
		if g.Kind == kind && g.Value == v {
			return g.Scope
		}
	}
	return ""
}

// TestFigureOfTheEventTurnedTo: a sentence that names by "the" an act ("the
// blast") the lead does not tell, after a sentence that turned to another
// event ("Also on Saturday ...") and told it, goes on with that event: its
// counts are that event's, not the lead's (invented sentences, after a
// report led by an air strike that tells a bus bombing further down).
func TestFigureOfTheEventTurnedTo(t *testing.T) {
	strike := "Air strike on Foo kills 12"
	lead := "An air strike on Saturday killed 12 people in the rebel-held town of Foo, a monitor said. " +
		"The monitor said the strike was likely carried out by government jets. "
	tests := []struct {
		name, title, text string
		injured           int64 // the main injured count, 0: none
		other             int64 // an injured count of another event, 0: none
	}{
		{"the blast after the turn", strike, lead +
			"Also on Saturday a bomb exploded aboard a bus near the city of Bar, killing a woman and wounding 25. " +
			"Officials gave no further details about the explosion. " +
			"The monitor confirmed a woman was killed in the blast, saying it also wounded more than 20 people.", 0, 20},
		{"the turned sentence's own count", strike, lead +
			"Also on Saturday a bomb exploded aboard a bus near the city of Bar, killing a woman and wounding 25.", 0, 25},
		{"back at the strike", strike, lead +
			"Also on Saturday a bomb exploded aboard a bus near the city of Bar, killing a woman. " +
			"The monitor said the strike on Foo also wounded more than 20 people.", 20, 0},
		{"no turn before it", strike, lead +
			"A bomb had been found near the town's market a week before. " +
			"Medics said the strike and the blast of its bombs wounded more than 20 people.", 20, 0},
		{"the lead's own act", "Bombing kills 12 in Foo",
			"A car bomb killed 12 people in Foo on Saturday, a monitor said. " +
				"Also on Saturday a second bomb exploded near the town of Bar. " +
				"The monitor said the blast in Foo wounded more than 20 people.", 20, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := Analyze(&news.Article{Title: tt.title, Text: tt.text}).Facts
			if got := f.Injured; (got == nil) != (tt.injured == 0) || got != nil && got.Value != tt.injured {
				t.Errorf("injured = %+v, want %d", got, tt.injured)
			}
			if tt.other > 0 {
				if s := scopeOf(f, news.FigureInjured, tt.other); s != news.ScopeOtherEvent {
					t.Errorf("injured %d scope %q, want %q", tt.other, s, news.ScopeOtherEvent)
				}
			}
		})
	}
}

// TestTollOfAnEarlierDay: a sentence opening on a day before the one the
// lead dates its event by ("On Friday ..." in a report of Saturday's
// shelling) tells an earlier event; its toll is not the lead's, unless the
// headline states it, the lead tells a period's toll, or the day is only
// the one a source spoke on (invented sentences).
func TestTollOfAnEarlierDay(t *testing.T) {
	sat := time.Date(2016, 7, 9, 12, 0, 0, 0, time.UTC) // a Saturday
	shelling := "Gunmen fired more than 10 rocket shells at the area around the town hall in Foo on Saturday morning, " +
		"causing heavy material damage. "
	friday := "On Friday gunmen targeted two neighbourhoods of Foo with rocket shells, killing 44 civilians and wounding over 140."
	tests := []struct {
		name, title, text string
		killed            int64 // the main death toll, 0: none
	}{
		{"the day before the lead's", "Gunmen shell Foo", shelling + friday, 0},
		{"earlier on the day before", "Gunmen shell Foo", shelling +
			"Earlier on Thursday gunmen targeted two neighbourhoods of Foo with rocket shells, killing 44 civilians.", 0},
		{"the headline's toll", "Rockets kill 44 in Foo", shelling + friday, 44},
		{"the lead's own day", "Gunmen shell Foo", shelling +
			"On Saturday evening gunmen targeted two neighbourhoods of Foo with rocket shells, killing 44 civilians.", 44},
		{"a later day's rise", "Rockets kill 30 in Foo",
			"Rockets killed 30 civilians in Foo on Friday, a monitor said. On Saturday the toll rose to 44.", 44},
		{"the day a source spoke", "Gunmen shell Foo",
			"Gunmen shelled the town of Foo, killing civilians, a monitor said on Saturday. " + friday, 44},
		{"a period's toll", "Shelling of Foo goes on",
			"Gunmen shelled Foo for a second day on Saturday, a monitor said. " + friday, 44},
		{"a night's shelling the next day", "Gunmen shell Foo",
			"Gunmen shelled the town of Foo on Friday night, a monitor said. " +
				"On Friday gunmen targeted two neighbourhoods of Foo with rocket shells, killing 44 civilians.", 44},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := Analyze(&news.Article{Title: tt.title, Text: tt.text, Published: sat}).Facts
			if got := f.Killed; (got == nil) != (tt.killed == 0) || got != nil && got.Value != tt.killed {
				t.Errorf("killed = %+v, want %d", got, tt.killed)
			}
			if tt.killed == 0 {
				if s := scopeOf(f, news.FigureKilled, 44); s != news.ScopeOtherEvent {
					t.Errorf("killed 44 scope %q, want %q", s, news.ScopeOtherEvent)
				}
			}
		})
	}
}

// TestActOfFirstTwo checks actOf's test of a word's first two bytes
// against the scan of every start it skips.
func TestActOfFirstTwo(t *testing.T) {
	scan := func(w string) uint8 {
		for _, a := range actStarts {
			if strings.HasPrefix(w, a.start) {
				if a.start == "ied" && w != "ied" && w != "ieds" || a.start == "jet" && w != "jet" && w != "jets" {
					continue
				}
				return a.class
			}
		}
		return 0
	}
	words := []string{"", "a", "ai", "air", "airstrike", "airstrikes", "strikes", "st", "raid", "raids", "rain",
		"warplanes", "jet", "jets", "jetty", "ied", "ieds", "iedx", "bombardment", "bombing", "shelling", "mortars",
		"rockets", "artillery", "blasts", "explosion", "exploded", "suicide", "the", "killed", "Strike", "éclat"}
	for _, a := range actStarts {
		words = append(words, a.start, a.start+"s", a.start[:2], a.start[:len(a.start)-1])
	}
	for _, w := range words {
		if got, want := actOf(w), scan(w); got != want {
			t.Errorf("actOf(%q) = %d, want %d", w, got, want)
		}
	}
}

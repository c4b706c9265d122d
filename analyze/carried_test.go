package analyze

import (
	"path/filepath"
	"reflect"
	"slices"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

// carriedLead opens every invented text below: two sentences, so that what
// follows lies past the lead.
const carriedLead = "Shelling killed 12 people in the town of Velm on Monday, rescuers said. " +
	"The shells hit a market and a school in the morning. "

// TestMarkCarriedSentences: the analysis keeps the sentences a story asks
// of a report — an offensive begun, a process resumed, the Security
// Council met — past the lead and standing alone, and leaves the rest
// (invented sentences).
func TestMarkCarriedSentences(t *testing.T) {
	for _, c := range []struct {
		name, sentence string
		field          func(*news.Analysis) []string
		want           bool
	}{
		{"offensive launched", "The army launched an offensive on Monday to take the hills east of Velm.", offensive, true},
		{"offensive announced", "Since the announcement two days ago of an offensive to capture the east of the city, 80 people have died.", offensive, true},
		{"offensive of a month before", "The rebels launched the offensive in late May.", offensive, false},
		{"offensive, a back reference", "The army also launched an offensive on Monday to take the hills.", offensive, false},
		{"offensive, a broken quote", `The army launched an offensive on Monday, "to free the hills.`, offensive, false},
		{"offensive, an outlet's scoop", "The offensive launched on Monday was first reported by a local radio station.", offensive, false},
		{"offensive planned", "The army is preparing an offensive to take the hills.", offensive, false},
		{"evacuation resumed", "The evacuation of the wounded resumed after the bombing.", resumed, true},
		{"after a suspension", "A convoy was due to deliver aid on Thursday after a 48-hour suspension.", resumed, true},
		{"only halted", "The evacuation of the wounded halted after the bombing.", resumed, false},
		{"Council met", "The Security Council met in an emergency session on Tuesday to discuss the shelling.", council, true},
		{"Council convened", "The UNSC convened on Wednesday at the request of three states.", council, true},
		{"Council expected", "The Security Council is expected to hold a meeting on Wednesday.", council, false},
		{"Council also met", "The Security Council also met in an emergency session on Tuesday.", council, false},
		{"national council", "The National Security Council met on Monday to discuss the border.", council, false},
	} {
		a := &news.Article{Title: "Shelling kills 12 in Velm", Text: carriedLead + c.sentence}
		an := Analyze(a)
		if got := slices.Contains(c.field(&an), c.sentence); got != c.want {
			t.Errorf("%s: %q carried = %v, want %v", c.name, c.sentence, got, c.want)
		}
	}
	// In the lead, none is carried: the report leads with its event.
	for _, s := range []string{"The army launched an offensive on Monday to take the hills east of Velm.",
		"The Security Council met in an emergency session on Tuesday to discuss the shelling."} {
		a := &news.Article{Title: "Velm", Text: s + " " + carriedLead}
		an := Analyze(a)
		if slices.Contains(an.OffensiveBegun, s) || slices.Contains(an.CouncilHeld, s) {
			t.Errorf("%q carried from the lead", s)
		}
	}
}

func offensive(an *news.Analysis) []string { return an.OffensiveBegun }
func resumed(an *news.Analysis) []string   { return an.Resumed }
func council(an *news.Analysis) []string   { return an.CouncilHeld }

// TestTruceBackground: of a report of its own event, the ceasefire
// sentences that tell the truce as background are marked: an outlet's
// report of a day before the event, a running count since a date, a
// sentence that carries such a one on; a violation of the day, or a truce
// named by its month, is not (invented sentences).
func TestTruceBackground(t *testing.T) {
	earlier := "On Sunday Reuters said the truce was used to recruit fighters."
	carried := "It shows how the truce failed."
	count := "The monitor registered 604 breaches since it came into effect on February 27."
	count2 := "Observers have counted more than 90 violations since March."
	day := "Another violation of the truce agreed in February was reported on Wednesday."
	own := "The truce was broken on Wednesday when shells hit Velm."
	text := carriedLead + earlier + " " + carried + " " + count + " " + count2 + " " + day + " " + own
	an := news.Analysis{Categories: []news.Category{news.Violence, news.Ceasefire}, EventDate: "2031-09-17", // a Wednesday
		Evidence: map[news.Category][]string{news.Ceasefire: {earlier, carried, count, count2, day, own}}}
	MarkCarried(&news.Article{Text: text, Published: time.Date(2031, 9, 17, 12, 0, 0, 0, time.UTC)}, &an)
	if want := []string{earlier, carried, count, count2}; !slices.Equal(an.TruceBackground, want) {
		t.Errorf("TruceBackground = %q, want %q", an.TruceBackground, want)
	}
	an.Categories = []news.Category{news.Ceasefire} // a report of the truce alone: its sentences are its news
	an.TruceBackground = nil
	MarkCarried(&news.Article{Text: text}, &an)
	if an.TruceBackground != nil {
		t.Errorf("TruceBackground of a truce report = %q, want none", an.TruceBackground)
	}
}

// TestMovedFrom: for a report that counts people moving in another event
// too, the places its sentences tell them moving from, each once, in
// order; none for one that counts no such second move (invented text).
func TestMovedFrom(t *testing.T) {
	first := "A bomb hit buses carrying people evacuated from the besieged villages of Velm and Orsk."
	both := "On Friday 1400 people were evacuated from rebel-held Tarn and Lusk."
	again := "Those evacuated from Velm and Orsk reached the city at night."
	text := first + " " + both + " " + again
	second := news.Figure{Value: 1400, Kind: news.FigureEvacuated, Text: "1400", Sentence: both, Scope: news.ScopeOtherEvent}
	an := news.Analysis{Facts: news.Facts{Figures: []news.Figure{second}}}
	MarkCarried(&news.Article{Text: text}, &an)
	if got, want := an.MovedFrom[news.FigureEvacuated], []string{"Velm and Orsk", "Tarn and Lusk"}; !slices.Equal(got, want) {
		t.Errorf("MovedFrom = %q, want %q", got, want)
	}
	an = news.Analysis{}
	MarkCarried(&news.Article{Text: text}, &an)
	if an.MovedFrom != nil {
		t.Errorf("MovedFrom with no second move = %q, want none", an.MovedFrom)
	}
}

// TestMarkDocAsMarkCarried: the analysis's own reading (markDoc: the doc's
// sentences and words, a text with no word a reading needs left unread)
// carries what MarkCarried carries splitting the text again (development
// articles, none held back).
func TestMarkDocAsMarkCarried(t *testing.T) {
	for _, a := range readJSONLines[evalArticle](t, filepath.Join(evalDir, "articles.jsonl")) {
		if heldBack(a.ID) {
			continue
		}
		art := &news.Article{Title: a.Title, Text: a.Text}
		an := Analyze(art)
		again := an
		again.OffensiveBegun, again.Resumed, again.CouncilHeld, again.TruceBackground, again.MovedFrom = nil, nil, nil, nil, nil
		again.CouncilMeets, again.SessionLead, again.NamedWhole, again.Surnames = false, false, nil, nil
		MarkCarried(art, &again)
		if !reflect.DeepEqual(an, again) {
			t.Errorf("%s: markDoc carried %q %q %q %q %q, MarkCarried %q %q %q %q %q", a.ID,
				an.OffensiveBegun, an.Resumed, an.CouncilHeld, an.TruceBackground, an.MovedFrom,
				again.OffensiveBegun, again.Resumed, again.CouncilHeld, again.TruceBackground, again.MovedFrom)
		}
	}
}

package digest

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

func TestPeriodOfAllStories(t *testing.T) {
	gen := time.Date(2026, 11, 29, 1, 0, 0, 0, time.UTC)
	d := &Digest{Generated: gen}
	if got, want := period(d), "up to 29 Nov 2026"; got != want {
		t.Errorf("empty: period = %q, want %q", got, want)
	}
	d.setPeriod([]Item{
		{FirstSeen: day("2016-09-01"), LastSeen: day("2016-09-30")},
		{FirstSeen: day("2016-08-26"), LastSeen: day("2016-09-03")},
	})
	if got, want := d.Period, "26 Aug – 30 Sep 2016"; got != want {
		t.Errorf("archive: period = %q, want %q", got, want)
	}
}

func TestLinksUnnamedSource(t *testing.T) {
	tests := []struct {
		src  ItemSource
		want string
	}{
		{ItemSource{Name: "unknown"}, "1 source: source not named"},
		{ItemSource{Name: ""}, "1 source: source not named"},
		{ItemSource{Name: "unknown", URL: "https://www.example.org/a"}, "1 source: [example.org](<https://www.example.org/a>)"},
		{ItemSource{Name: "dailysabah"}, "1 source: Daily Sabah"},
	}
	for _, tt := range tests {
		it := Item{Sources: []ItemSource{tt.src}, SourceCount: 1}
		if got := SourcesLine(&it); got != tt.want {
			t.Errorf("links(%+v) = %q, want %q", tt.src, got, tt.want)
		}
	}
}

func TestRenderNoArrowForStateAlone(t *testing.T) {
	s := news.Story{ID: 1, Headline: "Deadly Aleppo convoy attack threatens aid distribution", Categories: []news.Category{news.Ceasefire},
		CeasefireStatus: news.CeasefireInEffect, Sources: []news.StorySource{{SourceName: "alaraby", Title: "t"}}}
	it := newItem(&s, day("2016-09-21"))
	var b bytes.Buffer
	d := &Digest{Sections: []Section{{Category: news.Ceasefire, Items: []Item{it}}}, Counts: Counts{Stories: 1}}
	if err := RenderMarkdown(&b, d); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	if strings.ContainsAny(out, "↑↓→★") || !strings.Contains(out, "ceasefire in effect") {
		t.Errorf("markdown = %q, want the state without an arrow", out)
	}
}

// TestSourcesOnce: an outlet with several reports of a story is named once.
func TestSourcesOnce(t *testing.T) {
	s := news.Story{ID: 1, Headline: "h", Categories: []news.Category{news.Violence}, Sources: []news.StorySource{
		{SourceName: "ahram", URL: "https://english.ahram.org.eg/1"}, {SourceName: "ahram", URL: "https://english.ahram.org.eg/2"},
		{SourceName: "sana"}}}
	it := newItem(&s, day("2016-09-21"))
	if got, want := SourcesLine(&it), "2 sources, 3 reports: [Ahram Online](<https://english.ahram.org.eg/1>), SANA"; got != want {
		t.Errorf("sources = %q, want %q", got, want)
	}
}

// TestItemInBothFlavours pins one story's layout in each flavour: the
// headline, its facts, what changed since the last digest, the summary,
// the figures and the sources, in standard Markdown with a blank line
// between parts and in Discord's with none.
func TestItemInBothFlavours(t *testing.T) {
	it := Item{Headline: "Aleppo *truce* ends", Section: news.Ceasefire, Place: "Aleppo",
		Summary: "The truce collapsed.", Since: &SinceLast{Notes: []string{"toll rose — SOHR: 58 (12 Apr) → 86 (14 Apr)"}},
		Figures:     []ItemFigure{{Kind: news.FigureKilled, Text: "86", Lines: []string{"SOHR: 58 → 86"}}},
		Sources:     []ItemSource{{Name: "reuters", URL: "https://www.reuters.com/a"}, {Name: "sana"}},
		SourceCount: 2}
	md := "### Aleppo \\*truce\\* ends\n\n*Ceasefire · Aleppo*\n\n**Since your last digest: toll rose — SOHR: 58 (12 Apr) → 86 (14 Apr)**\n\n" +
		"The truce collapsed.\n\n- Killed — SOHR: 58 → 86\n\n2 sources: [Reuters](https://www.reuters.com/a), SANA"
	if got := commonMark.item(&it); got != md {
		t.Errorf("markdown item =\n%s\nwant\n%s", got, md)
	}
	discord := "**Aleppo \\*truce\\* ends**\n-# Ceasefire · Aleppo\n_Since your last digest: toll rose — SOHR: 58 (12 Apr) → 86 (14 Apr)_\n" +
		"The truce collapsed.\n- Killed — SOHR: 58 → 86\n-# 2 sources: [Reuters](<https://www.reuters.com/a>), SANA"
	if got := discordFlavour.item(&it); got != discord {
		t.Errorf("discord item =\n%s\nwant\n%s", got, discord)
	}
}

// TestChangeGivesPlaceAndDay: a story whose main event is a change of
// state is placed and dated by it — a nationwide truce that collapsed is
// Syria's news of the day the collapse was reported, not Daraa's of the
// barrel bombs its lead tells the day before; a local truce keeps its
// town, and a story with no change keeps its events' place and days.
func TestChangeGivesPlaceAndDay(t *testing.T) {
	places := []news.Entity{{Name: "Daraa", Kind: "city", Lead: true, Count: 2, Conflict: "Syria"},
		{Name: "Syria", Kind: "country", Count: 1, Conflict: "Syria"}}
	collapsed := []news.StoryChange{{Change: news.ChangeCeasefireCollapsed, At: day("2016-09-19").Add(9 * time.Hour), Source: "trt"}}
	for _, tt := range []struct {
		headline    string
		changes     []news.StoryChange
		place, when string
	}{
		{"US-Russia brokered Syria truce ends", collapsed, "Syria", "19 Sep 2016"},
		{"Daraa truce collapses as barrel bombs fall", collapsed, "Daraa", "19 Sep 2016"},
		{"Barrel bombs kill 10 in Daraa", nil, "Daraa", "18 Sep 2016"},
	} {
		s := news.Story{ID: 1, Headline: tt.headline, Categories: []news.Category{news.Ceasefire}, Places: places,
			CeasefireStatus: news.CeasefireCollapsed, Changes: tt.changes,
			EventFirst: day("2016-09-18"), EventLast: day("2016-09-18")}
		it := newItem(&s, day("2016-09-25"))
		if it.Place != tt.place || it.Dates() != tt.when {
			t.Errorf("%q: place %q, dates %q; want %q, %q", tt.headline, it.Place, it.Dates(), tt.place, tt.when)
		}
	}
}

// TestChangeShowsNoRecountedToll: the figures of a story whose main event
// is a truce's collapse (filed under Ceasefire) are not shown when its
// headline tells of no toll — the toll its lead gives is of the violation it
// recounts, another event — and are when the headline tells of one, when
// the change is a violation (an attack, whose toll is its own), or when the
// story is filed under another section (its main event is not the change).
func TestChangeShowsNoRecountedToll(t *testing.T) {
	figs := []news.StoryFigure{{Kind: news.FigureKilled, High: news.Figure{Value: 10, Qualifier: news.AtLeast},
		Latest: news.Figure{Value: 10, Qualifier: news.AtLeast}, By: "trt"}}
	at := day("2016-09-19").Add(9 * time.Hour)
	for _, tt := range []struct {
		headline string
		change   news.Change
		want     int
	}{
		{"US-Russia brokered Syria truce ends", news.ChangeCeasefireCollapsed, 0},
		{"Talks open in Geneva", news.ChangeTalksOpened, 0},
		{"Truce ends as barrel bombs kill 10 in Daraa", news.ChangeCeasefireCollapsed, 1},
		{"Truce ends as 10 die in Daraa", news.ChangeCeasefireCollapsed, 1},
		{"Barrel bombs breach Daraa truce", news.ChangeCeasefireViolated, 1},
	} {
		cats := []news.Category{news.Ceasefire, news.Violence}
		if tt.change == news.ChangeTalksOpened {
			cats = []news.Category{news.Talks, news.Violence}
		}
		s := news.Story{ID: 1, Headline: tt.headline, Categories: cats,
			CeasefireStatus: news.CeasefireCollapsed, Figures: figs,
			Changes: []news.StoryChange{{Change: tt.change, At: at, Source: "trt"}}}
		it := newItem(&s, day("2016-09-25"))
		if it.Section != news.Ceasefire && it.Section != news.Talks {
			t.Fatalf("%q: section %s, want the change's", tt.headline, it.Section)
		}
		if len(it.Figures) != tt.want {
			t.Errorf("%q (%s): %d figures, want %d", tt.headline, tt.change, len(it.Figures), tt.want)
		}
		if tt.want == 0 && strings.Contains(keyText(&it), "killed") {
			t.Errorf("%q: key line %q gives the recounted toll", tt.headline, keyText(&it))
		}
	}
}

// TestChangeOfAnotherSectionKeepsToll: a story filed under another section
// than its change (the change is not what most of its reports tell) keeps
// its toll.
func TestChangeOfAnotherSectionKeepsToll(t *testing.T) {
	figs := []news.StoryFigure{{Kind: news.FigureKilled, High: news.Figure{Value: 20}, Latest: news.Figure{Value: 20}, By: "alaraby"}}
	s := news.Story{ID: 1, Headline: "Aleppo aid convoy hit", Categories: []news.Category{news.Humanitarian, news.Violence},
		CeasefireStatus: news.CeasefireCollapsed, Figures: figs,
		Changes: []news.StoryChange{{Change: news.ChangeCeasefireCollapsed, At: day("2016-09-19"), Source: "alaraby"}}}
	if it := newItem(&s, day("2016-09-25")); it.Section != news.Humanitarian || len(it.Figures) != 1 {
		t.Errorf("section %s, %d figures; want Humanitarian and its toll", it.Section, len(it.Figures))
	}
}

// TestRenderDevelopment: a second event the story carries beside its
// summary is its own line, marked, not the item's summary, and its words
// are not what the story is about (a keyword filter); a summary that says
// "Also:" itself is the summary, whole.
func TestRenderDevelopment(t *testing.T) {
	evacuation := "On Thursday around 120 fighters were evacuated from the last besieged district of Homs."
	s := news.Story{ID: 1, Headline: "Heavy air strikes hit Aleppo", Categories: []news.Category{news.Violence},
		Summary:     "Jets pounded eastern Aleppo overnight. The toll was 45.",
		Development: evacuation,
		Sources:     []news.StorySource{{SourceName: "trt", Title: "t"}}}
	it := newItem(&s, day("2016-09-22"))
	if it.Summary != "Jets pounded eastern Aleppo overnight. The toll was 45." || it.Development != evacuation {
		t.Errorf("summary %q, development %q", it.Summary, it.Development)
	}
	var b bytes.Buffer
	d := &Digest{Sections: []Section{{Category: news.Violence, Items: []Item{it}}}, Counts: Counts{Stories: 1}}
	if err := RenderMarkdown(&b, d); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "\n\nAlso reported: "+evacuation+" (TRT World)\n") {
		t.Errorf("markdown = %q, want the development on its own line, with its outlet", b.String())
	}
	if strings.Contains(aboutText(&s), "homs") {
		t.Errorf("the development's place counts as what the story is about")
	}
	s.Summary, s.Development = "Jets pounded eastern Aleppo overnight. Also: a bakery was hit.", ""
	if it := newItem(&s, day("2016-09-22")); it.Summary != s.Summary || it.Development != "" {
		t.Errorf("summary %q, development %q; want the summary whole and no development", it.Summary, it.Development)
	}
}

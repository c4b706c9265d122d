package digest

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// memStories is a StorySource over a slice, filtering as the store does: a
// story is in the window when one of its articles is, and matches the topics
// when it has one of them.
type memStories []news.Story

func (m memStories) Stories(_ context.Context, f news.DigestFilter) ([]news.Story, error) {
	var out []news.Story
	for _, s := range m {
		if !anyInWindow(s, f) || (len(f.Topics) > 0 && !anyTopic(s, f.Topics)) {
			continue
		}
		out = append(out, s)
	}
	return out, nil
}

func anyInWindow(s news.Story, f news.DigestFilter) bool {
	for _, src := range s.Sources {
		if inWindow(src.Published, f) {
			return true
		}
	}
	return false
}

func anyTopic(s news.Story, topics []news.Category) bool {
	for _, c := range topics {
		if has(s.Categories, c) {
			return true
		}
	}
	return false
}

func loadStories(t testing.TB) memStories {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "stories.json"))
	if err != nil {
		t.Fatal(err)
	}
	var ss memStories
	if err := json.Unmarshal(b, &ss); err != nil {
		t.Fatal(err)
	}
	return ss
}

func day(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

func TestBuildGolden(t *testing.T) {
	src := loadStories(t)
	now := day("2017-04-11").Add(6 * time.Hour)
	tests := []struct {
		name string
		f    news.DigestFilter
	}{
		{"week", news.DigestFilter{Since: day("2017-04-04"), Until: day("2017-04-11")}},
		{"ceasefire", news.DigestFilter{Since: day("2017-04-04"), Until: day("2017-04-11"), Topics: []news.Category{news.Ceasefire}}},
		{"limit3", news.DigestFilter{Since: day("2017-04-04"), Until: day("2017-04-11"), Limit: 3}},
		{"empty", news.DigestFilter{Since: day("2018-01-01"), Until: day("2018-01-02")}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Build(context.Background(), src, tt.f, now)
			if err != nil {
				t.Fatal(err)
			}
			var md, js bytes.Buffer
			if err := RenderMarkdown(&md, d); err != nil {
				t.Fatal(err)
			}
			if err := RenderLeftOut(&md, d); err != nil {
				t.Fatal(err)
			}
			if err := RenderJSON(&js, d); err != nil {
				t.Fatal(err)
			}
			golden(t, tt.name+".md.golden", md.Bytes())
			golden(t, tt.name+".json.golden", js.Bytes())
		})
	}
}

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read golden (run with -update): %v", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from golden file; got:\n%s", name, got)
	}
}

func TestBuildWeek(t *testing.T) {
	d, err := Build(context.Background(), loadStories(t),
		news.DigestFilter{Since: day("2017-04-04"), Until: day("2017-04-11")}, day("2017-04-11"))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := d.Counts, (Counts{Stories: 8, Articles: 16, Sources: 8}); got != want {
		t.Errorf("counts = %+v, want %+v", got, want)
	}
	var cats []news.Category
	for _, s := range d.Sections {
		cats = append(cats, s.Category)
	}
	if got, want := joinCats(cats), "talks,ceasefire,violence"; got != want {
		t.Errorf("sections = %s, want %s", got, want)
	}
	// The gas attack changed a ceasefire's state and has six sources: it leads.
	first := d.Sections[1].Items[0]
	if first.StoryID != 1 || first.Direction != Worse || first.Change != "ceasefire violated" {
		t.Errorf("first ceasefire item = %d %q %q, want 1 worse \"ceasefire violated\"", first.StoryID, first.Direction, first.Change)
	}
	if ids := d.StoryIDs(); len(ids) != 8 {
		t.Errorf("story ids = %v, want 8 distinct", ids)
	}
	if want := "8 stories from 16 articles, 8 sources · 4–10 Apr 2017"; d.Footer != want {
		t.Errorf("footer = %q, want %q", d.Footer, want)
	}
}

func joinCats(cs []news.Category) string {
	var ss []string
	for _, c := range cs {
		ss = append(ss, string(c))
	}
	return strings.Join(ss, ",")
}

func TestBuildRejectsBackwardsPeriod(t *testing.T) {
	_, err := Build(context.Background(), memStories{}, news.DigestFilter{Since: day("2017-04-04"), Until: day("2017-04-01")}, day("2017-04-11"))
	if got := news.ErrorCode(err); got != news.EINVALID {
		t.Fatalf("code = %q, want %q (err %v)", got, news.EINVALID, err)
	}
}

func TestBuildStoryOnce(t *testing.T) {
	s := news.Story{ID: 7, Headline: "Truce holds", Categories: []news.Category{news.Ceasefire, news.Violence},
		LastSeen: day("2017-04-05"), Sources: []news.StorySource{{SourceName: "a", Published: day("2017-04-05")}}}
	d, err := Build(context.Background(), memStories{s, s}, news.DigestFilter{Since: day("2017-04-01")}, day("2017-04-06"))
	if err != nil {
		t.Fatal(err)
	}
	if got := d.StoryIDs(); len(got) != 1 || d.Sections[0].Category != news.Ceasefire {
		t.Errorf("ids = %v in %q, want [7] once in ceasefire", got, d.Sections[0].Category)
	}
}

func TestPrimaryCategory(t *testing.T) {
	tests := []struct {
		name   string
		s      news.Story
		topics []news.Category
		want   news.Category
	}{
		{"ceasefire status wins", news.Story{Categories: []news.Category{news.Talks, news.Ceasefire}, CeasefireStatus: news.CeasefireInEffect}, nil, news.Ceasefire},
		{"digest order", news.Story{Categories: []news.Category{news.Violence, news.Humanitarian}}, nil, news.Humanitarian},
		{"topics restrict", news.Story{Categories: []news.Category{news.Talks, news.Violence}}, []news.Category{news.Violence}, news.Violence},
		{"siege lifted", news.Story{Headline: "Siege lifted in Madaya", Categories: []news.Category{news.Talks, news.Humanitarian}}, nil, news.Humanitarian},
		{"no topic", news.Story{Categories: []news.Category{news.Talks}}, []news.Category{news.Violence}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := primaryCategory(&tt.s, tt.topics); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestStateChange(t *testing.T) {
	tests := []struct {
		s          news.Story
		change     string
		dir        Direction
		categories []news.Category
	}{
		{news.Story{CeasefireStatus: news.CeasefireInEffect}, "", "", nil},
		{news.Story{Headline: "First civilians killed in Aleppo since start of ceasefire", CeasefireStatus: news.CeasefireInEffect,
			Summary: "Two civilians have been killed in the first deaths reported in areas covered by a US-Russian-brokered ceasefire since it began this week."}, "", "", nil},
		{news.Story{Headline: "24 killed in raids on Idlib: Monitor", CeasefireStatus: news.CeasefireInEffect,
			Summary: "Air strikes on a market killed 24 people a day after Russia and the US agreed a truce for Syria."}, "", "", nil},
		{news.Story{Headline: "Five dead in Syria airstrikes ahead of planned ceasefire", CeasefireStatus: news.CeasefireProposed}, "", "", nil},
		{news.Story{Headline: "Russia and US agree Syria ceasefire", CeasefireStatus: news.CeasefireInEffect}, "ceasefire declared", Better, nil},
		{news.Story{Headline: "US-Russia brokered Syria truce ends", CeasefireStatus: news.CeasefireCollapsed}, "ceasefire collapsed", Worse, nil},
		{news.Story{Headline: "Aleppo strikes kill 30", CeasefireStatus: news.CeasefireViolated,
			Summary: "Regime jets violated the truce on Monday, killing 30 people."}, "ceasefire violated", Worse, nil},
		{news.Story{Headline: "Truce violated in Aleppo", CeasefireStatus: news.CeasefireCollapsed}, "", "", nil},
		{news.Story{CeasefireStatus: news.CeasefireViolated, PrevCeasefireStatus: news.CeasefireCollapsed}, "ceasefire violated", Worse, nil},
		{news.Story{CeasefireStatus: news.CeasefireProposed, PrevCeasefireStatus: news.CeasefireCollapsed}, "ceasefire proposed", Better, nil},
		{news.Story{Headline: "Car bomb hits evacuees from besieged towns", Categories: []news.Category{news.Humanitarian}}, "", "", nil},
		{news.Story{Headline: "Regime forces lay siege to Daraya", Categories: []news.Category{news.Humanitarian}}, "siege imposed", Worse, nil},
		{news.Story{CeasefireStatus: news.CeasefireInEffect, PrevCeasefireStatus: news.CeasefireProposed}, "ceasefire declared", Better, nil},
		{news.Story{CeasefireStatus: news.CeasefireViolated, PrevCeasefireStatus: news.CeasefireInEffect}, "ceasefire violated", Worse, nil},
		{news.Story{CeasefireStatus: news.CeasefireCollapsed, PrevCeasefireStatus: news.CeasefireViolated}, "ceasefire collapsed", Worse, nil},
		{news.Story{CeasefireStatus: news.CeasefireInEffect, PrevCeasefireStatus: news.CeasefireViolated}, "ceasefire declared", Better, nil},
		{news.Story{CeasefireStatus: news.CeasefireViolated, PrevCeasefireStatus: news.CeasefireViolated}, "", Unchanged, nil},
		{news.Story{Headline: "Geneva talks resume after pause", Categories: []news.Category{news.Talks}}, "talks opened", Better, nil},
		{news.Story{Headline: "Opposition walked out of talks in Geneva", Categories: []news.Category{news.Talks}}, "talks broken off", Worse, nil},
		{news.Story{Headline: "Talks resume", Categories: []news.Category{news.Violence}}, "", "", nil},
		{news.Story{Headline: "Air strike kills 12", Categories: []news.Category{news.Violence}}, "", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.change+tt.s.Headline, func(t *testing.T) {
			change, dir, _ := stateChange(&tt.s)
			if change != tt.change || dir != tt.dir {
				t.Errorf("got %q %q, want %q %q", change, dir, tt.change, tt.dir)
			}
		})
	}
}

func TestRanking(t *testing.T) {
	now := day("2017-04-10")
	src := func(names ...string) []news.StorySource {
		var out []news.StorySource
		for _, n := range names {
			out = append(out, news.StorySource{SourceName: n, Published: now.Add(-time.Hour)})
		}
		return out
	}
	v := []news.Category{news.Violence}
	stories := memStories{
		{ID: 1, Headline: "one source", Categories: v, LastSeen: now.Add(-time.Hour), Sources: src("a")},
		{ID: 2, Headline: "three sources", Categories: v, LastSeen: now.Add(-time.Hour), Sources: src("a", "b", "c")},
		{ID: 3, Headline: "big toll", Categories: v, LastSeen: now.Add(-time.Hour), Sources: src("a"),
			Figures: []news.StoryFigure{{Kind: "killed", Latest: news.Figure{Value: 1000, Qualifier: news.AtLeast}}}},
		{ID: 4, Headline: "older", Categories: v, LastSeen: now.Add(-72 * time.Hour), Sources: src("a")},
	}
	d, err := Build(context.Background(), stories, news.DigestFilter{Since: now.Add(-96 * time.Hour)}, now)
	if err != nil {
		t.Fatal(err)
	}
	var got []int64
	for _, it := range d.Sections[0].Items {
		got = append(got, it.StoryID)
	}
	if want := []int64{2, 3, 1, 4}; !equalIDs(got, want) {
		t.Errorf("order = %v, want %v", got, want)
	}
}

func equalIDs(a, b []int64) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestFirstSentences(t *testing.T) {
	tests := []struct{ in, want string }{
		{"One. Two. Three.", "One. Two."},
		{"At least 3.5 km away. The U.S. said so. Third.", "At least 3.5 km away. The U.S. said so."},
		{"No stop at all", "No stop at all"},
	}
	for _, tt := range tests {
		if got := firstSentences(tt.in, 2); got != tt.want {
			t.Errorf("firstSentences(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestSharedBuilderMatchesBuild builds many digests with one shared Builder
// and checks each against a digest built alone.
func TestSharedBuilderMatchesBuild(t *testing.T) {
	src := loadStories(t)
	now := day("2017-04-11")
	b := NewBuilder(src, now)
	topics := [][]news.Category{nil, {news.Talks}, {news.Ceasefire, news.Violence}, {news.Humanitarian}}
	for _, since := range []string{"2017-04-04", "2017-04-07", "2017-04-09"} {
		for _, tp := range topics {
			for _, limit := range []int{0, 2} {
				f := news.DigestFilter{Since: day(since), Until: now, Topics: tp, Limit: limit}
				alone, err := Build(context.Background(), src, f, now)
				if err != nil {
					t.Fatal(err)
				}
				shared, err := b.Build(context.Background(), f)
				if err != nil {
					t.Fatal(err)
				}
				var a, s bytes.Buffer
				RenderJSON(&a, alone)
				RenderJSON(&s, shared)
				if a.String() != s.String() {
					t.Errorf("since %s topics %v limit %d: shared builder differs:\n%s\nwant\n%s", since, tp, limit, s.String(), a.String())
				}
			}
		}
	}
	if n := len(b.lists); n != 3 {
		t.Errorf("story queries = %d, want one per window (3)", n)
	}
}

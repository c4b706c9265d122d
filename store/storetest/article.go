package storetest

import (
	"context"
	"reflect"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

// world is a store with the operator's source and two guilds' sources.
type world struct {
	s               Store
	c               *clock
	curated, ga, gb int64
}

func newWorld(t *testing.T, h Harness) *world {
	t.Helper()
	s, c := open(t, h)
	w := &world{s: s, c: c}
	for _, src := range []struct {
		id    *int64
		guild string
	}{{&w.curated, ""}, {&w.ga, "guild-a"}, {&w.gb, "guild-b"}} {
		n := &news.Source{URL: "https://feed.example/" + src.guild, Kind: news.KindFeed, Name: "Reuters", GuildID: src.guild}
		must(t, s.CreateSource(context.Background(), n))
		*src.id = n.ID
	}
	return w
}

// item is one article to store: its source, identity, title, text, day
// and story (nil: a new one).
type item struct {
	source        int64
	ext, url      string
	title, text   string
	published     time.Time
	cats          []news.Category
	places        []string
	story         *news.Story
	eventDate     string
	noAnalysis    bool
	carried       func(*news.Analysis) // sets what the analysis carries beyond the fields above
	hash          string
	storyHeadline string
}

func (w *world) newArticle(it item) *news.NewArticle {
	if it.text == "" {
		it.text = it.title + "."
	}
	if it.published.IsZero() {
		it.published = base.Add(-time.Hour)
	}
	if it.cats == nil {
		it.cats = []news.Category{news.Violence}
	}
	a := &news.Article{ExternalID: it.ext, CanonicalURL: it.url, URL: it.url, SourceID: it.source,
		SourceName: "Reuters", Title: it.title, Text: it.text, Published: it.published, ContentHash: it.hash}
	var places []news.Entity
	for _, p := range it.places {
		places = append(places, news.Entity{Name: p})
	}
	n := &news.NewArticle{Article: a, Story: it.story}
	if !it.noAnalysis {
		n.Analysis = &news.Analysis{Categories: it.cats, Places: places, EventDate: it.eventDate, Summary: it.title}
		if it.carried != nil {
			it.carried(n.Analysis)
		}
	}
	if n.Story == nil {
		h := it.storyHeadline
		if h == "" {
			h = it.title
		}
		n.Story = &news.Story{Headline: h, Categories: it.cats, Places: places}
	}
	return n
}

func (w *world) add(t *testing.T, it item) *news.NewArticle {
	t.Helper()
	n := w.newArticle(it)
	must(t, w.s.CreateArticle(context.Background(), n))
	if n.Article.ID == 0 || n.Story.ID == 0 {
		t.Fatalf("stored %q with article id %d story id %d", it.title, n.Article.ID, n.Story.ID)
	}
	return n
}

func testArticleIdentity(t *testing.T, h Harness) {
	w := newWorld(t, h)
	ctx := context.Background()
	w.add(t, item{source: w.curated, ext: "e1", url: "https://x.example/1", title: "Truce collapses"})
	w.add(t, item{source: w.curated, hash: "h2", title: "Convoy hit"})
	for _, c := range []struct {
		name string
		a    news.Article
		dup  bool
	}{
		{"same external id", news.Article{ExternalID: "e1", SourceID: w.curated}, true},
		{"same canonical URL", news.Article{ExternalID: "other", CanonicalURL: "https://x.example/1", SourceID: w.curated}, true},
		{"same hash, no id", news.Article{ContentHash: "h2", SourceID: w.curated}, true},
		{"same hash, own id", news.Article{ExternalID: "e3", ContentHash: "h2", SourceID: w.curated}, false},
		{"a guild's feed", news.Article{ExternalID: "e1", SourceID: w.ga}, false},
		{"no source", news.Article{ExternalID: "e1"}, true},
		{"unknown source", news.Article{ExternalID: "e1", SourceID: 9999}, false},
	} {
		_, err := w.s.FindDuplicate(ctx, &c.a)
		if c.dup && err != nil || !c.dup && news.ErrorCode(err) != news.ENOTFOUND {
			t.Errorf("%s: FindDuplicate error %v, want duplicate %v", c.name, err, c.dup)
		}
	}
	err := w.s.CreateArticle(ctx, w.newArticle(item{source: w.curated, ext: "e1", title: "Again"}))
	wantCode(t, err, news.ECONFLICT)
	err = w.s.CreateArticle(ctx, w.newArticle(item{source: w.curated, title: "No identity"}))
	wantCode(t, err, news.EINVALID)
	err = w.s.CreateArticle(ctx, w.newArticle(item{source: 9999, ext: "e9", title: "Gone source"}))
	wantCode(t, err, news.EINVALID)

	// A guild's feed cannot claim the operator's identity, nor another guild's.
	ga := w.add(t, item{source: w.ga, ext: "e1", url: "https://x.example/1", title: "Guild A copy"})
	if ga.Article.GuildID != "guild-a" {
		t.Fatalf("guild article's GuildID %q, want guild-a (set by the store)", ga.Article.GuildID)
	}
	wantCode(t, w.s.CreateArticle(ctx, w.newArticle(item{source: w.ga, url: "https://x.example/1", title: "A again"})), news.ECONFLICT)
	w.add(t, item{source: w.gb, ext: "e1", title: "Guild B copy"})
	ids, err := w.s.FindDuplicates(ctx, []*news.Article{{ExternalID: "e1", SourceID: w.ga}, {ExternalID: "new", SourceID: w.gb},
		{ExternalID: "e1", SourceID: 9999}})
	must(t, err)
	if ids[0] != ga.Article.ID || ids[1] != 0 || ids[2] != 0 {
		t.Fatalf("FindDuplicates = %v, want [%d 0 0]", ids, ga.Article.ID)
	}
}

func testArticleBatch(t *testing.T, h Harness) {
	w := newWorld(t, h)
	ctx := context.Background()
	w.add(t, item{source: w.curated, ext: "old", title: "Stored before"})
	shared := &news.Story{Headline: "Talks in Geneva", Categories: []news.Category{news.Talks}}
	items := []*news.NewArticle{
		w.newArticle(item{source: w.curated, ext: "b1", title: "Talks open", story: shared}),
		w.newArticle(item{source: w.curated, ext: "old", title: "Duplicate of a stored one"}),
		// a failed member of the shared story leaves it the id b1 gave it
		w.newArticle(item{source: w.curated, ext: "b1", title: "Duplicate within the batch", story: shared}),
		w.newArticle(item{source: w.curated, title: "No identity"}),
		w.newArticle(item{source: w.curated, ext: "b2", title: "Talks continue", story: shared}),
		{Article: nil},
	}
	errs, err := w.s.CreateArticles(ctx, items)
	must(t, err)
	want := []string{"", news.ECONFLICT, news.ECONFLICT, news.EINVALID, "", news.EINVALID}
	for i, code := range want {
		if got := news.ErrorCode(errs[i]); got != code {
			t.Errorf("item %d: code %q (%v), want %q", i, got, errs[i], code)
		}
	}
	if items[1].Article.ID != 0 || items[2].Article.ID != 0 {
		t.Errorf("refused items got ids %d, %d; want 0", items[1].Article.ID, items[2].Article.ID)
	}
	if items[0].Story.ID == 0 || items[4].Story.ID != items[0].Story.ID {
		t.Fatalf("shared story ids %d, %d: want one story", items[0].Story.ID, items[4].Story.ID)
	}
	got, err := w.s.StoryArticles(ctx, []int64{shared.ID})
	must(t, err)
	if len(got) != 2 || got[0].Article.ExternalID != "b1" || got[1].Article.ExternalID != "b2" {
		t.Fatalf("story articles %+v: want b1, b2", got)
	}
}

func testArticleRead(t *testing.T, h Harness) {
	w := newWorld(t, h)
	ctx := context.Background()
	n := w.add(t, item{source: w.curated, ext: "r1", url: "https://x.example/r1", title: "Clinic hit",
		text: "A clinic was hit near Aleppo.", cats: []news.Category{news.Humanitarian}, places: []string{"Aleppo"}})
	bare := w.add(t, item{source: w.curated, ext: "r2", title: "No analysis", noAnalysis: true})
	a, an, err := w.s.Article(ctx, n.Article.ID)
	must(t, err)
	if a.Title != "Clinic hit" || a.Text != "A clinic was hit near Aleppo." || a.CanonicalURL != "https://x.example/r1" ||
		a.SourceID != w.curated || !a.Published.Equal(base.Add(-time.Hour)) || a.GuildID != "" {
		t.Fatalf("article %+v", a)
	}
	if an == nil || len(an.Categories) != 1 || an.Categories[0] != news.Humanitarian || len(an.Places) != 1 {
		t.Fatalf("analysis %+v", an)
	}
	b, ban, err := w.s.ArticleByExternalID(ctx, "r2")
	must(t, err)
	if b.ID != bare.Article.ID || ban != nil {
		t.Fatalf("by external id: %+v %+v, want article %d with no analysis", b, ban, bare.Article.ID)
	}
	_, _, err = w.s.Article(ctx, 424242)
	wantCode(t, err, news.ENOTFOUND)
	_, _, err = w.s.ArticleByExternalID(ctx, "nope")
	wantCode(t, err, news.ENOTFOUND)
	cnt, err := w.s.CountSourceArticles(ctx, w.curated, base)
	must(t, err)
	if cnt != 2 {
		t.Fatalf("CountSourceArticles = %d, want 2", cnt)
	}
	cnt, err = w.s.CountSourceArticles(ctx, w.curated, base.Add(time.Second))
	must(t, err)
	if cnt != 0 {
		t.Fatalf("CountSourceArticles after = %d, want 0", cnt)
	}
}

func testArticlesFilter(t *testing.T, h Harness) {
	w := newWorld(t, h)
	ctx := context.Background()
	day := base.Add(-24 * time.Hour)
	w.add(t, item{source: w.curated, ext: "f1", title: "Aid convoy reaches Aleppo", published: day,
		cats: []news.Category{news.Humanitarian}, places: []string{"Aleppo"}})
	w.c.t = base.Add(time.Hour)
	w.add(t, item{source: w.curated, ext: "f2", title: "Talks in Geneva", published: day.Add(time.Hour),
		cats: []news.Category{news.Talks}, places: []string{"Geneva"}})
	w.add(t, item{source: w.curated, ext: "f3", title: "Convoy of aid waits", published: day.Add(2 * time.Hour)})
	for _, c := range []struct {
		name string
		f    news.DigestFilter
		want []string
	}{
		{"window", news.DigestFilter{Since: day}, []string{"f3", "f2", "f1"}},
		{"until", news.DigestFilter{Since: day, Until: day.Add(time.Hour)}, []string{"f1"}},
		{"stored", news.DigestFilter{Since: base.Add(time.Hour), ByStored: true}, []string{"f3", "f2"}},
		{"topic", news.DigestFilter{Since: day, Topics: []news.Category{news.Talks, news.Ceasefire}}, []string{"f2"}},
		{"place any case", news.DigestFilter{Since: day, Places: []string{"aleppo"}}, []string{"f1"}},
		{"phrase", news.DigestFilter{Since: day, Keywords: []string{"aid convoy"}}, []string{"f1"}},
		{"word", news.DigestFilter{Since: day, Keywords: []string{"CONVOY"}}, []string{"f3", "f1"}},
		{"no word", news.DigestFilter{Since: day, Keywords: []string{"*"}}, nil},
		{"limit", news.DigestFilter{Since: day, Limit: 1}, []string{"f3"}},
	} {
		got, err := w.s.Articles(ctx, c.f)
		must(t, err)
		if ids := externalIDs(got); !equal(ids, c.want) {
			t.Errorf("%s: %v, want %v", c.name, ids, c.want)
		}
	}
}

func testArticlesByEventDay(t *testing.T, h Harness) {
	w := newWorld(t, h)
	ctx := context.Background()
	w.add(t, item{source: w.curated, ext: "d2", title: "Second", eventDate: "2016-09-18"})
	w.add(t, item{source: w.curated, ext: "d1", title: "First", eventDate: "2016-09-17", carried: carry})
	w.add(t, item{source: w.curated, ext: "dx", title: "Undated"})
	w.add(t, item{source: w.curated, ext: "d9", title: "Later", eventDate: "2016-09-30"})
	day := func(s string) int32 {
		d, _ := time.Parse(time.DateOnly, s)
		return int32(d.Unix() / 86400)
	}
	got, err := w.s.ArticlesByEventDay(ctx, day("2016-09-17"), day("2016-09-18"), false)
	must(t, err)
	if ids := externalIDs(got); !equal(ids, []string{"d1", "d2"}) {
		t.Fatalf("by event day: %v, want [d1 d2]", ids)
	}
	got, err = w.s.ArticlesByEventDay(ctx, day("2016-09-17"), day("2016-09-18"), true)
	must(t, err)
	if ids := externalIDs(got); !equal(ids, []string{"dx", "d1", "d2"}) {
		t.Fatalf("with unknown: %v, want [dx d1 d2]", ids)
	}
	if got[1].StoryID == 0 || got[1].Analysis.EventDate != "2016-09-17" {
		t.Fatalf("article %+v: want its story and analysis", got[1])
	}
	var want news.Analysis
	carry(&want)
	if an := got[1].Analysis; !reflect.DeepEqual([][]string{an.OffensiveBegun, an.Resumed, an.CouncilHeld, an.TruceBackground, an.MovedFrom["evacuated"]},
		[][]string{want.OffensiveBegun, want.Resumed, want.CouncilHeld, want.TruceBackground, want.MovedFrom["evacuated"]}) {
		t.Fatalf("carried sentences %+v, want %+v: a story of stored analyses reads them", an, want)
	}
	if an := got[1].Analysis; !an.CouncilMeets || !an.SessionLead || !reflect.DeepEqual([][]string{an.NamedWhole, an.Surnames}, [][]string{want.NamedWhole, want.Surnames}) ||
		an.Facts.Evacuated == nil || an.Facts.Evacuated.OutOf != want.Facts.Evacuated.OutOf || len(an.Facts.Figures) != 1 || an.Facts.Figures[0].OutOf != want.Facts.Figures[0].OutOf {
		t.Fatalf("carried reading %+v, want %+v: a story of stored analyses reads it (round h-carry4)", an, want)
	}
	if an := got[1].Analysis; an.TitleMarks != want.TitleMarks {
		t.Fatalf("title marks %b, want %b: a story of stored analyses reads them (round h-kind1)", an.TitleMarks, want.TitleMarks)
	}
}

// carry sets the sentences an analysis carries for stories (round h-carry3).
func carry(an *news.Analysis) {
	an.OffensiveBegun = []string{"The army launched an offensive on Monday."}
	an.Resumed = []string{"The evacuation resumed on Tuesday."}
	an.CouncilHeld = []string{"The Security Council met on Tuesday."}
	an.TruceBackground = []string{"Observers counted 90 breaches since March."}
	an.MovedFrom = map[string][]string{news.FigureEvacuated: {"Velm and Orsk"}}
	// round h-carry4: the title, lead and names read once, and where an
	// exchange's counts moved from
	an.CouncilMeets, an.SessionLead = true, true
	an.NamedWhole, an.Surnames = []string{"Monitor"}, []string{"Kovalenko"}
	an.Facts.Evacuated = &news.Figure{Kind: news.FigureEvacuated, Value: 500, OutOf: "Tamin"}
	an.Facts.Figures = []news.Figure{{Kind: news.FigureEvacuated, Value: 200, Scope: news.ScopeOtherEvent, OutOf: "Velm and Orsk"}}
	// round h-kind1: what the title tells, read once (the highest mark
	// too, so every bit of the stored set comes back)
	an.TitleMarks = news.TitleReaction | news.TitleAccusation | news.TitleSequel
}

func externalIDs(rs []news.ArticleWithAnalysis) []string {
	var out []string
	for _, r := range rs {
		out = append(out, r.Article.ExternalID)
	}
	return out
}

func equal[T comparable](a, b []T) bool {
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

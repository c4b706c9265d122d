package store

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

// scopeWorld is a store with the operator's source and two guilds' sources.
type scopeWorld struct {
	db               *Services
	curated, ga, gb  int64
	published, since time.Time
}

func newScopeWorld(t *testing.T) *scopeWorld {
	t.Helper()
	db, c := openTest(t)
	ctx := context.Background()
	w := &scopeWorld{db: db, published: c.t.Add(-time.Hour), since: c.t.Add(-24 * time.Hour)}
	for _, s := range []struct {
		id    *int64
		guild string
	}{{&w.curated, ""}, {&w.ga, "guild-a"}, {&w.gb, "guild-b"}} {
		src := &news.Source{URL: "https://feed.example/" + s.guild, Kind: news.KindFeed, Name: "Reuters", GuildID: s.guild}
		if err := db.CreateSource(ctx, src); err != nil {
			t.Fatal(err)
		}
		*s.id = src.ID
	}
	return w
}

// add stores an article of source into story (nil: a new one) and returns it.
func (w *scopeWorld) add(t *testing.T, source int64, ext, url, title string, st *news.Story) (*news.Article, error) {
	t.Helper()
	if st == nil {
		st = &news.Story{Headline: title, Categories: []news.Category{news.Violence}}
	}
	a := &news.Article{ExternalID: ext, CanonicalURL: url, URL: url, SourceID: source, SourceName: "Reuters",
		Title: title, Text: title + ".", Published: w.published}
	err := w.db.CreateArticle(context.Background(), &news.NewArticle{Article: a,
		Analysis: &news.Analysis{Categories: []news.Category{news.Violence}}, Story: st})
	return a, err
}

// TestGuildArticleIdentity: a guild's feed cannot claim the identity of
// the operator's article (a curated article stored after it is still
// stored, and seen by everyone) nor another guild's.
func TestGuildArticleIdentity(t *testing.T) {
	w := newScopeWorld(t)
	ctx := context.Background()
	const url = "https://www.reuters.com/world/truce"
	if _, err := w.add(t, w.ga, url, url, "Forged truce report", nil); err != nil {
		t.Fatal(err)
	}
	if _, err := w.add(t, w.ga, url, url, "Again", nil); news.ErrorCode(err) != news.ECONFLICT {
		t.Fatalf("the guild's own duplicate: %v, want ECONFLICT", err)
	}
	if _, err := w.add(t, w.gb, url, url, "Guild B's copy", nil); err != nil {
		t.Fatalf("another guild's article with the same URL: %v", err)
	}
	curated, err := w.add(t, w.curated, url, url, "Truce holds", nil)
	if err != nil {
		t.Fatalf("the curated article after a guild's claimed its URL: %v", err)
	}
	if id, err := w.db.FindDuplicate(ctx, &news.Article{ExternalID: url, SourceID: w.curated}); err != nil || id != curated.ID {
		t.Errorf("FindDuplicate for the operator = %d, %v; want the curated article %d", id, err, curated.ID)
	}
	stories, err := w.db.Stories(ctx, news.DigestFilter{Since: w.since, ByStored: true})
	if err != nil || len(stories) != 1 || stories[0].Headline != "Truce holds" {
		t.Fatalf("public stories %+v, %v; want the curated one only", stories, err)
	}
}

// TestStoriesByReader: a mixed story is listed for every reader with the
// sources that reader may see and NeedsView; a story of a guild's articles
// only is listed in that guild only.
func TestStoriesByReader(t *testing.T) {
	w := newScopeWorld(t)
	ctx := context.Background()
	st := &news.Story{Headline: "Shelling", Categories: []news.Category{news.Violence}}
	if _, err := w.add(t, w.curated, "c1", "https://www.reuters.com/c1", "Shelling in Idlib", st); err != nil {
		t.Fatal(err)
	}
	if _, err := w.add(t, w.ga, "a1", "https://evil.example/a1", "Shelling: 500 dead", st); err != nil {
		t.Fatal(err)
	}
	if _, err := w.add(t, w.ga, "a2", "https://evil.example/a2", "Guild A only", nil); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		guild   string
		stories int
		sources map[string]int // headline → sources seen
	}{
		{"", 1, map[string]int{"Shelling": 1}},
		{"guild-b", 1, map[string]int{"Shelling": 1}},
		{"guild-a", 2, map[string]int{"Shelling": 2, "Guild A only": 1}},
	} {
		stories, err := w.db.Stories(ctx, news.DigestFilter{Since: w.since, ByStored: true, GuildID: tt.guild})
		if err != nil || len(stories) != tt.stories {
			t.Fatalf("reader %q: %d stories, %v; want %d", tt.guild, len(stories), err, tt.stories)
		}
		for _, s := range stories {
			if len(s.Sources) != tt.sources[s.Headline] || !s.NeedsView {
				t.Errorf("reader %q: %q with %d sources (needs view %v), want %d and a view", tt.guild, s.Headline, len(s.Sources), s.NeedsView, tt.sources[s.Headline])
			}
			for _, src := range s.Sources {
				if (src.GuildID != "") != (src.URL != "https://www.reuters.com/c1") {
					t.Errorf("source %q guild %q", src.URL, src.GuildID)
				}
			}
		}
		// A keyword only the guild's article holds finds nothing for others.
		kw, err := w.db.Stories(ctx, news.DigestFilter{Since: w.since, ByStored: true, GuildID: tt.guild, Keywords: []string{"500 dead"}})
		if want := map[bool]int{true: 1, false: 0}[tt.guild == "guild-a"]; err != nil || len(kw) != want {
			t.Errorf("reader %q, keyword of the guild's article: %d stories, %v; want %d", tt.guild, len(kw), err, want)
		}
	}
	// Topics and places of a story holding a guild's article are its
	// view's: the store passes it on for the view to decide.
	for _, f := range []news.DigestFilter{{Topics: []news.Category{news.Talks}}, {Places: []string{"Nowhere"}}} {
		f.Since, f.ByStored = w.since, true
		if s, err := w.db.Stories(ctx, f); err != nil || len(s) != 1 || !s[0].NeedsView {
			t.Errorf("filter %+v: %d stories, %v; want the mixed one, needing a view", f, len(s), err)
		}
	}
	members, err := w.db.StoryMembers(ctx, []int64{st.ID}, "")
	if err != nil || len(members[st.ID]) != 1 || members[st.ID][0].Article.GuildID != "" {
		t.Fatalf("public members %+v, %v; want the curated article only", members, err)
	}
	members, _ = w.db.StoryMembers(ctx, []int64{st.ID}, "guild-a")
	if len(members[st.ID]) != 2 || members[st.ID][1].Article.GuildID != "guild-a" || members[st.ID][1].Analysis.Categories == nil {
		t.Fatalf("guild A's members %+v, want both with analyses", members)
	}
}

// TestRetireGuild: after the bot leaves a guild, its sources and channel
// subscriptions are gone, its DM subscriptions read the operator's only,
// its articles appear nowhere, and re-adding its feed stores them afresh.
func TestRetireGuild(t *testing.T) {
	w := newScopeWorld(t)
	ctx := context.Background()
	if _, err := w.add(t, w.ga, "a1", "https://evil.example/a1", "Guild A report", nil); err != nil {
		t.Fatal(err)
	}
	ch := &news.Subscription{GuildID: "guild-a", ChannelID: "c", Schedule: "@daily"}
	dm := &news.Subscription{GuildID: "guild-a", UserID: "u", DM: true, Schedule: "@daily"}
	for _, s := range []*news.Subscription{ch, dm} {
		if err := w.db.CreateSubscription(ctx, s); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := w.db.RetireGuild(ctx, ""); news.ErrorCode(err) != news.EINVALID {
		t.Fatalf("RetireGuild(\"\") = %v, want EINVALID", err)
	}
	r, err := w.db.RetireGuild(ctx, "guild-a")
	if err != nil || r.Sources != 1 || len(r.Subscriptions) != 1 || r.Subscriptions[0] != ch.ID || r.DMSubscriptions != 1 || r.Articles != 1 {
		t.Fatalf("RetireGuild = %+v, %v", r, err)
	}
	if srcs, _ := w.db.Sources(ctx, "guild-a"); len(srcs) != 0 {
		t.Errorf("sources left: %+v", srcs)
	}
	if got, err := w.db.Subscription(ctx, dm.ID); err != nil || got.GuildID != "" {
		t.Errorf("DM subscription after retirement: %+v, %v; want it kept without the guild", got, err)
	}
	if stories, _ := w.db.Stories(ctx, news.DigestFilter{Since: w.since, ByStored: true, GuildID: "guild-a"}); len(stories) != 0 {
		t.Errorf("a retired guild's stories still listed: %+v", stories)
	}
	// Invited again: the same feed is a new source and its item a new article.
	src := &news.Source{URL: "https://feed.example/guild-a", Kind: news.KindFeed, GuildID: "guild-a"}
	if err := w.db.CreateSourceWithin(ctx, src, 1); err != nil {
		t.Fatalf("re-adding the feed: %v", err)
	}
	if _, err := w.add(t, src.ID, "a1", "https://evil.example/a1", "Guild A report", nil); err != nil {
		t.Fatalf("the same item after the guild came back: %v", err)
	}
	if stories, _ := w.db.Stories(ctx, news.DigestFilter{Since: w.since, ByStored: true, GuildID: "guild-a"}); len(stories) != 1 {
		t.Errorf("after re-adding: %d stories, want the new one only", len(stories))
	}
}

// TestDeleteSourceRetiresItsArticles: a guild that removes a feed removes
// what it brought (issue 11: its articles stayed).
func TestDeleteSourceRetiresItsArticles(t *testing.T) {
	w := newScopeWorld(t)
	ctx := context.Background()
	if _, err := w.add(t, w.ga, "a1", "https://evil.example/a1", "Guild A report", nil); err != nil {
		t.Fatal(err)
	}
	if _, err := w.add(t, w.curated, "c1", "https://www.reuters.com/c1", "Curated report", nil); err != nil {
		t.Fatal(err)
	}
	for _, id := range []int64{w.ga, w.curated} {
		if err := w.db.DeleteSource(ctx, id); err != nil {
			t.Fatal(err)
		}
	}
	if s, _ := w.db.Stories(ctx, news.DigestFilter{Since: w.since, ByStored: true, GuildID: "guild-a"}); len(s) != 1 || s[0].Headline != "Curated report" {
		t.Errorf("after removing both sources guild A sees %+v; want the operator's article only", s)
	}
}

// TestReaderIndex: questions are answered from what the reader may see.
func TestReaderIndex(t *testing.T) {
	w := newScopeWorld(t)
	ctx := context.Background()
	a, _ := w.add(t, w.ga, "a1", "https://evil.example/a1", "Guild A report", nil)
	c, _ := w.add(t, w.curated, "c1", "https://www.reuters.com/c1", "Curated report", nil)
	ids := []int64{a.ID, c.ID}
	for _, tt := range []struct {
		guild string
		want  int
	}{{"", 1}, {"guild-b", 1}, {"guild-a", 2}} {
		x := w.db.SentenceIndexFor(tt.guild)
		dates, err := x.ArticleDates(ctx, ids)
		arts, err2 := x.Articles(ctx, ids)
		if err != nil || err2 != nil || len(dates) != tt.want || len(arts) != tt.want {
			t.Errorf("reader %q: %d dates, %d articles (%v, %v); want %d", tt.guild, len(dates), len(arts), err, err2, tt.want)
		}
		for _, art := range arts {
			if (art.ID == a.ID) != (art.GuildID == "guild-a") {
				t.Errorf("reader %q: article %d has guild %q", tt.guild, art.ID, art.GuildID)
			}
		}
	}
}

// TestGuildScopeMigration: articles a guild's feed stored before 0030 are
// that guild's after it, with their identity among the guild's.
func TestGuildScopeMigration(t *testing.T) {
	path := filepath.Join(t.TempDir(), "old.db")
	ctx := context.Background()
	db, err := OpenServices(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	// Back to the schema before 0030, with an article as the old code stored it.
	_, err = db.Writer().ExecContext(ctx, `DROP INDEX articles_story_guild; DROP INDEX articles_guild;
		DROP TABLE guild_article_keys; ALTER TABLE articles DROP COLUMN guild_id;
		ALTER TABLE articles DROP COLUMN retired; DELETE FROM schema_migrations WHERE version = 30;
		INSERT INTO sources (id, url, kind, guild_id, created) VALUES (7, 'https://evil.example/rss', 'feed', 'guild-a', 1);
		INSERT INTO articles (id, external_id, canonical_url, title, source_id, stored)
			VALUES (1, 'https://www.reuters.com/x', 'https://www.reuters.com/x', 'Forged', 7, 1);`)
	if err != nil {
		t.Fatal(err)
	}
	db.Close()
	// No copy first: the article above was written past the full-text
	// triggers' expectations, which the copy's check would refuse.
	if db, err = OpenServices(ctx, path, WithMigrationBackup(false)); err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	a, _, err := db.Article(ctx, 1)
	if err != nil || a.GuildID != "guild-a" || a.ExternalID != "" {
		t.Fatalf("migrated article %+v, %v; want it guild A's, its identity moved", a, err)
	}
	if id, err := db.FindDuplicate(ctx, &news.Article{ExternalID: "https://www.reuters.com/x", SourceID: 7}); err != nil || id != 1 {
		t.Errorf("the guild's duplicate: %d, %v", id, err)
	}
	if _, err := db.FindDuplicate(ctx, &news.Article{ExternalID: "https://www.reuters.com/x"}); news.ErrorCode(err) != news.ENOTFOUND {
		t.Errorf("the operator's article with its URL is a duplicate: %v", err)
	}
}

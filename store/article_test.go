package store

import (
	"context"
	"fmt"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

// day returns midnight UTC of 2016-08-d.
func day(d int) time.Time { return time.Date(2016, 8, d, 0, 0, 0, 0, time.UTC) }

// newItem builds an article with an analysis; keys default from id.
func newItem(id, title, text string, published time.Time, cats ...news.Category) *news.NewArticle {
	return &news.NewArticle{
		Article: &news.Article{
			ExternalID: id, Title: title, Text: text, SourceName: "sana",
			URL: "https://sana.example/" + id, CanonicalURL: "https://sana.example/" + id,
			ContentHash: "hash-" + id, Published: published, Fetched: published.Add(time.Hour),
			Location: "aleppo",
		},
		Analysis: &news.Analysis{
			Categories: cats, Summary: title, Version: 1, Fingerprint: 0xfedcba9876543210,
			Places: []news.Entity{{Name: "Aleppo", Kind: "city", Conflict: "syria"}},
			Facts:  news.Facts{Killed: &news.Figure{Value: 12, Qualifier: news.AtLeast, Sentence: "12 died."}},
		},
	}
}

func TestCreateArticleRoundTrip(t *testing.T) {
	db, c := openTest(t)
	ctx := context.Background()
	n := newItem("fakes-1", "Strike on Aleppo", "At least 12 people died.", day(26), news.Violence)
	n.Story = &news.Story{Headline: "Strike", Categories: []news.Category{news.Violence},
		Places: n.Analysis.Places}
	if err := db.CreateArticle(ctx, n); err != nil {
		t.Fatalf("CreateArticle: %v", err)
	}
	if n.Article.ID == 0 || n.Story.ID == 0 {
		t.Fatalf("ids not set: article %d story %d", n.Article.ID, n.Story.ID)
	}
	a, an, err := db.Article(ctx, n.Article.ID)
	if err != nil {
		t.Fatalf("Article: %v", err)
	}
	want := *n.Article
	if *a != want {
		t.Errorf("Article = %+v\nwant %+v", *a, want)
	}
	if an == nil || an.Fingerprint != 0xfedcba9876543210 || an.Facts.Killed.Value != 12 ||
		!an.Has(news.Violence) || an.Places[0].Name != "Aleppo" {
		t.Errorf("Analysis = %+v, want the stored one", an)
	}
	b, _, err := db.ArticleByExternalID(ctx, "fakes-1")
	if err != nil || b.ID != a.ID {
		t.Fatalf("ArticleByExternalID = %v, %v; want id %d", b, err, a.ID)
	}
	arts, err := db.Articles(ctx, news.DigestFilter{Since: day(1)})
	if err != nil || len(arts) != 1 {
		t.Fatalf("Articles = %v, %v; want 1", arts, err)
	}
	if arts[0].StoryID != n.Story.ID || !arts[0].Stored.Equal(c.t) {
		t.Errorf("StoryID, Stored = %d, %v; want %d, %v", arts[0].StoryID, arts[0].Stored, n.Story.ID, c.t)
	}
	s, err := db.Story(ctx, n.Story.ID)
	if err != nil {
		t.Fatalf("Story: %v", err)
	}
	if !s.FirstSeen.Equal(day(26)) || !s.LastSeen.Equal(day(26)) || len(s.Sources) != 1 ||
		s.Sources[0].ExternalID != "fakes-1" {
		t.Errorf("Story = %+v; want seen on day 26 with one source", s)
	}
	if got, _ := db.ArticleCount(ctx); got != 1 {
		t.Errorf("ArticleCount = %d, want 1", got)
	}
}

func TestArticleNotFound(t *testing.T) {
	db, _ := openTest(t)
	ctx := context.Background()
	_, _, err := db.Article(ctx, 42)
	wantCode(t, err, news.ENOTFOUND)
	_, _, err = db.ArticleByExternalID(ctx, "nope")
	wantCode(t, err, news.ENOTFOUND)
	_, err = db.FindDuplicate(ctx, &news.Article{ExternalID: "nope", ContentHash: "x"})
	wantCode(t, err, news.ENOTFOUND)
	wantCode(t, db.CreateArticle(ctx, &news.NewArticle{}), news.EINVALID)
	wantCode(t, db.CreateArticle(ctx, &news.NewArticle{Article: &news.Article{Title: "no keys"}}), news.EINVALID)
	n := newItem("x", "t", "x", day(2))
	n.Story = &news.Story{ID: 999}
	wantCode(t, db.CreateArticle(ctx, n), news.ENOTFOUND)
	if n.Article.ID != 0 {
		t.Errorf("article id = %d after a failed create, want 0", n.Article.ID)
	}
}

func TestDuplicateByEachKey(t *testing.T) {
	db, _ := openTest(t)
	ctx := context.Background()
	orig := newItem("a-1", "Original", "text one", day(3))
	if err := db.CreateArticle(ctx, orig); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		a    news.Article
	}{
		{"external id", news.Article{ExternalID: "a-1", CanonicalURL: "https://o/x", ContentHash: "h-x"}},
		{"canonical url", news.Article{ExternalID: "a-2", CanonicalURL: orig.Article.CanonicalURL, ContentHash: "h-y"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			id, err := db.FindDuplicate(ctx, &tt.a)
			if err != nil || id != orig.Article.ID {
				t.Fatalf("FindDuplicate = %d, %v; want %d", id, err, orig.Article.ID)
			}
			a := tt.a
			a.Title = "copy"
			err = db.CreateArticle(ctx, &news.NewArticle{Article: &a, Story: &news.Story{Headline: "s"}})
			wantCode(t, err, news.ECONFLICT)
			if a.ID != 0 {
				t.Errorf("article id = %d after a conflict, want 0", a.ID)
			}
		})
	}
	if n, _ := db.ArticleCount(ctx); n != 1 {
		t.Fatalf("ArticleCount = %d, want 1", n)
	}
	var stories int
	db.Reader().QueryRowContext(ctx, `SELECT count(*) FROM stories`).Scan(&stories)
	if stories != 0 {
		t.Fatalf("stories = %d after conflicts, want 0", stories)
	}
}

// TestContentHashIdentifiesOnlyArticlesWithoutIDOrURL: the same text under
// two ids is two articles (two outlets' copies of one wire report: their
// story groups them); an article with neither id nor URL is known by its
// text.
func TestContentHashIdentifiesOnlyArticlesWithoutIDOrURL(t *testing.T) {
	db, _ := openTest(t)
	ctx := context.Background()
	withID := newItem("w-1", "Wire copy", "the same wire text", day(2))
	if err := db.CreateArticle(ctx, withID); err != nil {
		t.Fatal(err)
	}
	copyWithID := newItem("w-2", "Wire copy", "the same wire text", day(2))
	copyWithID.Article.ContentHash = withID.Article.ContentHash
	if _, err := db.FindDuplicate(ctx, copyWithID.Article); news.ErrorCode(err) != news.ENOTFOUND {
		t.Fatalf("a copy with its own id: FindDuplicate err = %v, want ENOTFOUND", err)
	}
	if err := db.CreateArticle(ctx, copyWithID); err != nil {
		t.Fatalf("a copy with its own id was refused: %v", err)
	}
	bare := &news.Article{Title: "Bare", Text: "text with no id", ContentHash: "h-bare"}
	if err := db.CreateArticle(ctx, &news.NewArticle{Article: bare}); err != nil {
		t.Fatal(err)
	}
	again := &news.Article{Title: "Bare again", Text: "text with no id", ContentHash: "h-bare"}
	if id, err := db.FindDuplicate(ctx, again); err != nil || id != bare.ID {
		t.Fatalf("bare copy: FindDuplicate = %d, %v; want %d", id, err, bare.ID)
	}
	wantCode(t, db.CreateArticle(ctx, &news.NewArticle{Article: again}), news.ECONFLICT)
	got, _, err := db.ArticleByExternalID(ctx, "w-2")
	if err != nil || got.ContentHash != withID.Article.ContentHash {
		t.Fatalf("stored copy: hash %q, %v; want the text's hash kept", got.ContentHash, err)
	}
	if n, _ := db.ArticleCount(ctx); n != 3 {
		t.Fatalf("ArticleCount = %d, want 3", n)
	}
}

func TestFindDuplicatePriority(t *testing.T) {
	db, _ := openTest(t)
	ctx := context.Background()
	a, b := newItem("p-1", "A", "a", day(1)), newItem("p-2", "B", "b", day(1))
	for _, n := range []*news.NewArticle{a, b} {
		if err := db.CreateArticle(ctx, n); err != nil {
			t.Fatal(err)
		}
	}
	// External id of b, canonical URL and hash of a: the external id wins.
	q := &news.Article{ExternalID: "p-2", CanonicalURL: a.Article.CanonicalURL, ContentHash: a.Article.ContentHash}
	if id, err := db.FindDuplicate(ctx, q); err != nil || id != b.Article.ID {
		t.Fatalf("FindDuplicate = %d, %v; want %d (by external id)", id, err, b.Article.ID)
	}
	q = &news.Article{ExternalID: "new", CanonicalURL: b.Article.CanonicalURL, ContentHash: a.Article.ContentHash}
	if id, err := db.FindDuplicate(ctx, q); err != nil || id != b.Article.ID {
		t.Fatalf("FindDuplicate = %d, %v; want %d (by canonical URL)", id, err, b.Article.ID)
	}
}

func TestCreateArticlesBatchWithDuplicate(t *testing.T) {
	db, _ := openTest(t)
	ctx := context.Background()
	if err := db.CreateArticle(ctx, newItem("old", "Old", "old text", day(1))); err != nil {
		t.Fatal(err)
	}
	items := []*news.NewArticle{
		newItem("b-1", "One", "one", day(2), news.Talks),
		newItem("old", "Old again", "old text", day(2)),     // stored before
		newItem("b-2", "Two", "two", day(3), news.Violence), // new
		newItem("b-1", "One again", "one", day(2)),          // earlier in the batch
		{Article: nil},
	}
	for _, n := range items[:4] {
		n.Story = &news.Story{Headline: n.Article.Title}
	}
	errs, err := db.CreateArticles(ctx, items)
	if err != nil {
		t.Fatalf("CreateArticles: %v", err)
	}
	want := []string{"", news.ECONFLICT, "", news.ECONFLICT, news.EINVALID}
	for i, w := range want {
		if got := news.ErrorCode(errs[i]); got != w {
			t.Errorf("errs[%d] = %v, want code %q", i, errs[i], w)
		}
	}
	if items[1].Article.ID != 0 || items[1].Story.ID != 0 || items[3].Story.ID != 0 {
		t.Errorf("failed items kept ids: %d %d %d", items[1].Article.ID, items[1].Story.ID, items[3].Story.ID)
	}
	if n, _ := db.ArticleCount(ctx); n != 3 {
		t.Fatalf("ArticleCount = %d, want 3", n)
	}
	var stories int
	db.Reader().QueryRowContext(ctx, `SELECT count(*) FROM stories`).Scan(&stories)
	if stories != 2 {
		t.Fatalf("stories = %d, want 2 (the failed items' stories rolled back)", stories)
	}
	checkFTS(t, db)
}

func TestCreateArticlesWholeBatchFailure(t *testing.T) {
	db, _ := openTest(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	items := []*news.NewArticle{newItem("c-1", "One", "one", day(2))}
	if _, err := db.CreateArticles(ctx, items); err == nil {
		t.Fatal("CreateArticles with a cancelled context succeeded")
	}
	if items[0].Article.ID != 0 {
		t.Errorf("id = %d after a failed batch, want 0", items[0].Article.ID)
	}
	if n, _ := db.ArticleCount(context.Background()); n != 0 {
		t.Fatalf("ArticleCount = %d, want 0", n)
	}
}

func TestArticlesFilter(t *testing.T) {
	db, c := openTest(t)
	ctx := context.Background()
	seed := []*news.NewArticle{
		newItem("f-1", "Talks open in Geneva", "Delegations met.", day(10), news.Talks),
		newItem("f-2", "Shelling in Homs", "Chemical attack reported.", day(11), news.Violence),
		newItem("f-3", "Aid convoy", "Convoy reached Madaya.", day(12), news.Humanitarian),
	}
	seed[1].Analysis.Places = []news.Entity{{Name: "Homs", Kind: "city"}}
	for i, n := range seed {
		c.t = day(20 + i)
		if err := db.CreateArticle(ctx, n); err != nil {
			t.Fatal(err)
		}
	}
	tests := []struct {
		name string
		f    news.DigestFilter
		want []string
	}{
		{"all newest first", news.DigestFilter{}, []string{"f-3", "f-2", "f-1"}},
		{"window", news.DigestFilter{Since: day(11), Until: day(12)}, []string{"f-2"}},
		{"by stored", news.DigestFilter{Since: day(21), ByStored: true}, []string{"f-3", "f-2"}},
		{"topics", news.DigestFilter{Topics: []news.Category{news.Talks, news.Humanitarian}}, []string{"f-3", "f-1"}},
		{"places", news.DigestFilter{Places: []string{"homs"}}, []string{"f-2"}},
		{"keywords", news.DigestFilter{Keywords: []string{"chemical attack", "geneva"}}, []string{"f-2", "f-1"}},
		{"phrase order", news.DigestFilter{Keywords: []string{"attack chemical"}}, nil},
		{"hostile keyword", news.DigestFilter{Keywords: []string{`"*`}}, nil},
		{"limit", news.DigestFilter{Limit: 1}, []string{"f-3"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := db.Articles(ctx, tt.f)
			if err != nil {
				t.Fatalf("Articles: %v", err)
			}
			var ids []string
			for _, a := range got {
				ids = append(ids, a.Article.ExternalID)
			}
			if fmt.Sprint(ids) != fmt.Sprint(tt.want) {
				t.Errorf("ids = %v, want %v", ids, tt.want)
			}
		})
	}
}

func TestRecentAnalyses(t *testing.T) {
	db, _ := openTest(t)
	ctx := context.Background()
	for i, id := range []string{"r-1", "r-2", "r-3"} {
		n := newItem(id, strings.ToUpper(id), "text "+id, day(1+i), news.Violence)
		if i > 0 {
			n.Story = &news.Story{Headline: id}
		}
		if err := db.CreateArticle(ctx, n); err != nil {
			t.Fatal(err)
		}
	}
	got, err := db.RecentAnalyses(ctx, day(2))
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[0].ExternalID != "r-2" || got[1].ExternalID != "r-3" {
		t.Fatalf("RecentAnalyses = %+v, want r-2 then r-3", got)
	}
	if got[0].StoryID == 0 || !got[0].Analysis.Has(news.Violence) || got[0].Title != "R-2" {
		t.Errorf("RecentAnalyses[0] = %+v, want story, analysis and title", got[0])
	}
}

func TestCreateArticlesRetriesWithSavepoints(t *testing.T) {
	db, _ := openTest(t)
	ctx := context.Background()
	bad := newItem("nan", "Bad", "bad", day(2))
	bad.Analysis.Scores = map[news.Category]float64{news.Violence: math.NaN()}
	bad.Story = &news.Story{Headline: "bad"}
	items := []*news.NewArticle{newItem("ok-1", "One", "one", day(1)), bad, newItem("ok-2", "Two", "two", day(3))}
	errs, err := db.CreateArticles(ctx, items)
	if err != nil {
		t.Fatalf("CreateArticles: %v", err)
	}
	if errs[0] != nil || errs[2] != nil || news.ErrorCode(errs[1]) != news.EINVALID {
		t.Fatalf("errs = %v, want only item 1 invalid", errs)
	}
	if bad.Article.ID != 0 || bad.Story.ID != 0 || items[0].Article.ID == 0 || items[2].Article.ID == 0 {
		t.Fatalf("ids: %d %d %d story %d", items[0].Article.ID, bad.Article.ID, items[2].Article.ID, bad.Story.ID)
	}
	var articles, stories int
	db.Reader().QueryRowContext(ctx, `SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM stories)`).Scan(&articles, &stories)
	if articles != 2 || stories != 0 {
		t.Fatalf("articles, stories = %d, %d; want 2, 0", articles, stories)
	}
	checkFTS(t, db)
	wantCode(t, db.CreateArticle(ctx, bad), news.EINVALID)
}

func TestStoredHorizonSplitsWindows(t *testing.T) {
	db, c := openTest(t)
	ctx := context.Background()
	c.t = time.Date(2026, 11, 29, 12, 0, 0, 300e6, time.UTC)
	if err := db.CreateArticle(ctx, newItem("h-1", "Before", "x", day(1))); err != nil {
		t.Fatal(err)
	}
	c.t = c.t.Add(400 * time.Millisecond) // the same second
	h, err := db.StoredHorizon(ctx)
	if err != nil {
		t.Fatal(err)
	}
	c.t = c.t.Add(200 * time.Millisecond)
	if err := db.CreateArticle(ctx, newItem("h-2", "After", "y", day(1))); err != nil {
		t.Fatal(err)
	}
	ids := func(f news.DigestFilter) string {
		got, err := db.Articles(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		var s []string
		for _, a := range got {
			s = append(s, a.Article.ExternalID)
		}
		return strings.Join(s, ",")
	}
	first := ids(news.DigestFilter{Until: h, ByStored: true})
	next := ids(news.DigestFilter{Since: h, ByStored: true})
	// Each article is in exactly one of the two windows.
	if first+"|"+next != "|h-2,h-1" {
		t.Errorf("windows = %q | %q; want every article in exactly one", first, next)
	}
}

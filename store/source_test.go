package store

import (
	"context"
	"fmt"
	"reflect"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

func TestSourceLifecycle(t *testing.T) {
	db, c := openTest(t)
	ctx := context.Background()
	s := &news.Source{URL: "https://news.un.org/feed", Kind: news.KindFeed, Name: "UN News"}
	if err := db.CreateSource(ctx, s); err != nil {
		t.Fatalf("CreateSource: %v", err)
	}
	if s.ID == 0 || !s.Created.Equal(c.t) {
		t.Fatalf("id %d created %v; want set to %v", s.ID, s.Created, c.t)
	}
	wantCode(t, db.CreateSource(ctx, &news.Source{URL: s.URL, Kind: news.KindFeed}), news.ECONFLICT)
	other := &news.Source{URL: s.URL, Kind: news.KindFeed, GuildID: "g1"}
	if err := db.CreateSource(ctx, other); err != nil {
		t.Fatalf("same URL in another guild: %v", err)
	}
	wantCode(t, db.CreateSource(ctx, &news.Source{Kind: news.KindFeed}), news.EINVALID)

	s.ETag, s.LastModified, s.Failures, s.LastError = `"abc"`, "Mon, 02 Jan 2006 15:04:05 GMT", 2, "timeout"
	s.NextCheck, s.LastSuccess = c.t.Add(time.Hour), c.t.Add(-time.Hour)
	if err := db.UpdateSource(ctx, s); err != nil {
		t.Fatalf("UpdateSource: %v", err)
	}
	got, err := db.Source(ctx, s.ID)
	if err != nil {
		t.Fatal(err)
	}
	if *got != *s {
		t.Errorf("Source = %+v\nwant %+v", *got, *s)
	}
	due, err := db.DueSources(ctx, c.t)
	if err != nil || len(due) != 1 || due[0].ID != other.ID {
		t.Fatalf("DueSources(now) = %+v, %v; want only the guild source", due, err)
	}
	other.DisabledReason = "404 ten times"
	if err := db.UpdateSource(ctx, other); err != nil {
		t.Fatal(err)
	}
	due, _ = db.DueSources(ctx, c.t.Add(2*time.Hour))
	if len(due) != 1 || due[0].ID != s.ID {
		t.Fatalf("DueSources(later) = %+v; want the enabled source only", due)
	}
	if list, _ := db.Sources(ctx, "g1"); len(list) != 1 || list[0].ID != other.ID {
		t.Fatalf("Sources(g1) = %+v", list)
	}
	if err := db.DeleteSource(ctx, s.ID); err != nil {
		t.Fatal(err)
	}
	wantCode(t, db.DeleteSource(ctx, s.ID), news.ENOTFOUND)
	wantCode(t, db.UpdateSource(ctx, s), news.ENOTFOUND)
	_, err = db.Source(ctx, s.ID)
	wantCode(t, err, news.ENOTFOUND)
}

func TestDeleteSourceKeepsArticles(t *testing.T) {
	db, _ := openTest(t)
	ctx := context.Background()
	s := &news.Source{URL: "https://a.example/rss", Kind: news.KindFeed}
	if err := db.CreateSource(ctx, s); err != nil {
		t.Fatal(err)
	}
	n := newItem("k-1", "T", "x", day(1))
	n.Article.SourceID = s.ID
	if err := db.CreateArticle(ctx, n); err != nil {
		t.Fatal(err)
	}
	if err := db.DeleteSource(ctx, s.ID); err != nil {
		t.Fatal(err)
	}
	a, _, err := db.Article(ctx, n.Article.ID)
	if err != nil || a.SourceID != 0 {
		t.Fatalf("article after source delete = %+v, %v; want kept without source", a, err)
	}
	bad := newItem("k-2", "T", "y", day(1))
	bad.Article.SourceID = 12345
	if err := db.CreateArticle(ctx, bad); err == nil {
		t.Fatal("an article with an unknown source id was stored")
	}
}

// TestUnreadLanguages: a source's items the analysis could not read are
// counted by language; read items and other sources' are not.
func TestUnreadLanguages(t *testing.T) {
	db, c := openTest(t)
	ctx := context.Background()
	urdu := &news.Source{URL: "https://www.bbc.com/urdu/index.xml", Kind: news.KindFeed}
	mixed := &news.Source{URL: "https://example.org/feed", Kind: news.KindFeed}
	for _, s := range []*news.Source{urdu, mixed} {
		if err := db.CreateSource(ctx, s); err != nil {
			t.Fatal(err)
		}
	}
	add := func(id string, src *news.Source, lang string) {
		n := newItem(id, "title "+id, "text of "+id, c.t, news.Violence)
		n.Article.SourceID = src.ID
		n.Analysis.Language = lang
		if lang != "en" {
			n.Analysis.Relevance = &news.Relevance{Reason: news.NotReadLanguage, Detail: lang}
		}
		if err := db.CreateArticle(ctx, n); err != nil {
			t.Fatal(err)
		}
	}
	for i := range 3 {
		add(fmt.Sprint("u", i), urdu, "ur")
	}
	add("m1", mixed, "en")
	add("m2", mixed, "pt")
	got, err := db.UnreadLanguages(ctx, []int64{urdu.ID, mixed.ID})
	if err != nil {
		t.Fatal(err)
	}
	want := map[int64][]news.LanguageCount{urdu.ID: {{Language: "ur", Items: 3}}, mixed.ID: {{Language: "pt", Items: 1}}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("unread = %v, want %v", got, want)
	}
}

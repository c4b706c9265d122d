package store

import (
	"context"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

// TestThreadFollowsAndOutbox: one follow per channel; a post stores the
// thread it opens and the articles it reports, once; a merged story finds
// its old story's thread; a thread is quiet after its own follow's time;
// unfollowing removes the follow's threads and posts.
func TestThreadFollowsAndOutbox(t *testing.T) {
	db, c := openTest(t)
	ctx := context.Background()
	f := &news.ThreadFollow{GuildID: "g1", ChannelID: "c1", Forum: true, Topics: []news.Category{news.Ceasefire},
		Places: []string{"Aleppo"}, QuietAfter: 2 * time.Hour}
	if err := db.CreateThreadFollow(ctx, f); err != nil {
		t.Fatal(err)
	}
	if err := db.CreateThreadFollow(ctx, &news.ThreadFollow{GuildID: "g1", ChannelID: "c1"}); news.ErrorCode(err) != news.ECONFLICT {
		t.Fatalf("a second follow of a channel: %v, want ECONFLICT", err)
	}
	fs, err := db.ThreadFollows(ctx, "g1")
	if err != nil || len(fs) != 1 || !fs[0].Forum || fs[0].QuietAfter != 2*time.Hour || fs[0].Places[0] != "Aleppo" ||
		!fs[0].Cursor.Equal(c.t.Truncate(time.Second)) {
		t.Fatalf("ThreadFollows = %+v, %v", fs, err)
	}

	open := news.ThreadPost{FollowID: f.ID, StoryID: 7, Kind: news.ThreadOpen, Name: "Truce", Content: "x\n-# thread a",
		Marker: "thread a", Nonce: "tha", Articles: []int64{1, 2}, Created: c.t}
	until := c.t.Add(time.Minute)
	if err := db.CreateThreadPosts(ctx, []news.ThreadPost{open}, []int64{f.ID}, until); err != nil {
		t.Fatal(err)
	}
	again := open
	again.Nonce, again.Kind, again.Articles = "thb", news.ThreadUpdate, []int64{2, 3}
	if err := db.CreateThreadPosts(ctx, []news.ThreadPost{again}, nil, until); news.ErrorCode(err) != news.ECONFLICT {
		t.Fatalf("a post reporting article 2 again: %v, want ECONFLICT", err)
	}
	if rep, err := db.ReportedArticles(ctx, f.ID, []int64{1, 2, 3}); err != nil || !rep[1] || !rep[2] || rep[3] {
		t.Errorf("ReportedArticles = %v, %v; want 1 and 2", rep, err)
	}
	pending, err := db.PendingThreadPosts(ctx)
	if err != nil || len(pending) != 1 || pending[0].Name != "Truce" {
		t.Fatalf("PendingThreadPosts = %+v, %v", pending, err)
	}
	if err := db.MarkThreadPostSent(ctx, pending[0].ID, "th1", "th1"); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Writer().Exec(`INSERT INTO story_redirects (from_id, to_id) VALUES (7, 9)`); err != nil {
		t.Fatal(err)
	}
	th, ok, err := db.StoryThreadOf(ctx, f.ID, 9)
	if err != nil || !ok || th.ThreadID != "th1" || th.StarterID != "th1" || th.Marker != "thread a" || th.StoryID != 7 {
		t.Fatalf("thread of story 9 (7 merged into it) = %+v %v %v", th, ok, err)
	}

	if q, err := db.QuietThreads(ctx, c.t.Add(119*time.Minute)); err != nil || len(q) != 0 {
		t.Errorf("quiet after 119 minutes of 120: %+v, %v", q, err)
	}
	q, err := db.QuietThreads(ctx, c.t.Add(2*time.Hour))
	if err != nil || len(q) != 1 || q[0].ThreadID != "th1" {
		t.Fatalf("quiet after 2 hours: %+v, %v", q, err)
	}
	if err := db.MarkThreadArchived(ctx, f.ID, 7); err != nil {
		t.Fatal(err)
	}
	if q, _ := db.QuietThreads(ctx, c.t.Add(3*time.Hour)); len(q) != 0 {
		t.Errorf("an archived thread is quiet again: %+v", q)
	}

	if err := db.DeleteThreadFollow(ctx, "g1", "c1"); err != nil {
		t.Fatal(err)
	}
	if err := db.DeleteThreadFollow(ctx, "g1", "c1"); news.ErrorCode(err) != news.ENOTFOUND {
		t.Errorf("unfollowing twice: %v, want ENOTFOUND", err)
	}
	if _, ok, _ := db.StoryThreadOf(ctx, f.ID, 7); ok {
		t.Error("the follow's thread outlived it")
	}
}

package storetest

import (
	"context"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

// testThreadFollows: a follow needs a guild channel, a channel has one
// follow, a follow decides from its creation, and only its guild may
// unfollow it.
func testThreadFollows(t *testing.T, h Harness) {
	s, c := open(t, h)
	ctx := context.Background()
	wantCode(t, s.CreateThreadFollow(ctx, &news.ThreadFollow{GuildID: "g1"}), news.EINVALID)
	f := &news.ThreadFollow{GuildID: "g1", ChannelID: "c1", Forum: true, UserID: "u1",
		Topics: []news.Category{news.Ceasefire}, Places: []string{"Aleppo"}, Keywords: []string{"truce"},
		QuietAfter: 2 * time.Hour, Cursor: base.Add(-time.Hour)}
	must(t, s.CreateThreadFollow(ctx, f))
	if f.ID == 0 || !f.Cursor.Equal(base) || !f.Created.Equal(base) {
		t.Fatalf("created follow %+v: want an id, cursor and created at %v", f, base)
	}
	wantCode(t, s.CreateThreadFollow(ctx, &news.ThreadFollow{GuildID: "g2", ChannelID: "c1"}), news.ECONFLICT)
	c.t = base.Add(time.Minute)
	later := &news.ThreadFollow{GuildID: "g2", ChannelID: "c2", QuietAfter: time.Hour, Cursor: base.Add(time.Hour)}
	must(t, s.CreateThreadFollow(ctx, later))

	fs, err := s.ThreadFollows(ctx, "g1")
	must(t, err)
	if len(fs) != 1 || fs[0].ID != f.ID || fs[0].ChannelID != "c1" || !fs[0].Forum || fs[0].UserID != "u1" ||
		fs[0].QuietAfter != 2*time.Hour || !equal(fs[0].Places, []string{"Aleppo"}) ||
		!equal(fs[0].Keywords, []string{"truce"}) || len(fs[0].Topics) != 1 || fs[0].Topics[0] != news.Ceasefire ||
		!fs[0].Cursor.Equal(base) || !fs[0].Created.Equal(base) {
		t.Fatalf("ThreadFollows(g1) = %+v", fs)
	}
	all, err := s.ThreadFollows(ctx, "")
	must(t, err)
	if len(all) != 2 || all[0].ID != f.ID || all[1].ID != later.ID || all[1].Forum ||
		!all[1].Cursor.Equal(base.Add(time.Hour)) || !all[1].Created.Equal(base.Add(time.Minute)) {
		t.Fatalf("ThreadFollows(all) = %+v", all)
	}

	wantCode(t, s.DeleteThreadFollow(ctx, "g2", "c1"), news.ENOTFOUND)
	must(t, s.DeleteThreadFollow(ctx, "g1", "c1"))
	wantCode(t, s.DeleteThreadFollow(ctx, "g1", "c1"), news.ENOTFOUND)
	if fs, _ := s.ThreadFollows(ctx, ""); len(fs) != 1 || fs[0].ID != later.ID {
		t.Fatalf("after unfollowing c1: %+v, want c2's follow only", fs)
	}
	must(t, s.CreateThreadFollow(ctx, &news.ThreadFollow{GuildID: "g1", ChannelID: "c1"}))

	// A guild the bot leaves takes its follows with it, not another's.
	_, err = s.RetireGuild(ctx, "g1")
	must(t, err)
	if fs, _ := s.ThreadFollows(ctx, ""); len(fs) != 1 || fs[0].ID != later.ID {
		t.Fatalf("after retiring g1: %+v, want g2's follow only", fs)
	}
}

// testThreadPosts: a post stores the thread it opens and the articles it
// reports, once ever; a failed round stores nothing and moves no cursor;
// a merged story finds its old story's thread; a thread is quiet after its
// follow's time and an update wakes it; unfollowing removes the follow's
// threads, posts and reported articles.
func testThreadPosts(t *testing.T, h Harness) {
	w := newWorld(t, h)
	s, c, ctx := w.s, w.c, context.Background()
	f := &news.ThreadFollow{GuildID: "g1", ChannelID: "c1", QuietAfter: 2 * time.Hour}
	must(t, s.CreateThreadFollow(ctx, f))
	a := w.add(t, item{source: w.curated, ext: "t1", title: "Truce holds"})
	b := w.add(t, item{source: w.curated, ext: "t2", title: "Convoy hit"})

	open := news.ThreadPost{FollowID: f.ID, StoryID: b.Story.ID, Kind: news.ThreadOpen, Name: "Convoy",
		Content: "x\n-# thread b", Marker: "thread b", Nonce: "thb", Articles: []int64{b.Article.ID, 100}, Created: base}
	until := base.Add(time.Minute)
	posts := []news.ThreadPost{open}
	must(t, s.CreateThreadPosts(ctx, posts, []int64{f.ID}, until))
	if posts[0].ID == 0 {
		t.Fatal("stored open post has no id")
	}
	if fs, _ := s.ThreadFollows(ctx, "g1"); len(fs) != 1 || !fs[0].Cursor.Equal(until) {
		t.Fatalf("cursor after a round: %+v, want %v", fs, until)
	}

	// A round reporting an article again stores nothing, not even its
	// other posts, and moves no cursor.
	fresh := news.ThreadPost{FollowID: f.ID, StoryID: a.Story.ID, Kind: news.ThreadOpen, Name: "Truce",
		Content: "y\n-# thread a", Marker: "thread a", Nonce: "tha", Articles: []int64{a.Article.ID}, Created: base}
	again := open
	again.Kind, again.Nonce, again.Articles = news.ThreadUpdate, "thb2", []int64{100, 101}
	round := []news.ThreadPost{fresh, again}
	wantCode(t, s.CreateThreadPosts(ctx, round, []int64{f.ID}, until.Add(time.Hour)), news.ECONFLICT)
	sameNonce := fresh
	sameNonce.Nonce, sameNonce.Articles = "thb", nil
	wantCode(t, s.CreateThreadPosts(ctx, []news.ThreadPost{sameNonce}, nil, until), news.ECONFLICT)
	secondOpen := open
	secondOpen.Nonce, secondOpen.Articles = "thb3", nil
	wantCode(t, s.CreateThreadPosts(ctx, []news.ThreadPost{secondOpen}, nil, until), news.ECONFLICT)
	if fs, _ := s.ThreadFollows(ctx, "g1"); !fs[0].Cursor.Equal(until) {
		t.Fatalf("cursor %v after failed rounds, want %v", fs[0].Cursor, until)
	}
	rep, err := s.ReportedArticles(ctx, f.ID, []int64{b.Article.ID, 100, 101, a.Article.ID})
	must(t, err)
	if len(rep) != 2 || !rep[b.Article.ID] || !rep[100] {
		t.Fatalf("ReportedArticles = %v, want %d and 100", rep, b.Article.ID)
	}
	if rep, err := s.ReportedArticles(ctx, f.ID+1, []int64{100}); err != nil || len(rep) != 0 {
		t.Fatalf("another follow's reported articles = %v, %v", rep, err)
	}
	if _, ok, err := s.StoryThreadOf(ctx, f.ID, a.Story.ID); err != nil || ok {
		t.Fatalf("a failed round opened a thread: %v %v", ok, err)
	}

	pending, err := s.PendingThreadPosts(ctx)
	must(t, err)
	if len(pending) != 1 || pending[0].ID != posts[0].ID || pending[0].Name != "Convoy" ||
		pending[0].Kind != news.ThreadOpen || pending[0].Marker != "thread b" || pending[0].Nonce != "thb" ||
		pending[0].StoryID != b.Story.ID || !pending[0].Created.Equal(base) || pending[0].MessageID != "" {
		t.Fatalf("PendingThreadPosts = %+v", pending)
	}
	th, ok, err := s.StoryThreadOf(ctx, f.ID, b.Story.ID)
	must(t, err)
	if !ok || th.ThreadID != "" || th.Marker != "thread b" || !th.LastReport.Equal(base) || th.Archived {
		t.Fatalf("thread of an unsent open post: %+v %v", th, ok)
	}
	must(t, s.MarkThreadStarter(ctx, posts[0].ID, "m1"))
	if pending, _ = s.PendingThreadPosts(ctx); len(pending) != 1 || pending[0].MessageID != "m1" {
		t.Fatalf("pending after its starter: %+v", pending)
	}
	if q, _ := s.QuietThreads(ctx, base.Add(24*time.Hour)); len(q) != 0 {
		t.Fatalf("a thread not yet made is quiet: %+v", q)
	}
	must(t, s.MarkThreadPostSent(ctx, posts[0].ID, "th1", "m1"))
	if pending, _ = s.PendingThreadPosts(ctx); len(pending) != 0 {
		t.Fatalf("pending after sent: %+v", pending)
	}

	// b's story merges into a's: a's story finds b's thread.
	w.add(t, item{source: w.curated, ext: "t3", title: "Bridge",
		story: &news.Story{ID: a.Story.ID, Headline: "Truce", Absorbed: []int64{b.Story.ID}}})
	th, ok, err = s.StoryThreadOf(ctx, f.ID, a.Story.ID)
	must(t, err)
	if !ok || th.StoryID != b.Story.ID || th.ThreadID != "th1" || th.StarterID != "m1" || th.Marker != "thread b" {
		t.Fatalf("thread of a's story (b's merged into it) = %+v %v", th, ok)
	}

	if q, err := s.QuietThreads(ctx, base.Add(119*time.Minute)); err != nil || len(q) != 0 {
		t.Fatalf("quiet after 119 minutes of 120: %+v, %v", q, err)
	}
	q, err := s.QuietThreads(ctx, base.Add(2*time.Hour))
	must(t, err)
	if len(q) != 1 || q[0].ThreadID != "th1" || q[0].FollowID != f.ID || q[0].StoryID != b.Story.ID {
		t.Fatalf("quiet after 2 hours: %+v", q)
	}
	must(t, s.MarkThreadArchived(ctx, f.ID, b.Story.ID))
	if q, _ := s.QuietThreads(ctx, base.Add(3*time.Hour)); len(q) != 0 {
		t.Fatalf("an archived thread is quiet again: %+v", q)
	}
	if th, _, _ := s.StoryThreadOf(ctx, f.ID, b.Story.ID); !th.Archived {
		t.Fatalf("archived thread %+v", th)
	}

	// An update reports anew and wakes the thread.
	c.t = base.Add(3 * time.Hour)
	update := news.ThreadPost{FollowID: f.ID, StoryID: b.Story.ID, Kind: news.ThreadUpdate, Content: "z\n-# thread u",
		Starter: "x2\n-# thread b", Marker: "thread u", Nonce: "thu", Articles: []int64{101}, Created: c.t}
	ups := []news.ThreadPost{update}
	must(t, s.CreateThreadPosts(ctx, ups, []int64{f.ID}, base)) // an earlier until never moves a cursor back
	if fs, _ := s.ThreadFollows(ctx, "g1"); !fs[0].Cursor.Equal(until) {
		t.Fatalf("cursor %v, want %v (never back)", fs[0].Cursor, until)
	}
	th, _, _ = s.StoryThreadOf(ctx, f.ID, b.Story.ID)
	if th.Archived || !th.LastReport.Equal(c.t) || th.ThreadID != "th1" {
		t.Fatalf("thread after an update: %+v", th)
	}
	pending, _ = s.PendingThreadPosts(ctx)
	if len(pending) != 1 || pending[0].Kind != news.ThreadUpdate || pending[0].Starter != "x2\n-# thread b" {
		t.Fatalf("pending update: %+v", pending)
	}
	must(t, s.ParkThreadPost(ctx, ups[0].ID, ""))
	if pending, _ = s.PendingThreadPosts(ctx); len(pending) != 0 {
		t.Fatalf("pending after parking: %+v", pending)
	}
	must(t, s.MarkThreadPostSent(ctx, ups[0].ID, "", "m3")) // an update leaves the thread's starter
	if th, _, _ := s.StoryThreadOf(ctx, f.ID, b.Story.ID); th.StarterID != "m1" {
		t.Fatalf("starter %q after an update was sent, want m1", th.StarterID)
	}

	// Unfollowing removes the threads, posts and reported articles; a
	// new follow of the channel starts afresh.
	pend := news.ThreadPost{FollowID: f.ID, StoryID: a.Story.ID, Kind: news.ThreadOpen, Content: "p\n-# thread p",
		Marker: "thread p", Nonce: "thp", Articles: []int64{a.Article.ID}, Created: c.t}
	must(t, s.CreateThreadPosts(ctx, []news.ThreadPost{pend}, nil, c.t))
	must(t, s.DeleteThreadFollow(ctx, "g1", "c1"))
	if _, ok, _ := s.StoryThreadOf(ctx, f.ID, b.Story.ID); ok {
		t.Fatal("the follow's thread outlived it")
	}
	if pending, _ = s.PendingThreadPosts(ctx); len(pending) != 0 {
		t.Fatalf("the follow's unsent posts outlived it: %+v", pending)
	}
	if rep, _ := s.ReportedArticles(ctx, f.ID, []int64{100, 101, a.Article.ID}); len(rep) != 0 {
		t.Fatalf("the follow's reported articles outlived it: %v", rep)
	}
	g := &news.ThreadFollow{GuildID: "g1", ChannelID: "c1", QuietAfter: time.Hour}
	must(t, s.CreateThreadFollow(ctx, g))
	must(t, s.CreateThreadPosts(ctx, []news.ThreadPost{{FollowID: g.ID, StoryID: b.Story.ID, Kind: news.ThreadOpen,
		Content: "n\n-# thread n", Marker: "thread n", Nonce: "thb", Articles: []int64{100}, Created: c.t}}, []int64{g.ID}, c.t))
}

package storetest

import (
	"context"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

// testPrune: retention deletes the articles older than the cutoff (by
// publication, else stored time) with their index rows, keeps their
// stories, and deletes delivered digests older than the cutoff but each
// subscription's newest.
func testPrune(t *testing.T, h Harness) {
	if h.Prune == nil {
		t.Skip("the store has no retention")
	}
	w := newWorld(t, h)
	ctx := context.Background()
	cutoff := base.Add(-30 * 24 * time.Hour)
	fresh := w.addWithSentences(t, w.curated, "fresh", "Fresh shelling report", "Shelling hit the town again.")
	shared := w.add(t, item{source: w.curated, ext: "old2", title: "Old part of a story", published: cutoff.Add(-time.Hour)})
	w.add(t, item{source: w.curated, ext: "new2", title: "New part of the story", published: base.Add(-time.Hour), story: shared.Story})
	lone := w.newArticle(item{source: w.curated, ext: "lone", title: "Lone old report", text: "Shelling hit the old town.",
		published: cutoff.Add(-48 * time.Hour)})
	lone.Sentences = news.IndexedSentences(lone.Article.Title, []string{lone.Article.Text})
	must(t, w.s.CreateArticle(ctx, lone))
	sub := &news.Subscription{GuildID: "g", ChannelID: "c", Schedule: "@daily"}
	must(t, w.s.CreateSubscription(ctx, sub))
	for i, until := range []time.Time{cutoff.Add(-72 * time.Hour), cutoff.Add(-48 * time.Hour), cutoff.Add(-24 * time.Hour)} {
		o := outboxFor(sub.ID, 1, until)
		o.Created = until
		must(t, w.s.CreateOutbox(ctx, o))
		if i < 2 {
			_, err := w.s.MarkSent(ctx, o.ID, 1, "m", until)
			must(t, err)
		}
	}
	articles, digests, err := h.Prune(ctx, w.s, cutoff)
	must(t, err)
	if articles != 2 || digests != 1 {
		t.Fatalf("pruned %d articles and %d digests, want 2 and 1", articles, digests)
	}
	for _, ext := range []string{"old2", "lone"} {
		if _, _, err := w.s.ArticleByExternalID(ctx, ext); news.ErrorCode(err) != news.ENOTFOUND {
			t.Errorf("article %s after pruning: %v", ext, err)
		}
	}
	for _, id := range []int64{shared.Story.ID, lone.Story.ID} {
		if s, err := w.s.Story(ctx, id); err != nil || s.Headline == "" {
			t.Errorf("story %d after pruning: %+v, %v; want it kept", id, s, err)
		}
	}
	if got, err := w.s.StoryArticles(ctx, []int64{shared.Story.ID}); err != nil || len(got) != 1 {
		t.Errorf("the shared story keeps %d articles (%v), want its new one", len(got), err)
	}
	pending, err := w.s.PendingOutboxes(ctx, sub.ID)
	must(t, err)
	if len(pending) != 1 {
		t.Errorf("%d unfinished digests after pruning, want the one (never pruned)", len(pending))
	}
	// the sentence index keeps no rows of a pruned article
	if h.Sentences != nil {
		hits, err := h.Sentences(w.s, "").SentenceHits(ctx, []string{"shelling"}, 10)
		must(t, err)
		want := []news.SentenceRef{{ArticleID: fresh.Article.ID, Position: 1}, {ArticleID: fresh.Article.ID, Position: 0}}
		if !equal(hits, want) {
			t.Errorf("sentence hits after pruning %v, want the fresh article's only", hits)
		}
	}
}

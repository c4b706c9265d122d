package storetest

import (
	"context"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

// testRemovals: what is removed takes what hangs on it, and what is not
// there is ENOTFOUND, not a silent success.
func testRemovals(t *testing.T, h Harness) {
	s, _ := open(t, h)
	ctx := context.Background()
	o := newOutbox(t, s, 2, base)
	must(t, s.CreateOutbox(ctx, o))
	must(t, s.(BotStore).MarkPauseTold(ctx, o.SubscriptionID, "no access"))
	must(t, s.DeleteSubscription(ctx, o.SubscriptionID))
	pending, err := s.PendingOutboxes(ctx, 0)
	must(t, err)
	if len(pending) != 0 {
		t.Fatalf("%d digests pending after their subscription went, want 0", len(pending))
	}
	_, err = s.MarkSent(ctx, o.ID, 1, "m", base)
	wantCode(t, err, news.ENOTFOUND)
	_, err = s.ParkMessage(ctx, o.ID+1000, 1, "refused")
	wantCode(t, err, news.ENOTFOUND)
	if told, err := s.(BotStore).PauseTold(ctx, o.SubscriptionID, "no access"); err != nil || told {
		t.Fatalf("pause notice of a deleted subscription: %v, %v", told, err)
	}
	wantCode(t, s.AdvanceCursor(ctx, o.SubscriptionID, base.Add(time.Hour)), news.ENOTFOUND)
}

// testArticleUnknownStory: an article joining a story that is not stored
// is refused, and nothing of it is stored.
func testArticleUnknownStory(t *testing.T, h Harness) {
	w := newWorld(t, h)
	ctx := context.Background()
	n := w.newArticle(item{source: w.curated, ext: "u1", title: "Lost story", story: &news.Story{ID: 424242, Headline: "Gone"}})
	wantCode(t, w.s.CreateArticle(ctx, n), news.ENOTFOUND)
	_, _, err := w.s.ArticleByExternalID(ctx, "u1")
	wantCode(t, err, news.ENOTFOUND)
	errs, err := w.s.CreateArticles(ctx, []*news.NewArticle{
		w.newArticle(item{source: w.curated, ext: "u2", title: "Lost again", story: &news.Story{ID: 424242}}),
		w.newArticle(item{source: w.curated, ext: "u3", title: "Found"}),
	})
	must(t, err)
	if news.ErrorCode(errs[0]) != news.ENOTFOUND || errs[1] != nil {
		t.Fatalf("batch errors %v, want not found for the lost story's article only", errs)
	}
	stories, err := w.s.Stories(ctx, news.DigestFilter{Since: base.Add(-24 * time.Hour), Keywords: []string{"*", "?"}})
	must(t, err)
	if len(stories) != 0 {
		t.Fatalf("keywords without a word found %d stories, want none", len(stories))
	}
}

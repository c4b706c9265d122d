package storetest

import (
	"context"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

// BotStore is what the bot keeps in the store besides the domain's
// services: its state under keys, the pause notices told, the readiness
// probe and the gauges.
type BotStore interface {
	LoadState(ctx context.Context, prefix string) (map[string][]byte, error)
	SaveState(ctx context.Context, key string, value []byte, expires time.Time) error
	PauseTold(ctx context.Context, subscriptionID int64, reason string) (bool, error)
	MarkPauseTold(ctx context.Context, subscriptionID int64, reason string) error
	ForgetPauseTold(ctx context.Context, subscriptionID int64) error
	UnreadLanguages(ctx context.Context, sourceIDs []int64) (map[int64][]news.LanguageCount, error)
	CheckWritable(ctx context.Context) error
	OpenStories(ctx context.Context, since time.Time) (int, error)
}

func testBotState(t *testing.T, h Harness) {
	s, c := open(t, h)
	b := s.(BotStore)
	ctx := context.Background()
	must(t, b.SaveState(ctx, "gateway/session", []byte("abc"), time.Time{}))
	must(t, b.SaveState(ctx, "ratelimit/a", []byte("1"), base.Add(time.Minute)))
	must(t, b.SaveState(ctx, "ratelimit/b", []byte("2"), base.Add(time.Hour)))
	must(t, b.SaveState(ctx, "ratelimit/b", []byte("3"), base.Add(time.Hour)))
	c.t = base.Add(2 * time.Minute)
	got, err := b.LoadState(ctx, "ratelimit/")
	must(t, err)
	if len(got) != 1 || string(got["ratelimit/b"]) != "3" {
		t.Fatalf("state %q, want ratelimit/b=3 only (a expired)", got)
	}
	got, err = b.LoadState(ctx, "")
	must(t, err)
	if len(got) != 2 || string(got["gateway/session"]) != "abc" {
		t.Fatalf("all state %q", got)
	}
}

func testPauseNotices(t *testing.T, h Harness) {
	s, _ := open(t, h)
	b := s.(BotStore)
	ctx := context.Background()
	sub := &news.Subscription{GuildID: "g", ChannelID: "c", Schedule: "@daily"}
	must(t, s.CreateSubscription(ctx, sub))
	if told, err := b.PauseTold(ctx, sub.ID, "no DMs"); err != nil || told {
		t.Fatalf("told before marking: %v, %v", told, err)
	}
	must(t, b.MarkPauseTold(ctx, sub.ID, "no DMs"))
	if told, err := b.PauseTold(ctx, sub.ID, "no DMs"); err != nil || !told {
		t.Fatalf("not told after marking: %v, %v", told, err)
	}
	if told, _ := b.PauseTold(ctx, sub.ID, "channel gone"); told {
		t.Fatal("a new reason counts as told")
	}
	must(t, b.ForgetPauseTold(ctx, sub.ID))
	if told, _ := b.PauseTold(ctx, sub.ID, "no DMs"); told {
		t.Fatal("told after forgetting")
	}
	if err := b.MarkPauseTold(ctx, sub.ID+100, "x"); err == nil {
		t.Fatal("marked a notice of no subscription")
	}
}

func testUnreadAndGauges(t *testing.T, h Harness) {
	w := newWorld(t, h)
	b := w.s.(BotStore)
	ctx := context.Background()
	for i, lang := range []string{"ur", "ur", "ar", ""} {
		n := w.newArticle(item{source: w.curated, ext: string(rune('a' + i)), title: "Item"})
		n.Analysis.Language = lang
		if lang != "" {
			n.Analysis.Relevance = &news.Relevance{Reason: news.NotReadLanguage}
		}
		must(t, w.s.CreateArticle(ctx, n))
	}
	got, err := b.UnreadLanguages(ctx, []int64{w.curated, w.ga})
	must(t, err)
	want := []news.LanguageCount{{Language: "ur", Items: 2}, {Language: "ar", Items: 1}}
	if len(got) != 1 || !equal(got[w.curated], want) {
		t.Fatalf("unread %v, want %v for the curated source only", got, want)
	}
	must(t, b.CheckWritable(ctx))
	n, err := b.OpenStories(ctx, base)
	must(t, err)
	if n != 4 {
		t.Fatalf("open stories %d, want 4", n)
	}
	if n, _ := b.OpenStories(ctx, base.Add(time.Second)); n != 0 {
		t.Fatalf("open stories after %d, want 0", n)
	}
}

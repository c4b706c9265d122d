package bot

import (
	"context"
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/conflict-digest/conflict-digest/analyze"
	"github.com/conflict-digest/conflict-digest/feed"
	"github.com/conflict-digest/conflict-digest/internal/fakediscord"
	"github.com/conflict-digest/conflict-digest/news"
)

const manage = discordgo.PermissionManageChannels

// server is Manage Server, which a guild's sources need.
const server = discordgo.PermissionManageGuild

func TestSourcesCommand(t *testing.T) {
	h := startBot(t, func(_ *Config, d *Deps) { d.CheckURL = feed.CheckURL })
	h.ready(t)
	tests := []struct {
		name  string
		perms int64
		opts  []fakediscord.Option
		want  string
	}{
		{"add named after an outlet", server, []fakediscord.Option{fakediscord.Sub("add", fakediscord.Str("url", "https://news.un.org/feed/rss.xml"), fakediscord.Str("name", "UN News"))}, "would pass for a news outlet"},
		{"add named after a curated feed", server, []fakediscord.Option{fakediscord.Sub("add", fakediscord.Str("url", "https://news.un.org/feed/rss.xml"), fakediscord.Str("name", "bbc news: world"))}, "would pass for a news outlet"},
		{"add", server, []fakediscord.Option{fakediscord.Sub("add", fakediscord.Str("url", "https://news.un.org/feed/rss.xml"), fakediscord.Str("name", "Syria desk"))}, "Added source"},
		{"add twice", server, []fakediscord.Option{fakediscord.Sub("add", fakediscord.Str("url", "https://news.un.org/feed/rss.xml"))}, "already reads"},
		{"add internal address", server, []fakediscord.Option{fakediscord.Sub("add", fakediscord.Str("url", "http://169.254.169.254/latest"))}, "refused"},
		{"add file url", server, []fakediscord.Option{fakediscord.Sub("add", fakediscord.Str("url", "file:///etc/passwd"))}, "only http and https"},
		{"add without permission", discordgo.PermissionSendMessages, []fakediscord.Option{fakediscord.Sub("add", fakediscord.Str("url", "https://example.org/feed"))}, "Manage Server"},
		{"add with Manage Channels only", manage, []fakediscord.Option{fakediscord.Sub("add", fakediscord.Str("url", "https://example.org/feed"))}, "Manage Server"},
		{"list", server, []fakediscord.Option{fakediscord.Sub("list")}, "Syria desk"},
		{"health", server, []fakediscord.Option{fakediscord.Sub("health")}, "not read yet"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := h.command(t, testGuild, tt.perms, "sources", tt.opts...)
			if !r.Ephemeral() || !strings.Contains(r.Content, tt.want) {
				t.Fatalf("reply %q, want ephemeral containing %q", r.Content, tt.want)
			}
		})
	}
	srcs, _ := h.store.Sources(context.Background(), testGuild)
	if len(srcs) != 1 {
		t.Fatalf("%d sources stored, want 1", len(srcs))
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	ac, err := h.fake.InjectAutocomplete(ctx, testGuild, testChannel, alice, server, "sources",
		fakediscord.Sub("remove", fakediscord.Option{Name: "source", Type: 3, Value: "un", Focused: true}))
	if err != nil || len(ac.Choices) != 1 {
		t.Fatalf("remove autocomplete: %v, %v", ac, err)
	}
	r := h.command(t, testGuild, server, "sources", fakediscord.Sub("remove", fakediscord.Str("source", ac.Choices[0]["value"].(string))))
	if !strings.Contains(r.Content, "Removed source") {
		t.Fatalf("remove: %q", r.Content)
	}
}

type recordingScheduler struct {
	mu                     sync.Mutex
	upserted, removed, ran []int64
	delivered              []int64
}

func (r *recordingScheduler) Upsert(s *news.Subscription) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.upserted = append(r.upserted, s.ID)
	return nil
}

func (r *recordingScheduler) RunNow(id int64) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.ran = append(r.ran, id)
}

func (r *recordingScheduler) Remove(id int64) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.removed = append(r.removed, id)
}

func (r *recordingScheduler) deliver(_ context.Context, s *news.Subscription) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.delivered = append(r.delivered, s.ID)
	return nil
}

func TestUnsubscribeAndDigestNow(t *testing.T) {
	sched := &recordingScheduler{}
	h := startBot(t, func(_ *Config, d *Deps) {
		d.DeliverNow = sched.deliver
		d.Scheduler = sched
	})
	h.ready(t)
	h.command(t, testGuild, manage, "subscribe", fakediscord.Str("to", "here"))
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	ac, err := h.fake.InjectAutocomplete(ctx, testGuild, testChannel, alice, 0, "unsubscribe",
		fakediscord.Option{Name: "subscription", Type: 3, Value: "", Focused: true})
	if err != nil || len(ac.Choices) != 1 {
		t.Fatalf("autocomplete: %+v, %v", ac, err)
	}
	id := ac.Choices[0]["value"].(string)
	if r := h.command(t, testGuild, 0, "digest", fakediscord.Sub("now", fakediscord.Str("subscription", id))); !strings.Contains(r.Content, "Manage Channels") {
		t.Fatalf("digest now without permission: %q", r.Content)
	}
	if r := h.command(t, testGuild, manage, "digest", fakediscord.Sub("now", fakediscord.Str("subscription", id))); !strings.Contains(r.Content, "Delivered") || len(sched.delivered) != 1 {
		t.Fatalf("digest now: %q, delivered %v", r.Content, sched.delivered)
	}
	if r := h.command(t, "", 0, "unsubscribe", fakediscord.Str("subscription", id)); !strings.Contains(r.Content, "No subscription") {
		t.Fatalf("unsubscribe a guild's subscription from a DM: %q", r.Content)
	}
	if r := h.command(t, testGuild, manage, "unsubscribe", fakediscord.Str("subscription", id)); !strings.Contains(r.Content, "Stopped subscription") {
		t.Fatalf("unsubscribe: %q", r.Content)
	}
	if subs, _ := h.store.Subscriptions(ctx, news.SubscriptionFilter{}); len(subs) != 0 {
		t.Fatalf("%d subscriptions left", len(subs))
	}
	sched.mu.Lock()
	defer sched.mu.Unlock()
	if len(sched.upserted) != 1 || len(sched.removed) != 1 || sched.upserted[0] != sched.removed[0] {
		t.Fatalf("scheduler saw upserts %v and removals %v, want one of each", sched.upserted, sched.removed)
	}
}

func TestPlacesAutocompleteFromGazetteer(t *testing.T) {
	h := startBot(t, func(_ *Config, d *Deps) { d.SuggestPlaces = analyze.SuggestPlaces })
	h.ready(t)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	r, err := h.fake.InjectAutocomplete(ctx, testGuild, testChannel, alice, 0, "subscribe",
		fakediscord.Str("to", "dm"), fakediscord.Option{Name: "places", Type: 3, Value: "Homs, alep", Focused: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Choices) == 0 || r.Choices[0]["value"] != "Homs, Aleppo" {
		t.Fatalf("choices %v, want \"Homs, Aleppo\" first", r.Choices)
	}
}

func TestPausedDMIsExplained(t *testing.T) {
	h := startBot(t, nil)
	h.ready(t)
	sub := &news.Subscription{DM: true, UserID: alice.ID, Schedule: "0 * * * *", TimeZone: "UTC"}
	h.store.CreateSubscription(context.Background(), sub)
	h.fake.AddFault(fakediscord.Fault{Route: "/channels/{channel_id}/messages", Code: 50007})
	_, err := h.bot.Sender().Post(context.Background(), "dm-channel-1", &Message{Content: "digest"}, "")
	if paused, perr := h.bot.PauseOnError(context.Background(), sub, err); !paused || perr != nil {
		t.Fatalf("PauseOnError = %v, %v", paused, perr)
	}
	r := h.command(t, testGuild, 0, "help")
	deadline := time.Now().Add(5 * time.Second)
	for time.Now().Before(deadline) && len(h.fake.Followups(r.Token)) == 0 {
		time.Sleep(20 * time.Millisecond)
	}
	f := h.fake.Followups(r.Token)
	if len(f) != 1 || !strings.Contains(f[0]["content"].(string), "is paused") {
		t.Fatalf("follow-ups %v, want the pause explained", f)
	}
}

func TestSender401StopsBot(t *testing.T) {
	h := startBot(t, nil)
	h.ready(t)
	h.fake.AddFault(fakediscord.Fault{Route: "/channels/{channel_id}/messages", Status: 401})
	_, err := h.bot.Sender().Post(context.Background(), "900000000000000009", &Message{Content: "x"}, "")
	if news.ErrorCode(err) != news.EUNAUTHORIZED {
		t.Fatalf("send error %v, want EUNAUTHORIZED", err)
	}
	select {
	case err := <-h.done:
		if !errors.Is(err, ErrStopped) {
			t.Fatalf("Run returned %v, want ErrStopped", err)
		}
		h.done <- err
	case <-time.After(10 * time.Second):
		t.Fatal("Run did not stop after a 401")
	}
}

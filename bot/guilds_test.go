package bot

import (
	"context"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

// TestGuildDeleteRetiresTheGuild: when the bot is kicked (GUILD_DELETE
// without unavailable), the guild's sources and channel subscriptions are
// retired and unscheduled, and its DM subscriptions keep the operator's
// sources only (issue 11: sources outlived their guild, so re-inviting the
// bot went round the cap); an outage (unavailable) retires nothing.
func TestGuildDeleteRetiresTheGuild(t *testing.T) {
	sched := &recordingScheduler{}
	h := startBot(t, func(_ *Config, d *Deps) { d.Scheduler = sched })
	h.ready(t)
	ctx := context.Background()
	src := &news.Source{URL: "https://evil.example/rss", Kind: news.KindFeed, GuildID: testGuild}
	ch := &news.Subscription{GuildID: testGuild, ChannelID: testChannel, Schedule: "@daily"}
	dm := &news.Subscription{GuildID: testGuild, UserID: alice.ID, DM: true, Schedule: "@daily"}
	other := &news.Subscription{GuildID: "300000000000000077", ChannelID: "1", Schedule: "@daily"}
	h.store.CreateSource(ctx, src)
	for _, s := range []*news.Subscription{ch, dm, other} {
		h.store.CreateSubscription(ctx, s)
	}
	if err := h.fake.Dispatch("GUILD_DELETE", map[string]any{"id": testGuild, "unavailable": true}); err != nil {
		t.Fatal(err)
	}
	time.Sleep(300 * time.Millisecond)
	if srcs, _ := h.store.Sources(ctx, testGuild); len(srcs) != 1 {
		t.Fatalf("an outage retired the guild's sources: %d left", len(srcs))
	}
	if err := h.fake.Dispatch("GUILD_DELETE", map[string]any{"id": testGuild}); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(5 * time.Second)
	for {
		srcs, _ := h.store.Sources(ctx, testGuild)
		sched.mu.Lock()
		removed := append([]int64(nil), sched.removed...)
		sched.mu.Unlock()
		if len(srcs) == 0 && len(removed) == 1 {
			if removed[0] != ch.ID {
				t.Fatalf("unscheduled %v, want [%d]", removed, ch.ID)
			}
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("after GUILD_DELETE: %d sources left, unscheduled %v", len(srcs), removed)
		}
		time.Sleep(20 * time.Millisecond)
	}
	subs := mustSubs(t, h.store)
	if len(subs) != 2 {
		t.Fatalf("subscriptions left %+v, want the DM one and the other guild's", subs)
	}
	for _, s := range subs {
		if s.ID == dm.ID && s.GuildID != "" {
			t.Errorf("the DM subscription still reads the retired guild: %+v", s)
		}
	}
}

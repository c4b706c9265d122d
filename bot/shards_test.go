package bot

import (
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/internal/fakediscord"
)

// identifiesByShard returns the admitted IDENTIFYs by shard id, failing
// on a shard that identified twice or named another count.
func identifiesByShard(t *testing.T, fake *fakediscord.Server, count int) map[int]time.Time {
	t.Helper()
	got := map[int]time.Time{}
	for _, e := range events(fake, fakediscord.GatewayIdentify) {
		if e.Shard[1] != count {
			t.Errorf("IDENTIFY with shard %v, want a count of %d", e.Shard, count)
		}
		if _, ok := got[e.Shard[0]]; ok {
			t.Errorf("shard %d identified twice", e.Shard[0])
		}
		got[e.Shard[0]] = e.At
	}
	if n := len(events(fake, fakediscord.GatewayIdentifyRefused)); n > 0 {
		t.Errorf("%d IDENTIFYs refused for the session start rate", n)
	}
	return got
}

// With no DISCORD_SHARD_COUNT the bot runs the shards GET /gateway/bot
// recommends (discordgo's endpoints are process-wide, so these tests do not
// run in parallel): two connections identify as [0, 2] and [1, 2], five seconds
// apart (max_concurrency 1: one bucket), and both answer interactions.
func TestShardsIdentifyRecommendedCount(t *testing.T) {
	fake := fakediscord.New(fakediscord.Options{Guilds: []string{testGuild}, Shards: 2})
	h := startBotOn(t, fake, nil)
	waitReady(t, fake, 2, 20*time.Second)
	at := identifiesByShard(t, fake, 2)
	if len(at) != 2 {
		t.Fatalf("shards identified: %v, want 0 and 1", at)
	}
	if d := at[1].Sub(at[0]).Abs(); d < 5*time.Second {
		t.Errorf("shards 0 and 1 identified %v apart, want at least 5 s (max_concurrency 1)", d)
	}
	deadline := time.Now().Add(5 * time.Second)
	for !h.bot.GatewayStatus().Connected && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	if st := h.bot.GatewayStatus(); !st.Connected {
		t.Errorf("GatewayStatus with both shards ready: %+v", st)
	}
}

// max_concurrency 2 gives two buckets (shard_id % 2): of four shards, 0
// and 1 identify at once, 2 and 3 each at least 5 s after the shard of
// their bucket.
func TestShardsIdentifyByBucket(t *testing.T) {
	fake := fakediscord.New(fakediscord.Options{Guilds: []string{testGuild}, MaxConcurrency: 2})
	startBotOn(t, fake, func(c *Config, _ *Deps) { c.ShardCount = 4 })
	waitReady(t, fake, 4, 25*time.Second)
	at := identifiesByShard(t, fake, 4)
	if len(at) != 4 {
		t.Fatalf("shards identified: %v, want 0 to 3", at)
	}
	// Which shard of a bucket goes first is the scheduler's choice.
	first := map[int]time.Time{}
	for b := range 2 {
		first[b] = at[b]
		if at[b+2].Before(at[b]) {
			first[b] = at[b+2]
		}
		if d := at[b+2].Sub(at[b]).Abs(); d < 5*time.Second {
			t.Errorf("shards %d and %d (bucket %d) identified %v apart, want at least 5 s", b, b+2, b, d)
		}
	}
	if d := first[1].Sub(first[0]).Abs(); d > 2*time.Second {
		t.Errorf("the first IDENTIFYs of buckets 0 and 1 were %v apart, want at once", d)
	}
}

package bot

import (
	"context"
	"errors"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/internal/fakediscord"
	"github.com/conflict-digest/conflict-digest/store/postgres"
	"github.com/conflict-digest/conflict-digest/store/postgres/pgtest"
)

// pgLeases opens a fresh PostgreSQL schema and returns its leases.
func pgLeases(t *testing.T) postgres.SharedLeases {
	t.Helper()
	url, schema := pgtest.Schema(t)
	db, err := postgres.Open(context.Background(), url, postgres.WithSchema(schema))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db.SharedLeases()
}

// cutLeases are an instance's leases whose database can be cut off, as
// when the instance dies or loses its connection: every call fails from
// then on. It remembers its last successful renewal.
type cutLeases struct {
	Leases
	cut       atomic.Bool
	lastRenew atomic.Int64 // unix nanoseconds
	// paused, when set, makes Renew wait until it is closed: the owner's
	// round stalls as in a process paused past its lease.
	paused atomic.Pointer[chan struct{}]
}

var errCut = errors.New("connection to the database lost")

func (c *cutLeases) Acquire(ctx context.Context, name, holder string, ttl time.Duration) (int64, error) {
	if c.cut.Load() {
		return 0, errCut
	}
	return c.Leases.Acquire(ctx, name, holder, ttl)
}

func (c *cutLeases) Renew(ctx context.Context, name string, token int64, ttl time.Duration) error {
	if p := c.paused.Load(); p != nil {
		select {
		case <-*p:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	if c.cut.Load() {
		return errCut
	}
	start := time.Now()
	err := c.Leases.Renew(ctx, name, token, ttl)
	if err == nil {
		c.lastRenew.Store(start.UnixNano())
	}
	return err
}

func (c *cutLeases) Release(ctx context.Context, name string, token int64) error {
	if c.cut.Load() {
		return errCut
	}
	return c.Leases.Release(ctx, name, token)
}

func (c *cutLeases) CountLive(ctx context.Context, prefix string) (int, error) {
	if c.cut.Load() {
		return 0, errCut
	}
	return c.Leases.CountLive(ctx, prefix)
}

func (c *cutLeases) RankLive(ctx context.Context, prefix, name string) (int, int, error) {
	if c.cut.Load() {
		return 0, 0, errCut
	}
	return c.Leases.RankLive(ctx, prefix, name)
}

// running is the sorted shards a bot runs.
func running(b *Bot) []int {
	set := b.shards.Load()
	if set == nil {
		return nil
	}
	ids := set.running()
	slices.Sort(ids)
	return ids
}

// waitShards waits until each bot runs the shards of want.
func waitShards(t *testing.T, within time.Duration, bots []*Bot, want [][]int) {
	t.Helper()
	deadline := time.Now().Add(within)
	for {
		ok := true
		for i, b := range bots {
			ok = ok && slices.Equal(running(b), want[i])
		}
		if ok {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("within %v: shards run %v and %v, want %v", within, running(bots[0]), running(bots[1]), want)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// Two instances share two shards by lease on PostgreSQL: the first takes
// both, gives shard 1 up when the second appears, and when the first
// stops renewing (its database cut off), the second takes shard 0 over
// within the lease's life plus a round, and RESUMEs its session (saved
// in the state both share) on a connection opened only after the first
// closed its own; a command sent while shard 0 had no connection is
// answered after the RESUME.
func TestShardTakeoverAfterLeaseExpiry(t *testing.T) {
	leases := pgLeases(t)
	fake := fakediscord.New(fakediscord.Options{Guilds: []string{testGuild}, Shards: 2})
	state := &memState{}
	const ttl = 3 * time.Second
	la, lb := &cutLeases{Leases: leases}, &cutLeases{Leases: leases}
	instance := func(id string, l Leases) func(*Config, *Deps) {
		return func(c *Config, d *Deps) { c.InstanceID, c.LeaseTTL, d.Leases, d.State = id, ttl, l, state }
	}
	a := startBotOn(t, fake, instance("a", la))
	waitShards(t, 15*time.Second, []*Bot{a.bot, a.bot}, [][]int{{0, 1}, {0, 1}})
	waitReady(t, fake, 2, 15*time.Second)
	b := startBotOn(t, fake, instance("b", lb))
	waitShards(t, 3*ttl, []*Bot{a.bot, b.bot}, [][]int{{0}, {1}})
	waitReady(t, fake, 3, 10*time.Second) // b RESUMEs shard 1

	la.cut.Store(true)
	lastRenew := time.Unix(0, la.lastRenew.Load())
	waitShards(t, 2*ttl, []*Bot{a.bot, b.bot}, [][]int{nil, {1}})
	// a stopped shard 0 before its lease expired; a command in testGuild
	// (shard 0) now waits in the session until b RESUMEs it.
	replied := make(chan *fakediscord.Reply, 1)
	go func() {
		ctx, cancel := context.WithTimeout(context.Background(), 4*ttl)
		defer cancel()
		r, err := fake.InjectCommand(ctx, testGuild, testChannel, alice, 0, "help")
		if err != nil {
			t.Errorf("/help during the takeover: %v", err)
		}
		replied <- r
	}()
	waitShards(t, 2*ttl, []*Bot{a.bot, b.bot}, [][]int{nil, {0, 1}})
	waitReady(t, fake, 4, 10*time.Second)
	if r := <-replied; r == nil || !strings.Contains(r.Content, "Conflict digest") {
		t.Errorf("/help sent while shard 0 had no connection: %+v, want its answer after the RESUME", r)
	}
	took := time.Since(lastRenew)
	t.Logf("shard 0 taken over %v after its holder's last renewal (lease %v)", took.Round(time.Millisecond), ttl)
	if took > ttl+ttl/3+time.Second {
		t.Errorf("shard 0 taken over %v after the last renewal, want within %v", took, ttl+ttl/3+time.Second)
	}
	checkTakeover(t, fake)
}

// checkTakeover checks the fake's log: two IDENTIFYs in all (one per
// shard, the rest RESUMEs), none refused, and every RESUME on a
// connection opened after the one it replaced was closed.
func checkTakeover(t *testing.T, fake *fakediscord.Server) {
	t.Helper()
	if n := len(events(fake, fakediscord.GatewayIdentify)); n != 2 {
		t.Errorf("%d IDENTIFYs, want 2 (handovers RESUME)", n)
	}
	if n := len(events(fake, fakediscord.GatewayIdentifyRefused)); n > 0 {
		t.Errorf("%d IDENTIFYs refused", n)
	}
	closed := map[int]time.Time{}
	lastConn := map[string]int{} // session → its connection
	opened := map[int]time.Time{}
	for _, e := range fake.GatewayLog() {
		switch e.Kind {
		case fakediscord.GatewayConnect:
			opened[e.Conn] = e.At
		case fakediscord.GatewayClientClose, fakediscord.GatewayServerClose:
			closed[e.Conn] = e.At
		case fakediscord.GatewayIdentify:
			lastConn[e.Session] = e.Conn
		case fakediscord.GatewayResume:
			prev := lastConn[e.Session]
			if c, ok := closed[prev]; !ok || c.After(opened[e.Conn]) {
				t.Errorf("session %s resumed on connection %d before its connection %d was closed", e.Session, e.Conn, prev)
			}
			lastConn[e.Session] = e.Conn
		}
	}
	if n := len(events(fake, fakediscord.GatewayResume)); n != 2 {
		t.Errorf("%d RESUMEs, want 2 (shard 1 to b, then shard 0 to b)", n)
	}
}

// An instance whose lease round stalls past the lease (a pause, a long
// GC) while its connection lives on: its shard is RESUMEd by the other
// instance, and the stalled one does not RESUME it back when Discord
// closes its connection (no tug of war), nor later when the round goes on.
func TestStalledHolderDoesNotTakeShardBack(t *testing.T) {
	leases := pgLeases(t)
	fake := fakediscord.New(fakediscord.Options{Guilds: []string{testGuild}})
	state := &memState{}
	const ttl = 3 * time.Second
	la, lb := &cutLeases{Leases: leases}, &cutLeases{Leases: leases}
	instance := func(id string, l Leases) func(*Config, *Deps) {
		return func(c *Config, d *Deps) { c.InstanceID, c.LeaseTTL, d.Leases, d.State = id, ttl, l, state }
	}
	a := startBotOn(t, fake, instance("a", la))
	waitShards(t, 10*time.Second, []*Bot{a.bot, a.bot}, [][]int{{0}, {0}})
	waitReady(t, fake, 1, 10*time.Second)
	b := startBotOn(t, fake, instance("b", lb))
	stall := make(chan struct{})
	la.paused.Store(&stall)
	waitShards(t, 3*ttl, []*Bot{b.bot, b.bot}, [][]int{{0}, {0}})
	waitReady(t, fake, 2, 10*time.Second)
	time.Sleep(ttl) // a's connection was closed by the RESUME elsewhere: it must not RESUME back
	close(stall)
	time.Sleep(ttl / 2) // a's round goes on and learns its lease is lost
	if n := len(events(fake, fakediscord.GatewayResume)); n != 1 {
		t.Errorf("%d RESUMEs, want 1 (b's takeover; none back by the stalled a)", n)
	}
	if got := running(a.bot); len(got) != 0 {
		t.Errorf("the stalled instance still runs shards %v", got)
	}
	if st := a.bot.GatewayStatus(); !st.Standby || st.Connected {
		t.Errorf("GatewayStatus of the instance holding no shard: %+v, want standby", st)
	}
	if r := commandOn(t, fake, "help"); !strings.Contains(r.Content, "Conflict digest") {
		t.Errorf("/help after the takeover: %q", r.Content)
	}
}

// Two instances that share no saved sessions start sessions of one bucket
// (max_concurrency 1) 5 s apart between them: the newcomer's IDENTIFY of
// the shard handed to it waits for the bucket's lease.
func TestIdentifySpacedAcrossInstances(t *testing.T) {
	leases := pgLeases(t)
	fake := fakediscord.New(fakediscord.Options{Guilds: []string{testGuild}, Shards: 2})
	const ttl = 3 * time.Second
	instance := func(id string) func(*Config, *Deps) {
		return func(c *Config, d *Deps) { c.InstanceID, c.LeaseTTL, d.Leases = id, ttl, leases }
	}
	a := startBotOn(t, fake, instance("a"))
	waitReady(t, fake, 2, 15*time.Second)
	b := startBotOn(t, fake, instance("b"))
	waitShards(t, 3*ttl, []*Bot{a.bot, b.bot}, [][]int{{0}, {1}})
	waitReady(t, fake, 3, 10*time.Second)
	if n := len(events(fake, fakediscord.GatewayIdentify)); n != 3 {
		t.Errorf("%d IDENTIFYs, want 3 (b's state is its own: it cannot RESUME)", n)
	}
	checkGatewayRules(t, fake) // none refused, each 5 s after the previous
}

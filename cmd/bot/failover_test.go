package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/internal/fakediscord"
)

var failoverLease = flag.Duration("failover.lease", crashLeaseTTL,
	"the lease (CD_LEASE_TTL; renewed every third of it) of the failover test; 30s is bot run's default")

// TestFailoverShard0 runs three `bot run` processes on one PostgreSQL
// schema against the fake Discord recommending two shards, SIGKILLs the
// instance holding shard 0 (its lease's holder names its pid), and
// measures how long until another instance RESUMEs (or IDENTIFYs) shard
// 0. Five interactions dispatched after the resume must each be answered
// exactly once. One dispatched while shard 0 had no connection is kept by
// Discord for the session's RESUME and must be handled once, too: answered
// when the RESUME came within Discord's 3 s to answer, else its one answer
// refused as too late (10062), as Discord would. crashGuild is on shard 0.
func TestFailoverShard0(t *testing.T) {
	if testing.Short() {
		t.Skip("the failover test runs real processes")
	}
	lease := *failoverLease
	c := newCrashCluster(t, 0, fakediscord.Options{Guilds: []string{crashGuild}, Shards: 2})
	defer c.fake.Close()
	c.env = append(c.env, fmt.Sprint("CD_LEASE_TTL=", lease), fmt.Sprint("CD_LEASE_RENEW=", lease/3))
	for i := range c.procs {
		c.start(i)
	}
	defer func() {
		for i := range c.procs {
			c.stop(i)
		}
	}()
	holder := c.balancedShards(lease, 3*lease+30*time.Second)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	if err := c.fake.WaitReady(ctx, 2); err != nil {
		t.Fatalf("two shards ready: %v", err)
	}
	cancel()
	var tokens []string
	dispatch := func() string {
		payload, token := c.fake.Interaction(fakediscord.InteractionCommand, crashGuild, crashChannel(0), faultUser, 0, "help", nil)
		if err := c.fake.Dispatch("INTERACTION_CREATE", json.RawMessage(payload)); err != nil {
			t.Errorf("dispatch /help: %v", err)
		}
		return token
	}
	ask := func() {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		token := dispatch()
		tokens = append(tokens, token)
		if r, err := c.fake.Wait(ctx, token); err != nil || !strings.Contains(r.Content, "Conflict digest") {
			t.Errorf("/help: %v %+v", err, r)
		}
	}
	ask() // answered by the first holder

	i := c.procOf(holder)
	killed := time.Now()
	c.kill(i)
	// Dispatched while shard 0 has no connection: Discord keeps it for
	// the session's RESUME.
	gap := dispatch()
	took, how := c.waitShardStart(0, killed, 3*lease+30*time.Second)
	next := c.shardHolder(0, holder, 10*time.Second)
	t.Logf("shard 0: holder killed; %s by %s %v later (lease %v, renewed every %v)",
		how, next, took.Round(time.Millisecond), lease, lease/3)
	if took > lease+lease/3+5*time.Second || took > 60*time.Second {
		t.Errorf("shard 0 resumed %v after its holder's kill, want within the lease and a round (%v) and 60 s",
			took, lease+lease/3+5*time.Second)
	}
	c.start(i) // the killed one comes back as a standby: it must not take shard 0 back
	c.waitPresence(i, 30*time.Second)
	for range 5 {
		ask()
	}
	answers, tries := map[string]int{}, map[string][]int{}
	for _, r := range c.fake.Requests() {
		if r.Method == http.MethodPost && strings.HasSuffix(r.Route, "/callback") {
			tok := r.Params["interaction_token"]
			tries[tok] = append(tries[tok], r.Status)
			if r.Status < 300 {
				answers[tok]++
			}
		}
	}
	for n, tok := range tokens {
		if answers[tok] != 1 || len(tries[tok]) != 1 {
			t.Errorf("interaction %d answered %d times in %d tries, want once", n, answers[tok], len(tries[tok]))
		}
	}
	switch gapTries := tries[gap]; {
	case len(gapTries) != 1:
		t.Errorf("the interaction sent in the gap was answered %d times (%v), want once: handled after the RESUME", len(gapTries), gapTries)
	case took < 2*time.Second && gapTries[0] >= 300:
		t.Errorf("the interaction sent in the gap, resumed %v later, refused %d, want answered", took, gapTries[0])
	default:
		t.Logf("the interaction sent in the gap: handled once after the RESUME, answer's status %d", gapTries[0])
	}
	if took, how := c.waitShardStart(0, killed.Add(took+time.Millisecond), 0); how != "" {
		t.Errorf("shard 0 started again (%s) %v after the takeover: the restarted instance took it back", how, took)
	}
	t.Logf("%d interactions (1 before the kill, 5 after the resume), each answered once", len(tokens))
}

// shardHolder waits until shard n's lease is held by an instance other
// than not, and returns its holder.
func (c *crashCluster) shardHolder(n int, not string, within time.Duration) string {
	q := fmt.Sprintf(`SELECT coalesce(max(holder), '') FROM leases WHERE name = 'bot/shard/%d' AND expires > clock_timestamp()`, n)
	for deadline := time.Now().Add(within); ; time.Sleep(100 * time.Millisecond) {
		if h := c.text(q); h != "" && h != not {
			return h
		}
		if time.Now().After(deadline) {
			c.t.Fatalf("no instance other than %q holds shard %d after %v", not, n, within)
		}
	}
}

// waitPresence waits until instance i has its presence lease (it runs
// and has its signal handlers).
func (c *crashCluster) waitPresence(i int, within time.Duration) {
	q := fmt.Sprintf(`SELECT count(*) FROM leases WHERE name LIKE 'bot/instance/%%/%d/%%'`, c.procs[i].cmd.Process.Pid)
	for deadline := time.Now().Add(within); c.count(q) == 0; time.Sleep(100 * time.Millisecond) {
		if time.Now().After(deadline) {
			c.t.Fatalf("instance %d has no presence lease after %v", i, within)
		}
	}
}

// balancedShards waits until shards 0 and 1 are held by two instances and
// shard 0's holder keeps it over a lease round (the first instance takes
// both shards and gives one back when it sees the others), and returns
// shard 0's holder.
func (c *crashCluster) balancedShards(lease, within time.Duration) string {
	const q = `SELECT coalesce(max(holder), '') FROM leases WHERE name = $1 AND expires > clock_timestamp()`
	holder := func(n int) string {
		var h string
		c.scan(q, []any{fmt.Sprint("bot/shard/", n)}, &h)
		return h
	}
	for deadline := time.Now().Add(within); ; time.Sleep(100 * time.Millisecond) {
		if h0, h1 := holder(0), holder(1); h0 != "" && h1 != "" && h0 != h1 {
			time.Sleep(lease/3 + time.Second)
			if holder(0) == h0 {
				return h0
			}
		}
		if time.Now().After(deadline) {
			c.t.Fatalf("shards 0 and 1 not held by two instances after %v", within)
		}
	}
}

// procOf is the index of the instance whose lease holder is h (its name
// holds its pid).
func (c *crashCluster) procOf(h string) int {
	for i, p := range c.procs {
		if strings.Contains(h, "/"+strconv.Itoa(p.cmd.Process.Pid)+"/") {
			return i
		}
	}
	c.t.Fatalf("no instance is %s", h)
	return -1
}

// waitShardStart waits for the first RESUME or IDENTIFY of shard n after
// since and returns how long after since it came, and which it was;
// within 0 looks once and returns "" when there is none.
func (c *crashCluster) waitShardStart(n int, since time.Time, within time.Duration) (time.Duration, string) {
	for deadline := time.Now().Add(within); ; time.Sleep(50 * time.Millisecond) {
		shardOf := map[string]int{}
		for _, e := range c.fake.GatewayLog() {
			switch {
			case e.Kind == fakediscord.GatewayIdentify:
				shardOf[e.Session] = e.Shard[0]
				if e.Shard[0] == n && e.At.After(since) {
					return e.At.Sub(since), "IDENTIFY"
				}
			case e.Kind == fakediscord.GatewayResume && shardOf[e.Session] == n && e.At.After(since):
				return e.At.Sub(since), "RESUME"
			}
		}
		if within == 0 {
			return 0, ""
		}
		if time.Now().After(deadline) {
			c.t.Fatalf("shard %d not resumed within %v of its holder's kill", n, within)
		}
	}
}

// text runs one query with a text result on the store.
func (c *crashCluster) text(q string) string {
	var s string
	c.scan(q, nil, &s)
	return s
}

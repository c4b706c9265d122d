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
// 0. An interaction dispatched while shard 0 had no connection, kept by
// Discord for the session's RESUME, and five dispatched after the resume
// must each be answered, exactly once. crashGuild is on shard 0.
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
	holder := c.shardHolder(0, "", 3*lease+30*time.Second)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	if err := c.fake.WaitReady(ctx, 2); err != nil {
		t.Fatalf("two shards ready: %v", err)
	}
	cancel()
	var tokens []string
	ask := func(within time.Duration) {
		ctx, cancel := context.WithTimeout(context.Background(), within)
		defer cancel()
		payload, token := c.fake.Interaction(fakediscord.InteractionCommand, crashGuild, crashChannel(0), faultUser, 0, "help", nil)
		tokens = append(tokens, token)
		if err := c.fake.Dispatch("INTERACTION_CREATE", json.RawMessage(payload)); err != nil {
			t.Errorf("dispatch /help: %v", err)
			return
		}
		if r, err := c.fake.Wait(ctx, token); err != nil || !strings.Contains(r.Content, "Conflict digest") {
			t.Errorf("/help: %v %+v", err, r)
		}
	}
	ask(10 * time.Second) // answered by the first holder

	i := c.procOf(holder)
	killed := time.Now()
	c.kill(i)
	// Dispatched while shard 0 has no connection: Discord keeps it for
	// the session's RESUME.
	gap := make(chan struct{})
	go func() { defer close(gap); ask(3*lease + 30*time.Second) }()
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
	<-gap
	for range 5 {
		ask(10 * time.Second)
	}
	answers := map[string]int{}
	for _, r := range c.fake.Requests() {
		if r.Method == http.MethodPost && strings.HasSuffix(r.Route, "/callback") {
			answers[r.Params["interaction_token"]]++
		}
	}
	for n, tok := range tokens {
		if answers[tok] != 1 {
			t.Errorf("interaction %d answered %d times, want once", n, answers[tok])
		}
	}
	if took, how := c.waitShardStart(0, killed.Add(took+time.Millisecond), 0); how != "" {
		t.Errorf("shard 0 started again (%s) %v after the takeover: the restarted instance took it back", how, took)
	}
	t.Logf("%d interactions (1 before the kill, 1 in the gap, 5 after the resume), each answered once", len(tokens))
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
	c.scan(q, &s)
	return s
}

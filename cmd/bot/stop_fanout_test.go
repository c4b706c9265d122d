package main

import (
	"strings"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/internal/fakediscord"
)

// TestStopDuringFanOut stops one of two `bot run` processes sharing one
// PostgreSQL (SIGINT, as an operator or compose would) while both fan one
// slot out to the fake Discord. The stopped instance must end within its
// grace (the harness SIGKILLs it after 30 s) with its running digests
// finished, not cut off by the deadline; the other finishes the rest; and
// every message of every digest is in its channel exactly once, with no
// post repeated (a stop is no crash: nothing may be sent twice) and no
// 429 (the stopped instance's share is given up only once its requests
// have left Discord's window).
func TestStopDuringFanOut(t *testing.T) {
	if testing.Short() {
		t.Skip("the stop test runs real processes")
	}
	const subs = 300
	c := newCrashCluster(t, subs, fakediscord.Options{Guilds: []string{crashGuild}})
	defer c.fake.Close()
	start := time.Now()
	c.start(1)
	c.waitDelivered(1, 1, time.Minute)
	c.start(0)                          // a joiner: it sends once instance 1 counts it
	c.waitDelivered(0, 10, time.Minute) // mid-fan-out, both sending at their shares
	stopped := time.Now()
	c.stop(0)
	c.handovers++
	took := time.Since(stopped)
	logs := c.procs[0].logs.String()
	t.Logf("instance 0 stopped %v after SIGINT, with %d of %d digests finished", took.Round(time.Millisecond), c.finished(), subs)
	if !strings.Contains(logs, "digests finished") || strings.Contains(logs, "digests still running at shutdown") {
		t.Errorf("instance 0 did not finish its running digests within its grace:\n%s", tail(logs, 3000))
	}
	c.settle(2 * time.Minute)
	all := time.Since(start)
	c.stop(1)
	c.check(all, 0, 0)
}

// waitDelivered waits until instance i has logged n digests delivered.
func (c *crashCluster) waitDelivered(i, n int, within time.Duration) {
	c.t.Helper()
	for deadline := time.Now().Add(within); ; time.Sleep(50 * time.Millisecond) {
		got := strings.Count(c.procs[i].logs.String(), "outcome=delivered")
		if got >= n {
			return
		}
		if time.Now().After(deadline) {
			c.t.Fatalf("instance %d delivered %d digests in %v, want %d:\n%s", i, got, within, n, tail(c.procs[i].logs.String(), 3000))
		}
	}
}

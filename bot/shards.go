package bot

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"log/slog"
	"sync"
	"sync/atomic"
	"time"
)

// Sharding: the bot opens one gateway connection per shard it runs, each
// identifying with [shard_id, shard_count]. Discord admits one IDENTIFY
// per 5 s in each of max_concurrency buckets, a shard's bucket being
// shard_id % max_concurrency; the identifyGate keeps that rule for every
// shard of the process and, with Leases, across instances.

// identifyGate spaces IDENTIFYs by rate-limit bucket: at most one per
// every in each of buckets, in this process, and across instances when
// leases are set (a lease per bucket that lives for one interval).
type identifyGate struct {
	every   time.Duration
	buckets int
	leases  Leases // nil: this process only
	holder  string
	log     *slog.Logger
	now     func() time.Time
	sleep   func(ctx context.Context, d time.Duration) bool

	mu   sync.Mutex
	last map[int]time.Time // bucket → when its last IDENTIFY was allowed
}

func newIdentifyGate(every time.Duration, maxConcurrency int, log *slog.Logger, now func() time.Time) *identifyGate {
	return &identifyGate{every: every, buckets: max(maxConcurrency, 1), log: log, now: now, sleep: sleep,
		last: map[int]time.Time{}}
}

// bucket is the rate-limit key of a shard.
func (q *identifyGate) bucket(shard int) int { return shard % q.buckets }

// note records an IDENTIFY made before (a previous process's, read from
// the saved session), so that a restart keeps the rate.
func (q *identifyGate) note(shard int, at time.Time) {
	q.mu.Lock()
	defer q.mu.Unlock()
	if k := q.bucket(shard); at.After(q.last[k]) {
		q.last[k] = at
	}
}

// sent restarts the shard's bucket interval at an IDENTIFY being sent,
// here and, with leases, for the other instances (the bucket's lease is
// this instance's since wait, so it is granted again from now).
func (q *identifyGate) sent(ctx context.Context, shard int) {
	q.note(shard, q.now())
	if q.leases == nil {
		return
	}
	name := fmt.Sprintf("gateway/identify/%d", q.bucket(shard))
	if _, err := q.leases.Acquire(ctx, name, q.holder, q.every); err != nil && ctx.Err() == nil {
		q.log.Warn("extend identify bucket lease", "error", err)
	}
}

// holdUntil allows no IDENTIFY in any bucket before at (a spent daily budget).
func (q *identifyGate) holdUntil(at time.Time) {
	for k := range q.buckets {
		q.note(k, at.Add(-q.every))
	}
}

// wait blocks until shard may IDENTIFY and reserves its bucket's slot;
// false when ctx ends first.
func (q *identifyGate) wait(ctx context.Context, shard int) bool {
	k := q.bucket(shard)
	for {
		q.mu.Lock()
		d := q.last[k].Add(q.every).Sub(q.now())
		if d <= 0 {
			q.last[k] = q.now()
			q.mu.Unlock()
			break
		}
		q.mu.Unlock()
		q.log.Info("waiting to identify: Discord allows one session start per interval and bucket",
			"shard", shard, "delay_ms", d.Milliseconds())
		if !q.sleep(ctx, d) {
			return false
		}
	}
	return q.claimShared(ctx, k)
}

// claimShared takes the bucket's lease for one interval, so that another
// instance's shards of the same bucket wait for it; a lease store that
// fails is logged and not waited for (Discord answers a too-early IDENTIFY
// with op 9, which the connection survives).
func (q *identifyGate) claimShared(ctx context.Context, k int) bool {
	if q.leases == nil {
		return true
	}
	name := fmt.Sprintf("gateway/identify/%d", k)
	for {
		_, err := q.leases.Acquire(ctx, name, q.holder, q.every)
		if err == nil {
			return true
		}
		if !isConflict(err) {
			q.log.Warn("claim identify bucket", "error", err)
			return true
		}
		if !q.sleep(ctx, q.every/10) {
			return false
		}
	}
}

// shardStateKey is where a shard's session is saved: the unsharded key for
// a single shard, so that an upgrade keeps its session.
func shardStateKey(shard [2]int) string {
	if shard[1] <= 1 {
		return gatewayStateKey
	}
	return fmt.Sprintf("%s/%d-of-%d", gatewayStateKey, shard[0], shard[1])
}

// shardPlan is what every shard's connection shares: where to connect,
// how many shards there are, and the identify gate.
type shardPlan struct {
	url   string
	count int
	gate  *identifyGate
}

// shardClient makes the connection of one shard, with its saved session.
func (b *Bot) shardClient(ctx context.Context, p shardPlan, id int) *gatewayClient {
	g := &gatewayClient{token: b.cfg.Token, intents: gatewayIntents, log: b.log.With("shard", id), state: b.deps.State,
		dialer: newGatewayDialer(), onEvent: b.onGatewayEvent, now: b.deps.Now, jitter: randJitter, sleep: sleep,
		url: p.url, shard: [2]int{id, p.count}, gate: p.gate}
	g.loadSession(ctx)
	p.gate.note(id, g.session().Identified)
	return g
}

// shardSet runs shard connections, each until it is stopped or ends.
type shardSet struct {
	b    *Bot
	plan shardPlan
	done chan error // the first fatal end of a shard
	// leased: the shards are handed out by lease, and the first round
	// of taking them is done.
	leased atomic.Bool

	mu  sync.Mutex
	run map[int]*shardRun
	wg  sync.WaitGroup
}

type shardRun struct {
	gw     *gatewayClient
	cancel context.CancelFunc
	ended  chan struct{}
}

func newShardSet(b *Bot, p shardPlan) *shardSet {
	return &shardSet{b: b, plan: p, done: make(chan error, 1), run: map[int]*shardRun{}}
}

// start connects shard id unless it runs already; live, when set, says
// whether the shard may still be served (its lease is surely held).
func (s *shardSet) start(ctx context.Context, id int, live func() bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.run[id]; ok {
		return
	}
	gw := s.b.shardClient(ctx, s.plan, id)
	gw.live = live
	sctx, cancel := context.WithCancel(ctx)
	r := &shardRun{gw: gw, cancel: cancel, ended: make(chan struct{})}
	s.run[id] = r
	s.wg.Add(1)
	go func() {
		defer s.wg.Done()
		defer close(r.ended)
		defer gw.status.connected.Store(false)
		if err := gw.connect(sctx); err != nil {
			select {
			case s.done <- err:
			default:
			}
		}
	}()
	s.b.log.Info("shard started", "shard", id, "shards", s.plan.count)
}

// stop closes shard id's connection (keeping its session to RESUME,
// saved) and waits for it.
func (s *shardSet) stop(id int) {
	s.mu.Lock()
	r, ok := s.run[id]
	delete(s.run, id)
	s.mu.Unlock()
	if !ok {
		return
	}
	r.cancel()
	<-r.ended
	s.b.log.Info("shard stopped", "shard", id)
}

// running lists the shards this process runs.
func (s *shardSet) running() []int {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]int, 0, len(s.run))
	for id := range s.run {
		out = append(out, id)
	}
	return out
}

// clients are the connections of the running shards.
func (s *shardSet) clients() []*gatewayClient {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]*gatewayClient, 0, len(s.run))
	for _, r := range s.run {
		out = append(out, r.gw)
	}
	return out
}

// stopAll stops every shard and waits for them.
func (s *shardSet) stopAll() {
	for _, id := range s.running() {
		s.stop(id)
	}
	s.wg.Wait()
}

// randomInstanceID names an instance that was given no name.
func randomInstanceID() string {
	b := make([]byte, 6)
	rand.Read(b)
	return hex.EncodeToString(b)
}

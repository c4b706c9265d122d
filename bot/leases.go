package bot

import (
	"context"
	"fmt"
	"log/slog"
	"slices"
	"sync/atomic"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

// Leases grants named, expiring claims shared by the instances of one
// store (store/postgres: SharedLeases). A grant's token fences it: a
// renewal with a token granted again since, or past its expiry, fails.
// Contended or lost leases are news.ECONFLICT errors.
type Leases interface {
	// Acquire grants name to holder for ttl when it is free, expired or
	// holder's already.
	Acquire(ctx context.Context, name, holder string, ttl time.Duration) (token int64, err error)
	// Renew extends a live grant by ttl from now.
	Renew(ctx context.Context, name string, token int64, ttl time.Duration) error
	// Release gives a grant up.
	Release(ctx context.Context, name string, token int64) error
	// CountLive counts the live leases whose names start with prefix.
	CountLive(ctx context.Context, prefix string) (int, error)
	// RankLive counts the live leases whose names start with prefix (n)
	// and those of them whose names sort before name (rank), in one
	// order shared by every instance.
	RankLive(ctx context.Context, prefix, name string) (n, rank int, err error)
}

func isConflict(err error) bool { return news.ErrorCode(err) == news.ECONFLICT }

// Names of the leases the bot holds: one per instance (its presence, which
// the shares of shards and of the request rate are computed from) and one
// per shard.
const (
	instanceLeasePrefix = "bot/instance/"
	shardLeasePrefix    = "bot/shard/"
)

// shardOwner holds this instance's shards by lease: every round (a third
// of the lease's life) it renews its presence and its shards, stops a
// shard whose lease is lost, and takes free shards up to its share,
// ceil(shards / live instances), giving back the ones over it so that a
// new instance gets its part. A dead instance's shards are free once its
// leases expire; the shard's session, saved in the shared StateStore, is
// RESUMEd by its new holder when Discord still has it.
type shardOwner struct {
	leaseKeeper
	b     *Bot
	set   *shardSet
	share *rateShare
	held  map[int]*heldLease
}

// leaseKeeper takes and renews one instance's leases.
type leaseKeeper struct {
	leases Leases
	holder string
	ttl    time.Duration
	now    func() time.Time
	log    *slog.Logger
}

// rateShare keeps an instance's presence lease and sets its sender's
// share of the token's request rate from the live instances' presence:
// 50 / live (Sender.SetShare), counted every shareRound. It also gates
// every request of the instance (the sender's and discordgo's, through
// Sender.Transport): none goes out before the instance holds its
// presence, none while the presence is not surely live by the instance's
// own clock (a pause past it: the others have taken its share back), none
// on a count begun more than shareFresh ago (a stalled round may not know
// of a joiner), and, when other instances are live as it joins, none for
// joinWait after the grant. So every request of an instance that may
// overlap a joiner's is sent at a share counted after the joiner's grant,
// and the shares of the live instances never add up to more than the
// token's rate, at a start, a restart or a wake from a pause alike, however
// late a round runs. An instance that dies leaves its share unused until
// its presence expires (the others are slower meanwhile, never over).
type rateShare struct {
	leaseKeeper
	sender   *Sender
	presence atomic.Pointer[heldLease]
	from     atomic.Int64 // unix nanoseconds: no request before
	counted  atomic.Int64 // unix nanoseconds: when the count in force began
	live     atomic.Int32 // the live instances counted last; 0: unknown
	leaving  atomic.Bool  // stopping: no request goes out any more
}

// shareRound is how often an instance renews its presence and counts the
// live instances: at most every 2 s whatever the lease's life, so that a
// joiner waits a few seconds, not a third of a long lease.
func shareRound(ttl time.Duration) time.Duration { return min(ttl/3, 2*time.Second) }

// shareFresh is how long a count stays good to send on: a round and room
// for a slow renewal and count before the next (3 s held the sending so
// often under load that the crash test's deliveries took minutes each).
const shareFresh = 5 * time.Second

// joinWait is how long a joiner holds its requests after its presence is
// granted while others are live: any request another instance sends from
// then on is at a share counted after the grant (shareFresh), and its
// requests at the old share have left its window (the sender's period),
// with a margin.
func joinWait() time.Duration {
	return shareFresh + time.Second + globalMargin + 300*time.Millisecond
}

func newRateShare(k leaseKeeper, s *Sender) *rateShare {
	r := &rateShare{leaseKeeper: k, sender: s}
	s.global.setGate(r.hold)
	return r
}

// hold says how long the instance must wait before a request may go out.
func (r *rateShare) hold(now time.Time) time.Duration {
	p := r.presence.Load()
	if p == nil || !p.live() || r.leaving.Load() || now.UnixNano()-r.counted.Load() > int64(shareFresh) {
		return 50 * time.Millisecond // not present, not surely, or not counted lately: ask again soon
	}
	return time.Duration(r.from.Load() - now.UnixNano())
}

// run keeps the presence and the share every shareRound until ctx ends,
// then leaves.
func (r *rateShare) run(ctx context.Context) {
	t := time.NewTicker(shareRound(r.ttl))
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			c, cancel := context.WithTimeout(context.Background(), leaveWait)
			r.leave(c)
			cancel()
			return
		case <-t.C:
			r.round(ctx)
		}
	}
}

// leaveWait bounds leave: the window to clear (the sender's period) and
// the release.
const leaveWait = 5 * time.Second

// leave holds every request from now on and gives the presence up once
// none of the instance's requests counts in Discord's window any more.
// The others count one instance fewer at their next round and raise their
// shares at once: released at once, the requests the instance sent in its
// last second and theirs at the raised share passed the token's rate
// together (global 429s when an instance stopped mid-fan-out). Requests
// that do not clear within ctx (one still in flight) leave the presence
// to expire instead, as a dead instance's does.
func (r *rateShare) leave(ctx context.Context) {
	r.leaving.Store(true)
	for d := r.sender.global.clearIn(time.Now()); d > 0; d = r.sender.global.clearIn(time.Now()) {
		if !sleep(ctx, d) {
			r.log.Warn("requests still in flight at the stop; the presence is left to expire")
			return
		}
	}
	r.release(ctx)
}

// round renews (or takes) the presence lease, counts the live instances
// and sets the sender's share; it returns the count, 0 when the lease
// store cannot say (the share is left as it was).
func (r *rateShare) round(ctx context.Context) int {
	p := r.presence.Load()
	if p == nil || !r.renew(ctx, p) {
		start := r.now()
		p = r.acquire(ctx, instanceLeasePrefix+r.holder)
		if p == nil {
			r.presence.Store(nil)
			r.live.Store(0)
			return 0
		}
		// Until it is known alone, a joiner waits for the others to count it.
		r.from.Store(start.Add(joinWait()).UnixNano())
		n, err := r.count(ctx)
		if err == nil && n == 1 {
			r.from.Store(0) // alone: a later joiner waits for this one
		}
		r.presence.Store(p)
		return n
	}
	n, _ := r.count(ctx)
	return n
}

// count counts the live instances and sets the share from them and the
// instance's rank among them (Sender.SetShareRank: the token's 50 split
// whole among the instances, 17 + 17 + 16 for three).
func (r *rateShare) count(ctx context.Context) (int, error) {
	start := r.now()
	n, rank, err := r.leases.RankLive(ctx, instanceLeasePrefix, instanceLeasePrefix+r.holder)
	if err != nil {
		r.log.Warn("count live instances", "error", err)
		return 0, err
	}
	n = max(n, 1)
	r.sender.SetShareRank(n, min(rank, n-1))
	r.live.Store(int32(n))
	r.counted.Store(start.UnixNano())
	return n, nil
}

// instances is the live count of the last round, 0 when unknown.
func (r *rateShare) instances() int { return int(r.live.Load()) }

// release gives the presence up, so the others take its share at once.
func (r *rateShare) release(ctx context.Context) {
	if p := r.presence.Swap(nil); p != nil {
		r.leases.Release(ctx, p.name, p.token)
	}
}

// heldLease is a grant and the time, by this process's clock, until which
// it is surely live: the start of the request that granted or renewed it,
// plus its life.
type heldLease struct {
	name     string
	token    int64
	deadline atomic.Int64 // unix nanoseconds; read by the shard's connection
}

// live reports whether the lease is surely still held now.
func (l *heldLease) live() bool { return time.Now().UnixNano() < l.deadline.Load() }

func (b *Bot) newShardOwner(set *shardSet) *shardOwner {
	return &shardOwner{leaseKeeper: b.share.leaseKeeper, b: b, set: set, share: b.share, held: map[int]*heldLease{}}
}

// run keeps the shards' leases until ctx ends, then stops the shards and
// gives their leases up, so another instance takes them at once.
func (o *shardOwner) run(ctx context.Context) {
	t := time.NewTicker(o.ttl / 3)
	defer t.Stop()
	for {
		o.round(ctx)
		select {
		case <-ctx.Done():
			o.releaseAll()
			return
		case <-t.C:
		}
	}
}

// round is one renewal of presence and shards.
func (o *shardOwner) round(ctx context.Context) {
	live := o.share.instances()
	for _, id := range o.ids() {
		if !o.renew(ctx, o.held[id]) {
			o.set.stop(id)
			delete(o.held, id)
			o.b.log.Warn("shard lease lost or unrenewable; its connection stopped", "shard", id)
		}
	}
	if live == 0 {
		return // the lease store cannot say how many share the work
	}
	want := (o.set.plan.count + live - 1) / live
	for ids := o.ids(); len(ids) > want; ids = ids[:len(ids)-1] {
		o.give(ctx, ids[len(ids)-1])
	}
	for id := 0; id < o.set.plan.count && len(o.held) < want && ctx.Err() == nil; id++ {
		if o.held[id] == nil {
			o.take(ctx, id)
		}
	}
	o.set.leased.Store(true)
}

func (o *shardOwner) ids() []int {
	ids := make([]int, 0, len(o.held))
	for id := range o.held {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	return ids
}

func (o leaseKeeper) acquire(ctx context.Context, name string) *heldLease {
	start := o.now()
	token, err := o.leases.Acquire(ctx, name, o.holder, o.ttl)
	if err != nil {
		if !isConflict(err) && ctx.Err() == nil {
			o.log.Warn("acquire lease", "lease", name, "error", err)
		}
		return nil
	}
	l := &heldLease{name: name, token: token}
	l.deadline.Store(start.Add(o.ttl).UnixNano())
	return l
}

// renew extends l; false when it is lost, or when the store fails and the
// lease may have expired by now.
func (o leaseKeeper) renew(ctx context.Context, l *heldLease) bool {
	start := o.now()
	err := o.leases.Renew(ctx, l.name, l.token, o.ttl)
	switch {
	case err == nil:
		l.deadline.Store(start.Add(o.ttl).UnixNano())
		return true
	case isConflict(err):
		return false
	}
	o.log.Warn("renew lease", "lease", l.name, "error", err)
	return o.now().UnixNano() < l.deadline.Load()-int64(o.ttl/3)
}

func (o *shardOwner) take(ctx context.Context, id int) {
	l := o.acquire(ctx, fmt.Sprintf("%s%d", shardLeasePrefix, id))
	if l == nil {
		return
	}
	o.held[id] = l
	o.set.start(ctx, id, l.live)
}

// give stops a shard and then gives its lease up: the connection is
// closed (its session saved) before another instance may open one.
func (o *shardOwner) give(ctx context.Context, id int) {
	o.set.stop(id)
	if err := o.leases.Release(ctx, o.held[id].name, o.held[id].token); err != nil {
		o.b.log.Warn("release shard lease", "shard", id, "error", err)
	}
	delete(o.held, id)
}

func (o *shardOwner) releaseAll() {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	for _, id := range o.ids() {
		o.give(ctx, id)
	}
}

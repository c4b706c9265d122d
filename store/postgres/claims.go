package postgres

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
	"github.com/jackc/pgx/v5"
)

// Deliveries hands each subscription's digest deliveries to one of the
// instances sharing the database, by a lease named digest/<id>: the
// instance that holds it sends the subscription's due slot and finishes
// its unfinished outbox; another that claims it meanwhile is told it is
// held and leaves it. An instance that dies holding one stops renewing it,
// and after its expiry another takes the subscription over, outbox and
// all (the marker check and the nonces keep that exactly once).
type Deliveries struct {
	db     *DB
	holder string
	ttl    time.Duration
	renew  time.Duration
	slots  chan struct{}
	quit   chan struct{}
	once   sync.Once
}

// Deliveries returns the claims of the instance holder: leases of ttl,
// renewed every renew, at most concurrent held at once (an instance claims
// no more subscriptions than it sends to at once, so a slot's work spreads
// over the instances instead of waiting on the first one's rate limit).
func (db *DB) Deliveries(holder string, ttl, renew time.Duration, concurrent int) *Deliveries {
	return &Deliveries{db: db, holder: holder, ttl: ttl, renew: renew, slots: make(chan struct{}, max(concurrent, 1)),
		quit: make(chan struct{})}
}

// Close makes the instance claim nothing more (it is stopping): a claim
// waiting for a slot is refused as if held elsewhere, and the other
// instances take the subscription; claims held run to their end.
func (c *Deliveries) Close() {
	if c != nil {
		c.once.Do(func() { close(c.quit) })
	}
}

// errLeaseExpired ends a held lease's context when the lease could not be
// renewed before it expired.
var errLeaseExpired = errors.New("the lease expired before it could be renewed")

// Claim waits for one of the instance's delivery slots, then leases the
// subscription's deliveries (Hold). ok is false, with no error, when
// another instance holds them. release gives the lease up and frees the
// slot.
func (c *Deliveries) Claim(ctx context.Context, subscriptionID int64) (context.Context, func(), bool, error) {
	select {
	case <-c.quit:
		return nil, nil, false, nil
	default:
	}
	select {
	case c.slots <- struct{}{}:
	case <-c.quit:
		return nil, nil, false, nil
	case <-ctx.Done():
		return nil, nil, false, ctx.Err()
	}
	lctx, release, ok, err := c.db.Hold(ctx, "digest/"+strconv.FormatInt(subscriptionID, 10), c.holder, c.ttl, c.renew)
	if !ok {
		<-c.slots
		return nil, nil, false, err
	}
	return lctx, func() { release(); <-c.slots }, true, nil
}

// Hold leases name to holder for ttl and keeps it, renewing it every
// renew, until release is called. ok is false, with no error, when another
// holder has it. The context it returns carries the lease's fence
// (news.WithFence: the store's outbox writes check it) and ends when the
// lease is lost: a renewal refused, or none made before the lease's local
// deadline, which is measured on this process's monotonic clock from
// before the grant and so falls before the server's expiry, whatever the
// two clocks say. release stops renewing and gives the lease up.
func (db *DB) Hold(ctx context.Context, name, holder string, ttl, renew time.Duration) (context.Context, func(), bool, error) {
	start := time.Now()
	l, err := db.AcquireLease(ctx, name, holder, ttl)
	if news.ErrorCode(err) == news.ECONFLICT {
		return nil, nil, false, nil
	}
	if err != nil {
		return nil, nil, false, err
	}
	lctx, cancel := context.WithCancelCause(ctx)
	until := new(atomic.Pointer[time.Time])
	end := start.Add(ttl)
	until.Store(&end)
	live := func() bool { return lctx.Err() == nil && time.Now().Before(*until.Load()) }
	lctx = news.WithFence(lctx, news.Fence{Name: l.Name, Token: l.Token, Live: live})
	done := make(chan struct{})
	go db.keep(lctx, cancel, l, ttl, renew, until, done)
	release := func() {
		cancel(nil)
		<-done
		rctx, rcancel := context.WithTimeout(context.WithoutCancel(ctx), ttl)
		db.ReleaseLease(rctx, l) // a lease not released expires
		rcancel()
	}
	return lctx, release, true, nil
}

// keep renews l every renew until ctx ends; a refused renewal, or a
// deadline passed without one (the process was paused, the database did
// not answer), cancels ctx with the reason.
func (db *DB) keep(ctx context.Context, cancel context.CancelCauseFunc, l Lease, ttl, renew time.Duration, until *atomic.Pointer[time.Time], done chan struct{}) {
	defer close(done)
	tick := time.NewTicker(renew)
	defer tick.Stop()
	deadline := time.NewTimer(time.Until(*until.Load()))
	defer deadline.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-deadline.C:
			cancel(fmt.Errorf("lease %s: %w", l.Name, errLeaseExpired))
			return
		case <-tick.C:
		}
		asked := time.Now()
		rctx, rcancel := context.WithTimeout(ctx, ttl)
		_, err := db.RenewLease(rctx, l, ttl)
		rcancel()
		if err != nil {
			cancel(fmt.Errorf("renew lease %s: %w", l.Name, err))
			return
		}
		end := asked.Add(ttl)
		until.Store(&end)
		deadline.Reset(time.Until(end))
	}
}

// Polls is the store's sources as one instance of several polls them:
// DueSources leases the due sources it returns to the instance (at most
// limit held at once), so that each source is polled by one instance at a
// time, and UpdateSource, which the poller calls when a poll ends, gives
// the lease up. A source leased but not yet polled is offered again to its
// holder only. A holder that dies leaves its leases to expire after ttl,
// which must outlast a whole poll (CD_POLL_DEADLINE).
type Polls struct {
	*SourceService
	db     *DB
	holder string
	ttl    time.Duration
	limit  int

	mu   sync.Mutex
	held map[int64]heldSource
}

type heldSource struct {
	src   news.Source
	lease Lease
	until time.Time // the lease's end by this process's clock, measured from before the claim
}

// Polls returns the sources as the instance holder polls them.
func (db *DB) Polls(holder string, ttl time.Duration, limit int) *Polls {
	return &Polls{SourceService: NewSourceService(db), db: db, holder: holder, ttl: ttl, limit: max(limit, 1), held: map[int64]heldSource{}}
}

// DueSources returns the due sources the instance holds, with new ones
// claimed up to its limit.
func (p *Polls) DueSources(ctx context.Context, now time.Time) ([]news.Source, error) {
	p.mu.Lock()
	for id, h := range p.held {
		if time.Now().After(h.until) {
			delete(p.held, id) // never polled here: another instance may have it now
		}
	}
	room := p.limit - len(p.held)
	p.mu.Unlock()
	if room > 0 {
		asked := time.Now()
		srcs, leases, err := p.db.ClaimDueSources(ctx, p.holder, now, room, p.ttl)
		if err != nil {
			return nil, err
		}
		p.mu.Lock()
		for i := range srcs {
			p.held[srcs[i].ID] = heldSource{src: srcs[i], lease: leases[i], until: asked.Add(p.ttl)}
		}
		p.mu.Unlock()
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	out := make([]news.Source, 0, len(p.held))
	for _, h := range p.held {
		out = append(out, h.src)
	}
	slices.SortFunc(out, func(a, b news.Source) int {
		return cmp.Or(a.NextCheck.Compare(b.NextCheck), cmp.Compare(a.ID, b.ID))
	})
	return out, nil
}

// UpdateSource saves the source's state after a poll and gives its lease
// up.
func (p *Polls) UpdateSource(ctx context.Context, s *news.Source) error {
	err := p.SourceService.UpdateSource(ctx, s)
	p.mu.Lock()
	h, ok := p.held[s.ID]
	delete(p.held, s.ID)
	p.mu.Unlock()
	if ok {
		if rerr := p.db.ReleaseLease(ctx, h.lease); rerr != nil && err == nil {
			err = rerr
		}
	}
	return err
}

// UnfinishedSubscriptions lists the subscriptions with an unfinished
// digest, for the instances to look for deliveries left by one that died.
func (ob *OutboxService) UnfinishedSubscriptions(ctx context.Context) ([]int64, error) {
	rows, err := ob.db.pool.Query(ctx, `SELECT DISTINCT subscription_id FROM outbox_digests WHERE finished = 0`)
	if err != nil {
		return nil, fmt.Errorf("list unfinished digests: %w", err)
	}
	ids, err := pgx.CollectRows(rows, pgx.RowTo[int64])
	if err != nil {
		return nil, fmt.Errorf("list unfinished digests: %w", err)
	}
	return ids, nil
}

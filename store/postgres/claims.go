package postgres

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
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
//
// Claims are made in batches, as a slot's fan-out needs: the claims
// waiting are granted by one statement (the subscriptions' rows locked
// FOR UPDATE SKIP LOCKED, so two instances claiming at once take
// different ones), the granted subscriptions are read with whether they
// have an unfinished digest by a second, the leases held are renewed by
// one statement every renew, and released ones are given up together
// before the next batch. The waiting are taken in an order of this
// instance's own (Go's randomised map order), so that the instances of a
// slot start on different subscriptions instead of contending for the
// same ones.
type Deliveries struct {
	db     *DB
	holder string
	ttl    time.Duration
	renew  time.Duration
	limit  int
	quit   chan struct{}
	once   sync.Once
	wake   chan struct{}

	mu       sync.Mutex
	running  bool // the loop runs (it stops when idle)
	waiting  map[*claimWait]struct{}
	held     map[*heldClaim]struct{}
	released []Lease
	renewed  time.Time // when the held leases were last renewed
	claimed  time.Time // when the last batch was claimed
}

// claimWait is a claim waiting for its batch.
type claimWait struct {
	ctx  context.Context
	id   int64
	done chan claimResult // buffered: the loop never waits on it
}

type claimResult struct {
	claim news.Claim
	ok    bool
	err   error
}

// heldClaim is a granted lease the loop renews until it is released.
type heldClaim struct {
	lease  Lease
	until  atomic.Pointer[time.Time] // the lease's end by this process's clock, measured from before the grant or renewal
	cancel context.CancelCauseFunc
}

// Deliveries returns the claims of the instance holder: leases of ttl,
// renewed every renew, at most concurrent held at once (an instance claims
// no more subscriptions than it sends to at once, so a slot's work spreads
// over the instances instead of waiting on the first one's rate limit).
func (db *DB) Deliveries(holder string, ttl, renew time.Duration, concurrent int) *Deliveries {
	return &Deliveries{db: db, holder: holder, ttl: ttl, renew: renew, limit: max(concurrent, 1),
		quit: make(chan struct{}), wake: make(chan struct{}, 1),
		waiting: map[*claimWait]struct{}{}, held: map[*heldClaim]struct{}{}}
}

// Close makes the instance claim nothing more (it is stopping): a claim
// waiting for a slot is refused as if held elsewhere, and the other
// instances take the subscription; claims held run to their end.
func (c *Deliveries) Close() {
	if c != nil {
		c.once.Do(func() { close(c.quit); c.poke() })
	}
}

func (c *Deliveries) closed() bool {
	select {
	case <-c.quit:
		return true
	default:
		return false
	}
}

// errLeaseExpired ends a held lease's context when the lease could not be
// renewed before it expired.
var errLeaseExpired = errors.New("the lease expired before it could be renewed")

// Claim waits for one of the instance's delivery slots and leases the
// subscription's deliveries with the batch it joins. ok is false, with no
// error, when another instance holds them. The claim carries the
// subscription as read after the grant (nil when it is gone: the caller
// finds out) and whether it had an unfinished digest; its Release gives
// the lease up (with the next batch) and frees the slot.
func (c *Deliveries) Claim(ctx context.Context, subscriptionID int64) (news.Claim, bool, error) {
	if c.closed() {
		return news.Claim{}, false, nil
	}
	w := &claimWait{ctx: ctx, id: subscriptionID, done: make(chan claimResult, 1)}
	c.mu.Lock()
	c.waiting[w] = struct{}{}
	c.start()
	c.mu.Unlock()
	c.poke()
	select {
	case r := <-w.done:
		return r.claim, r.ok, r.err
	case <-ctx.Done():
		c.mu.Lock()
		_, still := c.waiting[w]
		delete(c.waiting, w)
		c.mu.Unlock()
		if still {
			return news.Claim{}, false, ctx.Err()
		}
		r := <-w.done // the loop answered meanwhile
		if r.ok {
			r.claim.Release()
		}
		return news.Claim{}, false, ctx.Err()
	}
}

// poke wakes the loop.
func (c *Deliveries) poke() {
	select {
	case c.wake <- struct{}{}:
	default:
	}
}

// start starts the loop unless it runs; c.mu is held.
func (c *Deliveries) start() {
	if !c.running {
		c.running = true
		go c.loop()
	}
}

// batchPause is how long a batch waits for more free slots: released
// claims are given up and replaced in batches of a few, not one by one.
const batchPause = 100 * time.Millisecond

// loop claims, renews and releases until nothing is waiting or held.
func (c *Deliveries) loop() {
	for {
		c.mu.Lock()
		if len(c.waiting) == 0 && len(c.held) == 0 && len(c.released) == 0 {
			c.running = false
			c.mu.Unlock()
			return
		}
		c.mu.Unlock()
		ctx, cancel := context.WithTimeout(context.Background(), c.ttl)
		c.flushReleased(ctx)
		c.renewHeld(ctx)
		wait := c.claimBatch(ctx)
		cancel()
		timer := time.NewTimer(wait)
		select {
		case <-c.wake:
		case <-timer.C:
		}
		timer.Stop()
	}
}

// flushReleased gives the released leases up in one statement; a lease
// not given up expires.
func (c *Deliveries) flushReleased(ctx context.Context) {
	c.mu.Lock()
	ls := c.released
	c.released = nil
	c.mu.Unlock()
	if len(ls) == 0 {
		return
	}
	names, tokens := make([]string, len(ls)), make([]int64, len(ls))
	for i, l := range ls {
		names[i], tokens[i] = l.Name, l.Token
	}
	c.db.pool.Exec(ctx, `DELETE FROM leases l USING unnest($1::text[], $2::bigint[]) AS r (name, token)
		WHERE l.name = r.name AND l.token = r.token`, names, tokens)
}

// renewHeld renews every held lease in one statement, every renew; a
// lease the statement did not renew is lost, and one whose local deadline
// passed (the process was paused, the database did not answer) expired:
// either ends its claim's context with the reason.
func (c *Deliveries) renewHeld(ctx context.Context) {
	c.mu.Lock()
	var hs []*heldClaim
	due := time.Since(c.renewed) >= c.renew
	for h := range c.held {
		if !time.Now().Before(*h.until.Load()) {
			h.cancel(fmt.Errorf("lease %s: %w", h.lease.Name, errLeaseExpired))
			continue
		}
		hs = append(hs, h)
	}
	if due {
		c.renewed = time.Now()
	}
	c.mu.Unlock()
	if !due || len(hs) == 0 {
		return
	}
	names, tokens := make([]string, len(hs)), make([]int64, len(hs))
	for i, h := range hs {
		names[i], tokens[i] = h.lease.Name, h.lease.Token
	}
	asked := time.Now()
	rows, err := c.db.pool.Query(ctx, `UPDATE leases l SET expires = clock_timestamp() + $3 * interval '1 millisecond'
		FROM unnest($1::text[], $2::bigint[]) AS r (name, token)
		WHERE l.name = r.name AND l.token = r.token AND l.expires > clock_timestamp() RETURNING l.token`,
		names, tokens, c.ttl.Milliseconds())
	if err != nil {
		return // the local deadlines end the claims if this goes on
	}
	kept, err := pgx.CollectRows(rows, pgx.RowTo[int64])
	if err != nil {
		return
	}
	renewed := make(map[int64]bool, len(kept))
	for _, t := range kept {
		renewed[t] = true
	}
	end := asked.Add(c.ttl)
	for _, h := range hs {
		if renewed[h.lease.Token] {
			h.until.Store(&end)
			continue
		}
		h.cancel(fmt.Errorf("renew lease %s: %w", h.lease.Name,
			news.Errorf(news.ECONFLICT, "lease %s (token %d) is lost", h.lease.Name, h.lease.Token)))
	}
}

// claimBatch claims for the waiting as many subscriptions as slots are
// free, refusing all of them once the instance is closed; it returns how
// long the loop may sleep.
func (c *Deliveries) claimBatch(ctx context.Context) time.Duration {
	c.mu.Lock()
	if c.closed() {
		for w := range c.waiting {
			w.done <- claimResult{}
			delete(c.waiting, w)
		}
	}
	free := c.limit - len(c.held)
	sleep := c.renew
	if len(c.held) > 0 {
		sleep = min(sleep, c.renew-time.Since(c.renewed))
	}
	if free <= 0 || len(c.waiting) == 0 {
		c.mu.Unlock()
		return max(sleep, time.Millisecond)
	}
	if since := time.Since(c.claimed); free < max(c.limit/8, 1) && since < batchPause && len(c.held) > 0 {
		c.mu.Unlock()
		return min(sleep, batchPause-since)
	}
	batch := make([]*claimWait, 0, min(free, len(c.waiting)))
	for w := range c.waiting { // Go's map order: this instance's own
		if len(batch) == free {
			break
		}
		delete(c.waiting, w)
		batch = append(batch, w)
	}
	more := len(c.waiting) > 0
	c.claimed = time.Now()
	c.mu.Unlock()
	c.grant(ctx, batch)
	if more {
		c.poke()
	}
	return max(sleep, time.Millisecond)
}

// grant claims the batch's subscriptions and answers each waiter.
func (c *Deliveries) grant(ctx context.Context, batch []*claimWait) {
	ids := make([]int64, 0, len(batch))
	for _, w := range batch {
		if w.ctx.Err() == nil {
			ids = append(ids, w.id)
		}
	}
	asked := time.Now()
	leases, err := c.db.claimDeliveries(ctx, c.holder, ids, c.ttl)
	if err != nil {
		for _, w := range batch {
			w.done <- claimResult{err: fmt.Errorf("claim deliveries: %w", err)}
		}
		return
	}
	// Read after the grant, so what the holder reads is what it holds;
	// the refused are read too, to tell a removed subscription (Gone to
	// the deliverer: a claim with nothing to hold) from a held one.
	subs, unfinished, rerr := c.db.claimedSubscriptions(ctx, ids)
	end := asked.Add(c.ttl)
	for _, w := range batch {
		l, ok := leases[w.id]
		if !ok && rerr == nil && subs[w.id] == nil && w.ctx.Err() == nil {
			w.done <- claimResult{claim: news.Claim{Ctx: w.ctx, Release: func() {}, Read: true}, ok: true}
			continue
		}
		if !ok || w.ctx.Err() != nil {
			if ok {
				c.mu.Lock()
				c.released = append(c.released, l)
				c.mu.Unlock()
			}
			w.done <- claimResult{}
			continue
		}
		cl := c.hold(w.ctx, l, end)
		if rerr == nil {
			cl.Subscription, cl.Unfinished = subs[w.id], unfinished[w.id]
			cl.Read = true
		}
		w.done <- claimResult{claim: cl, ok: true}
	}
}

// hold keeps a granted lease until its claim is released.
func (c *Deliveries) hold(ctx context.Context, l Lease, end time.Time) news.Claim {
	h := &heldClaim{lease: l}
	h.until.Store(&end)
	lctx, cancel := context.WithCancelCause(ctx)
	h.cancel = cancel
	live := func() bool { return lctx.Err() == nil && time.Now().Before(*h.until.Load()) }
	lctx = news.WithFence(lctx, news.Fence{Name: l.Name, Token: l.Token, Live: live})
	c.mu.Lock()
	if len(c.held) == 0 {
		c.renewed = time.Now() // granted just now: renewed a whole period from here
	}
	c.held[h] = struct{}{}
	c.mu.Unlock()
	var once sync.Once
	release := func() {
		once.Do(func() {
			cancel(nil)
			c.mu.Lock()
			delete(c.held, h)
			c.released = append(c.released, l)
			c.start()
			c.mu.Unlock()
			c.poke()
		})
	}
	return news.Claim{Ctx: lctx, Release: release}
}

// claimDeliveries leases the subscriptions' deliveries to holder for ttl,
// in one statement, and returns the leases granted by subscription: those
// another holder's live lease covers, those another instance is claiming
// at the same moment (their rows locked: SKIP LOCKED) and those removed
// are not granted.
func (db *DB) claimDeliveries(ctx context.Context, holder string, ids []int64, ttl time.Duration) (map[int64]Lease, error) {
	out := make(map[int64]Lease, len(ids))
	if len(ids) == 0 {
		return out, nil
	}
	slices.Sort(ids)
	rows, err := db.pool.Query(ctx, `WITH c AS (SELECT s.id FROM subscriptions s WHERE s.id = ANY($1::bigint[])
			AND NOT EXISTS (SELECT 1 FROM leases l WHERE l.name = 'digest/' || s.id
				AND l.expires > clock_timestamp() AND l.holder <> $2)
			ORDER BY s.id FOR UPDATE SKIP LOCKED)
		INSERT INTO leases (name, holder, token, expires)
		SELECT 'digest/' || id, $2, nextval('lease_tokens'), clock_timestamp() + $3 * interval '1 millisecond' FROM c
		ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, token = excluded.token, expires = excluded.expires
		WHERE leases.expires <= clock_timestamp() OR leases.holder = excluded.holder
		RETURNING name, token, expires`, ids, holder, ttl.Milliseconds())
	if err != nil {
		return nil, err
	}
	ls, err := pgx.CollectRows(rows, func(row pgx.CollectableRow) (Lease, error) {
		l := Lease{Holder: holder}
		err := row.Scan(&l.Name, &l.Token, &l.Expires)
		l.Expires = l.Expires.UTC()
		return l, err
	})
	if err != nil {
		return nil, err
	}
	for _, l := range ls {
		id, err := strconv.ParseInt(strings.TrimPrefix(l.Name, "digest/"), 10, 64)
		if err != nil {
			return nil, fmt.Errorf("lease %s: %w", l.Name, err)
		}
		out[id] = l
	}
	return out, nil
}

// claimedSubscriptions reads the claimed subscriptions, after their grant,
// and which of them have an unfinished digest: one statement for a batch,
// instead of two for each delivery.
func (db *DB) claimedSubscriptions(ctx context.Context, ids []int64) (map[int64]*news.Subscription, map[int64]bool, error) {
	subs, unfinished := map[int64]*news.Subscription{}, map[int64]bool{}
	if len(ids) == 0 {
		return subs, unfinished, nil
	}
	rows, err := db.pool.Query(ctx, `SELECT `+subscriptionColumns+`, EXISTS (SELECT 1 FROM outbox_digests d
		WHERE d.subscription_id = subscriptions.id AND d.finished = 0) FROM subscriptions WHERE id = ANY($1::bigint[])`, ids)
	if err != nil {
		return nil, nil, fmt.Errorf("read claimed subscriptions: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var s news.Subscription
		var pending bool
		if err := scanSubscriptionAnd(rows, &s, &pending); err != nil {
			return nil, nil, fmt.Errorf("read claimed subscriptions: %w", err)
		}
		subs[s.ID], unfinished[s.ID] = &s, pending
	}
	if err := rows.Err(); err != nil {
		return nil, nil, fmt.Errorf("read claimed subscriptions: %w", err)
	}
	return subs, unfinished, nil
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

package digest

import (
	"context"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"sync"
	"time"

	"github.com/robfig/cron/v3"

	"github.com/conflict-digest/conflict-digest/news"
)

// Runner delivers one subscription's digest; *Deliverer is one.
type Runner interface {
	Deliver(ctx context.Context, subscriptionID int64) (Outcome, error)
}

// Scheduler runs each subscription's deliveries on its schedule, in its time
// zone. Upsert and Remove take effect at once. It owns its goroutines: Stop
// waits for running deliveries.
type Scheduler struct {
	runner Runner
	logger *slog.Logger
	now    func() time.Time
	cron   *cron.Cron
	chain  cron.Chain

	ctx    context.Context
	cancel context.CancelFunc
	wg     sync.WaitGroup

	// RetryBase and RetryMax pace the retries of a failed delivery (a 429
	// or 5xx burst that outlasted the sender's own retries, a database
	// error): RetryBase, doubled each time, at most RetryMax, until it is
	// sent, parked or paused. Defaults 15 s and 10 min; set before Start.
	RetryBase, RetryMax time.Duration

	// Workers, when above zero, bounds the deliveries running at once:
	// the subscriptions due wait in a queue, taken in random order (so
	// that instances sharing a store start a slot on different ones), for
	// one of Workers goroutines, instead of a goroutine each. A slot of
	// 100,000 subscriptions otherwise made 100,000 goroutines waiting for
	// their claims in each instance, whose stacks every garbage collection
	// scanned. Set before Start; zero: a goroutine per delivery.
	Workers int

	mu      sync.Mutex
	entries map[int64]entry
	retries map[int64]*retry
	stopped bool

	ready   *sync.Cond     // on mu: the queue has work, or the scheduler stopped
	queue   []int64        // due subscriptions waiting for a worker
	queued  map[int64]int  // subscription → its index in queue
	running map[int64]bool // subscriptions a worker is delivering
	rng     *rand.Rand     // the queue's order
}

// retry is the pending retry of a subscription's failed delivery.
type retry struct {
	n     int
	timer *time.Timer
}

type entry struct {
	key   string // the schedule it was made from (see scheduleKey)
	id    cron.EntryID
	sched cron.Schedule
	job   cron.Job // wrapped: a catch-up run shares the skip-if-running guard
}

// NewScheduler returns a stopped scheduler. now is the clock for catch-up
// decisions (time.Now when nil); the cron timer itself runs on real time.
func NewScheduler(r Runner, logger *slog.Logger, now func() time.Time) *Scheduler {
	if now == nil {
		now = time.Now
	}
	cl := cronLogger{logger}
	ctx, cancel := context.WithCancel(context.Background())
	s := &Scheduler{
		runner: r, logger: logger, now: now,
		cron:  cron.New(cron.WithLocation(time.UTC), cron.WithLogger(cl)),
		chain: cron.NewChain(cron.Recover(cl), cron.SkipIfStillRunning(cl)),
		ctx:   ctx, cancel: cancel,
		entries: map[int64]entry{}, retries: map[int64]*retry{},
		RetryBase: 15 * time.Second, RetryMax: 10 * time.Minute,
		queued: map[int64]int{}, running: map[int64]bool{}, rng: rand.New(rand.NewPCG(rand.Uint64(), rand.Uint64())),
	}
	s.ready = sync.NewCond(&s.mu)
	return s
}

// Start schedules subs, starts the timer and runs one catch-up delivery for
// each subscription that missed a slot since its cursor (however many
// slots it missed) or has an unfinished digest (pending lists their ids).
// A subscription whose schedule cannot be used is logged and left out: one
// bad row must not stop every other digest.
func (s *Scheduler) Start(subs []news.Subscription, pending []int64) error {
	due := map[int64]bool{}
	for _, id := range pending {
		due[id] = true
	}
	for i := range subs {
		sub := &subs[i]
		if err := s.Upsert(sub); err != nil {
			s.logger.Error("subscription not scheduled", "subscription_id", sub.ID, "schedule", sub.Schedule, "error", err)
			continue
		}
		if missed(s.schedule(sub.ID), sub, s.now()) {
			due[sub.ID] = true
		}
	}
	s.mu.Lock()
	for range s.Workers {
		s.wg.Add(1)
		go s.work()
	}
	s.mu.Unlock()
	s.cron.Start()
	for id := range due {
		s.RunNow(id)
	}
	return nil
}

// cursorSlack is how far before its slot a delivery may leave the cursor:
// a window ends at the store's horizon cut to the minute (DefaultLag before
// the run with no horizon, and in databases written before horizons).
const cursorSlack = DefaultLag + time.Minute

// missed reports whether the schedule fired between the subscription's
// cursor (or creation) and now. The slot a cursor was left by is not
// missed: the cursor lies up to cursorSlack before it.
func missed(sched cron.Schedule, sub *news.Subscription, now time.Time) bool {
	if sched == nil || sub.Paused() {
		return false
	}
	from := sub.Cursor
	if from.IsZero() {
		from = sub.Created
	} else {
		from = from.Add(cursorSlack)
	}
	return !from.IsZero() && !sched.Next(from).After(now)
}

// Upsert schedules sub, replacing its previous schedule; a paused
// subscription is unscheduled.
func (s *Scheduler) Upsert(sub *news.Subscription) error {
	var sched cron.Schedule
	if !sub.Paused() {
		var err error
		if sched, err = ParseSchedule(sub.Schedule, sub.TimeZone); err != nil {
			return err
		}
	}
	id := sub.ID
	s.mu.Lock()
	defer s.mu.Unlock()
	s.removeLocked(id)
	if sched == nil {
		return nil
	}
	job := s.chain.Then(cron.FuncJob(func() { s.run(id) }))
	trigger := job
	if s.Workers > 0 {
		trigger = cron.FuncJob(func() { s.RunNow(id) }) // queued: cron's goroutine ends at once
	}
	s.entries[id] = entry{key: scheduleKey(sub), id: s.cron.Schedule(sched, trigger), sched: sched, job: job}
	return nil
}

// scheduleKey is what a subscription's entry is made from.
func scheduleKey(sub *news.Subscription) string {
	return sub.Schedule + "\x00" + sub.TimeZone
}

// Sync brings the schedule up to date with subs, the subscriptions as the
// store has them now, and runs those that are due: a slot missed since the
// cursor, or an unfinished digest (pending lists their ids). With several
// instances sharing a store (Deliverer.Claims), each runs it every little
// while: it schedules the subscriptions another instance added or changed,
// forgets the removed ones, and takes over the deliveries of an instance
// that died once their claims expired (one that is alive holds its claim,
// and the run returns Elsewhere at once).
func (s *Scheduler) Sync(subs []news.Subscription, pending []int64) {
	due := map[int64]bool{}
	for _, id := range pending {
		due[id] = true
	}
	seen := make(map[int64]bool, len(subs))
	for i := range subs {
		sub := &subs[i]
		seen[sub.ID] = true
		s.mu.Lock()
		e, ok := s.entries[sub.ID]
		s.mu.Unlock()
		if sub.Paused() {
			if ok {
				s.Remove(sub.ID)
			}
			continue
		}
		if !ok || e.key != scheduleKey(sub) {
			if err := s.Upsert(sub); err != nil {
				continue // logged by Start the first time; nothing new to say
			}
		}
		if missed(s.schedule(sub.ID), sub, s.now()) {
			due[sub.ID] = true
		}
	}
	s.mu.Lock()
	var gone []int64
	for id := range s.entries {
		if !seen[id] {
			gone = append(gone, id)
		}
	}
	s.mu.Unlock()
	for _, id := range gone {
		s.Remove(id)
	}
	s.prune(due)
	for id := range due {
		s.RunNow(id)
	}
}

// prune drops from the queue the subscriptions no longer due (another
// instance delivered them since they were queued): their deliveries would
// only find that out, one claim each.
func (s *Scheduler) prune(due map[int64]bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for i := 0; i < len(s.queue); {
		if id := s.queue[i]; !due[id] {
			s.unqueueLocked(i)
			continue
		}
		i++
	}
}

// Remove unschedules a subscription; a delivery already running finishes.
func (s *Scheduler) Remove(id int64) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.removeLocked(id)
}

func (s *Scheduler) removeLocked(id int64) {
	if e, ok := s.entries[id]; ok {
		s.cron.Remove(e.id)
		delete(s.entries, id)
	}
	if i, ok := s.queued[id]; ok {
		s.unqueueLocked(i)
	}
	s.clearRetryLocked(id)
}

// unqueueLocked removes the queue's i-th subscription (by swapping the
// last into its place).
func (s *Scheduler) unqueueLocked(i int) {
	delete(s.queued, s.queue[i])
	last := len(s.queue) - 1
	if i != last {
		s.queue[i] = s.queue[last]
		s.queued[s.queue[i]] = i
	}
	s.queue = s.queue[:last]
}

// work runs queued deliveries, one at a time, until the scheduler stops.
func (s *Scheduler) work() {
	defer s.wg.Done()
	for {
		s.mu.Lock()
		for len(s.queue) == 0 && !s.stopped {
			s.ready.Wait()
		}
		if s.stopped {
			s.mu.Unlock()
			return
		}
		i := s.rng.IntN(len(s.queue))
		id := s.queue[i]
		s.unqueueLocked(i)
		e, ok := s.entries[id]
		s.running[id] = ok
		s.mu.Unlock()
		if ok {
			e.job.Run()
		}
		s.mu.Lock()
		delete(s.running, id)
		s.mu.Unlock()
	}
}

func (s *Scheduler) clearRetryLocked(id int64) {
	if r, ok := s.retries[id]; ok {
		if r.timer != nil {
			r.timer.Stop()
		}
		delete(s.retries, id)
	}
}

// retryLater runs a failed delivery again after a growing pause, as long
// as the subscription stays scheduled. The retry is a scheduled delivery:
// it finishes the waiting digest and sends no off-schedule one.
func (s *Scheduler) retryLater(id int64) time.Duration {
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.entries[id]; !ok || s.stopped {
		return 0
	}
	r := s.retries[id]
	if r == nil {
		r = &retry{}
		s.retries[id] = r
	}
	d := s.RetryBase << min(r.n, 16)
	if d > s.RetryMax || d <= 0 {
		d = s.RetryMax
	}
	r.n++
	if r.timer != nil {
		r.timer.Stop()
	}
	r.timer = time.AfterFunc(d, func() { s.RunNow(id) })
	return d
}

func (s *Scheduler) clearRetry(id int64) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.clearRetryLocked(id)
}

// schedule returns a subscription's schedule, nil when it is not scheduled.
func (s *Scheduler) schedule(id int64) cron.Schedule {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.entries[id].sched
}

// Next returns the next time a subscription's digest is due, zero when it
// is not scheduled.
func (s *Scheduler) Next(id int64) time.Time {
	if sched := s.schedule(id); sched != nil {
		return sched.Next(s.now())
	}
	return time.Time{}
}

// RunNow runs a subscription's delivery in the background, unless one is
// already running for it: unfinished digests are finished, and a slot
// missed since its cursor is delivered (after /resume, or a retry).
func (s *Scheduler) RunNow(id int64) {
	s.mu.Lock()
	e, ok := s.entries[id]
	if !ok || s.stopped {
		s.mu.Unlock()
		return
	}
	if s.Workers > 0 {
		// One waiting or running is enough, as cron's skip-if-running.
		if _, waiting := s.queued[id]; !waiting && !s.running[id] {
			s.queued[id] = len(s.queue)
			s.queue = append(s.queue, id)
			s.ready.Signal()
		}
		s.mu.Unlock()
		return
	}
	s.wg.Add(1)
	s.mu.Unlock()
	go func() {
		defer s.wg.Done()
		e.job.Run()
	}()
}

// Stop stops the timer, cancels running deliveries once ctx is done, and
// waits for them.
func (s *Scheduler) Stop(ctx context.Context) error {
	s.mu.Lock()
	s.stopped = true
	for id := range s.retries {
		s.clearRetryLocked(id)
	}
	s.queue, s.queued = nil, map[int64]int{} // the next start finds them due
	s.ready.Broadcast()
	s.mu.Unlock()
	cronDone := s.cron.Stop()
	done := make(chan struct{})
	go func() {
		<-cronDone.Done()
		s.wg.Wait()
		close(done)
	}()
	select {
	case <-done:
		s.cancel()
		return nil
	case <-ctx.Done():
		s.cancel()
		<-done
		return fmt.Errorf("stop scheduler: %w", ctx.Err())
	}
}

// run is the cron job of one subscription: the boundary where a delivery's
// outcome is logged.
func (s *Scheduler) run(id int64) {
	start := time.Now()
	out, err := s.runner.Deliver(s.ctx, id)
	ms := time.Since(start).Milliseconds()
	if err != nil {
		if s.ctx.Err() != nil {
			s.logger.Warn("digest delivery stopped by shutdown; the outbox resumes it at the next start",
				"subscription_id", id, "duration_ms", ms, "error", err)
			return
		}
		d := s.retryLater(id)
		s.logger.Error("digest delivery failed", "subscription_id", id, "duration_ms", ms,
			"retry_in_ms", d.Milliseconds(), "error", err)
		return
	}
	s.clearRetry(id)
	if out == Elsewhere {
		// Another instance delivers it; should it die, Sync finds the
		// subscription due or unfinished once its claim has expired.
		s.logger.Debug("digest delivery held by another instance", "subscription_id", id)
		return
	}
	if out == Gone {
		s.Remove(id) // removed, or retired with its deleted channel
	}
	s.logger.Info("digest delivery", "subscription_id", id, "outcome", string(out), "duration_ms", ms)
}

// cronLogger adapts cron's logger to slog; cron's chatter goes to debug.
type cronLogger struct{ l *slog.Logger }

func (c cronLogger) Info(msg string, kv ...any) { c.l.Debug("cron: "+msg, kv...) }

func (c cronLogger) Error(err error, msg string, kv ...any) {
	c.l.Error("cron: "+msg, append(kv, "error", err)...)
}

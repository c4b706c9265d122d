package ingest

import (
	"context"
	"fmt"
	"sort"
	"sync"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

// Run polls due sources until ctx is done, then waits for the polls under
// way and returns ctx's error. Scheduling is fair between guilds: the
// operator's sources (guild "") and each guild's form one queue each, served
// in turn, and no queue holds more than GuildShare of the Concurrency polls.
// A poll slot is refilled as soon as it frees, not at the end of a round,
// so a guild's fifty slow sources delay another's source by at most one
// poll Deadline (none at all while a slot is free).
func (p *Poller) Run(ctx context.Context) error {
	s := p.newScheduler()
	t := time.NewTicker(orDefault(p.Tick, time.Minute))
	defer t.Stop()
	for {
		if err := s.dispatch(ctx); err != nil && ctx.Err() == nil {
			p.logger().Error("poll round failed", "error", err)
		}
		p.refreshTerms(ctx)
		select {
		case <-ctx.Done():
			s.wait()
			return ctx.Err()
		case <-t.C:
		case <-s.freed:
		}
	}
}

// refreshTerms refreshes the question planner's term snapshot when it is
// due, so that one comes even when no poll stores anything.
func (p *Poller) refreshTerms(ctx context.Context) {
	if p.Pipeline == nil || p.Pipeline.Sentences == nil {
		return
	}
	if err := p.Pipeline.Sentences.Refresh(ctx, false); err != nil && ctx.Err() == nil {
		p.logger().Error("refresh sentence terms failed", "error", err)
	}
}

// scheduler keeps the polls under way. dispatch runs on Run's goroutine;
// polls end on their own.
type scheduler struct {
	p     *Poller
	freed chan struct{} // a poll ended: a slot may be free

	mu       sync.Mutex
	running  map[int64]bool      // source ids being polled
	next     map[int64]time.Time // next check of the sources polled here
	perGuild map[string]int
	total    int
	last     string // the guild whose source started last
	wg       sync.WaitGroup
}

func (p *Poller) newScheduler() *scheduler {
	return &scheduler{p: p, freed: make(chan struct{}, 1), running: map[int64]bool{},
		next: map[int64]time.Time{}, perGuild: map[string]int{}}
}

func (p *Poller) share() int {
	c := orDefault(p.Concurrency, 4)
	if p.GuildShare > 0 {
		return min(p.GuildShare, c)
	}
	return max(1, c/2)
}

// dispatch starts due sources while slots are free: one from each guild in
// turn, beginning after the guild served last, skipping guilds at their
// share. Sources not started stay due and are listed again next time.
func (s *scheduler) dispatch(ctx context.Context) error {
	if ctx.Err() != nil {
		return nil
	}
	due, err := s.p.Sources.DueSources(ctx, s.p.now())
	if err != nil {
		return fmt.Errorf("list due sources: %w", err)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	queues, guilds := s.queues(due, s.p.now())
	conc, share := orDefault(s.p.Concurrency, 4), s.p.share()
	for started := true; started && s.total < conc; {
		started = false
		for _, g := range rotate(guilds, s.last) {
			if s.total >= conc {
				break
			}
			if len(queues[g]) == 0 || s.perGuild[g] >= share {
				continue
			}
			s.start(ctx, queues[g][0])
			queues[g] = queues[g][1:]
			started = true
		}
	}
	return nil
}

// queues groups the due sources not being polled by guild, in the order
// listed (oldest check first), and returns the guilds sorted. A source
// polled here whose next check is still ahead is not due, whatever the
// store says: a state that could not be saved must not poll it in a loop.
func (s *scheduler) queues(due []news.Source, now time.Time) (map[string][]news.Source, []string) {
	q := map[string][]news.Source{}
	for _, src := range due {
		if src.Disabled() || s.running[src.ID] || s.next[src.ID].After(now) {
			continue
		}
		q[src.GuildID] = append(q[src.GuildID], src)
	}
	guilds := make([]string, 0, len(q))
	for g := range q {
		guilds = append(guilds, g)
	}
	sort.Strings(guilds)
	return q, guilds
}

// rotate returns guilds starting after last (from the first when last is
// not among them).
func rotate(guilds []string, last string) []string {
	i := sort.SearchStrings(guilds, last)
	if i < len(guilds) && guilds[i] == last {
		i++
	}
	return append(guilds[i:len(guilds):len(guilds)], guilds[:i]...)
}

// start polls src on a goroutine of its own; s.mu is held.
func (s *scheduler) start(ctx context.Context, src news.Source) {
	s.running[src.ID] = true
	s.perGuild[src.GuildID]++
	s.total++
	s.last = src.GuildID
	if s.p.onStart != nil {
		s.p.onStart(src)
	}
	s.wg.Add(1)
	go func() {
		defer s.done(src)
		start := time.Now()
		err := s.p.PollSource(ctx, &src) // also kept on the source
		s.p.logPoll(&src, err, time.Since(start))
		if s.p.Observer != nil {
			s.p.Observer.ObservePoll(src, err, time.Since(start))
		}
	}()
}

func (s *scheduler) done(src news.Source) {
	s.mu.Lock()
	delete(s.running, src.ID)
	s.next[src.ID] = src.NextCheck
	s.perGuild[src.GuildID]--
	s.total--
	s.mu.Unlock()
	select {
	case s.freed <- struct{}{}:
	default:
	}
	s.wg.Done()
}

// wait waits for the polls under way.
func (s *scheduler) wait() { s.wg.Wait() }

// Loop owns a Poller's Run in the background: Start it, Stop it.
type Loop struct {
	cancel context.CancelFunc
	wg     sync.WaitGroup
}

// Start runs p.Run in a goroutine until Stop or ctx's end.
func Start(ctx context.Context, p *Poller) *Loop {
	ctx, cancel := context.WithCancel(ctx)
	l := &Loop{cancel: cancel}
	l.wg.Add(1)
	go func() {
		defer l.wg.Done()
		_ = p.Run(ctx) // returns ctx's error only
	}()
	return l
}

// Stop cancels the loop and waits for the polls under way to end.
func (l *Loop) Stop() {
	l.cancel()
	l.wg.Wait()
}

// RunOnce polls every source due now, under the same limits and turns as
// Run, and returns when none is left: for tests and one-shot tools; Run is
// the service loop.
func (p *Poller) RunOnce(ctx context.Context) error {
	s := p.newScheduler()
	defer s.wait()
	for {
		if err := s.dispatch(ctx); err != nil {
			return err
		}
		if s.idle() {
			return nil
		}
		select {
		case <-s.freed:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
}

// idle reports whether no poll is under way.
func (s *scheduler) idle() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.total == 0
}

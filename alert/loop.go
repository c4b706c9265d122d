package alert

import (
	"context"
	"log/slog"
	"sync"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

// DefaultEvery is how often a Loop runs a round: well within a minute of
// an article being stored.
const DefaultEvery = 15 * time.Second

// Loop runs rounds in the background until stopped.
type Loop struct {
	cancel context.CancelFunc
	wg     sync.WaitGroup
}

// Start runs an Alerter's rounds: one at once (what a crash left is sent
// first) and then every every (DefaultEvery when zero).
func Start(ctx context.Context, a *Alerter, every time.Duration) *Loop {
	if every <= 0 {
		every = DefaultEvery
	}
	return RunEvery(ctx, every, "alert", a.logger(), a.Round)
}

// RunEvery runs round at once and then every every until the loop is
// stopped, logging, under what ("alert", "thread"), a round that fails and
// one that sent something. Alerts and living threads share it.
func RunEvery(ctx context.Context, every time.Duration, what string, log *slog.Logger,
	round func(context.Context) (int, error)) *Loop {
	ctx, cancel := context.WithCancel(ctx)
	l := &Loop{cancel: cancel}
	l.wg.Add(1)
	go func() {
		defer l.wg.Done()
		t := time.NewTicker(every)
		defer t.Stop()
		for {
			start := time.Now()
			n, err := round(ctx)
			if err != nil && ctx.Err() == nil {
				log.Error(what+" round", "error", err, "sent", n)
			} else if n > 0 {
				log.Info(what+" posts sent", "sent", n, "duration_ms", time.Since(start).Milliseconds())
			}
			select {
			case <-ctx.Done():
				return
			case <-t.C:
			}
		}
	}()
	return l
}

// Hold leases a round to this instance, of several sharing the store (the
// PostgreSQL store's Hold): ok is false, with no error, when another
// instance holds it. The context returned carries the lease's fence
// (news.WithFence), which the store checks where it records the round's
// posts, their sending and their cursors, and ends when the lease is
// lost; release gives the lease up.
type Hold func(ctx context.Context) (lctx context.Context, release func(), ok bool, err error)

// Held runs round under hold's lease, or at once when hold is nil (the
// only instance); a round another instance holds is skipped (0, nil).
func Held(ctx context.Context, hold Hold, round func(context.Context) (int, error)) (int, error) {
	if hold == nil {
		return round(ctx)
	}
	lctx, release, ok, err := hold(ctx)
	if err != nil || !ok {
		return 0, err
	}
	defer release()
	return round(lctx)
}

// LostLease is the error of a post not sent because the round's lease is lost
// (news.FenceLost): whoever holds it now sends it.
func LostLease(ctx context.Context, what string) error {
	if !news.FenceLost(ctx) {
		return nil
	}
	f, _ := news.FenceFrom(ctx)
	return news.Errorf(news.EUNAVAILABLE, "send %s: the round's lease %s is lost", what, f.Name)
}

// Stop ends the loop and waits for a running round.
func (l *Loop) Stop() {
	l.cancel()
	l.wg.Wait()
}

package alert

import (
	"context"
	"sync"
	"time"
)

// DefaultEvery is how often a Loop runs a round: well within a minute of
// an article being stored.
const DefaultEvery = 15 * time.Second

// Loop runs an Alerter's rounds in the background until stopped.
type Loop struct {
	cancel context.CancelFunc
	wg     sync.WaitGroup
}

// Start runs a round at once (what a crash left is sent first) and then
// every every (DefaultEvery when zero), logging what fails.
func Start(ctx context.Context, a *Alerter, every time.Duration) *Loop {
	if every <= 0 {
		every = DefaultEvery
	}
	ctx, cancel := context.WithCancel(ctx)
	l := &Loop{cancel: cancel}
	l.wg.Add(1)
	go func() {
		defer l.wg.Done()
		t := time.NewTicker(every)
		defer t.Stop()
		for {
			start := time.Now()
			n, err := a.Round(ctx)
			if err != nil && ctx.Err() == nil {
				a.logger().Error("alert round", "error", err, "sent", n)
			} else if n > 0 {
				a.logger().Info("alerts sent", "sent", n, "duration_ms", time.Since(start).Milliseconds())
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

// Stop ends the loop and waits for a running round.
func (l *Loop) Stop() {
	l.cancel()
	l.wg.Wait()
}

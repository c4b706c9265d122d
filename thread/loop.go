package thread

import (
	"context"
	"sync"
	"time"
)

// DefaultEvery is how often a Loop runs a round.
const DefaultEvery = time.Minute

// Loop runs a Follower's rounds in the background until stopped.
type Loop struct {
	cancel context.CancelFunc
	wg     sync.WaitGroup
}

// Start runs a round at once (what a crash left is sent first) and then
// every every (DefaultEvery when zero), logging what fails.
func Start(ctx context.Context, f *Follower, every time.Duration) *Loop {
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
			n, err := f.Round(ctx)
			if err != nil && ctx.Err() == nil {
				f.logger().Error("thread round", "error", err, "sent", n)
			} else if n > 0 {
				f.logger().Info("thread posts sent", "sent", n)
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

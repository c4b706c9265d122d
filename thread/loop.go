package thread

import (
	"context"
	"time"

	"github.com/conflict-digest/conflict-digest/alert"
)

// DefaultEvery is how often a Loop runs a round.
const DefaultEvery = time.Minute

// Start runs a Follower's rounds in the background (alert's loop): one at
// once (what a crash left is sent first) and then every every
// (DefaultEvery when zero), logging what fails.
func Start(ctx context.Context, f *Follower, every time.Duration) *alert.Loop {
	if every <= 0 {
		every = DefaultEvery
	}
	return alert.RunEvery(ctx, every, "thread", f.logger(), f.Round)
}

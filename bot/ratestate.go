package bot

import (
	"context"
	"encoding/json"
	"strings"
	"time"
)

// The sender's buckets survive a restart: each one's remaining count and
// reset time are saved when Discord's headers teach them, and read back at
// start. A killed process may have had one request per bucket on the way
// whose answer it never read (the bucket's mutex allows no more), so a
// loaded bucket counts one request less than was saved. A bucket never
// saved was not used within its window, or only by a request whose
// answer was lost: its first request then teaches the truth, and every
// route the bot posts to allows more than one request per window.

const bucketStatePrefix = "ratelimit/"

// savedBucket is the saved form of a bucket.
type savedBucket struct {
	Remaining int   `json:"remaining"`
	ResetAt   int64 `json:"reset_at"` // unix ms
	At        int64 `json:"at"`       // unix ms of the answer it was learned from
}

// saveBucket saves what b knows; called with b.mu held, so saves of one
// bucket are in order.
func (s *Sender) saveBucket(key string, b *bucket) {
	now := time.Now()
	v, _ := json.Marshal(savedBucket{Remaining: b.remaining, ResetAt: b.resetAt.UnixMilli(), At: now.UnixMilli()})
	expires := b.resetAt
	if g := now.Add(time.Second + globalMargin); g.After(expires) {
		expires = g // kept long enough to tell a restart about the global window
	}
	if err := s.cfg.State.SaveState(context.Background(), bucketStatePrefix+key, v, expires.Add(time.Minute)); err != nil {
		s.log.Warn("save rate limit", "error", err)
	}
}

// restoreMargin is added to a restored bucket's reset: what a previous
// process learned is trusted conservatively.
const restoreMargin = 50 * time.Millisecond

// loadBuckets reads the saved buckets whose window is still open. When the
// last request of the previous process was within the global window, the
// global limit starts full, as it may have been.
func (s *Sender) loadBuckets(ctx context.Context) error {
	vals, err := s.cfg.State.LoadState(ctx, bucketStatePrefix)
	if err != nil {
		s.global.fill(time.Now())
		return err
	}
	now := time.Now()
	var last time.Time
	for k, v := range vals {
		var sb savedBucket
		if json.Unmarshal(v, &sb) != nil {
			continue
		}
		if at := time.UnixMilli(sb.At); at.After(last) {
			last = at
		}
		// Saved to the millisecond, and learned from a header given to the
		// millisecond: a restored window ends a little later, never earlier.
		reset := time.UnixMilli(sb.ResetAt).Add(restoreMargin)
		if !reset.After(now) {
			continue
		}
		b := s.bucketFor(strings.TrimPrefix(k, bucketStatePrefix))
		b.mu.Lock()
		b.known, b.remaining, b.resetAt = true, max(sb.Remaining-1, 0), reset
		b.mu.Unlock()
	}
	if !last.IsZero() && now.Sub(last) < s.global.period {
		s.global.fill(last)
	}
	return nil
}

package bot

import (
	"context"
	"encoding/json"
	"strings"
	"time"
)

// The sender's buckets survive a restart: each one's remaining count and
// reset time are saved when Discord's headers say at most
// saveAtRemaining remain, and read back at start. A killed process may
// have had one request per bucket on the way whose answer it never read
// (the bucket's mutex allows no more), so a loaded bucket counts one
// request less than was saved. A bucket not saved in its window had two
// or more left at its last answer, so at most one more request went out
// unanswered and at least one is left: the new process's first request
// goes through and its headers teach the truth. Saving only then spares
// the database a write per message (a slot's fan-out posts once to each
// of thousands of channels, each with 4 of 5 left), and a saved window
// from an earlier one ends with it (its reset time).
//
// The global window is kept by a mark (globalMarkKey) saved at most every
// markEvery, stamped markEvery ahead: a restart that reads it within the
// global period of the stamp starts with the global limit full, as the
// previous process may have used it all.

const bucketStatePrefix = "ratelimit/"

// saveAtRemaining: a bucket is saved when this many requests or fewer
// remain in its window.
const saveAtRemaining = 1

// globalMarkKey is the saved time by which the previous process's last
// answer surely came; it is no bucket.
const globalMarkKey = bucketStatePrefix + "~answered"

// markEvery is how often at most the global mark is saved.
const markEvery = 250 * time.Millisecond

// markAnswer saves the global mark, at most every markEvery, stamped
// markEvery ahead so that it is never earlier than an answer read since
// the last save.
func (s *Sender) markAnswer() {
	now := time.Now()
	s.markMu.Lock()
	if now.Before(s.markNext) {
		s.markMu.Unlock()
		return
	}
	s.markNext = now.Add(markEvery)
	s.markMu.Unlock()
	at := now.Add(markEvery)
	v, _ := json.Marshal(savedBucket{ResetAt: at.UnixMilli(), At: at.UnixMilli()})
	if err := s.cfg.State.SaveState(context.Background(), globalMarkKey, v, at.Add(time.Second+globalMargin+time.Minute)); err != nil {
		s.log.Warn("save rate limit", "error", err)
	}
}

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
		if k == globalMarkKey {
			continue
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

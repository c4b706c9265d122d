package main

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"
)

// The deliveries of an instance share one read of the stored horizon a
// period: callers at once and within fresh get the value read; a failed
// read is not kept; after fresh the horizon is read again.
func TestSharedHorizon(t *testing.T) {
	reads := 0
	fail := false
	h := &sharedHorizon{fresh: 200 * time.Millisecond, read: func(context.Context) (time.Time, error) {
		reads++
		if fail {
			return time.Time{}, errors.New("database away")
		}
		return time.Unix(int64(1000*reads), 0), nil
	}}
	ctx := context.Background()
	var wg sync.WaitGroup
	for range 50 {
		wg.Go(func() {
			if got, err := h.Horizon(ctx); err != nil || got != time.Unix(1000, 0) {
				t.Errorf("Horizon = %v, %v; want the first read's %v", got, err, time.Unix(1000, 0))
			}
		})
	}
	wg.Wait()
	if reads != 1 {
		t.Errorf("%d reads for 50 deliveries at once, want 1", reads)
	}
	time.Sleep(250 * time.Millisecond)
	fail = true
	if _, err := h.Horizon(ctx); err == nil {
		t.Error("a failed read gave no error")
	}
	fail = false
	if got, err := h.Horizon(ctx); err != nil || got != time.Unix(3000, 0) {
		t.Errorf("after a failed read, Horizon = %v, %v; want a new read's %v", got, err, time.Unix(3000, 0))
	}
}

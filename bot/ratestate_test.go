package bot

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/internal/fakediscord"
)

// Finding "429 after every restart": a process that filled a channel's
// 5-per-5-s window and was killed left the next process knowing nothing,
// so its first post to that channel got a 429. The buckets are saved and
// read back at start: the new sender waits for the window instead.
func TestRestartKeepsBuckets(t *testing.T) {
	fake := fakediscord.New(fakediscord.Options{})
	defer fake.Close()
	state := &memState{}
	const ch = "610000000000000001"
	ctx := context.Background()
	first := NewSender(SenderConfig{Token: fake.Token(), APIBase: apiBase(fake.URL()), State: state})
	for i := range 5 {
		if _, err := first.Post(ctx, ch, &Message{Content: fmt.Sprint("before ", i)}, ""); err != nil {
			t.Fatal(err)
		}
	}
	// The first process is gone; a new one starts at once.
	second := NewSender(SenderConfig{Token: fake.Token(), APIBase: apiBase(fake.URL()), State: state})
	if err := second.loadBuckets(ctx); err != nil {
		t.Fatal(err)
	}
	for i := range 3 {
		if _, err := second.Post(ctx, ch, &Message{Content: fmt.Sprint("after ", i)}, ""); err != nil {
			t.Fatal(err)
		}
	}
	var times []time.Time
	for _, r := range fake.RequestsTo("POST", "/channels/{channel_id}/messages") {
		if r.Status == 429 {
			t.Errorf("a 429 at %v after the restart", r.At)
		}
		times = append(times, r.At)
	}
	if got := maxInWindow(times, 5*time.Second); got > 5 {
		t.Errorf("%d messages in 5 s, want at most 5", got)
	}
	if n := len(fake.Messages(ch)); n != 8 {
		t.Errorf("%d messages, want 8", n)
	}
}

// The global limit starts full when the previous process's last request
// was within the last second: it may have used all 50.
func TestRestartRespectsGlobalWindow(t *testing.T) {
	state := &memState{}
	s := NewSender(SenderConfig{Token: "t", APIBase: "http://127.0.0.1:1/", State: state})
	b := s.bucketFor("GET x")
	b.known, b.remaining, b.resetAt = true, 3, time.Now().Add(time.Second)
	s.saveBucket("GET x", b)
	next := NewSender(SenderConfig{Token: "t", APIBase: "http://127.0.0.1:1/", State: state})
	if err := next.loadBuckets(context.Background()); err != nil {
		t.Fatal(err)
	}
	if got := next.bucketFor("GET x"); !got.known || got.remaining != 2 {
		t.Errorf("loaded bucket remaining=%d known=%v, want 2 (one may have been on the way)", got.remaining, got.known)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
	defer cancel()
	if _, err := next.global.wait(ctx); err == nil {
		t.Error("the global limit admitted a request within a second of the previous process's last one")
	}
}

// countingState counts the saves of each key.
type countingState struct {
	memState
	saves map[string]int
}

func (c *countingState) SaveState(ctx context.Context, key string, value []byte, expires time.Time) error {
	c.memState.mu.Lock()
	if c.saves == nil {
		c.saves = map[string]int{}
	}
	c.saves[key]++
	c.memState.mu.Unlock()
	return c.memState.SaveState(ctx, key, value, expires)
}

// A post to a channel with more than one left in its window saves no
// bucket, only the global mark, at most every markEvery; the bucket is
// saved once one or none is left. A restart right after such posts
// starts with the global window full, and its first post to the channel
// (which had room) goes out without a 429.
func TestBucketsSavedWhenLow(t *testing.T) {
	fake := fakediscord.New(fakediscord.Options{})
	defer fake.Close()
	state := &countingState{}
	ctx := context.Background()
	first := NewSender(SenderConfig{Token: fake.Token(), APIBase: apiBase(fake.URL()), State: state})
	const channels = 20
	start := time.Now()
	for i := range channels {
		if _, err := first.Post(ctx, fmt.Sprintf("6200000000000000%02d", i), &Message{Content: "one"}, ""); err != nil {
			t.Fatal(err)
		}
	}
	took := time.Since(start)
	state.memState.mu.Lock()
	marks, buckets := state.saves[globalMarkKey], len(state.saves)-min(state.saves[globalMarkKey], 1)
	state.memState.mu.Unlock()
	if buckets != 0 {
		t.Errorf("%d buckets saved after one post to each of %d channels (4 of 5 left), want none", buckets, channels)
	}
	if want := int(took/markEvery) + 1; marks < 1 || marks > want {
		t.Errorf("global mark saved %d times in %v, want 1 to %d", marks, took, want)
	}
	const ch = "620000000000000000"
	for i := range 3 { // 4 then 3, 2, 1 left: the last is saved
		if _, err := first.Post(ctx, ch, &Message{Content: fmt.Sprint("more ", i)}, ""); err != nil {
			t.Fatal(err)
		}
	}
	state.memState.mu.Lock()
	saved := state.saves[bucketStatePrefix+"POST channels/messages|"+ch]
	state.memState.mu.Unlock()
	if saved != 1 {
		t.Errorf("channel bucket saved %d times over 4 posts, want 1 (when 1 was left)", saved)
	}
	next := NewSender(SenderConfig{Token: fake.Token(), APIBase: apiBase(fake.URL()), State: state})
	if err := next.loadBuckets(ctx); err != nil {
		t.Fatal(err)
	}
	if b := next.bucketFor("POST channels/messages|" + ch); !b.known || b.remaining != 0 {
		t.Errorf("restored bucket known=%v remaining=%d, want 0 left (1 saved, one may have been on the way)", b.known, b.remaining)
	}
	if _, ok := next.buckets[strings.TrimPrefix(globalMarkKey, bucketStatePrefix)]; ok {
		t.Error("the global mark was read back as a bucket")
	}
	wctx, cancel := context.WithTimeout(ctx, 200*time.Millisecond)
	defer cancel()
	if _, err := next.global.wait(wctx); err == nil {
		t.Error("the global limit admitted a request within a second of the previous process's last answer")
	}
	if _, err := next.Post(ctx, "620000000000000001", &Message{Content: "after"}, ""); err != nil {
		t.Fatal(err)
	}
	for _, r := range fake.RequestsTo("POST", "/channels/{channel_id}/messages") {
		if r.Status == 429 {
			t.Errorf("a 429 at %v", r.At)
		}
	}
}

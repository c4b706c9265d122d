package bot

import (
	"context"
	"fmt"
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

package bot

import (
	"net/http"
	"testing"
	"time"
)

func TestInvalidCounterBrakes(t *testing.T) {
	now := time.Unix(1_800_000_000, 0)
	tests := []struct {
		n         int
		wantBrake bool
	}{{0, false}, {999, false}, {1000, true}, {6000, true}}
	for _, tt := range tests {
		c := &invalidCounter{}
		for i := range tt.n {
			c.add(now.Add(time.Duration(i) * time.Millisecond))
		}
		at := now.Add(time.Duration(tt.n) * time.Millisecond)
		if got := c.brake(at) > 0; got != tt.wantBrake {
			t.Errorf("%d invalid: brake %v, want %v", tt.n, c.brake(at), tt.wantBrake)
		}
		// At the worst brake, a full window cannot add 10,000 more.
		if d := c.brake(at); d > 0 && int(invalidWindow/d)+tt.n >= 10000 && tt.n >= 5000 {
			t.Errorf("%d invalid: brake %v allows reaching 10,000", tt.n, d)
		}
		if c.count(at.Add(invalidWindow+time.Second)) != 0 {
			t.Errorf("%d invalid: not forgotten after 10 minutes", tt.n)
		}
	}
}

func TestLearnHeaders(t *testing.T) {
	h := http.Header{}
	h.Set("X-RateLimit-Remaining", "0")
	h.Set("X-RateLimit-Reset-After", "1.5")
	b := &bucket{}
	before := time.Now()
	learn(b, h)
	if !b.known || b.remaining != 0 || b.resetAt.Sub(before) < 1400*time.Millisecond || b.resetAt.Sub(before) > 2*time.Second {
		t.Fatalf("bucket %+v", b)
	}
}

func FuzzLearnHeaders(f *testing.F) {
	f.Add("5", "0.25")
	f.Add("-1", "NaN")
	f.Add("", "1e308")
	f.Fuzz(func(t *testing.T, remaining, resetAfter string) {
		h := http.Header{}
		h.Set("X-RateLimit-Remaining", remaining)
		h.Set("X-RateLimit-Reset-After", resetAfter)
		b := &bucket{}
		learn(b, h)
		if b.known && b.resetAt.Before(time.Now().Add(-time.Second)) {
			t.Fatalf("reset in the past from %q", resetAfter)
		}
		if b.known && b.resetAt.After(time.Now().Add(maxResetWait+time.Second)) {
			t.Fatalf("reset too far ahead from %q: %v", resetAfter, b.resetAt)
		}
	})
}

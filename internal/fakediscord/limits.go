package fakediscord

import (
	"fmt"
	"hash/fnv"
	"net/http"
	"strconv"
	"sync"
	"time"
)

// window is a sliding log of accepted requests: at most limit in any period.
// A sliding log (not a fixed window) makes "never more than N in any period"
// hold for every accepted request, so tests can assert it from the records.
type window struct {
	limit  int
	period time.Duration
	hits   []time.Time
}

// take admits one request at now if there is room, and returns what is left
// and how long until the oldest hit leaves the window.
func (w *window) take(now time.Time) (ok bool, remaining int, resetAfter time.Duration) {
	cut := 0
	for cut < len(w.hits) && !w.hits[cut].After(now.Add(-w.period)) {
		cut++
	}
	w.hits = w.hits[cut:]
	if len(w.hits) >= w.limit {
		return false, 0, w.hits[0].Add(w.period).Sub(now)
	}
	w.hits = append(w.hits, now)
	return true, w.limit - len(w.hits), w.hits[0].Add(w.period).Sub(now)
}

type limiter struct {
	mu      sync.Mutex
	opts    Options
	global  window
	buckets map[string]*window
}

func newLimiter(o Options) *limiter {
	return &limiter{
		opts:    o,
		global:  window{limit: o.GlobalLimit, period: o.GlobalPeriod},
		buckets: map[string]*window{},
	}
}

// verdict is the outcome of a rate-limit check.
type verdict struct {
	ok         bool
	global     bool
	bucket     string
	limit      int
	remaining  int
	resetAfter time.Duration
}

// check applies the global limit, then the route's bucket keyed by its major
// parameter (the channel id for messages).
func (l *limiter) check(route, major string, now time.Time) verdict {
	l.mu.Lock()
	defer l.mu.Unlock()
	if ok, _, after := l.global.take(now); !ok {
		return verdict{global: true, resetAfter: after}
	}
	limit, period := 50, time.Second
	if route == "POST /channels/{channel_id}/messages" {
		limit, period = l.opts.ChannelLimit, l.opts.ChannelPeriod
	}
	key := route + "|" + major
	w := l.buckets[key]
	if w == nil {
		w = &window{limit: limit, period: period}
		l.buckets[key] = w
	}
	ok, rem, after := w.take(now)
	return verdict{ok: ok, bucket: bucketHash(route), limit: limit, remaining: rem, resetAfter: after}
}

func bucketHash(route string) string {
	h := fnv.New64a()
	h.Write([]byte(route))
	return fmt.Sprintf("%016x", h.Sum64())
}

// setHeaders writes Discord's rate-limit headers for a bucket verdict.
func (v verdict) setHeaders(h http.Header, now time.Time) {
	if v.global {
		h.Set("X-RateLimit-Global", "true")
		h.Set("X-RateLimit-Scope", "global")
		h.Set("Retry-After", strconv.FormatFloat(v.resetAfter.Seconds(), 'f', 3, 64))
		return
	}
	reset := now.Add(v.resetAfter)
	h.Set("X-RateLimit-Limit", strconv.Itoa(v.limit))
	h.Set("X-RateLimit-Remaining", strconv.Itoa(v.remaining))
	h.Set("X-RateLimit-Reset", strconv.FormatFloat(float64(reset.UnixMilli())/1000, 'f', 3, 64))
	h.Set("X-RateLimit-Reset-After", strconv.FormatFloat(v.resetAfter.Seconds(), 'f', 3, 64))
	h.Set("X-RateLimit-Bucket", v.bucket)
	if !v.ok {
		h.Set("X-RateLimit-Scope", "user")
		h.Set("Retry-After", strconv.FormatFloat(v.resetAfter.Seconds(), 'f', 3, 64))
	}
}

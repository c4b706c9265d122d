package bot

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"sync"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

// request is one REST call through the sender.
type request struct {
	method, path string
	bucket       string // our key: route and major parameter
	body         []byte
	contentType  string
}

// bucket is what the rate-limit headers taught about one route; its mutex
// serialises the requests of the route so the headers are always fresh.
type bucket struct {
	mu        sync.Mutex
	remaining int
	resetAt   time.Time
	known     bool
}

func (s *Sender) bucketFor(key string) *bucket {
	s.mu.Lock()
	defer s.mu.Unlock()
	b := s.buckets[key]
	if b == nil {
		b = &bucket{}
		s.buckets[key] = b
	}
	return b
}

// do sends req, waiting for the limits, retrying 429s, 5xx and network
// errors a bounded number of times, and decodes a 2xx answer into out.
func (s *Sender) do(ctx context.Context, req request, out any) error {
	b := s.bucketFor(req.bucket)
	b.mu.Lock()
	defer b.mu.Unlock()
	var last error
	for attempt := 0; attempt <= s.cfg.MaxRetries; attempt++ {
		if err := s.wait(ctx, b); err != nil {
			return err
		}
		release, err := s.global.wait(ctx)
		if err != nil {
			return err
		}
		resp, err := s.send(ctx, req)
		release()
		var retry, backOff bool
		if err != nil {
			retry, backOff = true, true
			err = news.WrapError(news.EUNAVAILABLE, "Discord could not be reached.", err)
		} else {
			retry, backOff, err = s.outcome(req.bucket, b, resp, out)
		}
		if !retry {
			return err
		}
		last = err
		if backOff && attempt < s.cfg.MaxRetries && !sleep(ctx, s.cfg.Backoff<<attempt) {
			return ctx.Err()
		}
	}
	return last
}

// wait blocks until the global limit, a global 429, the bucket and the
// invalid-request brake all allow a request.
func (s *Sender) wait(ctx context.Context, b *bucket) error {
	s.mu.Lock()
	until := s.globalUntil
	s.mu.Unlock()
	if d := time.Until(until); d > 0 && !sleep(ctx, d) {
		return ctx.Err()
	}
	if b.known && b.remaining <= 0 {
		if d := time.Until(b.resetAt); d > 0 && !sleep(ctx, d) {
			return ctx.Err()
		}
	}
	if d := s.invalid.brake(time.Now()); d > 0 {
		s.log.Warn("slowing down: many invalid requests", "invalid_10m", s.invalid.count(time.Now()), "delay_ms", d.Milliseconds())
		if !sleep(ctx, d) {
			return ctx.Err()
		}
	}
	return nil
}

func (s *Sender) send(ctx context.Context, req request) (*http.Response, error) {
	hr, err := http.NewRequestWithContext(ctx, req.method, s.cfg.APIBase+req.path, bytes.NewReader(req.body))
	if err != nil {
		return nil, fmt.Errorf("build request: %w", err)
	}
	hr.Header.Set("Authorization", "Bot "+s.cfg.Token)
	hr.Header.Set("User-Agent", "DiscordBot (https://github.com/conflict-digest/conflict-digest, 1)")
	if req.contentType != "" {
		hr.Header.Set("Content-Type", req.contentType)
	}
	return s.cfg.Client.Do(hr)
}

// outcome reads a response: it learns the bucket, and says whether to
// retry and whether to back off first (a 429 waits in wait instead).
func (s *Sender) outcome(key string, b *bucket, resp *http.Response, out any) (retry, backOff bool, err error) {
	defer resp.Body.Close()
	body, _ := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
	if learn(b, resp.Header) && b.remaining <= saveAtRemaining {
		s.saveBucket(key, b)
	} else {
		s.markAnswer()
	}
	if resp.StatusCode < 300 {
		if out == nil || len(body) == 0 {
			return false, false, nil
		}
		if err := json.Unmarshal(body, out); err != nil {
			return false, false, fmt.Errorf("decode answer: %w", err)
		}
		return false, false, nil
	}
	ae := &APIError{Status: resp.StatusCode}
	var eb struct {
		Code       int     `json:"code"`
		Message    string  `json:"message"`
		RetryAfter float64 `json:"retry_after"`
		Global     bool    `json:"global"`
	}
	json.Unmarshal(body, &eb)
	ae.Code, ae.Message = eb.Code, eb.Message
	switch st := resp.StatusCode; {
	case st == http.StatusUnauthorized || st == http.StatusForbidden:
		s.invalid.add(time.Now())
		if st == http.StatusUnauthorized {
			s.refused(fmt.Errorf("%w: 401 unauthorized: the token is wrong or was reset", ErrStopped))
		}
		return false, false, domainError(ae)
	case st == http.StatusTooManyRequests:
		s.invalid.add(time.Now())
		s.on429(b, resp.Header, eb.RetryAfter, eb.Global)
		s.saveBucket(key, b)
		return true, false, domainError(ae)
	case st >= 500:
		return true, true, domainError(ae)
	}
	return false, false, domainError(ae)
}

// maxResetWait caps a wait learned from headers: a wrong or hostile value
// must not stall a route for hours.
const maxResetWait = 10 * time.Minute

// secondsCapped converts seconds to a duration of at most maxResetWait
// (converting first would overflow on huge values).
func secondsCapped(s float64) time.Duration {
	if s > maxResetWait.Seconds() {
		return maxResetWait
	}
	return time.Duration(s * float64(time.Second))
}

// learn reads Discord's rate-limit headers into the bucket and reports
// whether they taught anything.
func learn(b *bucket, h http.Header) bool {
	rem, err1 := strconv.Atoi(h.Get("X-RateLimit-Remaining"))
	after, err2 := strconv.ParseFloat(h.Get("X-RateLimit-Reset-After"), 64)
	if err1 != nil || err2 != nil || !(after >= 0) {
		return false
	}
	b.known, b.remaining = true, rem
	b.resetAt = time.Now().Add(secondsCapped(after))
	return true
}

func (s *Sender) on429(b *bucket, h http.Header, retryAfter float64, global bool) {
	if v, err := strconv.ParseFloat(h.Get("Retry-After"), 64); err == nil && v > retryAfter {
		retryAfter = v
	}
	if !(retryAfter >= 0) {
		retryAfter = 1
	}
	until := time.Now().Add(secondsCapped(retryAfter))
	if global || h.Get("X-RateLimit-Global") == "true" {
		s.mu.Lock()
		if until.After(s.globalUntil) {
			s.globalUntil = until
		}
		s.mu.Unlock()
		s.log.Warn("global rate limit hit", "retry_after_ms", int64(retryAfter*1000))
		return
	}
	b.known, b.remaining, b.resetAt = true, 0, until
	s.log.Warn("route rate limit hit", "retry_after_ms", int64(retryAfter*1000))
}

// slidingLimit admits at most n requests in any period. A slot is held
// from the request's start to the end of its answer: Discord counts a
// request when it arrives, somewhere in between, so spacing starts from
// ends keeps Discord's count under n even when requests queue on the way.
type slidingLimit struct {
	mu     sync.Mutex
	n      int
	period time.Duration
	slots  []time.Time // zero: in flight
	// gate, when set, says how long to wait before any request may
	// start (the instance's presence among others sharing the token).
	gate func(now time.Time) time.Duration
}

// setGate installs the gate every request waits for first.
func (l *slidingLimit) setGate(gate func(now time.Time) time.Duration) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.gate = gate
}

func newSlidingLimit(n int, period time.Duration) *slidingLimit {
	return &slidingLimit{n: n, period: period}
}

// setLimit changes n; it reports whether it changed. Requests over a
// lowered limit already started finish; new ones wait for room.
func (l *slidingLimit) setLimit(n int) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	changed := l.n != n
	l.n = n
	return changed
}

// wait blocks until a request may start and returns the function that
// marks its end.
func (l *slidingLimit) wait(ctx context.Context) (func(), error) {
	for {
		l.mu.Lock()
		now := time.Now()
		if l.gate != nil {
			if d := l.gate(now); d > 0 {
				l.mu.Unlock()
				if !sleep(ctx, d) {
					return nil, ctx.Err()
				}
				continue
			}
		}
		live := l.slots[:0]
		var oldest time.Time
		for _, t := range l.slots {
			if t.IsZero() || now.Sub(t) < l.period {
				live = append(live, t)
				if !t.IsZero() && (oldest.IsZero() || t.Before(oldest)) {
					oldest = t
				}
			}
		}
		l.slots = live
		if len(l.slots) < l.n {
			l.slots = append(l.slots, time.Time{})
			l.mu.Unlock()
			return l.done, nil
		}
		d := 5 * time.Millisecond // all in flight: poll
		if !oldest.IsZero() {
			d = oldest.Add(l.period).Sub(now)
		}
		l.mu.Unlock()
		if !sleep(ctx, d) {
			return nil, ctx.Err()
		}
	}
}

// clearIn says how long until none of the requests admitted so far is in
// flight or within the period (0: none is): then none counts in Discord's
// window any more. One in flight counts a whole period from now, and is
// looked at again then.
func (l *slidingLimit) clearIn(now time.Time) time.Duration {
	l.mu.Lock()
	defer l.mu.Unlock()
	var d time.Duration
	for _, t := range l.slots {
		if t.IsZero() {
			d = max(d, l.period)
			continue
		}
		d = max(d, t.Add(l.period).Sub(now))
	}
	return d
}

// done marks one in-flight slot as ended now.
func (l *slidingLimit) done() {
	l.mu.Lock()
	defer l.mu.Unlock()
	for i, t := range l.slots {
		if t.IsZero() {
			l.slots[i] = time.Now()
			return
		}
	}
}

// invalidWindow is Discord's window for invalid requests (10,000 per 10 min).
const invalidWindow = 10 * time.Minute

// invalidCounter counts 401, 403 and 429 answers over the last 10 minutes.
type invalidCounter struct {
	mu    sync.Mutex
	times []time.Time
}

func (c *invalidCounter) add(now time.Time) {
	c.mu.Lock()
	c.times = append(c.prune(now), now)
	c.mu.Unlock()
}

func (c *invalidCounter) prune(now time.Time) []time.Time {
	cut := 0
	for cut < len(c.times) && now.Sub(c.times[cut]) > invalidWindow {
		cut++
	}
	return c.times[cut:]
}

func (c *invalidCounter) count(now time.Time) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.times = c.prune(now)
	return len(c.times)
}

// brake returns how long to pause before the next request: nothing under
// 1,000 invalid requests in the window, then a delay that grows so the
// count can never come near 10,000.
func (c *invalidCounter) brake(now time.Time) time.Duration {
	n := c.count(now)
	switch {
	case n < 1000:
		return 0
	case n < 5000:
		return time.Duration(n/1000) * 100 * time.Millisecond
	}
	return invalidWindow / 5000 * 4 // 480 ms: at most ~1,250 more per window
}

// fill marks the window as used up by requests that ended at t: a restart
// that cannot know what the previous process sent in its last second
// assumes the worst.
func (l *slidingLimit) fill(t time.Time) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.slots = l.slots[:0]
	for range l.n {
		l.slots = append(l.slots, t)
	}
}

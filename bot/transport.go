package bot

import (
	"net/http"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// RequestObserver is told of each Discord REST request: its route (see
// RouteOf), its HTTP status (0 when no answer came), its time, and for a
// 429 the scope Discord named (user, global, shared).
type RequestObserver func(route string, status int, d time.Duration, scope string)

// ObservedTransport wraps next so that observe sees every request made
// through it: give the result to Config.HTTPClient and every REST call of
// the bot (discordgo's and the sender's) is observed, 429s included, with
// no change to either.
func ObservedTransport(next http.RoundTripper, observe RequestObserver) http.RoundTripper {
	if next == nil {
		next = http.DefaultTransport
	}
	return &observedTransport{next: next, observe: observe}
}

type observedTransport struct {
	next    http.RoundTripper
	observe RequestObserver
}

// RoundTrip implements http.RoundTripper.
func (t *observedTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	start := time.Now()
	resp, err := t.next.RoundTrip(r)
	route := RouteOf(r.Method, r.URL.Path)
	if err != nil {
		t.observe(route, 0, time.Since(start), "")
		return resp, err
	}
	t.observe(route, resp.StatusCode, time.Since(start), resp.Header.Get("X-RateLimit-Scope"))
	return resp, nil
}

var apiPrefix = regexp.MustCompile(`^.*?/api(/v\d+)?/`)

// RouteOf names the route of a request to Discord's REST API: the method
// and the path under api/vN, ids and tokens replaced, e.g. "POST
// /channels/{id}/messages". Routes are few, so they can label metrics.
func RouteOf(method, path string) string {
	path = apiPrefix.ReplaceAllString(path, "")
	segs := strings.Split(strings.Trim(path, "/"), "/")
	for i, s := range segs {
		switch {
		case i > 0 && (segs[i-1] == "interactions" || segs[i-1] == "webhooks"):
			segs[i] = "{id}"
		case i > 1 && (segs[i-2] == "interactions" || segs[i-2] == "webhooks"):
			segs[i] = "{token}"
		case isDigits(s):
			segs[i] = "{id}"
		}
	}
	return method + " /" + strings.Join(segs, "/")
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// Transport wraps next so that the requests made through it keep the
// sender's global limit: they wait for the sender's window (and its share
// of the token's rate, and a global 429 it was told of) as its own posts
// do, and a global 429 answered to them holds the sender too. The bot
// gives it to discordgo, so the requests of a start (the gateway's URL,
// the application, the commands) count within the one budget. Interaction
// callbacks and webhooks are outside Discord's global limit and go
// straight through: they must answer within 3 s.
func (s *Sender) Transport(next http.RoundTripper) http.RoundTripper {
	if next == nil {
		next = http.DefaultTransport
	}
	return &limitedTransport{s: s, next: next}
}

type limitedTransport struct {
	s    *Sender
	next http.RoundTripper
}

// RoundTrip implements http.RoundTripper.
func (t *limitedTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	if outsideGlobalLimit(r.URL.Path) {
		return t.next.RoundTrip(r)
	}
	ctx := r.Context()
	t.s.mu.Lock()
	until := t.s.globalUntil
	t.s.mu.Unlock()
	if d := time.Until(until); d > 0 && !sleep(ctx, d) {
		return nil, ctx.Err()
	}
	release, err := t.s.global.wait(ctx)
	if err != nil {
		return nil, err
	}
	resp, err := t.next.RoundTrip(r)
	release()
	if err == nil && resp.StatusCode == http.StatusTooManyRequests &&
		(resp.Header.Get("X-RateLimit-Global") == "true" || resp.Header.Get("X-RateLimit-Scope") == "global") {
		after, perr := strconv.ParseFloat(resp.Header.Get("Retry-After"), 64)
		if perr != nil || !(after >= 0) {
			after = 1
		}
		t.s.mu.Lock()
		if u := time.Now().Add(secondsCapped(after)); u.After(t.s.globalUntil) {
			t.s.globalUntil = u
		}
		t.s.mu.Unlock()
	}
	return resp, err
}

// outsideGlobalLimit reports whether a path is an interaction's callback
// or a webhook's (follow-ups, the original response), which Discord does
// not count in the bot's global limit.
func outsideGlobalLimit(path string) bool {
	path = apiPrefix.ReplaceAllString(path, "")
	return strings.HasPrefix(strings.TrimPrefix(path, "/"), "interactions/") ||
		strings.HasPrefix(strings.TrimPrefix(path, "/"), "webhooks/")
}

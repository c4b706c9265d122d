package bot

import (
	"net/http"
	"regexp"
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

package bot

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"strings"
)

// gatewayTransport answers GET /gateway and GET /gateway/bot with a
// configured WebSocket URL (Config.GatewayURL) and passes every other
// request on. discordgo v0.29 has no setting for the gateway URL: Open asks
// GET /gateway on the REST base and caches the answer, so overriding the
// answer is the one place to point it elsewhere (a gateway proxy, or a
// fake whose REST and gateway live apart).
type gatewayTransport struct {
	next http.RoundTripper
	url  string
	api  string // the REST API root the routes are under
}

// withGatewayURL returns a copy of c whose transport answers the gateway
// routes with url; c itself is left alone.
func withGatewayURL(c *http.Client, api, url string) *http.Client {
	next := c.Transport
	if next == nil {
		next = http.DefaultTransport
	}
	cp := *c
	cp.Transport = &gatewayTransport{next: next, url: url, api: api}
	return &cp
}

// RoundTrip implements http.RoundTripper.
func (t *gatewayTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	if r.Method != http.MethodGet || !t.isGatewayRoute(r) {
		return t.next.RoundTrip(r)
	}
	if r.Body != nil {
		r.Body.Close()
	}
	body, _ := json.Marshal(map[string]any{"url": t.url, "shards": 1,
		"session_start_limit": map[string]int{"total": 1000, "remaining": 1000, "reset_after": 0, "max_concurrency": 1}})
	return &http.Response{StatusCode: http.StatusOK, Status: "200 OK", Proto: "HTTP/1.1", ProtoMajor: 1, ProtoMinor: 1,
		Header: http.Header{"Content-Type": {"application/json"}}, Body: io.NopCloser(bytes.NewReader(body)),
		ContentLength: int64(len(body)), Request: r}, nil
}

func (t *gatewayTransport) isGatewayRoute(r *http.Request) bool {
	u := r.URL.Scheme + "://" + r.URL.Host + r.URL.Path
	rest, ok := strings.CutPrefix(u, t.api)
	if !ok {
		return false
	}
	rest = strings.TrimSuffix(rest, "/")
	return rest == "gateway" || rest == "gateway/bot"
}

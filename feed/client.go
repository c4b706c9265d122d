package feed

import (
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/netip"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

// Version is the version sent in the User-Agent.
var Version = "0.1"

// DefaultUserAgent identifies the bot to the sites it reads.
func DefaultUserAgent() string {
	return "conflict-digest/" + Version + " (+https://github.com/conflict-digest/conflict-digest)"
}

// Config sets the limits of the HTTP client. Zero fields take defaults.
type Config struct {
	UserAgent      string        // default DefaultUserAgent()
	DialTimeout    time.Duration // default 10 s
	TLSTimeout     time.Duration // TLS handshake; default 10 s
	HeaderTimeout  time.Duration // from request sent to response headers; default 20 s
	RequestTimeout time.Duration // the whole request, body included; default 60 s
	MaxBodyBytes   int64         // default 10 MiB
	MaxRedirects   int           // default 5; negative: none followed
	// AllowPrivate turns the SSRF guard off: loopback, private, link-local
	// and other internal addresses may be dialled. Operator configuration
	// only (tests, intranets), for the operator's own sources: never for a
	// guild's (see Fetcher.Operator).
	AllowPrivate bool
	// AllowCIDRs lists internal ranges that may be dialled all the same.
	AllowCIDRs []netip.Prefix
}

// withDefaults returns c with its zero fields set to the defaults.
func (c Config) withDefaults() Config {
	def := func(d *time.Duration, v time.Duration) {
		if *d <= 0 {
			*d = v
		}
	}
	def(&c.DialTimeout, 10*time.Second)
	def(&c.TLSTimeout, 10*time.Second)
	def(&c.HeaderTimeout, 20*time.Second)
	def(&c.RequestTimeout, 60*time.Second)
	if c.MaxBodyBytes <= 0 {
		c.MaxBodyBytes = 10 << 20
	}
	if c.MaxRedirects == 0 {
		c.MaxRedirects = 5
	}
	if c.UserAgent == "" {
		c.UserAgent = DefaultUserAgent()
	}
	return c
}

// NewClient returns an HTTP client with cfg's timeouts, a User-Agent, a cap
// on redirects, a body-size cap (reading past it fails with an ETOOLARGE
// error) and the SSRF guard checking every address it dials, redirects
// included. It ignores proxy settings of the environment, which would hide
// the dialled address from the guard.
func NewClient(cfg Config) *http.Client {
	cfg = cfg.withDefaults()
	g := Guard{AllowPrivate: cfg.AllowPrivate, AllowCIDRs: cfg.AllowCIDRs}
	dialer := &net.Dialer{Timeout: cfg.DialTimeout, KeepAlive: 30 * time.Second, ControlContext: g.control}
	tr := &http.Transport{
		Proxy:                 nil,
		DialContext:           dialer.DialContext,
		TLSHandshakeTimeout:   cfg.TLSTimeout,
		ResponseHeaderTimeout: cfg.HeaderTimeout,
		MaxIdleConns:          64,
		MaxIdleConnsPerHost:   4,
		IdleConnTimeout:       90 * time.Second,
		ForceAttemptHTTP2:     true,
	}
	return &http.Client{
		Transport:     &limitTransport{next: tr, userAgent: cfg.UserAgent, max: cfg.MaxBodyBytes},
		Timeout:       cfg.RequestTimeout,
		CheckRedirect: checkRedirect(cfg.MaxRedirects),
	}
}

func checkRedirect(max int) func(*http.Request, []*http.Request) error {
	return func(req *http.Request, via []*http.Request) error {
		if max < 0 || len(via) > max {
			return news.Errorf(news.EUNAVAILABLE, "stopped after %d redirects", len(via))
		}
		if s := req.URL.Scheme; s != "http" && s != "https" {
			return news.Errorf(news.EUNSUPPORTED, "redirect to a %q URL refused", s)
		}
		return nil
	}
}

// limitTransport sets the User-Agent and caps response bodies.
type limitTransport struct {
	next      http.RoundTripper
	userAgent string
	max       int64
}

// RoundTrip sets the User-Agent and caps the response body.
func (t *limitTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	if req.Header.Get("User-Agent") == "" {
		req = req.Clone(req.Context())
		req.Header.Set("User-Agent", t.userAgent)
	}
	resp, err := t.next.RoundTrip(req)
	if err != nil {
		return nil, err
	}
	if resp.ContentLength > t.max {
		resp.Body.Close()
		return nil, tooLarge(t.max, fmt.Sprintf("Content-Length %d", resp.ContentLength))
	}
	resp.Body = &cappedBody{rc: resp.Body, left: t.max, max: t.max}
	return resp, nil
}

func tooLarge(max int64, what string) error {
	return news.Errorf(news.ETOOLARGE, "response body over the %d byte cap (%s)", max, what)
}

// cappedBody fails with ETOOLARGE when more than its cap is read, rather
// than truncating silently.
type cappedBody struct {
	rc   io.ReadCloser
	left int64
	max  int64
}

// Read reads up to the cap, then fails.
func (b *cappedBody) Read(p []byte) (int, error) {
	if b.left < 0 {
		return 0, tooLarge(b.max, "read past it")
	}
	if int64(len(p)) > b.left+1 {
		p = p[:b.left+1]
	}
	n, err := b.rc.Read(p)
	b.left -= int64(n)
	if b.left < 0 {
		return 0, tooLarge(b.max, "read past it")
	}
	return n, err
}

// Close closes the underlying body.
func (b *cappedBody) Close() error { return b.rc.Close() }

// isTooLarge reports whether err is the body cap's error.
func isTooLarge(err error) bool {
	var e *news.Error
	return errors.As(err, &e) && e.Code == news.ETOOLARGE
}

package feed

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

// Response is a fetched document.
type Response struct {
	URL          string // after redirects
	Status       int
	ContentType  string
	ETag         string
	LastModified string
	Body         []byte // decoded to UTF-8
}

// HTTPError is a response with a status that carries no document. It comes
// wrapped in a *news.Error: ERATELIMITED for 429, EUNAVAILABLE for 5xx,
// ENOTFOUND for 404 and 410, EFORBIDDEN for 401 and 403, EINVALID for the
// other 4xx.
type HTTPError struct {
	Status     int
	RetryAfter time.Time // from a Retry-After header; zero when none
}

// Error gives the status.
func (e *HTTPError) Error() string {
	return fmt.Sprintf("HTTP %d %s", e.Status, http.StatusText(e.Status))
}

// Fetcher makes conditional GET requests.
type Fetcher struct {
	// Client reads everything not marked ForOperator: a guild's sources.
	// It should carry no private-network allowance.
	Client *http.Client // from NewClient
	// Operator, when set, reads for the operator (a context from
	// ForOperator: its own sources, the command line) and may carry the
	// operator's allowances. A client of its own, not a flag on one: a
	// kept-alive connection to an internal host must never serve a guild.
	Operator *http.Client
	Now      func() time.Time // for Retry-After dates; default time.Now
}

// NewFetcher returns a Fetcher whose Operator client has cfg's allowances
// and whose Client has none.
func NewFetcher(cfg Config) *Fetcher {
	strict := cfg
	strict.AllowPrivate, strict.AllowCIDRs = false, nil
	return &Fetcher{Client: NewClient(strict), Operator: NewClient(cfg)}
}

type operatorKey struct{}

// ForOperator marks ctx as reading for the operator (its own or curated
// sources, a URL given on the command line), whose allowances then apply.
// Anything unmarked is read as a guild's source would be.
func ForOperator(ctx context.Context) context.Context {
	return context.WithValue(ctx, operatorKey{}, true)
}

// client returns the client for a read under ctx.
func (f *Fetcher) client(ctx context.Context) *http.Client {
	if op, _ := ctx.Value(operatorKey{}).(bool); op && f.Operator != nil {
		return f.Operator
	}
	return f.Client
}

// Fetch GETs rawURL with If-None-Match and If-Modified-Since when etag and
// lastModified are set. A 304 is an ENOTMODIFIED error; other failures are
// *news.Error values (see HTTPError); a body over the client's cap is an
// ETOOLARGE error, never a truncated document.
func (f *Fetcher) Fetch(ctx context.Context, rawURL, etag, lastModified string) (*Response, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, rawURL, nil)
	if err != nil {
		return nil, news.WrapError(news.EINVALID, "bad URL", err)
	}
	req.Header.Set("Accept", "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, text/html;q=0.8, */*;q=0.5")
	if etag != "" {
		req.Header.Set("If-None-Match", etag)
	}
	if lastModified != "" {
		req.Header.Set("If-Modified-Since", lastModified)
	}
	resp, err := f.client(ctx).Do(req)
	if err != nil {
		return nil, classifyDoError(err)
	}
	defer resp.Body.Close()
	if err := f.statusError(resp); err != nil {
		return nil, err
	}
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		if isTooLarge(err) {
			return nil, err
		}
		return nil, news.WrapError(news.EUNAVAILABLE, "reading the response failed", err)
	}
	ct := resp.Header.Get("Content-Type")
	return &Response{
		URL: resp.Request.URL.String(), Status: resp.StatusCode, ContentType: ct,
		ETag: resp.Header.Get("ETag"), LastModified: resp.Header.Get("Last-Modified"),
		Body: ToUTF8(body, ct),
	}, nil
}

// classifyDoError keeps the domain errors of the guard and the caps, and
// calls anything else (DNS, refused, timeout) unavailable.
func classifyDoError(err error) error {
	var e *news.Error
	if errors.As(err, &e) {
		return e
	}
	if errors.Is(err, context.Canceled) {
		return err
	}
	return news.WrapError(news.EUNAVAILABLE, "the site could not be reached", err)
}

func (f *Fetcher) statusError(resp *http.Response) error {
	s := resp.StatusCode
	switch {
	case s == http.StatusNotModified:
		return news.Errorf(news.ENOTMODIFIED, "not modified")
	case s >= 200 && s < 300:
		return nil
	}
	he := &HTTPError{Status: s}
	if s == http.StatusTooManyRequests || s == http.StatusServiceUnavailable {
		he.RetryAfter = ParseRetryAfter(resp.Header.Get("Retry-After"), f.now())
	}
	code := news.EINVALID
	switch {
	case s == http.StatusTooManyRequests:
		code = news.ERATELIMITED
	case s >= 500:
		code = news.EUNAVAILABLE
	case s == http.StatusNotFound || s == http.StatusGone:
		code = news.ENOTFOUND
	case s == http.StatusUnauthorized || s == http.StatusForbidden:
		code = news.EFORBIDDEN
	}
	return news.WrapError(code, "the site answered "+strconv.Itoa(s), he)
}

func (f *Fetcher) now() time.Time {
	if f.Now != nil {
		return f.Now()
	}
	return time.Now()
}

// ParseRetryAfter reads a Retry-After header (delay seconds or an HTTP
// date) as an absolute time; zero when absent or unreadable.
func ParseRetryAfter(v string, now time.Time) time.Time {
	v = strings.TrimSpace(v)
	if v == "" {
		return time.Time{}
	}
	if n, err := strconv.ParseInt(v, 10, 64); err == nil {
		if n < 0 {
			return time.Time{}
		}
		return now.Add(time.Duration(min(n, 1<<31)) * time.Second)
	}
	if t, err := http.ParseTime(v); err == nil {
		return t
	}
	return time.Time{}
}

package feed

import (
	"context"
	"fmt"
	"log/slog"
	"net/url"
	"sort"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

// Reader reads one source at a time: it fetches, parses and cleans its
// document and fetches the pages of its teaser items. It keeps no polling
// state and never sees a store: ingest.Poller schedules the reads, keeps
// each source's state and stores what was read.
type Reader struct {
	Fetcher *Fetcher
	// Known reports whether an item is stored already, so that its page is
	// not fetched again; nil: none is.
	Known  func(ctx context.Context, a *news.Article) bool
	Logger *slog.Logger
	Now    func() time.Time // default time.Now

	PageConcurrency int // teaser pages fetched at once; default 4
	MaxPages        int // teaser pages fetched per read; default 30
	MaxItems        int // items kept per read, newest first; default DefaultMaxItems

	// Guard checks the URLs of ReadInput (the command line, the operator's):
	// the zero value allows no private address.
	Guard Guard
}

// DefaultMaxItems is how many items one read of a source keeps by default.
const DefaultMaxItems = 300

// Result is what one read of a source found.
type Result struct {
	// Articles are the source's items, Prepared, newest first, at most
	// MaxItems, with SourceID, Fetched and (when the item names none)
	// SourceName set from the source.
	Articles     []news.Article
	ETag         string
	LastModified string
	Title        string // the feed's title, "" for other kinds
	NotModified  bool   // a 304: nothing changed since the ETag or date sent
	Dropped      int    // items over MaxItems, the oldest, left out
}

func (r *Reader) now() time.Time {
	if r.Now != nil {
		return r.Now().UTC()
	}
	return time.Now().UTC()
}

func (r *Reader) logger() *slog.Logger {
	if r.Logger != nil {
		return r.Logger
	}
	return slog.New(slog.DiscardHandler)
}

func orDefault[T int | float64 | time.Duration](v, d T) T {
	if v <= 0 {
		return d
	}
	return v
}

// Read reads src once, with src's ETag and Last-Modified for a conditional
// request. A panic while reading (a hostile document that trips a parser)
// is an EINTERNAL error, never a crash.
func (r *Reader) Read(ctx context.Context, src news.Source) (res *Result, err error) {
	if src.GuildID == "" { // the operator's allowances never reach a guild's source
		ctx = ForOperator(ctx)
	}
	defer func() {
		if p := recover(); p != nil {
			// The panic is the log's; guild members see the message in
			// /sources health.
			res, err = nil, news.WrapError(news.EINTERNAL, "reading the source failed: the reader panicked", fmt.Errorf("panic: %v", p))
		}
	}()
	res, err = r.read(ctx, src)
	if err != nil {
		if news.ErrorCode(err) == news.ENOTMODIFIED {
			return &Result{NotModified: true, ETag: src.ETag, LastModified: src.LastModified}, nil
		}
		return nil, err
	}
	now := r.now()
	for i := range res.Articles {
		a := &res.Articles[i]
		a.SourceID, a.Fetched = src.ID, now
		if a.SourceName == "" {
			a.SourceName = src.Name
		}
	}
	return res, nil
}

// read fetches and parses src by its kind.
func (r *Reader) read(ctx context.Context, src news.Source) (*Result, error) {
	switch src.Kind {
	case news.KindFile:
		as, err := ReadPath(ctx, filePath(src.URL))
		if err != nil {
			return nil, err
		}
		res := &Result{}
		res.keepNewest(as, orDefault(r.MaxItems, DefaultMaxItems))
		return res, nil
	case news.KindPage:
		resp, err := r.Fetcher.Fetch(ctx, src.URL, src.ETag, src.LastModified)
		if err != nil {
			return nil, err
		}
		a, err := ExtractArticle(resp.Body, resp.URL)
		if err != nil {
			return nil, err
		}
		return &Result{Articles: []news.Article{*a}, ETag: resp.ETag, LastModified: resp.LastModified}, nil
	case news.KindFeed, "":
		return r.readFeed(ctx, src)
	}
	return nil, news.Errorf(news.EUNSUPPORTED, "unknown source kind %q", src.Kind)
}

// readFeed fetches and parses a feed, keeps its newest items and fetches
// the pages of the teasers among them, so that a feed of thousands of
// teasers costs no more pages than one of thirty.
func (r *Reader) readFeed(ctx context.Context, src news.Source) (*Result, error) {
	resp, err := r.Fetcher.Fetch(ctx, src.URL, src.ETag, src.LastModified)
	if err != nil {
		return nil, err
	}
	f, articles, err := Parse(resp.Body, resp.URL)
	if err != nil {
		return nil, err
	}
	res := &Result{ETag: resp.ETag, LastModified: resp.LastModified, Title: f.Title}
	res.keepNewest(articles, orDefault(r.MaxItems, DefaultMaxItems))
	r.fillTeasers(ctx, res.Articles)
	return res, nil
}

// keepNewest keeps the max newest of as, in order of publication (newest
// first; undated items after the dated ones, in document order).
func (res *Result) keepNewest(as []news.Article, max int) {
	sort.SliceStable(as, func(i, j int) bool {
		a, b := as[i].Published, as[j].Published
		return !a.IsZero() && (b.IsZero() || a.After(b))
	})
	if len(as) > max {
		res.Dropped = len(as) - max
		as = as[:max:max]
	}
	res.Articles = as
}

// filePath accepts a path or a file:// URL.
func filePath(s string) string {
	if u, err := url.Parse(s); err == nil && u.Scheme == "file" {
		return u.Path
	}
	return s
}

// Package ingest owns an article's whole path: it polls the sources (feed
// fetches, parses and cleans, and never sees a store), prepares each article
// (clean text, canonical URL, content hash), drops duplicates, analyses the
// rest in parallel, assigns each to its story, and stores article, analysis,
// story and the article's entries in both text indexes together in batched
// transactions. The analysis splits the text into sentences once; the story
// assigner and the sentence index take them from it.
//
// It uses the domain's service interfaces only: the store is wired in by
// cmd/bot.
package ingest

import (
	"context"
	"fmt"
	"log/slog"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/conflict-digest/conflict-digest/analyze"
	"github.com/conflict-digest/conflict-digest/feed"
	"github.com/conflict-digest/conflict-digest/news"
)

// Counts is the outcome of ingesting some articles.
type Counts struct {
	New       int
	Duplicate int
	Failed    int
	// Skipped are new articles left out by a limit (IngestAtMost): not
	// stored, and not failed either.
	Skipped int
	// Reasons counts the failures by reason ("no text", ...), for the report.
	Reasons map[string]int
}

// Add adds o's counts to c.
func (c *Counts) Add(o Counts) {
	c.New += o.New
	c.Duplicate += o.Duplicate
	c.Failed += o.Failed
	c.Skipped += o.Skipped
	for k, v := range o.Reasons {
		if c.Reasons == nil {
			c.Reasons = map[string]int{}
		}
		c.Reasons[k] += v
	}
}

func (c *Counts) fail(reason string, n int) {
	if c.Reasons == nil {
		c.Reasons = map[string]int{}
	}
	c.Reasons[reason] += n
	c.Failed += n
}

// String renders the counts as the command line prints them.
func (c Counts) String() string {
	s := fmt.Sprintf("new %d, duplicate %d, failed %d", c.New, c.Duplicate, c.Failed)
	if c.Skipped > 0 {
		s += fmt.Sprintf(", skipped %d over a limit", c.Skipped)
	}
	if len(c.Reasons) > 0 {
		var parts []string
		for _, r := range sortedKeys(c.Reasons) {
			parts = append(parts, fmt.Sprintf("%s: %d", r, c.Reasons[r]))
		}
		s += " (" + strings.Join(parts, ", ") + ")"
	}
	return s
}

// Pipeline stores articles. It is safe for concurrent use; batches are
// stored one at a time because story assignment needs one writer.
type Pipeline struct {
	Articles news.ArticleService
	Stories  *Stories
	Logger   *slog.Logger
	Now      func() time.Time
	// Sentences, when set, mends the sentence index before the first batch
	// and keeps the question planner's term snapshot fresh. Every article
	// the pipeline stores is indexed in its own transaction either way.
	Sentences *SentenceIndex
	// Workers is how many analyses run in parallel; 0 means GOMAXPROCS.
	Workers int
	// Observer, when set, is told each article's analysis time (metrics).
	Observer news.AnalysisObserver
	// MaxAge, when set, refuses articles published longer ago than this
	// (the retention, CD_RETENTION): a feed that still lists an old item
	// must not bring back what retention pruned, as new.
	MaxAge time.Duration

	mu sync.Mutex // one batch at a time: story assignment and the writer
}

// Ingest prepares, analyses and stores articles. A failed article fails
// alone; an error is returned only when the store fails as a whole, and then
// nothing of that batch was stored.
func (p *Pipeline) Ingest(ctx context.Context, articles []news.Article) (Counts, error) {
	return p.IngestAtMost(ctx, articles, -1)
}

// IngestAtMost is Ingest storing at most max new articles (no limit when max
// is negative): the first max of those not stored yet, in the order given;
// the others are counted as Skipped.
func (p *Pipeline) IngestAtMost(ctx context.Context, articles []news.Article, max int) (Counts, error) {
	var c Counts
	batch := make([]*news.Article, 0, len(articles))
	seen := map[string]bool{}
	for i := range articles {
		a := &articles[i]
		if reason := p.prepare(a); reason != "" {
			c.fail(reason, 1)
			continue
		}
		if dupInBatch(seen, a) {
			c.Duplicate++
			continue
		}
		batch = append(batch, a)
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.Stories != nil && !p.Stories.Loaded() {
		if err := p.Stories.Load(ctx); err != nil {
			return c, err
		}
	}
	if p.Sentences != nil {
		if _, err := p.Sentences.CatchUp(ctx); err != nil {
			return c, err
		}
	}
	fresh, dups, err := p.dropStored(ctx, batch)
	if err != nil {
		return c, err
	}
	c.Duplicate += dups
	if max >= 0 && len(fresh) > max {
		c.Skipped += len(fresh) - max
		fresh = fresh[:max]
	}
	analyses := p.analyse(fresh)
	before := c.New
	if err := p.store(ctx, fresh, analyses, &c); err != nil {
		return c, err
	}
	p.refreshTerms(ctx, c.New-before)
	return c, nil
}

// refreshTerms notes the articles indexed and refreshes the term snapshot
// when it is due. A failed refresh is logged: the articles are stored and
// indexed, and the snapshot is only the planner's estimate.
func (p *Pipeline) refreshTerms(ctx context.Context, indexed int) {
	if p.Sentences == nil {
		return
	}
	p.Sentences.stored(indexed)
	if err := p.Sentences.Refresh(ctx, false); err != nil {
		p.logger().Error("refresh sentence terms failed", "error", err)
	}
}

// Sync brings the sentence index and its term snapshot up to date: a command
// that ingests once calls it before it exits, whether or not the run stored
// anything (a run killed before its refresh is mended by the next).
func (p *Pipeline) Sync(ctx context.Context) error {
	if p.Sentences == nil {
		return nil
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.Sentences.Sync(ctx)
}

// prepare cleans a and fills its identity; it returns why a cannot be
// stored, or "".
func (p *Pipeline) prepare(a *news.Article) string {
	if a.ContentHash == "" { // readers such as feed.ReadJSONL prepare already
		feed.Prepare(a)
	}
	if strings.TrimSpace(a.Text) == "" {
		return "no text"
	}
	if a.ExternalID == "" {
		switch {
		case a.CanonicalURL != "":
			a.ExternalID = a.CanonicalURL
		default:
			a.ExternalID = "sha256:" + a.ContentHash
		}
	}
	if a.Fetched.IsZero() {
		a.Fetched = p.now()
	}
	if p.MaxAge > 0 && !a.Published.IsZero() && a.Published.Before(p.now().Add(-p.MaxAge)) {
		return "older than CD_RETENTION"
	}
	return ""
}

// dupInBatch reports whether an earlier article of the same input is a by
// identity (the rule of news.ArticleService.FindDuplicate: the same external
// id or canonical URL; the content hash only for an article with neither —
// prepare gives every article an external id, so in practice the hash is the
// id of an article that came with none), and records a's keys.
func dupInBatch(seen map[string]bool, a *news.Article) bool {
	keys := []string{"id:" + a.ExternalID}
	if a.CanonicalURL != "" {
		keys = append(keys, "url:"+a.CanonicalURL)
	}
	dup := false
	for _, k := range keys {
		dup = dup || seen[k]
	}
	for _, k := range keys {
		seen[k] = true
	}
	return dup
}

// dropStored removes the articles the store has already.
func (p *Pipeline) dropStored(ctx context.Context, batch []*news.Article) ([]*news.Article, int, error) {
	ids, err := p.Articles.FindDuplicates(ctx, batch)
	if err != nil {
		return nil, 0, err
	}
	fresh := batch[:0:0]
	for i, a := range batch {
		if ids[i] == 0 {
			fresh = append(fresh, a)
		}
	}
	return fresh, len(batch) - len(fresh), nil
}

// analyse runs the analyser on every article, in parallel.
func (p *Pipeline) analyse(batch []*news.Article) []news.Analysis {
	out := make([]news.Analysis, len(batch))
	n := p.Workers
	if n <= 0 {
		n = runtime.GOMAXPROCS(0)
	}
	var wg sync.WaitGroup
	next := make(chan int)
	for range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				start := time.Now()
				out[i] = analyze.Analyze(batch[i])
				if p.Observer != nil {
					p.Observer.ObserveAnalysis(time.Since(start))
				}
			}
		}()
	}
	for i := range batch {
		next <- i
	}
	close(next)
	wg.Wait()
	return out
}

// store assigns stories, writes the batch and counts the outcome into c. A
// duplicate that slipped past dropStored (another writer) is counted, not
// failed; any other item the store refuses (its source was deleted while it
// was polled, ...) fails alone.
func (p *Pipeline) store(ctx context.Context, batch []*news.Article, analyses []news.Analysis, c *Counts) error {
	if len(batch) == 0 {
		return nil
	}
	items := make([]*news.NewArticle, len(batch))
	for i, a := range batch {
		items[i] = &news.NewArticle{Article: a, Analysis: &analyses[i],
			Sentences: news.IndexedSentences(a.Title, analyses[i].Sentences)}
	}
	if p.Stories != nil {
		if err := p.Stories.Assign(ctx, items); err != nil {
			p.Stories.Rollback()
			return fmt.Errorf("assign stories: %w", err)
		}
	}
	errs, err := p.Articles.CreateArticles(ctx, items)
	if err != nil {
		if p.Stories != nil {
			p.Stories.Rollback()
		}
		return fmt.Errorf("store articles: %w", err)
	}
	for i, e := range errs {
		switch news.ErrorCode(e) {
		case "":
			c.New++
		case news.ECONFLICT:
			c.Duplicate++
		default:
			p.logger().Warn("article refused by the store", "source_url", batch[i].URL, "error", e)
			c.fail("refused by the store", 1)
		}
	}
	if p.Stories != nil {
		p.Stories.Commit(errs) // reloads after any refused item
	}
	return nil
}

func (p *Pipeline) logger() *slog.Logger {
	if p.Logger != nil {
		return p.Logger
	}
	return slog.New(slog.DiscardHandler)
}

func (p *Pipeline) now() time.Time {
	if p.Now != nil {
		return p.Now().UTC()
	}
	return time.Now().UTC()
}

func sortedKeys(m map[string]int) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// Package ingest is the pipeline from read articles to stored ones: it
// prepares each article (clean text, canonical URL, content hash), drops
// duplicates, analyses the rest in parallel, assigns each to its story, and
// stores article, analysis and story together in batched transactions.
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
	// Reasons counts the failures by reason ("no text", ...), for the report.
	Reasons map[string]int
}

// Add adds o's counts to c.
func (c *Counts) Add(o Counts) {
	c.New += o.New
	c.Duplicate += o.Duplicate
	c.Failed += o.Failed
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
	// Workers is how many analyses run in parallel; 0 means GOMAXPROCS.
	Workers int
	// Observer, when set, is told each article's analysis time (metrics).
	Observer news.AnalysisObserver

	mu sync.Mutex // one batch at a time: story assignment and the writer
}

// Ingest prepares, analyses and stores articles. A failed article fails
// alone; an error is returned only when the store fails as a whole, and then
// nothing of that batch was stored.
func (p *Pipeline) Ingest(ctx context.Context, articles []news.Article) (Counts, error) {
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
		if err := p.Stories.Load(ctx, p.Articles, p.now()); err != nil {
			return c, err
		}
	}
	fresh, dups, err := p.dropStored(ctx, batch)
	if err != nil {
		return c, err
	}
	c.Duplicate += dups
	analyses := p.analyse(fresh)
	return c, p.store(ctx, fresh, analyses, &c)
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
	fresh := batch[:0:0]
	dups := 0
	for _, a := range batch {
		_, err := p.Articles.FindDuplicate(ctx, a)
		switch news.ErrorCode(err) {
		case "":
			dups++
		case news.ENOTFOUND:
			fresh = append(fresh, a)
		default:
			return nil, 0, fmt.Errorf("find duplicate of %q: %w", a.ExternalID, err)
		}
	}
	return fresh, dups, nil
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
		items[i] = &news.NewArticle{Article: a, Analysis: &analyses[i]}
		if p.Stories != nil {
			items[i].Story = p.Stories.Assign(a, &analyses[i])
		}
	}
	if p.Stories != nil {
		p.Stories.Finish()
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
		p.Stories.Commit(items, errs, p.now()) // reloads after any refused item
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

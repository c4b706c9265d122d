package main

import (
	"bufio"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"strings"
	"time"

	"github.com/conflict-digest/conflict-digest/ask"
	"github.com/conflict-digest/conflict-digest/news"
	"github.com/conflict-digest/conflict-digest/store"
)

// build opens the store and adds synthetic articles until it holds c.n.
func build(ctx context.Context, c config, out io.Writer) (*store.Services, error) {
	db, err := store.OpenServices(ctx, c.db)
	if err != nil {
		return nil, err
	}
	have, err := db.ArticleCount(ctx)
	if err != nil {
		db.Close()
		return nil, err
	}
	if int(have) >= c.n {
		return db, nil
	}
	pool, err := sentencePool(c.sources)
	if err != nil {
		db.Close()
		return nil, err
	}
	fmt.Fprintf(out, "building %d articles from %d sentences\n", c.n-int(have), len(pool))
	rng := rand.New(rand.NewPCG(uint64(c.seed), uint64(have)))
	start := time.Now()
	for i := int(have); i < c.n; i += c.batch {
		items := make([]*news.NewArticle, 0, c.batch)
		for k := i; k < min(c.n, i+c.batch); k++ {
			items = append(items, &news.NewArticle{Article: synthetic(rng, pool, k)})
		}
		if err := storeBatch(ctx, db, items); err != nil {
			db.Close()
			return nil, err
		}
		if (i/c.batch)%25 == 0 {
			fmt.Fprintf(out, "  %d articles, %.0f s\n", i+len(items), time.Since(start).Seconds())
		}
	}
	t := time.Now()
	if err := db.RefreshSentenceTerms(ctx, 1000); err != nil {
		db.Close()
		return nil, err
	}
	fmt.Fprintf(out, "built in %.0f s (term snapshot %.1f s)\n", time.Since(start).Seconds(), time.Since(t).Seconds())
	return db, nil
}

// storeBatch stores the articles and indexes their sentences.
func storeBatch(ctx context.Context, db *store.Services, items []*news.NewArticle) error {
	errs, err := db.CreateArticles(ctx, items)
	if err != nil {
		return err
	}
	return db.WriteTx(ctx, func(tx *sql.Tx) error {
		for i, n := range items {
			if errs[i] != nil {
				continue
			}
			a := n.Article
			if err := db.IndexSentences(ctx, tx, a.ID, ask.IndexedSentences(a.Title, a.Text)); err != nil {
				return err
			}
		}
		return nil
	})
}

// synthetic recombines 8 to 30 sentences of the pool into article k, with a
// date in 2014-2018.
func synthetic(rng *rand.Rand, pool []string, k int) *news.Article {
	n := 8 + rng.IntN(23)
	var b strings.Builder
	for i := range n {
		if i > 0 {
			b.WriteString(" ")
			if i%4 == 0 {
				b.WriteString("\n\n")
			}
		}
		b.WriteString(pool[rng.IntN(len(pool))])
	}
	epoch := time.Date(2014, 1, 1, 0, 0, 0, 0, time.UTC)
	return &news.Article{
		ExternalID: fmt.Sprintf("syn-%07d", k),
		Title:      pool[rng.IntN(len(pool))],
		Text:       b.String(),
		SourceName: "synthetic",
		Published:  epoch.Add(time.Duration(rng.Int64N(int64(5 * 365 * 24 * time.Hour)))),
	}
}

// sentencePool returns the sentences of the corpora's articles.
func sentencePool(paths []string) ([]string, error) {
	var pool []string
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			return nil, fmt.Errorf("open corpus: %w", err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 16<<20)
		for sc.Scan() {
			var a struct{ Title, Text string }
			if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
				f.Close()
				return nil, fmt.Errorf("read corpus %s: %w", p, err)
			}
			for _, s := range ask.IndexedSentences(a.Title, a.Text) {
				if len(s) >= 20 && len(s) <= 600 {
					pool = append(pool, s)
				}
			}
		}
		f.Close()
		if err := sc.Err(); err != nil {
			return nil, fmt.Errorf("read corpus %s: %w", p, err)
		}
	}
	if len(pool) == 0 {
		return nil, fmt.Errorf("read corpus: no sentences")
	}
	return pool, nil
}

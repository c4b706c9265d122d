package store

import (
	"context"
	"strings"
	"sync"
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// hostile are inputs that are FTS5 syntax or otherwise odd.
var hostile = []string{
	`"`, `""`, `"unbalanced`, `NEAR(`, `NEAR(a b, 3)`, `*`, `convoy*`, `title:`, `title:convoy`,
	`{title text}: x`, `^convoy`, `AND`, `OR OR`, `NOT`, `a AND`, `(`, `)`, `-`, `+`, `'`, `\`,
	`Алеппо`, `حلب`, `Ḥalab`, `😀 convoy`, "\x00", "\xff\xfe", strings.Repeat("x ", 300), ``, `   `,
}

func TestSearchHostileInput(t *testing.T) {
	db, _ := openTest(t)
	ctx := context.Background()
	items := []*news.NewArticle{
		newItem("h-1", "Aid convoy reaches Madaya", "A UN convoy entered the besieged town.", day(1)),
		newItem("h-2", "Shelling", "The convoy was hit near Aleppo; Алеппо residents fled. Café Ḥalab", day(2)),
		newItem("h-3", "NEAR title", "Unrelated text about talks.", day(3)),
	}
	if _, err := db.CreateArticles(ctx, items); err != nil {
		t.Fatal(err)
	}
	for _, q := range hostile {
		if _, err := db.Search(ctx, q, 10); err != nil {
			t.Errorf("Search(%q): %v", q, err)
		}
		if _, err := db.Stories(ctx, news.DigestFilter{Keywords: []string{q}}); err != nil {
			t.Errorf("Stories(keyword %q): %v", q, err)
		}
		if _, err := db.Articles(ctx, news.DigestFilter{Keywords: []string{q, "x"}}); err != nil {
			t.Errorf("Articles(keyword %q): %v", q, err)
		}
	}
	tests := []struct {
		q    string
		want []string
	}{
		{"convoy", []string{"h-1", "h-2"}}, // title weight ranks h-1 first
		{`"convoy`, []string{"h-1", "h-2"}},
		{`title:convoy`, nil}, // both words are needed; no article has "title" and "convoy"
		{`NEAR(`, []string{"h-3", "h-2"}},
		{`алеппо`, []string{"h-2"}},
		{`halab cafe`, []string{"h-2"}}, // diacritics folded
		{`convoy besieged`, []string{"h-1"}},
		{`*`, nil},
	}
	for _, tt := range tests {
		hits, err := db.Search(ctx, tt.q, 10)
		if err != nil {
			t.Fatalf("Search(%q): %v", tt.q, err)
		}
		var ids []string
		for _, h := range hits {
			ids = append(ids, h.ExternalID)
		}
		if strings.Join(ids, ",") != strings.Join(tt.want, ",") {
			t.Errorf("Search(%q) = %v, want %v", tt.q, ids, tt.want)
		}
	}
}

func FuzzSearchQuery(f *testing.F) {
	for _, q := range hostile {
		f.Add(q)
	}
	db, err := OpenServices(context.Background(), f.TempDir()+"/fuzz.db")
	if err != nil {
		f.Fatal(err)
	}
	f.Cleanup(func() { db.Close() })
	n := newItem("z-1", "Convoy", "A convoy reached the town.", day(1))
	if err := db.CreateArticle(context.Background(), n); err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, q string) {
		if _, err := db.Search(context.Background(), q, 5); err != nil {
			t.Fatalf("Search(%q): %v", q, err)
		}
		if _, err := db.Stories(context.Background(), news.DigestFilter{Keywords: []string{q}}); err != nil {
			t.Fatalf("Stories(keyword %q): %v", q, err)
		}
	})
}

func TestConcurrentReadersWhileWriting(t *testing.T) {
	db, _ := openTest(t)
	ctx := context.Background()
	const batches, per = 10, 20
	var wg sync.WaitGroup
	stop := make(chan struct{})
	errs := make(chan error, 8)
	for r := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var last int64
			for {
				select {
				case <-stop:
					return
				default:
				}
				n, err := db.ArticleCount(ctx)
				if err == nil && n < last {
					err = errorf("reader %d saw the count go back from %d to %d", r, last, n)
				}
				if err == nil && n%per != 0 {
					err = errorf("reader %d saw a half-written batch: %d articles", r, n)
				}
				if err == nil {
					_, err = db.Stories(ctx, news.DigestFilter{Keywords: []string{"convoy"}, Limit: 5})
				}
				if err != nil {
					errs <- err
					return
				}
				last = n
			}
		}()
	}
	for b := range batches {
		items := make([]*news.NewArticle, per)
		for i := range items {
			id := strings.Repeat("w", 1) + string(rune('a'+b)) + "-" + string(rune('a'+i))
			items[i] = newItem(id, "Convoy "+id, "convoy text "+id, day(1+b))
			items[i].Story = &news.Story{Headline: id}
		}
		if _, err := db.CreateArticles(ctx, items); err != nil {
			t.Fatal(err)
		}
	}
	close(stop)
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	if n, _ := db.ArticleCount(ctx); n != batches*per {
		t.Fatalf("ArticleCount = %d, want %d", n, batches*per)
	}
	checkFTS(t, db)
}

func TestFTSFollowsDeleteAndEdit(t *testing.T) {
	db, _ := openTest(t)
	ctx := context.Background()
	a, b := newItem("e-1", "Convoy", "aid convoy", day(1)), newItem("e-2", "Talks", "geneva talks", day(1))
	if _, err := db.CreateArticles(ctx, []*news.NewArticle{a, b}); err != nil {
		t.Fatal(err)
	}
	w := db.Writer()
	if _, err := w.ExecContext(ctx, `UPDATE articles SET text = 'siege lifted' WHERE id = ?`, a.Article.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := w.ExecContext(ctx, `DELETE FROM articles WHERE id = ?`, b.Article.ID); err != nil {
		t.Fatal(err)
	}
	checkFTS(t, db)
	for q, want := range map[string]int{"convoy": 1, "siege": 1, "aid": 0, "geneva": 0} {
		hits, err := db.Search(ctx, q, 10)
		if err != nil || len(hits) != want {
			t.Errorf("Search(%q) = %d hits, %v; want %d", q, len(hits), err, want)
		}
	}
}

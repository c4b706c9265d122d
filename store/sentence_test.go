package store_test

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/ask"
	"github.com/conflict-digest/conflict-digest/news"
	"github.com/conflict-digest/conflict-digest/store"
)

// evalDir holds the shared evaluation set, read only.
const evalDir = "../../shared/eval"

type evalArticle struct {
	ID, Title, Text, Published, Source, URL string
}

type evalQuestion struct {
	ID        string `json:"id"`
	Q         string `json:"q"`
	A         string `json:"a"`
	ArticleID string `json:"article_id"`
}

func readJSONL[T any](t testing.TB, path string) []T {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("no evaluation data: %v", err)
	}
	defer f.Close()
	var out []T
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		var v T
		if err := json.Unmarshal(sc.Bytes(), &v); err != nil {
			t.Fatalf("read %s: %v", path, err)
		}
		out = append(out, v)
	}
	return out
}

// openEval stores the evaluation articles in a new database and indexes
// their sentences.
func openEval(t testing.TB) *store.DB {
	t.Helper()
	ctx := context.Background()
	arts := readJSONL[evalArticle](t, filepath.Join(evalDir, "articles.jsonl"))
	db, err := store.Open(ctx, filepath.Join(t.TempDir(), "eval.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	items := make([]*news.NewArticle, len(arts))
	for i, a := range arts {
		p, _ := time.Parse("2006-01-02", a.Published)
		items[i] = &news.NewArticle{Article: &news.Article{ExternalID: a.ID, Title: a.Title, Text: a.Text,
			Published: p, SourceName: a.Source, URL: a.URL}}
	}
	if _, err := db.CreateArticles(ctx, items); err != nil {
		t.Fatal(err)
	}
	if _, err := db.IndexMissingSentences(ctx, ask.IndexedSentences, 200); err != nil {
		t.Fatal(err)
	}
	return db
}

func norm(s string) string {
	return strings.Join(strings.Fields(strings.ReplaceAll(strings.ToLower(s), ",", "")), " ")
}

// TestAskDevQuestions answers the development questions from the stored
// evaluation articles and holds the scores above a floor. Every fifth
// question is held back from tuning and reported apart.
func TestAskDevQuestions(t *testing.T) {
	db := openEval(t)
	qs := readJSONL[evalQuestion](t, filepath.Join(evalDir, "dev-questions.jsonl"))
	opts := ask.Options{}
	if os.Getenv("ASK_DEBUG") != "" {
		opts.Logger = slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelDebug}))
	}
	a := ask.New(db.SentenceIndex(), opts)
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	var right, first, heldRight, heldFirst, held int
	for i, q := range qs {
		if os.Getenv("ASK_DEBUG") != "" {
			fmt.Fprintln(os.Stderr, "Q", q.ID, q.ArticleID)
		}
		ans, err := a.Ask(context.Background(), q.Q, now)
		if err != nil {
			t.Fatalf("%s: %v", q.ID, err)
		}
		ok := len(ans.Answer) <= 200 && strings.Contains(norm(ans.Answer), norm(q.A))
		cited := len(ans.Citations) > 0 && ans.Citations[0].ArticleID == q.ArticleID
		if os.Getenv("ASK_VERBOSE") != "" && (!ok || !cited) {
			c := ""
			if len(ans.Citations) > 0 {
				c = ans.Citations[0].ArticleID + " " + ans.Citations[0].Sentence
			}
			t.Logf("%s [%s] %q\n  want %q (%s) got %q ok=%v cited=%v\n  cite %s", q.ID, ans.Type, q.Q, q.A, q.ArticleID, ans.Answer, ok, cited, c)
		}
		if i%5 == 4 {
			held++
			heldRight += b2i(ok)
			heldFirst += b2i(cited)
			continue
		}
		right += b2i(ok)
		first += b2i(cited)
	}
	n := len(qs) - held
	t.Logf("tuning %d: answer right %.3f, first citation right %.3f", n, float64(right)/float64(n), float64(first)/float64(n))
	t.Logf("held back %d: answer right %.3f, first citation right %.3f", held, float64(heldRight)/float64(held), float64(heldFirst)/float64(held))
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

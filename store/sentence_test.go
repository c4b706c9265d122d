package store_test

import (
	"bufio"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
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
func openEval(t testing.TB) *store.Services {
	t.Helper()
	ctx := context.Background()
	arts := readJSONL[evalArticle](t, filepath.Join(evalDir, "articles.jsonl"))
	db, err := store.OpenServices(ctx, filepath.Join(t.TempDir(), "eval.db"))
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
	opts := ask.Options{Budget: time.Minute} // a loaded machine must not fail the test
	a := ask.New(db.SentenceIndex(), opts)
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	answers := make([]ask.Answer, len(qs))
	var wg sync.WaitGroup
	errs := make(chan error, len(qs))
	for w := range 2 { // two workers: the asker is safe for concurrent use
		wg.Go(func() {
			for i := w; i < len(qs); i += 2 {
				var err error
				if answers[i], err = a.Ask(context.Background(), qs[i].Q, now); err != nil {
					errs <- fmt.Errorf("%s: %w", qs[i].ID, err)
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	if path := os.Getenv("ASK_OUT"); path != "" { // for ../shared/eval/score.py ask
		writeAnswers(t, path, qs, answers)
	}
	var right, first, heldRight, heldFirst, held int
	for i, q := range qs {
		ans := answers[i]
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
	// Floors a little under the measured scores, so that a regression fails:
	// 0.845 / 0.876 in all since /ask keeps bm25's first article unless another
	// wins clearly (the bm25 floor of issue 14 cost three first citations here,
	// where the re-ranking had been written, and gained them on other outlets'
	// questions; ask/testdata/README.md); before it 0.88 / 0.92.
	all, allFirst := float64(right+heldRight)/float64(len(qs)), float64(first+heldFirst)/float64(len(qs))
	if all < 0.84 || allFirst < 0.87 {
		t.Errorf("answer right %.3f, first citation right %.3f; want at least 0.84 and 0.87", all, allFirst)
	}
}

func writeAnswers(t *testing.T, path string, qs []evalQuestion, answers []ask.Answer) {
	var b strings.Builder
	for i, a := range answers {
		a.ID = qs[i].ID
		line, err := json.Marshal(a)
		if err != nil {
			t.Fatal(err)
		}
		b.Write(line)
		b.WriteByte('\n')
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

func openEmpty(t *testing.T) *store.Services {
	t.Helper()
	db, err := store.OpenServices(context.Background(), filepath.Join(t.TempDir(), "s.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func storeArticle(t *testing.T, db *store.Services, a *news.Article) {
	t.Helper()
	ctx := context.Background()
	if err := db.CreateArticle(ctx, &news.NewArticle{Article: a}); err != nil {
		t.Fatal(err)
	}
	err := db.WriteTx(ctx, func(tx *sql.Tx) error {
		return db.IndexSentences(ctx, tx, a.ID, ask.IndexedSentences(a.Title, a.Text))
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestSentenceIndex(t *testing.T) {
	ctx := context.Background()
	db := openEmpty(t)
	a1 := &news.Article{ExternalID: "a1", Title: "Convoy hit near Aleppo", Published: time.Date(2016, 9, 20, 0, 0, 0, 0, time.UTC),
		Text: "Air strikes hit an aid convoy near Aleppo. Twenty civilians were killed in Orum al-Kubra."}
	a2 := &news.Article{ExternalID: "a2", Title: "Talks in Geneva",
		Text: "Kerry and Lavrov met in Geneva. The talks on Aleppo lasted four hours."}
	storeArticle(t, db, a1)
	storeArticle(t, db, a2)
	x := db.SentenceIndex()
	n, err := x.SentenceCount(ctx)
	if err != nil || n != 6 {
		t.Fatalf("SentenceCount = %d, %v; want 6", n, err)
	}
	dfs, err := x.TermDocs(ctx, []string{"aleppo", "kubra", "nowhere"})
	if err != nil || dfs[0] != 3 || dfs[1] != 1 || dfs[2] != 0 {
		t.Fatalf("TermDocs = %v, %v; want [3 1 0]", dfs, err)
	}
	hits, err := x.SentenceHits(ctx, []string{"aleppo", "convoy"}, 10)
	want := []news.SentenceRef{{ArticleID: a1.ID, Position: 1}, {ArticleID: a1.ID, Position: 0}}
	if err != nil || len(hits) != 2 || hits[0] != want[0] || hits[1] != want[1] {
		t.Fatalf("SentenceHits = %v, %v; want %v", hits, err, want)
	}
	any, err := x.SentenceHitsAny(ctx, []string{"kubra", "geneva"}, 10)
	wantAny := []news.SentenceRef{{ArticleID: a2.ID, Position: 1}, {ArticleID: a2.ID, Position: 0}, {ArticleID: a1.ID, Position: 2}}
	if err != nil || fmt.Sprint(any) != fmt.Sprint(wantAny) {
		t.Errorf("SentenceHitsAny = %v, %v; want %v", any, err, wantAny)
	}
	if hits, _ := x.SentenceHits(ctx, []string{"aleppo"}, 1); len(hits) != 1 || hits[0].ArticleID != a2.ID {
		t.Errorf("SentenceHits limit 1 = %v, want the newest article's sentence", hits)
	}
	ids, err := x.PhraseArticles(ctx, []string{"orum", "al", "kubra"}, 10)
	if err != nil || len(ids) != 1 || ids[0] != a1.ID {
		t.Errorf("PhraseArticles = %v, %v; want [%d]", ids, err, a1.ID)
	}
	if ids, _ := x.PhraseArticles(ctx, []string{"kubra", "orum"}, 10); len(ids) != 0 {
		t.Errorf("PhraseArticles out of order = %v, want none", ids)
	}
	dates, err := x.ArticleDates(ctx, []int64{a1.ID, a2.ID, 999})
	if err != nil || len(dates) != 2 || !dates[a1.ID].Equal(a1.Published) || !dates[a2.ID].IsZero() {
		t.Errorf("ArticleDates = %v, %v", dates, err)
	}
	arts, err := x.Articles(ctx, []int64{a2.ID})
	if err != nil || len(arts) != 1 || arts[0].ExternalID != "a2" || arts[0].Text != a2.Text {
		t.Errorf("Articles = %+v, %v", arts, err)
	}
}

func TestIndexSentencesTwice(t *testing.T) {
	ctx := context.Background()
	db := openEmpty(t)
	a := &news.Article{ExternalID: "a1", Title: "T", Text: "One sentence here."}
	storeArticle(t, db, a)
	err := db.WriteTx(ctx, func(tx *sql.Tx) error { return db.IndexSentences(ctx, tx, a.ID, []string{"T"}) })
	if news.ErrorCode(err) != news.ECONFLICT {
		t.Errorf("second index: %v, want ECONFLICT", err)
	}
}

func TestSentenceIndexDelete(t *testing.T) {
	ctx := context.Background()
	db := openEmpty(t)
	a := &news.Article{ExternalID: "a1", Title: "Convoy", Text: "The convoy was hit. The convoy burned."}
	storeArticle(t, db, a)
	if _, err := db.Writer().ExecContext(ctx, `DELETE FROM articles WHERE id = ?`, a.ID); err != nil {
		t.Fatal(err)
	}
	x := db.SentenceIndex()
	hits, err := x.SentenceHits(ctx, []string{"convoy"}, 10)
	n, _ := x.SentenceCount(ctx)
	if err != nil || len(hits) != 0 || n != 0 {
		t.Errorf("after delete: hits %v, count %d, err %v; want none", hits, n, err)
	}
}

func TestIndexMissingSentences(t *testing.T) {
	ctx := context.Background()
	db := openEmpty(t)
	for _, id := range []string{"a", "b", "c"} {
		if err := db.CreateArticle(ctx, &news.NewArticle{Article: &news.Article{ExternalID: id, Title: "Title " + id, Text: "Siege of Madaya. Aid arrived."}}); err != nil {
			t.Fatal(err)
		}
	}
	n, err := db.IndexMissingSentences(ctx, ask.IndexedSentences, 2)
	if err != nil || n != 3 {
		t.Fatalf("IndexMissingSentences = %d, %v; want 3", n, err)
	}
	if n, _ := db.IndexMissingSentences(ctx, ask.IndexedSentences, 2); n != 0 {
		t.Errorf("second run indexed %d, want 0", n)
	}
	dfs, _ := db.SentenceIndex().TermDocs(ctx, []string{"madaya"})
	if dfs[0] != 3 {
		t.Errorf("madaya in %d sentences, want 3", dfs[0])
	}
}

func TestSentenceHitsHostile(t *testing.T) {
	ctx := context.Background()
	db := openEmpty(t)
	storeArticle(t, db, &news.Article{ExternalID: "a1", Title: "Convoy", Text: "The convoy was hit near Aleppo."})
	x := db.SentenceIndex()
	for _, terms := range [][]string{
		{`"`}, {`aleppo"`, `OR`}, {"NEAR(aleppo", "convoy)"}, {"alep*"}, {"title:aleppo"}, {"^convoy"},
		{"-", "+", "(", ")"}, {""}, {"AND"}, {"\xff"},
	} {
		if _, err := x.SentenceHits(ctx, terms, 5); err != nil {
			t.Errorf("SentenceHits(%q): %v", terms, err)
		}
		if _, err := x.SentenceHitsAny(ctx, terms, 5); err != nil {
			t.Errorf("SentenceHitsAny(%q): %v", terms, err)
		}
		if _, err := x.PhraseArticles(ctx, terms, 5); err != nil {
			t.Errorf("PhraseArticles(%q): %v", terms, err)
		}
		if _, err := x.TermDocs(ctx, terms); err != nil {
			t.Errorf("TermDocs(%q): %v", terms, err)
		}
	}
}

func TestRefreshSentenceTerms(t *testing.T) {
	ctx := context.Background()
	db := openEmpty(t)
	storeArticle(t, db, &news.Article{ExternalID: "a1", Title: "Aleppo convoy", Text: "Aleppo was shelled. Aleppo burned. Madaya waited."})
	x := db.SentenceIndex()
	before, err := x.TermDocs(ctx, []string{"aleppo", "madaya"})
	if err != nil || before[0] != 3 || before[1] != 1 {
		t.Fatalf("counted TermDocs = %v, %v; want [3 1]", before, err)
	}
	if err := db.RefreshSentenceTerms(ctx, 2); err != nil {
		t.Fatal(err)
	}
	storeArticle(t, db, &news.Article{ExternalID: "a2", Title: "Aleppo again", Text: "Madaya again."})
	after, err := x.TermDocs(ctx, []string{"aleppo", "madaya"})
	// aleppo comes from the snapshot (3, stale by one); madaya, under the
	// snapshot's floor, is counted (2).
	if err != nil || after[0] != 3 || after[1] != 2 {
		t.Errorf("TermDocs after refresh = %v, %v; want [3 2]", after, err)
	}
}

// TestAskStore asks through the real index: an empty store answers that
// nothing supports an answer; FTS5 syntax in a question is searched as words.
func TestAskStore(t *testing.T) {
	ctx := context.Background()
	db := openEmpty(t)
	a := ask.New(db.SentenceIndex(), ask.Options{Budget: time.Minute})
	now := time.Date(2017, 1, 1, 0, 0, 0, 0, time.UTC)
	ans, err := a.Ask(ctx, "How many were killed in Aleppo?", now)
	if err != nil || ans.Supported {
		t.Fatalf("empty store: %+v, %v; want unsupported", ans, err)
	}
	storeArticle(t, db, &news.Article{ExternalID: "conv-1", Title: "Air strikes hit aid convoy near Aleppo",
		Text: "At least 20 civilians were killed in the town of Orum al-Kubra, the Red Cross said. The convoy of 31 trucks was carrying food."})
	storeArticle(t, db, &news.Article{ExternalID: "other-1", Title: "Floods in Bangladesh",
		Text: "Heavy rain flooded villages in Bangladesh. Thousands of families moved to higher ground."})
	for _, q := range []string{
		"How many trucks were in the aid convoy near Aleppo?",
		`How many "trucks were in the aid convoy near Aleppo? NEAR(convoy trucks) title:aleppo conv*`,
	} {
		ans, err = a.Ask(ctx, q, now)
		if err != nil || !strings.Contains(ans.Answer, "31 trucks") || ans.Citations[0].ArticleID != "conv-1" {
			t.Errorf("Ask(%q) = %+v, %v; want 31 trucks from conv-1", q, ans, err)
		}
	}
}

package storetest

import (
	"context"
	"math"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/conflict-digest/conflict-digest/news"
)

// SentenceSearcher is the sentence index as the question answerer reads it
// (ask.SentenceSearcher, ask.SentenceReader and ask.FactReader).
type SentenceSearcher interface {
	SentenceCount(ctx context.Context) (int64, error)
	TermDocs(ctx context.Context, terms []string) ([]int64, error)
	SentenceHits(ctx context.Context, terms []string, limit int) ([]news.SentenceRef, error)
	SentenceHitsAny(ctx context.Context, words []string, limit int) ([]news.SentenceRef, error)
	PhraseArticles(ctx context.Context, words []string, limit int) ([]int64, error)
	ArticleDates(ctx context.Context, ids []int64) (map[int64]time.Time, error)
	Articles(ctx context.Context, ids []int64) ([]news.Article, error)
	ArticleSentences(ctx context.Context, ids []int64) (map[int64][]string, error)
	ArticleFacts(ctx context.Context, ids []int64) (map[int64]news.Facts, error)
	ArticleStories(ctx context.Context, ids []int64) (map[int64]news.Story, error)
}

// addWithSentences stores an article whose text is sentences, indexed in
// its own transaction.
func (w *world) addWithSentences(t *testing.T, source int64, ext, title string, sentences ...string) *news.NewArticle {
	t.Helper()
	n := w.newArticle(item{source: source, ext: ext, title: title, text: strings.Join(sentences, " ")})
	n.Sentences = news.IndexedSentences(title, sentences)
	n.Analysis.Facts.Killed = &news.Figure{Value: int64(len(sentences)), Qualifier: news.Qualifier("at_least")}
	must(t, w.s.CreateArticle(context.Background(), n))
	return n
}

func testSentenceIndex(t *testing.T, h Harness) {
	if h.Sentences == nil {
		t.Skip("the store has no sentence index")
	}
	w := newWorld(t, h)
	ctx := context.Background()
	a := w.addWithSentences(t, w.curated, "s1", "Truce collapses in Aleppo",
		"The ceasefire collapsed on Monday.", "An aid convoy was hit near Aleppo.")
	b := w.addWithSentences(t, w.curated, "s2", "Talks resume",
		"Diplomats met in Geneva.", "The ceasefire collapsed again, they said.")
	g := w.addWithSentences(t, w.ga, "s3", "Guild A: ceasefire collapsed", "Local report.")
	op, ga := h.Sentences(w.s, ""), h.Sentences(w.s, "guild-a")

	n, err := op.SentenceCount(ctx)
	must(t, err)
	if n != 8 {
		t.Fatalf("SentenceCount = %d, want 8 (3 + 3 + 2)", n)
	}
	hits, err := op.SentenceHits(ctx, []string{"ceasefire", "collapsed"}, 10)
	must(t, err)
	// A reader may be handed hits it may not see (SQLite's index is
	// shared); what it reads through Articles is its own.
	hits = visibleHits(ctx, t, op, hits)
	want := []news.SentenceRef{{ArticleID: b.Article.ID, Position: 2}, {ArticleID: a.Article.ID, Position: 1}}
	if !equal(hits, want) {
		t.Fatalf("operator's hits %v, want %v (newest article first, no guild's)", hits, want)
	}
	hits, err = ga.SentenceHits(ctx, []string{"ceasefire", "collapsed"}, 2)
	must(t, err)
	want = []news.SentenceRef{{ArticleID: g.Article.ID, Position: 0}, {ArticleID: b.Article.ID, Position: 2}}
	if !equal(hits, want) {
		t.Fatalf("guild-a's hits %v, want %v", hits, want)
	}
	hits, err = op.SentenceHitsAny(ctx, []string{"geneva", "convoy"}, 10)
	must(t, err)
	want = []news.SentenceRef{{ArticleID: b.Article.ID, Position: 1}, {ArticleID: a.Article.ID, Position: 2}}
	if !equal(hits, want) {
		t.Fatalf("any hits %v, want %v", hits, want)
	}
	if hits, err := op.SentenceHits(ctx, []string{`"`, "*"}, 10); err != nil || len(hits) != 0 {
		t.Fatalf("hits for no words: %v, %v", hits, err)
	}
	ids, err := op.PhraseArticles(ctx, []string{"aid", "convoy"}, 10)
	must(t, err)
	if !equal(ids, []int64{a.Article.ID}) {
		t.Fatalf("phrase articles %v, want [%d]", ids, a.Article.ID)
	}
	ids, err = op.PhraseArticles(ctx, []string{"convoy", "aid"}, 10)
	must(t, err)
	if len(ids) != 0 {
		t.Fatalf("phrase out of order found %v", ids)
	}
	arts, err := op.Articles(ctx, []int64{a.Article.ID, g.Article.ID})
	must(t, err)
	if len(arts) != 1 || arts[0].ID != a.Article.ID || arts[0].Title != "Truce collapses in Aleppo" {
		t.Fatalf("operator reads %+v, want article %d only", arts, a.Article.ID)
	}
	dates, err := ga.ArticleDates(ctx, []int64{g.Article.ID, 999999})
	must(t, err)
	if len(dates) != 1 || !dates[g.Article.ID].Equal(base.Add(-time.Hour)) {
		t.Fatalf("dates %v", dates)
	}
	ss, err := op.ArticleSentences(ctx, []int64{a.Article.ID})
	must(t, err)
	if got := ss[a.Article.ID]; len(got) != 2 || got[1] != "An aid convoy was hit near Aleppo." {
		t.Fatalf("article sentences %q", got)
	}
	facts, err := op.ArticleFacts(ctx, []int64{b.Article.ID})
	must(t, err)
	if f := facts[b.Article.ID]; f.Killed == nil || f.Killed.Value != 2 {
		t.Fatalf("facts %+v", facts)
	}
	bare := w.newArticle(item{source: w.curated, ext: "s4", title: "No story"})
	bare.Story = nil
	must(t, w.s.CreateArticle(ctx, bare))
	stories, err := op.ArticleStories(ctx, []int64{a.Article.ID, g.Article.ID, bare.Article.ID, 999999})
	must(t, err)
	if len(stories) != 1 || stories[a.Article.ID].ID != a.Story.ID || len(stories[a.Article.ID].Sources) != 1 {
		t.Fatalf("ArticleStories %+v: want a's story only (g's needs a view, s4 has none)", stories)
	}
	terms, err := op.TermDocs(ctx, []string{"ceasefire", "zzz"})
	must(t, err)
	if !equal(terms, []int64{3, 0}) {
		t.Fatalf("TermDocs before refresh %v, want [3 0] (counted)", terms)
	}
	must(t, w.s.RefreshSentenceTerms(ctx, 1))
	terms, err = op.TermDocs(ctx, []string{"ceasefire", "zzz"})
	must(t, err)
	if !equal(terms, []int64{3, 0}) {
		t.Fatalf("TermDocs after refresh %v, want [3 0]", terms)
	}
}

func testIndexMissingSentences(t *testing.T, h Harness) {
	if h.Sentences == nil {
		t.Skip("the store has no sentence index")
	}
	w := newWorld(t, h)
	ctx := context.Background()
	w.addWithSentences(t, w.curated, "i1", "Indexed", "Already in the index.")
	late := w.add(t, item{source: w.curated, ext: "i2", title: "Stored without sentences", text: "Shelling resumed."})
	split := func(title, text string) []string { return news.IndexedSentences(title, []string{text}) }
	n, err := w.s.IndexMissingSentences(ctx, split, 1)
	must(t, err)
	if n != 1 {
		t.Fatalf("indexed %d, want 1", n)
	}
	hits, err := h.Sentences(w.s, "").SentenceHits(ctx, []string{"shelling"}, 10)
	must(t, err)
	if !equal(hits, []news.SentenceRef{{ArticleID: late.Article.ID, Position: 1}}) {
		t.Fatalf("hits %v after catching up", hits)
	}
	if n, err := w.s.IndexMissingSentences(ctx, split, 10); err != nil || n != 0 {
		t.Fatalf("second catch-up indexed %d, %v; want 0", n, err)
	}
}

// visibleHits keeps the hits whose article the reader x may read.
func visibleHits(ctx context.Context, t *testing.T, x SentenceSearcher, hits []news.SentenceRef) []news.SentenceRef {
	t.Helper()
	var ids []int64
	for _, h := range hits {
		ids = append(ids, h.ArticleID)
	}
	arts, err := x.Articles(ctx, ids)
	must(t, err)
	seen := map[int64]bool{}
	for _, a := range arts {
		seen[a.ID] = true
	}
	var out []news.SentenceRef
	for _, h := range hits {
		if seen[h.ArticleID] {
			out = append(out, h)
		}
	}
	return out
}

// ArticleIndex is what a store's sentence index may also offer the
// question answerer (ask.ArticleSearcher): plain bm25's counts over whole
// articles, and the articles holding a word.
type ArticleIndex interface {
	ArticleTermDocs(ctx context.Context, terms []string) (news.ArticleStats, error)
	ArticleHitsAny(ctx context.Context, words []string, limit int) ([]int64, error)
}

func testArticleIndex(t *testing.T, h Harness) {
	if h.Sentences == nil {
		t.Skip("the store has no sentence index")
	}
	w := newWorld(t, h)
	ctx := context.Background()
	a := w.addWithSentences(t, w.curated, "b1", "Convoy hit near Aleppo", "The convoy was hit.", "Aid was lost on the convoy's road.")
	b := w.addWithSentences(t, w.curated, "b2", "Talks resume", "Diplomats met in Geneva about the convoy.")
	g := w.addWithSentences(t, w.ga, "b3", "Guild A: convoy", "Local report.")
	op, ok := h.Sentences(w.s, "").(ArticleIndex)
	if !ok {
		t.Skip("the store's sentence index offers no article index")
	}
	ga := h.Sentences(w.s, "guild-a").(ArticleIndex)

	st, err := op.ArticleTermDocs(ctx, []string{"convoy", "Geneva", "zzz", `"*`})
	must(t, err)
	// an article counts once however often it holds the word (a: title and twice in the text)
	if st.Articles != 3 || !equal(st.Docs, []int64{3, 1, 0, 0}) {
		t.Fatalf("ArticleTermDocs = %d articles, docs %v; want 3, [3 1 0 0]", st.Articles, st.Docs)
	}
	chars := 0
	for _, n := range []*news.NewArticle{a, b, g} {
		chars += utf8.RuneCountInString(n.Article.Title) + utf8.RuneCountInString(n.Article.Text)
	}
	if want := float64(chars) / 3; math.Abs(st.MeanChars-want) > 1e-9 {
		t.Fatalf("MeanChars = %v, want %v (title and text, in characters)", st.MeanChars, want)
	}

	for _, c := range []struct {
		name  string
		r     ArticleIndex
		words []string
		limit int
		want  []int64
	}{
		{"any word, newest first", op, []string{"geneva", "aleppo"}, 10, []int64{b.Article.ID, a.Article.ID}},
		{"a guild's article left out", op, []string{"convoy"}, 10, []int64{b.Article.ID, a.Article.ID}},
		{"the guild reads its own", ga, []string{"convoy"}, 10, []int64{g.Article.ID, b.Article.ID, a.Article.ID}},
		{"limit", ga, []string{"convoy"}, 1, []int64{g.Article.ID}},
		{"no words", op, []string{`"`, "*"}, 10, nil},
		{"unknown word", op, []string{"zzz"}, 10, nil},
	} {
		got, err := c.r.ArticleHitsAny(ctx, c.words, c.limit)
		must(t, err)
		if !equal(got, c.want) {
			t.Errorf("%s: ArticleHitsAny(%q, %d) = %v, want %v", c.name, c.words, c.limit, got, c.want)
		}
	}
}

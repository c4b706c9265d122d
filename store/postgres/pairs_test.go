package postgres_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
	"github.com/conflict-digest/conflict-digest/store/fold"
	"github.com/conflict-digest/conflict-digest/store/postgres"
)

// phraseWords make the phrase corpus: few words, so that the phrase
// window (PhraseScan articles holding all of a phrase's words) binds.
var phraseWords = []string{"Syria's", "Idlib", "syria", "road", "s", "a", "Aleppo", "the", "U.S."}

// phraseItems returns n articles of three sentences of eight random words.
func phraseItems(r *rand.Rand, b, n int) []*news.NewArticle {
	var items []*news.NewArticle
	for i := range n {
		k := b*n + i
		title := fmt.Sprintf("Phrase %d", k)
		s := []string{title}
		for range 3 {
			var ws []string
			for range 8 {
				w := phraseWords[r.IntN(len(phraseWords))]
				if r.IntN(40) == 0 {
					w = "Shayrat" // a rare word: its phrases' window holds all of them
				}
				ws = append(ws, w)
			}
			s = append(s, strings.Join(ws, " ")+".")
		}
		items = append(items, &news.NewArticle{
			Article: &news.Article{ExternalID: fmt.Sprintf("phrase-%05d", k), Title: title, Text: strings.Join(s[1:], " "),
				SourceName: "bulk", Published: time.Date(2016, 9, 1, 0, 0, k, 0, time.UTC)},
			Sentences: s,
		})
	}
	return items
}

// wantPhrase is PhraseArticles by its definition: of the newest
// 4*PhraseScan sentences holding the phrase's words, those of their
// PhraseScan newest articles; the articles of those holding the phrase,
// newest first, up to limit.
func wantPhrase(items []*news.NewArticle, phrase []string, limit int, gone map[int64]bool) []int64 {
	byID := map[int64]*news.NewArticle{}
	for _, n := range items {
		byID[n.Article.ID] = n
	}
	var out []int64
	hits := wantHits(items, phrase, true, 4*postgres.PhraseScan, gone)
	arts := 0
	for i, h := range hits {
		if i == 0 || hits[i-1].ArticleID != h.ArticleID {
			if arts == postgres.PhraseScan {
				break
			}
			arts++
		}
		held := fold.HasPhrase(byID[h.ArticleID].Sentences[h.Position], phrase)
		if held && len(out) < limit && (len(out) == 0 || out[len(out)-1] != h.ArticleID) {
			out = append(out, h.ArticleID)
		}
	}
	return out
}

// phraseCases are phrases of the corpus's words, with pairs posted and
// without, frequent and never found, and their limits.
var phraseCases = []struct {
	phrase string
	limit  int
}{
	{"Syria's Idlib", 200}, {"syria s idlib", 5}, {"Aleppo s road", 200}, {"a road", 200},
	{"U.S. road", 200}, {"the road", 200}, {"road the Aleppo", 200}, {"s s", 200},
	{"Idlib s a the", 200}, {"Syria's Idlib a road", 200}, {"syria", 10}, {"s", 200},
	{"idlib nothing s", 200}, {"u s a", 3},
	{"Syria's Shayrat", 200}, {"s shayrat", 200}, {"shayrat a", 200}, {"the Shayrat s", 200},
}

// TestPhrasePairs finds by the pairs' postings (migration 0014) the
// articles PhraseArticles finds by its definition, and by the words'
// postings, which it reads until every article's pairs are posted: on
// postings written by batches at once, where the window binds, with
// removed articles, and after the pairs of articles stored before 0014
// are posted (IndexMissingSentences).
func TestPhrasePairs(t *testing.T) {
	ctx := context.Background()
	db, url, schema := openIn(t)
	r := rand.New(rand.NewPCG(15, 14))
	var items []*news.NewArticle
	for b := range 18 {
		batch := phraseItems(r, b, 100)
		var err error
		if b%2 == 0 {
			err = db.CopyArticles(ctx, batch)
		} else {
			_, err = db.CreateArticles(ctx, batch)
		}
		if err != nil {
			t.Fatal(err)
		}
		items = append(items, batch...)
	}
	gone := map[int64]bool{}
	for _, n := range items {
		if n.Article.ID%7 == 3 {
			gone[n.Article.ID] = true
			if err := db.ExecForTest(ctx, fmt.Sprintf("DELETE FROM articles WHERE id = %d", n.Article.ID)); err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := db.RefreshSentenceTerms(ctx, 1); err != nil {
		t.Fatal(err)
	}
	check := func(db *postgres.Services, how string) {
		t.Helper()
		for _, gain := range []int64{0, 4} { // the pairs whenever posted; when 4 times rarer
			undo := postgres.SetPairGainForTest(gain)
			checkPhrases(t, db, items, gone, fmt.Sprintf("%s, gain %d", how, gain))
			undo()
		}
	}
	check(db, "pairs")
	// as stored before migration 0014: the words' postings are read until
	// the pairs are posted
	for _, q := range []string{`DELETE FROM sentence_postings WHERE strpos(term, ' ') > 0`, `UPDATE sentence_articles SET paired = false`} {
		if err := db.ExecForTest(ctx, q); err != nil {
			t.Fatal(err)
		}
	}
	old, err := postgres.OpenServices(ctx, url, postgres.WithSchema(schema))
	if err != nil {
		t.Fatal(err)
	}
	defer old.Close()
	check(old, "before the pairs are posted")
	split := func(title, text string) []string { t.Fatal("no article is unindexed"); return nil }
	if _, err := old.IndexMissingSentences(ctx, split, 70); err != nil {
		t.Fatal(err)
	}
	check(old, "pairs posted after")
}

// checkPhrases compares PhraseArticles with wantPhrase on phraseCases.
func checkPhrases(t *testing.T, db *postgres.Services, items []*news.NewArticle, gone map[int64]bool, how string) {
	t.Helper()
	ctx := context.Background()
	x := db.SentenceIndexFor("")
	bound := 0
	for _, c := range phraseCases {
		phrase := fold.Words(c.phrase)
		got, err := x.PhraseArticles(ctx, strings.Fields(c.phrase), c.limit)
		if err != nil {
			t.Fatal(err)
		}
		want := wantPhrase(items, phrase, c.limit, gone)
		if !slices.Equal(got, want) {
			t.Errorf("%s: PhraseArticles(%q, %d) = %d %v, want %d %v", how, c.phrase, c.limit, len(got), got[:min(len(got), 8)], len(want), want[:min(len(want), 8)])
		}
		if len(wantHits(items, phrase, true, 1e6, gone)) > len(wantHits(items, phrase, true, 4*postgres.PhraseScan, gone)) {
			bound++
		}
	}
	if bound < 5 {
		t.Errorf("the window binds for %d phrases, want 5 or more", bound)
	}
}

package store

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
	"github.com/conflict-digest/conflict-digest/store/fold"
)

func TestHoldsPhrase(t *testing.T) {
	tests := []struct {
		text, phrase string
		want         bool
	}{
		{"A chemical attack hit Khan Sheikhoun.", "chemical attack", true},
		{"A chemical attack hit Khan Sheikhoun.", "attack chemical", false},
		{"CHEMICAL--attack", "chemical attack", true},
		{"chemicals attack", "chemical attack", false},
		{"Orum al-Kubra was hit", "orum al kubra", true},
		{"Café Ḥalab reopened", "cafe halab", true},
		{"Алеппо под огнём", "алеппо под", true},
		{"", "a", false},
		{"x", "", false},
	}
	for _, tt := range tests {
		arg, _ := phraseArg([]string{tt.phrase})
		var seqs [][]string
		if arg != "" {
			seqs = [][]string{strings.Split(arg, " ")}
		}
		if got := holdsPhrase(tt.text, seqs); got != tt.want {
			t.Errorf("holdsPhrase(%q, %q) = %v, want %v", tt.text, tt.phrase, got, tt.want)
		}
	}
}

// FuzzHoldsPhrase checks the in-place scan against folding the whole text:
// both must agree whether the text holds runs of its own words.
func FuzzHoldsPhrase(f *testing.F) {
	for _, s := range []string{"A chemical attack", "x--y z", "Café Ḥalab", "", "\xff\xfe", `"NEAR(a b)"*`, "a a a b"} {
		f.Add(s, 2)
	}
	f.Fuzz(func(t *testing.T, text string, n int) {
		if len(text) > 1000 {
			return // the checks below are quadratic in the words
		}
		words := fold.Words(text)
		n = min(max(n, 1), 4)
		if len(words) < n {
			return
		}
		seq := words[len(words)-n:]
		if !holdsPhrase(text, [][]string{seq}) {
			t.Fatalf("holdsPhrase(%q, %q) = false; the text ends with it", text, seq)
		}
		for k := range words {
			for m := k + 1; m <= min(len(words), k+3); m++ {
				if got, want := holdsPhrase(text, [][]string{words[k:m]}), hasSequence(words, words[k:m]); got != want {
					t.Fatalf("holdsPhrase(%q, %q) = %v, folding says %v", text, words[k:m], got, want)
				}
			}
		}
	})
}

// TestPhraseArticlesScanBound stores more articles with a sentence holding
// a phrase's words than PhraseArticles reads: only the newest PhraseScan are
// checked, so an old article holding the phrase is not found, and a new one
// is; words split across sentences are no phrase.
func TestPhraseArticlesScanBound(t *testing.T) {
	db, _ := openTest(t)
	ctx := context.Background()
	items := []*news.NewArticle{newItem("old", "Old", "the convoy was hit near the aid depot", day(1))}
	for i := range PhraseScan {
		items = append(items, newItem(fmt.Sprintf("n-%d", i), "Filler", "aid reached the town; the aid left, a convoy was then hit", day(2)))
	}
	items = append(items, newItem("new", "New", "the aid convoy was hit", day(3)))
	if _, err := db.CreateArticles(ctx, items); err != nil {
		t.Fatal(err)
	}
	split := func(title, text string) []string { return append([]string{title}, strings.Split(text, "; ")...) }
	if _, err := db.IndexMissingSentences(ctx, split, 500); err != nil {
		t.Fatal(err)
	}
	x := db.SentenceIndex()
	ids, err := x.PhraseArticles(ctx, []string{"aid", "convoy"}, 10)
	if err != nil || len(ids) != 1 || ids[0] != items[len(items)-1].Article.ID {
		t.Errorf("PhraseArticles(aid convoy) = %v, %v; want only the newest article", ids, err)
	}
	ids, err = x.PhraseArticles(ctx, []string{"convoy", "was", "hit"}, 10)
	if err != nil || len(ids) != 1 || ids[0] != items[len(items)-1].Article.ID {
		t.Errorf("PhraseArticles(convoy was hit) = %v, %v; want the newest only (the old one is past the scan)", ids, err)
	}
}

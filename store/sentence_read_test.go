package store_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/analyze"
	"github.com/conflict-digest/conflict-digest/ask"
	"github.com/conflict-digest/conflict-digest/news"
)

// An article stored with its analysis's sentences is answered from them:
// the asker reads the sentences the index kept and never splits the text
// again; an article stored without them is split as before.
func TestAskReadsStoredSentences(t *testing.T) {
	ctx := context.Background()
	db := openEmpty(t)
	a := &news.Article{ExternalID: "conv-1", Title: "Air strikes hit aid convoy near Aleppo",
		Text: "At least 20 civilians were killed in the town of Orum al-Kubra, the Red Cross said.\n\nThe convoy of 31 trucks was carrying food."}
	an := analyze.Analyze(a)
	if err := db.CreateArticle(ctx, &news.NewArticle{Article: a, Analysis: &an, Sentences: news.IndexedSentences(a.Title, an.Sentences)}); err != nil {
		t.Fatal(err)
	}
	got, err := db.SentenceIndex().ArticleSentences(ctx, []int64{a.ID, a.ID + 1})
	if err != nil || strings.Join(got[a.ID], "|") != strings.Join(an.Sentences, "|") || len(got) != 1 {
		t.Fatalf("ArticleSentences = %v, %v; want the analysis's %q", got, err, an.Sentences)
	}
	split := 0
	asker := ask.New(db.SentenceIndex(), ask.Options{Budget: time.Minute, Split: func(s string) []string { split++; return analyze.Sentences(s) }})
	ans, err := asker.Ask(ctx, "How many trucks were in the aid convoy near Aleppo?", time.Date(2017, 1, 1, 0, 0, 0, 0, time.UTC))
	if err != nil || !strings.Contains(ans.Answer, "31 trucks") || split != 0 {
		t.Errorf("answer %q (%v) after %d splits; want 31 trucks and no split", ans.Answer, err, split)
	}
}

package ask

import (
	"context"
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

func TestSinceEvent(t *testing.T) {
	for q, want := range map[string]string{
		"How many were killed since the truce?":           "truce",
		"Has Aleppo been shelled since the ceasefire?":    "ceasefire",
		"Who has died since March 2017?":                  "",
		"What happened since the 8 April 2017 strike?":    "",
		"How many were killed in the truce?":              "",
		"Since the":                                       "",
		"Who was killed since the start of the offensive": "start",
	} {
		toks := tokenize(q)
		if got := sinceEvent(toks); got != want {
			t.Errorf("sinceEvent(%q) = %q, want %q", q, got, want)
		}
	}
}

// TestAskSinceTruce asks about the time since the latest truce the store
// knows: the shelling before it (and after an older truce) is not the answer.
func TestAskSinceTruce(t *testing.T) {
	arts := []news.Article{
		{ExternalID: "truce-old", Title: "Truce declared in Daraa", Published: date("2017-01-10"),
			Text: "A truce was declared in Daraa province on Tuesday."},
		{ExternalID: "shell-before", Title: "Shelling hits Daraa market", Published: date("2017-02-01"),
			Text: "Shelling killed 12 people in a Daraa market on Wednesday, medics said."},
		{ExternalID: "truce-new", Title: "New truce agreed for Daraa", Published: date("2017-03-01"),
			Text: "Rebels and the army agreed a new truce for Daraa province."},
		{ExternalID: "shell-after", Title: "Shelling hits Daraa suburb", Published: date("2017-04-01"),
			Text: "Shelling killed 5 people in a Daraa suburb on Friday, medics said."},
	}
	a := New(newMemIndex(arts...), Options{})
	now := date("2017-05-01")
	q := Parse("How many people were killed by shelling in Daraa since the truce?", now)
	if err := a.resolveSince(context.Background(), &q, now); err != nil {
		t.Fatal(err)
	}
	if !q.Window.Since.Equal(date("2017-03-01")) || !q.Window.Until.Equal(now) {
		t.Fatalf("window [%s, %s), want [2017-03-01, %s)", q.Window.Since, q.Window.Until, now)
	}
	ans, err := a.Ask(context.Background(), "How many people were killed by shelling in Daraa since the truce?", now)
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Supported || len(ans.Citations) == 0 || ans.Citations[0].ArticleID != "shell-after" {
		t.Fatalf("answer %q citations %+v, want shell-after first", ans.Answer, ans.Citations)
	}
	if ans.Answer != "5 people" {
		t.Errorf("answer %q, want %q", ans.Answer, "5 people")
	}
	// A store with no truce leaves the window open.
	b := New(newMemIndex(arts[1], arts[3]), Options{})
	q = Parse("How many people were killed since the truce?", now)
	if err := b.resolveSince(context.Background(), &q, now); err != nil || !q.Window.IsZero() {
		t.Errorf("no truce: window %+v, err %v; want none", q.Window, err)
	}
}

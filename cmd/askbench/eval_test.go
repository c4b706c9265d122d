package main

import (
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

func TestBM25Baseline(t *testing.T) {
	arts := []news.Article{
		{ExternalID: "a", Title: "Convoy hit near Aleppo", Text: "Air strikes hit an aid convoy near Aleppo. Twenty people were killed."},
		{ExternalID: "b", Title: "Talks in Geneva", Text: "Diplomats met in Geneva to discuss a truce for Aleppo."},
		{ExternalID: "c", Title: "Floods", Text: "Heavy rain flooded villages."},
	}
	x := newBM25(arts)
	ans, ids := x.answer("How many people were killed near Aleppo?")
	if len(ids) == 0 || ids[0] != "a" || ans != "Twenty people were killed." {
		t.Errorf("answer %q from %v, want a's sentence on the dead first", ans, ids)
	}
	if ans, ids := x.answer("What is the price of bitcoin?"); ans != "" || ids != nil {
		t.Errorf("a question no article holds a word of: %q %v, want nothing", ans, ids)
	}
}

func TestMark(t *testing.T) {
	copies := map[string]string{"x-1": "k", "x-2": "k", "y": "other"}
	var s score
	g := goldQuestion{A: "20,000", ArticleID: "x-1"}
	if !mark(&s, g, "about 20000 people", []string{"x-1", "y"}, copies) {
		t.Error("a right answer and first citation not marked right")
	}
	mark(&s, g, "about 20000 people", []string{"x-2"}, copies) // the copy: cite1 wrong, copies-as-one right
	mark(&s, goldQuestion{None: true}, "", nil, copies)
	mark(&s, goldQuestion{None: true}, "Bettina Luescher", []string{"y"}, copies)
	if s.n != 4 || s.answer != 3 || s.cite1 != 2 || s.copy1 != 3 || s.cited != 2 {
		t.Errorf("score %+v, want n 4, answer 3, cite1 2, copy1 3, cited 2", s)
	}
}

// TestHalfIsFixed: the split of a question file does not move (the fit
// half is what rules are tuned on; the report half is never read).
func TestHalfIsFixed(t *testing.T) {
	for id, want := range map[string]string{
		"q-fakes-545-0":  "fit",
		"q-rw-2356794-0": "report",
	} {
		if got := half(id); got != want {
			t.Errorf("half(%q) = %q, want %q", id, got, want)
		}
	}
}

// TestFloorCause: a first citation that is not plain bm25's first is put
// down to the answerer's floor as its debug log shows it.
func TestFloorCause(t *testing.T) {
	now := time.Date(2017, 12, 30, 0, 0, 0, 0, time.UTC)
	const q = "How many people fled the floods in Varonia?"
	cands := func(top loggedCand) []loggedCand { return []loggedCand{{id: "ours"}, top} }
	for _, c := range []struct {
		name      string
		q         string
		ids, bids []string
		cands     []loggedCand
		want      string
	}{
		{"same", q, []string{"a"}, []string{"a"}, nil, ""},
		{"declined", q, nil, []string{"a"}, nil, causeDeclined},
		{"state", "Is the ceasefire in Varonia holding?", []string{"ours"}, []string{"a"}, nil, causeState},
		{"not read", q, []string{"ours"}, []string{"a"}, cands(loggedCand{id: "b"}), causeUnread},
		{"may not answer", q, []string{"ours"}, []string{"a"}, cands(loggedCand{id: "a"}), causeMayNot},
		{"near tie", q, []string{"ours"}, []string{"a"}, cands(loggedCand{id: "a", floor: true}), causeNearTie},
		{"override", q, []string{"ours"}, []string{"a"}, cands(loggedCand{id: "a", floor: true, lead: true}), causeOverride},
	} {
		if got := floorCause(c.q, now, c.ids, c.bids, c.cands); got != c.want {
			t.Errorf("%s: cause %q, want %q", c.name, got, c.want)
		}
	}
}

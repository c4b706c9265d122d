package main

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
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
	nears := map[string][]string{"x-1": {"z"}, "z": {"x-1"}}
	if !mark(&s, g, "about 20000 people", []string{"x-1", "y"}, copies, nears) {
		t.Error("a right answer and first citation not marked right")
	}
	mark(&s, g, "about 20000 people", []string{"x-2"}, copies, nears) // the copy: cite1 wrong, copies-as-one right
	mark(&s, g, "about 20000 people", []string{"z"}, copies, nears)   // a near copy: only the near line right
	mark(&s, goldQuestion{None: true}, "", nil, copies, nears)
	mark(&s, goldQuestion{None: true}, "Bettina Luescher", []string{"y"}, copies, nears)
	if s.n != 5 || s.answer != 4 || s.cite1 != 2 || s.copy1 != 3 || s.near1 != 4 || s.cited != 2 {
		t.Errorf("score %+v, want n 5, answer 4, cite1 2, copy1 3, near1 4, cited 2", s)
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

func TestSpanCause(t *testing.T) {
	const (
		s1     = "Kello Aid announced on Monday that it had dismissed 9 staff."
		s2     = "Help the Elders announced on Monday that it had fired 14 staff."
		report = "Two charities dismissed staff. " + s1 + " " + s2
	)
	span := func(sentence, text string, score float64) loggedSpan {
		return loggedSpan{id: "r", sentence: sentence, text: text, score: score}
	}
	for _, c := range []struct {
		name, want, text, sentence string
		spans                      []loggedSpan
		cause                      string
	}{
		{"right", "Kello Aid", "Kello Aid", s1, []loggedSpan{span(s1, "Kello Aid", 1)}, ""},
		{"other span of the sentence", "Help the Elders", "Monday", s2,
			[]loggedSpan{span(s2, "Monday", 1), span(s2, "Help the Elders", 0.8)}, spanInSentence},
		{"no span holds it", "Help the Elders", "Elders", s2,
			[]loggedSpan{span(s2, "Elders", 1), span(s2, "Help", 0.8)}, spanUncut},
		{"near", "Help the Elders", "Kello Aid", s1,
			[]loggedSpan{span(s1, "Kello Aid", 1), span(s2, "Help the Elders", 0.95)}, spanNear},
		{"far", "Help the Elders", "Kello Aid", s1,
			[]loggedSpan{span(s1, "Kello Aid", 1), span(s2, "Help the Elders", 0.5)}, spanFar},
		{"cut short", "fired 14 staff", "Kello Aid", s1,
			[]loggedSpan{span(s1, "Kello Aid", 1), span(s2, "14 staff", 0.5)}, spanShort},
		{"none", "two charities", "Kello Aid", s1, []loggedSpan{span(s1, "Kello Aid", 1)}, spanNone},
		{"unwritten", "Helpers of the Elderly", "Kello Aid", s1, []loggedSpan{span(s1, "Kello Aid", 1)}, spanUnwritten},
		{"another report's span", "Help the Elders", "Kello Aid", s1,
			[]loggedSpan{span(s1, "Kello Aid", 1), {id: "other", sentence: s2, text: "Help the Elders", score: 0.95}}, spanNone},
	} {
		if got := spanCause(c.want, c.text, "r", c.sentence, c.spans, report); got != c.cause {
			t.Errorf("%s: cause %q, want %q", c.name, got, c.cause)
		}
	}
}

// TestReadArticlesSaysSkippedLines: a record the reader cannot take (here a
// published that is no date) is left out and said, the rest are read.
func TestReadArticlesSaysSkippedLines(t *testing.T) {
	p := filepath.Join(t.TempDir(), "a.jsonl")
	in := `{"id":"x1","text":"one","published":"date unknown (covers May 2019)"}` + "\n" +
		`{"id":"x2","text":"two","published":"2019-05-02"}` + "\n"
	if err := os.WriteFile(p, []byte(in), 0o600); err != nil {
		t.Fatal(err)
	}
	var warn strings.Builder
	arts, err := readArticles([]string{p}, &warn)
	if err != nil {
		t.Fatal(err)
	}
	if len(arts) != 1 || arts[0].ExternalID != "x2" {
		t.Fatalf("read %+v, want only x2", arts)
	}
	if !strings.Contains(warn.String(), "line 1") || !strings.Contains(warn.String(), "date unknown") {
		t.Errorf("warning %q does not name the skipped line", warn.String())
	}
}

// TestNearCopies: one wire story carried by two outlets with small edits
// (their own headline, a word changed, a sentence cut, one added) is one
// source; another outlet's own report of the same event is not; and two
// briefs a round-up holds whole are each the round-up's near copy but not
// each other's.
func TestNearCopies(t *testing.T) {
	const (
		wire = "Negotiators from Varonia and the Kessel Front agreed on Tuesday to a thirty day truce around the port of Amsel, " +
			"mediators in Dorvik said, after four weeks of shelling that emptied whole districts. " +
			"The deal allows convoys of food and fuel into the port and the exchange of 40 detainees on each side. " +
			"Monitors from the Dorvik commission will watch the front line from Thursday."
		edited = "Negotiators from Varonia and the Kessel Front agreed on Tuesday to a 30 day truce around the port of Amsel, " +
			"mediators in Dorvik said, after four weeks of shelling that emptied whole districts. " +
			"The deal allows convoys of food and fuel into the port and the exchange of 40 detainees on each side. " +
			"Residents greeted the news with caution."
		own = "A truce was reached for Amsel. Varonia's government and the Kessel Front rebels both signed a text in Dorvik " +
			"on Tuesday, officials said, which is meant to last a month and to let relief lorries reach the harbour, where " +
			"prices have tripled since the shelling began. Prisoners are also to be swapped."
		briefA = "Floods in the Tarn valley forced some 3,000 families from their homes on Monday, the regional authority said, " +
			"as rivers rose above levels not seen for a generation."
		briefB = "Election officials in Orlen said turnout reached 61 percent on Sunday, with counting in the capital expected " +
			"to last until Wednesday evening at the earliest."
	)
	arts := []news.Article{
		{ExternalID: "wire", Title: "Truce agreed for Amsel", Text: wire},
		{ExternalID: "edited", Title: "Amsel: month-long truce, detainee swap", Text: edited},
		{ExternalID: "own", Title: "Truce for Amsel", Text: own},
		{ExternalID: "a", Title: "Floods", Text: briefA},
		{ExternalID: "b", Title: "Turnout", Text: briefB},
		{ExternalID: "roundup", Title: "News in brief", Text: briefA + " " + briefB},
		{ExternalID: "short", Title: "Truce", Text: "Negotiators from Varonia and the Kessel Front agreed on Tuesday to a truce."},
	}
	got := nearCopies(arts)
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"wire", "edited", true}, {"edited", "wire", true}, {"wire", "own", false},
		{"a", "roundup", true}, {"b", "roundup", true}, {"a", "b", false},
		{"wire", "short", false}, // under nearMinWords: never a near copy
	} {
		if is := slices.Contains(got[c.a], c.b); is != c.want {
			t.Errorf("%s near copy of %s: %v, want %v (%v)", c.b, c.a, is, c.want, got)
		}
	}
}

// TestReadGoldNoneWritten: a question whose answer and article are both
// "none" (q-cf3's way of writing it) is one nothing answers.
func TestReadGoldNoneWritten(t *testing.T) {
	p := filepath.Join(t.TempDir(), "q.jsonl")
	in := `{"id":"n","q":"Who won the Varonia cup?","a":"none","article_id":"none"}` + "\n" +
		`{"id":"a","q":"How many?","a":"none","article_id":"x"}` + "\n"
	if err := os.WriteFile(p, []byte(in), 0o600); err != nil {
		t.Fatal(err)
	}
	qs, err := readGold(p)
	if err != nil {
		t.Fatal(err)
	}
	if !qs[0].None || qs[0].ArticleID != "" || qs[1].None {
		t.Errorf("read %+v, want only the first none", qs)
	}
	var s score
	if !mark(&s, qs[0], "", nil, nil, nil) {
		t.Error("declining it is not marked right")
	}
}

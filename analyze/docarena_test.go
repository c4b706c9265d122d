package analyze

import (
	"encoding/json"
	"slices"
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// TestArenaBuf: a buffer hands out its kept array when it has the room,
// a new one when it has not or is taken already, and reset clears what
// was filled.
func TestArenaBuf(t *testing.T) {
	var b arenaBuf[string]
	x := b.take(2)
	x = append(x, "a", "b", "c") // past its room: grown
	b.keep(x)
	if y := b.take(1); cap(y) == cap(x) {
		t.Errorf("a second take got the taken array")
	}
	b.reset()
	if got := b.buf[:3]; !slices.Equal(got, []string{"", "", ""}) {
		t.Errorf("after reset the array holds %q, want it cleared", got)
	}
	y := b.take(3)
	if cap(y) != cap(x) || len(y) != 0 {
		t.Errorf("take after reset: len %d cap %d, want the kept array (cap %d), empty", len(y), cap(y), cap(x))
	}
	if z := (&arenaBuf[string]{}).take(0); z == nil {
		t.Errorf("take(0) of an empty buffer is nil")
	}
}

// TestAnalyzeLeavesArenaAlone: an analysis made in the arenas Analyze
// takes and puts back (cleared, then filled by other articles) is the one
// made in an arena of its own, never reused: nothing an analysis holds
// points into its arena.
func TestAnalyzeLeavesArenaAlone(t *testing.T) {
	articles := []news.Article{
		{Title: "Air strikes kill 12 civilians in Idlib, monitor says", Text: "BEIRUT (Reuters) - Air strikes killed at least 12 civilians " +
			"in Syria's Idlib province on Tuesday, the Syrian Observatory for Human Rights said. Aid deliveries resumed after a " +
			"48-hour suspension, the UN said.\n\nThe talks in Geneva were postponed. Rebels and government forces traded fire."},
		{Title: "Ceasefire holds in eastern Ukraine", Text: "KIEV, 20 May 2015 - A ceasefire agreed in Minsk held on Wednesday, " +
			"officials said, as an aid convoy reached Donetsk. Three soldiers were wounded overnight, the army said."},
		{Title: "Stocks rise on trade hopes", Text: "Shares rose on Friday as investors bet on a trade deal between Washington and Beijing."},
	}
	var pooled []news.Analysis
	for range 3 {
		for i := range articles {
			pooled = append(pooled, Analyze(&articles[i]))
		}
	}
	for k, got := range pooled {
		a := &articles[k%len(articles)]
		want := analyzeIn(new(docArena), a)
		g, _ := json.Marshal(got)
		w, _ := json.Marshal(want)
		if string(g) != string(w) || !slices.Equal(got.Sentences, want.Sentences) {
			t.Errorf("analysis %d of %q, made in a pooled arena:\n got %s %q\nwant %s %q", k, a.Title, g, got.Sentences, w, want.Sentences)
		}
	}
}

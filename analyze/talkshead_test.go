package analyze

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// TestTalksWord: a word of the talks lexicon's diplomacy cues is read in
// its lexicon form (a plural's singular, a prefix cue's stem); a word of
// fighting is none.
func TestTalksWord(t *testing.T) {
	for _, c := range []struct {
		w, want string
		ok      bool
	}{
		{"proposal", "proposal", true},
		{"pacts", "pact", true},
		{"negotiators", "negotiat", true},
		{"mediators", "mediat", true},
		{"shelling", "", false},
		{"the", "", false},
	} {
		if got, ok := talksWord(c.w); got != c.want || ok != c.ok {
			t.Errorf("talksWord(%q) = %q, %v; want %q, %v", c.w, got, ok, c.want, c.ok)
		}
	}
}

// TestTalksFeatures: a cues head's input holds the layer's rule and gate
// features, cue evidence and n-grams of talks words, all inside the
// model's dimensions; an item of talks has more n-grams of talks words
// than one of fighting (whose parties' nouns, "rebel", "fighters", are
// words of the talks phrases too: "talks with the rebels").
func TestTalksFeatures(t *testing.T) {
	talks := NewSample(&news.Article{Text: "The rebels and the government agreed to discuss the mediators' peace proposals at a second round of negotiations."})
	fight := NewSample(&news.Article{Text: "Artillery shelled the rebel-held town overnight, killing nine fighters and wounding a dozen civilians."})
	h := &TalksHead{feats: TalksCues}
	grams := func(s *Sample) int {
		n := 0
		for _, i := range h.input(s).idx {
			if i >= modelDims {
				t.Fatalf("feature %d past the model's %d", i, modelDims)
			}
			if i >= talksGramBase {
				n++
			}
		}
		return n
	}
	if g, f := grams(&talks), grams(&fight); g <= 2*f {
		t.Errorf("talks words' n-grams: %d in the talks item, %d in the fighting; want more than twice as many", g, f)
	}
}

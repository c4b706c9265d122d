package analyze

import (
	"slices"
	"strings"
	"testing"

	"github.com/conflict-digest/conflict-digest/lang"
)

// speedSentences are sentences the faster readers below are checked on
// against the scans they replace.
var speedSentences = []string{
	// fit data: classify_viol13_test.go (ReliefWeb fit half, a UNHCR Yemen update)
	"The Protection Cluster reported two incidents of shelling that killed four civilians in Ad Durayhimi.",
	// constructed, for prefix cues ("hand*", "declar*") and a halt
	"Iran's foreign minister said the parties agreed to hand over the bodies and declared a halt to the fighting.",
	// fit data: governmentName's doc comment (scored.go; cf3 fit half, h-talks12)
	"Rocket fire hit the airport, violating a truce between the unity government and forces loyal to Haftar.",
	// constructed, for the talks masks' words
	"The head of the rebel delegation in Geneva said talks would resume on 17 May, negotiators hoped.",
}

// instantiate returns words a cue's tokens match: each pattern replaced by
// a word it matches ("kill*" by "killx", "_" by "x", "#year" by "2015",
// "#w" by "w", "*-led" by "x-led").
func instantiate(toks []string) []string {
	out := make([]string, len(toks))
	for k, t := range toks {
		switch {
		case t == "_":
			out[k] = "x"
		case t == "#year":
			out[k] = "2015"
		case t == "#w":
			out[k] = "w"
		case strings.HasPrefix(t, "*-"):
			out[k] = "x-" + t[2:]
		case strings.HasSuffix(t, "*"):
			out[k] = t[:len(t)-1] + "x"
		default:
			out[k] = t
		}
	}
	return out
}

// prefixScan is what matchHeads did for the prefix cues before prefixRun:
// every cue of the word's key, tried from its first token.
func prefixScan(m *matcher, words []string, w *weights, sp *spans) {
	for i, word := range words {
		if len(word) < prefixKey {
			continue
		}
		for _, id := range m.prefix[word[:prefixKey]] {
			if !m.cues[id].ruledOut(words, i) {
				m.try(id, words, i, 0, w, sp)
			}
		}
	}
}

// prefixRuns is what matchHeads does for them now.
func prefixRuns(m *matcher, words []string, w *weights, sp *spans) {
	for i, word := range words {
		if len(word) >= prefixKey && m.prefixAt != nil {
			if k := m.prefixAt[triIndex(word)]; k != 0 {
				m.tryPrefixes(k, word, words, i, w, sp)
			}
		}
	}
}

// TestTryPrefixesAsScan checks the prefix runs against the scan they
// replace, weights and spans alike: on every cue's own words (so that each
// prefix cue matches somewhere) and on sentences of fit data.
func TestTryPrefixesAsScan(t *testing.T) {
	var texts [][]string
	for _, c := range lex.cues {
		texts = append(texts, append([]string{"the"}, append(instantiate(c.toks), "said")...))
	}
	for _, s := range speedSentences {
		texts = append(texts, lang.Words(s))
	}
	tried := 0
	for _, ws := range texts {
		var w1, w2 weights
		var sp1, sp2 spans
		prefixScan(lex, ws, &w1, &sp1)
		prefixRuns(lex, ws, &w2, &sp2)
		if w1 != w2 || sp1 != sp2 {
			t.Errorf("%q: prefix runs give %v, the scan %v", strings.Join(ws, " "), w2, w1)
		}
		if w1 != (weights{}) {
			tried++
		}
	}
	if tried < 100 {
		t.Errorf("%d texts matched a prefix cue, want the lexicon's prefix cues to (100 or more)", tried)
	}
}

// TestPrefixRunsHoldTheirKeys checks that each run holds its key's cues in
// the order of prefix, each with its first token's stem.
func TestPrefixRunsHoldTheirKeys(t *testing.T) {
	for _, r := range lex.prefixRuns {
		if got, want := r.ids, lex.prefix[r.key]; lex.prefixAt[triIndex(r.key)] > 0 && !slices.Equal(got, want) {
			t.Errorf("run %q holds %v, prefix %v", r.key, got, want)
		}
		for j, id := range r.ids {
			if got, want := r.stems[r.stem[j]]+"*", lex.cues[id].toks[0]; got != want {
				t.Errorf("run %q: cue %d has stem %q, want the first token %q", r.key, id, got, want)
			}
		}
	}
}

// TestByNextTable checks each cue run's WordMap against its Go map.
func TestByNextTable(t *testing.T) {
	for w, r := range lex.runs {
		for next, ids := range r.byNext {
			if got := r.byNextT.Get(next); !slices.Equal(got, ids) {
				t.Errorf("run %q: byNextT[%q] = %v, want %v", w, next, got, ids)
			}
		}
		for _, other := range []string{"", "the", "xyzzy", w} {
			if got := r.byNextT.Get(other); !slices.Equal(got, r.byNext[other]) {
				t.Errorf("run %q: byNextT[%q] = %v, want %v", w, other, got, r.byNext[other])
			}
		}
	}
}

// TestMatchFromExact checks matchFrom(ws, 1) against match for every phrase
// of the gate's exact lists, on its own words and on the fit sentences.
func TestMatchFromExact(t *testing.T) {
	n := 0
	for first, tps := range gateAll.exact {
		for _, tp := range tps {
			ws := instantiate(tp.p)
			for k, w := range ws {
				if w == "..." {
					ws[k] = "x" // a gap of one word
				}
			}
			if got, want := tp.p.matchFrom(ws, 1), tp.p.match(ws); got != want || want == 0 {
				t.Errorf("%q on %q: matchFrom 1 = %d, match = %d (want equal, not 0)", strings.Join(tp.p, " "), first, got, want)
			}
			n++
		}
	}
	for _, s := range speedSentences {
		ws := lang.Words(s)
		for i := range ws {
			for _, tp := range gateAll.exactT.Get(ws[i]) {
				if got, want := tp.p.matchFrom(ws[i:], 1), tp.p.match(ws[i:]); got != want {
					t.Errorf("%q at %q: matchFrom 1 = %d, match = %d", strings.Join(tp.p, " "), ws[i], got, want)
				}
			}
		}
	}
	if n == 0 {
		t.Fatal("no exact phrase checked")
	}
}

// TestHoldsTalksMaskWords checks the talks masks' word tests against
// slices.Contains.
func TestHoldsTalksMaskWords(t *testing.T) {
	for _, s := range speedSentences {
		ws := lang.Words(s)
		if got, want := holdsGeneva(ws), slices.Contains(ws, "geneva"); got != want {
			t.Errorf("holdsGeneva(%q) = %v, want %v", s, got, want)
		}
		if got, want := holdsDelegation(ws), slices.Contains(ws, "delegation") || slices.Contains(ws, "delegations"); got != want {
			t.Errorf("holdsDelegation(%q) = %v, want %v", s, got, want)
		}
		if got, want := holdsUnityAccord(ws), slices.Contains(ws, "unity") || slices.Contains(ws, "accord"); got != want {
			t.Errorf("holdsUnityAccord(%q) = %v, want %v", s, got, want)
		}
	}
	if !holdsGeneva(lang.Words(speedSentences[3])) || !holdsDelegation(lang.Words(speedSentences[3])) ||
		!holdsUnityAccord(lang.Words(speedSentences[2])) {
		t.Error("a word the sentences hold not found")
	}
}

// TestItemDatelineReach checks that a dash past itemDashReach still turns
// a sentence away and one within it is read.
func TestItemDatelineReach(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"WASHINGTON - President Reagan said ...", true},
		{"BAHIA BLANCA, Argentina - Pope John Paul began ...", true},
		{"Mr Foo - the minister - said", false},
		{strings.Repeat("A", itemDashReach) + " - x", true},
		{strings.Repeat("A", itemDashReach+1) + " - x", false},
	} {
		if got := itemDateline(tc.text); got != tc.want {
			t.Errorf("itemDateline(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

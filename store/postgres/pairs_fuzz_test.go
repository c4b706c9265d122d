package postgres

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/conflict-digest/conflict-digest/store/fold"
)

// pairWords are the random sentences' words: common and rare ones, one
// letter ones (posted in pairs), and spellings that fold alike.
var pairWords = []string{"Syria's", "syria", "s", "Idlib", "idlib", "a", "U.S.", "road", "Aleppo", "al-Qasr", "Déir", "deir", "of", "the", "x"}

// randomDocs returns n articles of up to 6 sentences of up to 9 words.
func randomDocs(r *rand.Rand, n int) []postDoc {
	var docs []postDoc
	for i := range n {
		d := postDoc{id: int64(10 + 3*i + r.IntN(3))}
		for range r.IntN(6) {
			var ws []string
			for range r.IntN(10) {
				ws = append(ws, pairWords[r.IntN(len(pairWords))])
			}
			d.sentences = append(d.sentences, strings.Join(ws, " "))
		}
		docs = append(docs, d)
	}
	return docs
}

// FuzzPairPostings checks the pairs' postings against the words': a
// posted pair's sentences are exactly those whose words (fold.Words) hold
// its two words one after the other, so they are among both words'
// sentences; every adjacent pair fold.Paired selects is posted; the words'
// postings are those written without the pairs; and a pair-only posting
// (PairMissing's) holds the same pairs.
func FuzzPairPostings(f *testing.F) {
	for _, seed := range []uint64{1, 2, 3, 15} {
		f.Add(seed, 40)
	}
	f.Fuzz(func(t *testing.T, seed uint64, n int) {
		docs := randomDocs(rand.New(rand.NewPCG(seed, 15)), max(0, min(n, 200)))
		both, words, pairs := postingMap(t, buildPostings(docs, true, true)), postingMap(t, buildPostings(docs, true, false)), postingMap(t, buildPostings(docs, false, true))
		want := map[string][]int64{}
		for _, d := range docs {
			for pos, s := range d.sentences {
				ws := fold.Words(s)
				for i := 1; i < len(ws); i++ {
					if p := fold.Pair(ws[i-1], ws[i]); fold.Paired(ws[i-1], ws[i]) && !slices.Contains(want[p], sentenceKey(d.id, pos)) {
						want[p] = append(want[p], sentenceKey(d.id, pos))
					}
				}
			}
		}
		for term, keys := range both {
			first, second, pair := strings.Cut(term, " ")
			if !pair {
				if !slices.Equal(keys, words[term]) {
					t.Errorf("word %q: %v with the pairs, %v without", term, keys, words[term])
				}
				continue
			}
			for _, k := range keys {
				if !slices.Contains(both[first], k) || !slices.Contains(both[second], k) {
					t.Errorf("pair %q holds sentence %d, which its words' postings do not", term, k)
				}
			}
			w := slices.Clone(want[term])
			slices.SortFunc(w, compareDesc)
			if !slices.Equal(keys, w) || !slices.Equal(keys, pairs[term]) {
				t.Errorf("pair %q: %v, want %v (pairs alone: %v)", term, keys, w, pairs[term])
			}
		}
		for p := range want {
			if _, ok := both[p]; !ok {
				t.Errorf("pair %q not posted", p)
			}
		}
		if len(both) != len(words)+len(pairs) {
			t.Errorf("%d terms, want %d words and %d pairs", len(both), len(words), len(pairs))
		}
	})
}

// postingMap decodes a batch's blocks by term.
func postingMap(t *testing.T, rows postingRows) map[string][]int64 {
	t.Helper()
	out := map[string][]int64{}
	for i, term := range rows.terms {
		keys, err := decodeRefs(nil, rows.lasts[i], rows.refs[i])
		if err != nil {
			t.Fatal(err)
		}
		if len(keys) != int(rows.ns[i]) || keys[0] != rows.lasts[i] {
			t.Fatalf("term %q: %d sentences from %d, block says %d from %d", term, len(keys), keys[0], rows.ns[i], rows.lasts[i])
		}
		out[term] = keys
	}
	return out
}

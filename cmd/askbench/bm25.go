package main

import (
	"math"
	"regexp"
	"sort"
	"strings"

	"github.com/conflict-digest/conflict-digest/ask"
	"github.com/conflict-digest/conflict-digest/lang"
	"github.com/conflict-digest/conflict-digest/news"
)

// bm25Index is the plain baseline the answerer is measured against: Okapi
// bm25 (k1 1.2, b 0.75) over whole articles (title and text), words as
// lower-case runs of letters and digits, the question's stop words left out,
// no stemming; the answer is the top article's sentence holding the most
// idf of the question's words.
type bm25Index struct {
	docs   []bm25Doc
	df     map[string]int
	avgLen float64
}

type bm25Doc struct {
	art news.Article
	tf  map[string]int
	n   int
}

var wordRE = regexp.MustCompile(`[a-z0-9]+`)

func plainWords(s string) []string { return wordRE.FindAllString(strings.ToLower(s), -1) }

func newBM25(arts []news.Article) *bm25Index {
	x := &bm25Index{df: map[string]int{}}
	total := 0
	for _, a := range arts {
		d := bm25Doc{art: a, tf: map[string]int{}}
		for _, w := range plainWords(a.Title + "\n" + a.Text) {
			d.tf[w]++
			d.n++
		}
		for w := range d.tf {
			x.df[w]++
		}
		total += d.n
		x.docs = append(x.docs, d)
	}
	x.avgLen = float64(total) / float64(max(1, len(x.docs)))
	return x
}

func (x *bm25Index) idf(w string) float64 {
	n, d := float64(len(x.docs)), float64(x.df[w])
	return math.Log(1 + (n-d+0.5)/(d+0.5))
}

// queryWords are the question's words without stop words, each once.
func queryWords(q string) []string {
	var out []string
	seen := map[string]bool{}
	for _, w := range plainWords(q) {
		if !seen[w] && !lang.IsStop(w, lang.Function) {
			seen[w] = true
			out = append(out, w)
		}
	}
	return out
}

// score returns plain bm25's score of the article with external id id for q
// (0 when it is not stored or holds none of q's words).
func (x *bm25Index) score(q, id string) float64 {
	ws := queryWords(q)
	for _, d := range x.docs {
		if d.art.ExternalID != id {
			continue
		}
		s := 0.0
		norm := 1.2 * (1 - 0.75 + 0.75*float64(d.n)/x.avgLen)
		for _, w := range ws {
			if tf := float64(d.tf[w]); tf > 0 {
				s += x.idf(w) * tf * 2.2 / (tf + norm)
			}
		}
		return s
	}
	return 0
}

// cover returns the share of q's weight (its words' idf) the article with
// external id id holds.
func (x *bm25Index) cover(q, id string) float64 {
	ws := queryWords(q)
	for _, d := range x.docs {
		if d.art.ExternalID != id {
			continue
		}
		have, all := 0.0, 0.0
		for _, w := range ws {
			all += x.idf(w)
			if d.tf[w] > 0 {
				have += x.idf(w)
			}
		}
		if all == 0 {
			return 0
		}
		return have / all
	}
	return 0
}

// answer returns the baseline's answer to q: its best sentence, and the
// articles best first (at most 3), none when no article holds a word.
func (x *bm25Index) answer(q string) (string, []string) {
	ws := queryWords(q)
	type scored struct {
		i int
		s float64
	}
	var top []scored
	for i, d := range x.docs {
		s := 0.0
		norm := 1.2 * (1 - 0.75 + 0.75*float64(d.n)/x.avgLen)
		for _, w := range ws {
			if tf := float64(d.tf[w]); tf > 0 {
				s += x.idf(w) * tf * 2.2 / (tf + norm)
			}
		}
		if s > 0 {
			top = append(top, scored{i, s})
		}
	}
	sort.SliceStable(top, func(a, b int) bool { return top[a].s > top[b].s })
	if len(top) == 0 {
		return "", nil
	}
	var ids []string
	for _, t := range top[:min(3, len(top))] {
		ids = append(ids, x.docs[t.i].art.ExternalID)
	}
	best := x.docs[top[0].i].art
	ans, bs := "", -1.0
	for _, s := range ask.IndexedSentences(best.Title, best.Text) {
		have := map[string]bool{}
		for _, w := range plainWords(s) {
			have[w] = true
		}
		v := 0.0
		for _, w := range ws {
			if have[w] {
				v += x.idf(w)
			}
		}
		if v > bs {
			ans, bs = s, v
		}
	}
	return ans, ids
}

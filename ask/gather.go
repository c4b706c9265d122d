package ask

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/conflict-digest/conflict-digest/news"
)

// tally accumulates the weight of the groups found, once per group, per
// article and per sentence: one map entry each holds both the weight and
// the groups counted (a map of each cost twice the lookups, and growing
// them a tenth of the asker's time).
type tally struct {
	art  map[int64]weighed
	sent map[news.SentenceRef]weighed
}

// weighed is the weight counted for an article or a sentence, and the
// groups (bit gi % 64) counted in it; an article's also keeps the weight
// of its best sentence (addPhrases: in a map of its own, made and grown
// for every question, it cost a third of the tally's time).
type weighed struct {
	w    float64
	mask uint64
	best float64
}

// newTally returns a tally with room for n sentences.
func newTally(n int) *tally {
	return &tally{art: make(map[int64]weighed, n/2), sent: make(map[news.SentenceRef]weighed, n)}
}

// add counts group gi (weight w) as found in sentence h.
func (t *tally) add(h news.SentenceRef, gi int, w float64) {
	bit := uint64(1) << (gi % 64)
	if s := t.sent[h]; s.mask&bit == 0 {
		s.w, s.mask = s.w+w, s.mask|bit
		t.sent[h] = s
	}
	if a := t.art[h.ArticleID]; a.mask&bit == 0 {
		a.w, a.mask = a.w+w, a.mask|bit
		t.art[h.ArticleID] = a
	}
}

// gather plans the retrieval from the terms' document frequencies. First
// the AND of the (up to three) rarest terms: sentences holding them all, from
// the whole history, cheap because the rarest list bounds the intersection.
// Then, as the OR fallback, the postings of each rare term, newest first,
// within a budget: common terms ("killed", "Syria") never fetch postings and
// only re-rank. Articles score the weight of the terms they hold, half the
// weight of their best sentence, and the question's names found as phrases.
func (a *Asker) gather(ctx context.Context, q *Question, gs []group, phrases *pending[[][]int64]) (map[int64]float64, error) {
	order := make([]int, 0, len(gs))
	for i, g := range gs {
		if g.df > 0 {
			order = append(order, i)
		}
	}
	sort.Slice(order, func(x, y int) bool { return gs[order[x]].df < gs[order[y]].df })
	and, err := a.gatherAnd(ctx, gs, order)
	if err != nil {
		return nil, err
	}
	n := len(and)
	var found [][]news.SentenceRef // each anchor's sentences, in order
	budget := int64(postingsBudget)
	for k, gi := range order {
		g := gs[gi]
		if k >= maxAnchors || (k > 0 && g.df > budget) {
			break
		}
		hits, err := a.postings(ctx, g)
		if err != nil {
			return nil, err
		}
		budget -= int64(len(hits))
		found, n = append(found, hits), n+len(hits)
	}
	t := newTally(n)
	for _, h := range and {
		for _, gi := range order[:min(3, len(order))] {
			t.add(h, gi, gs[gi].idf)
		}
	}
	for k, hits := range found {
		gi := order[k]
		for _, h := range hits {
			t.add(h, gi, gs[gi].idf)
		}
	}
	return a.addPhrases(q, gs, t, phrases)
}

// gatherAnd returns the sentences holding every one of the rarest terms
// (each by its own word; at least two terms, at most three).
func (a *Asker) gatherAnd(ctx context.Context, gs []group, order []int) ([]news.SentenceRef, error) {
	k := min(3, len(order))
	if k < 2 {
		return nil, nil
	}
	var words []string
	for _, gi := range order[:k] {
		words = append(words, gs[gi].parts...)
	}
	hits, err := a.s.SentenceHits(ctx, words, termCap)
	if err != nil {
		return nil, fmt.Errorf("search sentences: %w", err)
	}
	return hits, nil
}

// postings fetches the sentences of one group: any variant of a word, all
// parts together for a hyphenated word.
func (a *Asker) postings(ctx context.Context, g group) ([]news.SentenceRef, error) {
	var hits []news.SentenceRef
	var err error
	if len(g.parts) > 1 {
		hits, err = a.s.SentenceHits(ctx, g.parts, termCap)
	} else {
		hits, err = a.s.SentenceHitsAny(ctx, g.words, termCap)
	}
	if err != nil {
		return nil, fmt.Errorf("search sentences: %w", err)
	}
	return hits, nil
}

// addPhrases adds to each article half the weight of its best sentence
// (terms found together), and the articles holding the question's multi-word
// names as phrases (read by phrases: phraseArticles), weighted by the
// names' words.
func (a *Asker) addPhrases(q *Question, gs []group, t *tally, phrases *pending[[][]int64]) (map[int64]float64, error) {
	for h, s := range t.sent {
		if a := t.art[h.ArticleID]; s.w > a.best {
			a.best = s.w
			t.art[h.ArticleID] = a
		}
	}
	artW := make(map[int64]float64, len(t.art))
	for id, a := range t.art {
		artW[id] = a.w + a.best/2
	}
	weight := map[string]float64{}
	for _, g := range gs {
		weight[g.term.Word] = g.idf
	}
	held, err := phrases.wait()
	if err != nil {
		return nil, err
	}
	for i, name := range q.Names {
		words := strings.Fields(name)
		if len(words) < 2 {
			continue
		}
		ids := held[i]
		w := 0.0
		for _, x := range words {
			w += weight[x]
		}
		for _, id := range ids {
			artW[id] += w / 2
		}
	}
	return artW, nil
}

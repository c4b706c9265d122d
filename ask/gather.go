package ask

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/conflict-digest/conflict-digest/lang"
	"github.com/conflict-digest/conflict-digest/news"
)

// tally accumulates the weight of the groups found, once per group, per
// article and per sentence.
type tally struct {
	art      map[int64]float64
	artMask  map[int64]uint64
	sent     map[news.SentenceRef]float64
	sentMask map[news.SentenceRef]uint64
}

func newTally() *tally {
	return &tally{art: map[int64]float64{}, artMask: map[int64]uint64{},
		sent: map[news.SentenceRef]float64{}, sentMask: map[news.SentenceRef]uint64{}}
}

// add counts group gi (weight w) as found in sentence h.
func (t *tally) add(h news.SentenceRef, gi int, w float64) {
	bit := uint64(1) << (gi % 64)
	if t.sentMask[h]&bit == 0 {
		t.sentMask[h] |= bit
		t.sent[h] += w
	}
	if t.artMask[h.ArticleID]&bit == 0 {
		t.artMask[h.ArticleID] |= bit
		t.art[h.ArticleID] += w
	}
}

// gather plans the retrieval from the terms' document frequencies. First
// the AND of the (up to three) rarest terms: sentences holding them all, from
// the whole history, cheap because the rarest list bounds the intersection.
// Then, as the OR fallback, the postings of each rare term, newest first,
// within a budget: common terms ("killed", "Syria") never fetch postings and
// only re-rank. Articles score the weight of the terms they hold, half the
// weight of their best sentence, and the question's names found as phrases.
func (a *Asker) gather(ctx context.Context, q *Question, gs []group) (map[int64]float64, error) {
	order := make([]int, 0, len(gs))
	for i, g := range gs {
		if g.df > 0 {
			order = append(order, i)
		}
	}
	sort.Slice(order, func(x, y int) bool { return gs[order[x]].df < gs[order[y]].df })
	t := newTally()
	if err := a.gatherAnd(ctx, gs, order, t); err != nil {
		return nil, err
	}
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
		for _, h := range hits {
			t.add(h, gi, g.idf)
		}
	}
	return a.addPhrases(ctx, q, gs, t)
}

// gatherAnd adds the sentences holding every one of the rarest terms (each
// by its own word; at least two terms).
func (a *Asker) gatherAnd(ctx context.Context, gs []group, order []int, t *tally) error {
	k := min(3, len(order))
	if k < 2 {
		return nil
	}
	var words []string
	for _, gi := range order[:k] {
		words = append(words, gs[gi].parts...)
	}
	hits, err := a.s.SentenceHits(ctx, words, termCap)
	if err != nil {
		return fmt.Errorf("search sentences: %w", err)
	}
	for _, h := range hits {
		for _, gi := range order[:k] {
			t.add(h, gi, gs[gi].idf)
		}
	}
	return nil
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
// names as phrases, weighted by the names' words.
func (a *Asker) addPhrases(ctx context.Context, q *Question, gs []group, t *tally) (map[int64]float64, error) {
	artW := t.art
	best := map[int64]float64{}
	for h, w := range t.sent {
		best[h.ArticleID] = max(best[h.ArticleID], w)
	}
	for id, w := range best {
		artW[id] += w / 2
	}
	weight := map[string]float64{}
	for _, g := range gs {
		weight[g.term.Word] = g.idf
	}
	for _, name := range q.Names {
		words := strings.Fields(name)
		if len(words) < 2 {
			continue
		}
		ids, err := a.s.PhraseArticles(ctx, lang.Fields(name), 200)
		if err != nil {
			return nil, fmt.Errorf("search phrase: %w", err)
		}
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

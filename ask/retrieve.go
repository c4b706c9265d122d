package ask

import (
	"context"
	"fmt"
	"math"
	"sort"
	"strings"
	"time"

	"github.com/conflict-digest/conflict-digest/analyze"
	"github.com/conflict-digest/conflict-digest/news"
)

func defaultSplit(text string) []string { return analyze.SplitSentences(text) }

// Retrieval limits. Only terms rare enough to fit the postings budget fetch
// postings; common ones ("killed", "Syria") only re-rank the candidates.
const (
	maxAnchors     = 8      // terms that fetch postings
	postingsBudget = 60_000 // sentences fetched over all anchors
	termCap        = 20_000 // sentences fetched for one term at most
	datedCands     = 300    // candidates whose date is looked up
	readCands      = 24     // candidates read in full and re-ranked
)

// group is one question term with the index words that find it.
type group struct {
	term  Term
	parts []string // index words of the term ("al-furqan": al, furqan)
	words []string // lookup words: for one part, its variants
	df    int64    // sentences holding it (an upper bound for several parts)
	idf   float64
}

// candidate is an article considered for the answer.
type candidate struct {
	art    news.Article
	score  float64
	cover  float64 // share of the question's weight found in the article
	sents  []sentence
	phrase bool // holds a name of the question as a phrase
}

// sentence is one sentence of a candidate, tokenized.
type sentence struct {
	pos   int
	text  string
	toks  []token
	score float64 // share of the question's weight in the sentence
	hit   []bool  // per token: matches a question term
}

// retrieve returns the candidate articles, best first.
func (a *Asker) retrieve(ctx context.Context, q *Question) ([]candidate, error) {
	gs, total, err := a.weigh(ctx, q)
	if err != nil {
		return nil, err
	}
	if total == 0 {
		return nil, nil
	}
	pre, err := a.gather(ctx, q, gs)
	if err != nil {
		return nil, err
	}
	ids := topIDs(pre, datedCands)
	dates, err := a.s.ArticleDates(ctx, ids)
	if err != nil {
		return nil, fmt.Errorf("read article dates: %w", err)
	}
	for _, id := range ids {
		pre[id] += windowScore(q.Window, dates[id]) * 0.3 * total
	}
	arts, err := a.s.Articles(ctx, topIDs(pre, readCands))
	if err != nil {
		return nil, fmt.Errorf("read articles: %w", err)
	}
	cands := make([]candidate, 0, len(arts))
	for _, art := range arts {
		cands = append(cands, a.rerank(q, gs, total, art))
	}
	sort.SliceStable(cands, func(i, j int) bool { return cands[i].score > cands[j].score })
	return cands, nil
}

// weigh builds the term groups with their document frequencies and idf, and
// returns the question's total weight.
func (a *Asker) weigh(ctx context.Context, q *Question) ([]group, float64, error) {
	var gs []group
	var words []string
	for _, t := range q.Terms {
		g := group{term: t, parts: indexTerms(t.Word)}
		if len(g.parts) == 0 {
			continue
		}
		if len(g.parts) == 1 {
			g.words = variants(g.parts[0])
		} else {
			g.words = g.parts
		}
		words = append(words, g.words...)
		gs = append(gs, g)
	}
	if len(gs) == 0 {
		return nil, 0, nil
	}
	n, err := a.s.SentenceCount(ctx)
	if err != nil {
		return nil, 0, fmt.Errorf("count sentences: %w", err)
	}
	dfs, err := a.s.TermDocs(ctx, words)
	if err != nil {
		return nil, 0, fmt.Errorf("read term counts: %w", err)
	}
	df := map[string]int64{}
	for i, w := range words {
		df[w] = dfs[i]
	}
	total := 0.0
	for i := range gs {
		g := &gs[i]
		g.df = groupDF(g, df)
		g.idf = idf(n, g.df)
		if g.df == 0 {
			total += g.idf / 2 // unknown to the store: counts against support, half
			continue
		}
		total += g.idf
	}
	return gs, total, nil
}

func groupDF(g *group, df map[string]int64) int64 {
	if len(g.parts) > 1 {
		m := int64(math.MaxInt64)
		for _, w := range g.parts {
			m = min(m, df[w])
		}
		return m
	}
	var s int64
	for _, w := range g.words {
		s += df[w]
	}
	return s
}

// idf is bm25's inverse document frequency, never negative.
func idf(n, df int64) float64 {
	N, d := float64(max(n, 1)), float64(df)
	return math.Log(1 + (N-d+0.5)/(d+0.5))
}

// variants returns the index words a question word may be written as in
// an article: itself, its stem and the stem's plural.
func variants(w string) []string {
	out := []string{w}
	s := stem(w)
	for _, v := range []string{s, s + "s", s + "es"} {
		if v != w && len(v) > 1 && !contains(out, v) {
			out = append(out, v)
		}
	}
	if !isNumber(token{low: w}) && len(out) > 3 {
		out = out[:3]
	}
	return out
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// gather fetches the postings of the rarest terms and the articles that hold
// the question's names as phrases, and scores articles by the weight of the
// terms they hold and the best co-occurrence within one sentence.
func (a *Asker) gather(ctx context.Context, q *Question, gs []group) (map[int64]float64, error) {
	order := make([]int, 0, len(gs))
	for i, g := range gs {
		if g.df > 0 {
			order = append(order, i)
		}
	}
	sort.Slice(order, func(x, y int) bool { return gs[order[x]].df < gs[order[y]].df })
	artW := map[int64]float64{}
	sentW := map[news.SentenceRef]float64{}
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
		seen := map[int64]bool{}
		for _, h := range hits {
			sentW[h] += g.idf
			if !seen[h.ArticleID] {
				seen[h.ArticleID] = true
				artW[h.ArticleID] += g.idf
			}
		}
	}
	return a.addPhrases(ctx, q, gs, artW, sentW)
}

// postings fetches the sentences of one group: each variant for a word, all
// parts together for a hyphenated word.
func (a *Asker) postings(ctx context.Context, g group) ([]news.SentenceRef, error) {
	if len(g.parts) > 1 {
		hits, err := a.s.SentenceHits(ctx, g.parts, termCap)
		if err != nil {
			return nil, fmt.Errorf("search sentences: %w", err)
		}
		return hits, nil
	}
	var out []news.SentenceRef
	for _, w := range g.words {
		hits, err := a.s.SentenceHits(ctx, []string{w}, termCap)
		if err != nil {
			return nil, fmt.Errorf("search sentences: %w", err)
		}
		out = append(out, hits...)
	}
	return out, nil
}

// addPhrases adds to each article half the weight of its best sentence
// (terms found together), and the articles holding the question's multi-word
// names as phrases, weighted by the names' words.
func (a *Asker) addPhrases(ctx context.Context, q *Question, gs []group, artW map[int64]float64, sentW map[news.SentenceRef]float64) (map[int64]float64, error) {
	best := map[int64]float64{}
	for h, w := range sentW {
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
		ids, err := a.s.PhraseArticles(ctx, indexTerms(name), 200)
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

// topIDs returns the ids of the n best-scored articles, best first.
func topIDs(score map[int64]float64, n int) []int64 {
	ids := make([]int64, 0, len(score))
	for id := range score {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool {
		if score[ids[i]] != score[ids[j]] {
			return score[ids[i]] > score[ids[j]]
		}
		return ids[i] > ids[j]
	})
	if len(ids) > n {
		ids = ids[:n]
	}
	return ids
}

// windowScore is 1 for an article published in the question's window (or
// within a week after it: reports follow events), falling off outside it;
// 0.5 when either is unknown.
func windowScore(w Window, published time.Time) float64 {
	if w.IsZero() || published.IsZero() {
		return 0.5
	}
	var off time.Duration
	switch {
	case !w.Since.IsZero() && published.Before(w.Since.AddDate(0, 0, -1)):
		off = w.Since.Sub(published)
	case !w.Until.IsZero() && published.After(w.Until.AddDate(0, 0, 7)):
		off = published.Sub(w.Until.AddDate(0, 0, 7))
	default:
		return 1
	}
	days := off.Hours() / 24
	return 1 / (1 + days/10)
}

package ask

import (
	"context"
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/conflict-digest/conflict-digest/analyze"
	"github.com/conflict-digest/conflict-digest/lang"
	"github.com/conflict-digest/conflict-digest/news"
)

func defaultSplit(text string) []string { return analyze.Sentences(text) }

// Retrieval limits. Only terms rare enough to fit the postings budget fetch
// postings; common ones ("killed", "Syria") only re-rank the candidates.
const (
	maxAnchors     = 8      // terms that fetch postings
	postingsBudget = 16_000 // sentences fetched over all anchors
	termCap        = 4_000  // sentences fetched for one term at most (the newest)
	datedCands     = 200    // candidates whose date is looked up
	readCands      = 16     // candidates read in full and re-ranked
	wRecent        = 1.0    // for the state of a story: weight of being the newest
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
	// missingName is set when a word of a name the question gives is not
	// in the article: it reports something else ("the weather in Paris" is
	// not answered by an article on the weather in Syria), or when it was
	// written before the time asked about (predates).
	missingName bool
	// placeOnly is set when what the article misses is a place the
	// question names, the gazetteer's (not an actor, not the time), and it
	// holds a rare name of the question that is no place ("Vinta").
	placeOnly bool
	// rareName is set when the article holds a name the question gives
	// that most of the news does not ("Marawi", "Jonglei").
	rareName bool
	facts    *news.Facts // the analysed facts, read for count questions; nil when unknown
	bm25     float64     // plain bm25 of the article for the question's words (Question.plain)
	// weights are the shares of the question's weight of each term
	weights []float64
}

// sentence is one sentence of a candidate, tokenized.
type sentence struct {
	pos   int
	text  string
	toks  []token
	score float64 // share of the question's weight in the sentence
	hit   []bool  // per token: matches a question term
	// groups has bit g set when the sentence holds the question's term g
	// (the first 64 terms; maxTerms are searched)
	groups uint64
}

// retrieve returns the candidate articles, best first.
func (a *Asker) retrieve(ctx context.Context, q *Question) ([]candidate, error) {
	// the phrases and the floor's articles are read beside the postings
	// (overlap.go); a call no longer needed is cancelled on return
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	phrases := start(func() ([][]int64, error) { return a.phraseArticles(ctx, q) })
	gs, total, n, err := a.weighTerms(ctx, q)
	if err != nil || len(gs) == 0 {
		return nil, err
	}
	// the plain weights are read beside the postings too: the ranking
	// (rerank) and the floor wait for them
	plain := start(func() (struct{}, error) { return struct{}{}, a.weighPlain(ctx, q, n) })
	if total == 0 {
		_, err := plain.wait()
		return nil, err
	}
	floor := start(func() (floorRead, error) {
		if _, err := plain.wait(); err != nil {
			return floorRead{}, err
		}
		return a.readFloor(ctx, q)
	})
	pre, err := a.gather(ctx, q, gs, phrases)
	if err != nil {
		return nil, err
	}
	ids := topIDs(pre, datedCands)
	dates, err := a.s.ArticleDates(ctx, ids)
	if err != nil {
		return nil, fmt.Errorf("read article dates: %w", err)
	}
	dated := make(map[int64]float64, len(ids))
	for _, id := range ids {
		// An id ArticleDates leaves out is gone, or one the reader may
		// not see (a guild's article asked about elsewhere): it takes no
		// place among the articles read.
		if d, ok := dates[id]; ok && q.Window.admits(d) {
			dated[id] = pre[id] + windowScore(q.Window, d)*wWindow*total
		}
	}
	if q.Type == TypeState {
		recentFirst(dated, dates, total)
	}
	top := topIDs(dated, readCands)
	arts, err := a.s.Articles(ctx, top)
	if err != nil {
		return nil, fmt.Errorf("read articles: %w", err)
	}
	sents, err := a.stored(ctx, top)
	if err != nil {
		return nil, err
	}
	if _, err := plain.wait(); err != nil {
		return nil, err
	}
	cands := make([]candidate, 0, len(arts))
	for _, art := range arts {
		ss, ok := sents[art.ID]
		if !ok {
			ss = a.opts.Split(art.Text)
		}
		cands = append(cands, a.rerank(q, gs, total, art, ss))
	}
	if cands, err = a.articleFloor(ctx, q, gs, total, cands, floor); err != nil {
		return nil, err
	}
	if q.Type == TypeState {
		favourRecent(cands, total)
	}
	sort.Slice(cands, func(i, j int) bool {
		if cands[i].score != cands[j].score {
			return cands[i].score > cands[j].score
		}
		return cands[i].art.ID < cands[j].art.ID
	})
	cands = oneCopy(cands)
	agreedFirst(q, cands)
	return cands, nil
}

// agreedCover is how much of the question's weight the article both
// rankings put first must hold for a place it does not write to be waived.
const agreedCover = 0.7

// agreedFirst lets the article that the ranking and plain bm25 both put
// first answer though it lacks a place the question names, when it holds
// a rare name of the question that is no place (a storm's, a body's:
// placeOnly) and agreedCover of its weight: a
// reader names the region a report writes by its parts ("Mindanao" for
// "regions X, XI and CARAGA"), and two rankings agreeing is the evidence
// the place's absence would otherwise have to give. A question off the
// news's subject is left to the gate.
func agreedFirst(q *Question, cands []candidate) {
	if len(cands) < 2 || q.OffSubject || !cands[0].placeOnly || cands[0].cover < agreedCover {
		return
	}
	for _, c := range cands[1:] {
		if c.bm25 >= cands[0].bm25 {
			return
		}
	}
	cands[0].missingName = false
}

// oneCopy keeps one candidate of each report stored more than once with
// the same text (a feed that repeats an item, two sections of one site):
// the best-ranked place, cited as the copy stored first. Copies are one
// source, never two citations. The copies are those of news.Opening, the
// one rule the digest counts reports by, whose texts are also the same
// throughout: a near-verbatim copy with a paragraph more (the outlet's
// longer version) may hold the sentence that answers, and stays a
// candidate of its own.
func oneCopy(cands []candidate) []candidate {
	byTitle := map[string][]int{} // the indexes in out of the reports of a title
	var openings []news.Opening   // of out's reports
	out := cands[:0]
	for _, c := range cands {
		o := news.OpeningOf(c.art.Title, c.art.Text)
		same := func(i int) bool { return openings[i].Copies(o) && sameText(out[i].art.Text, c.art.Text) }
		if i := slices.IndexFunc(byTitle[o.Title()], same); i >= 0 {
			if i = byTitle[o.Title()][i]; c.art.ID < out[i].art.ID {
				out[i].art = c.art
			}
			continue
		}
		byTitle[o.Title()] = append(byTitle[o.Title()], len(out))
		openings = append(openings, o)
		out = append(out, c)
	}
	return out
}

// sameText reports whether two texts are the same, spaces and case aside.
func sameText(a, b string) bool {
	return slices.EqualFunc(strings.Fields(a), strings.Fields(b), strings.EqualFold)
}

// stored returns the sentences the index kept for the articles ids, when
// the searcher keeps them (see SentenceReader).
func (a *Asker) stored(ctx context.Context, ids []int64) (map[int64][]string, error) {
	r, ok := a.s.(SentenceReader)
	if !ok {
		return nil, nil
	}
	m, err := r.ArticleSentences(ctx, ids)
	if err != nil {
		return nil, fmt.Errorf("read article sentences: %w", err)
	}
	return m, nil
}

// weigh builds the term groups with their document frequencies and idf, and
// returns the question's total weight.
func (a *Asker) weigh(ctx context.Context, q *Question) ([]group, float64, error) {
	gs, total, n, err := a.weighTerms(ctx, q)
	if err != nil || len(gs) == 0 {
		return nil, 0, err
	}
	if err := a.weighPlain(ctx, q, n); err != nil {
		return nil, 0, err
	}
	return gs, total, nil
}

// weighTerms is weigh without the plain weights (weighPlain): the groups,
// the question's total weight and the sentences in the index.
func (a *Asker) weighTerms(ctx context.Context, q *Question) ([]group, float64, int64, error) {
	gs, words := groups(q)
	if len(gs) == 0 {
		return nil, 0, 0, nil
	}
	n, err := a.s.SentenceCount(ctx)
	if err != nil {
		return nil, 0, 0, fmt.Errorf("count sentences: %w", err)
	}
	dfs, err := a.s.TermDocs(ctx, words)
	if err != nil {
		return nil, 0, 0, fmt.Errorf("read term counts: %w", err)
	}
	df := map[string]int64{}
	for i, w := range words {
		df[w] = dfs[i]
	}
	q.sentences = n
	q.unknown = q.unknown[:0]
	total := 0.0
	for i := range gs {
		g := &gs[i]
		g.df = groupDF(g, df)
		g.idf = idf(n, g.df)
		q.unknown = append(q.unknown, unknownParts(g, df)...)
		if g.df == 0 {
			total += g.idf / 2 // unknown to the store: counts against support, half
			continue
		}
		total += g.idf
	}
	return gs, total, n, nil
}

// weighPlain sets the idf of the question's words as plain bm25 reads
// them: every word but the function words, unstemmed. With an article
// index they are weighed as the baseline weighs them, by the articles
// holding them (articleWeights); else by the sentences holding them.
func (a *Asker) weighPlain(ctx context.Context, q *Question, n int64) error {
	if a.articles != nil {
		return a.weighArticles(ctx, q)
	}
	var words []string
	seen := map[string]bool{}
	for _, w := range lang.Fields(strings.ToLower(q.Text)) {
		if !seen[w] && !lang.IsStop(w, lang.Function) {
			seen[w] = true
			words = append(words, w)
		}
	}
	dfs, err := a.s.TermDocs(ctx, words)
	if err != nil {
		return fmt.Errorf("read term counts: %w", err)
	}
	q.plain = make(map[string]float64, len(words))
	q.markRareYears(words, dfs, n)
	for i, w := range words {
		if dfs[i] > 0 {
			q.plain[w] = idf(n, dfs[i])
		}
	}
	return nil
}

// groups returns the question's term groups and every index word to look up.
func groups(q *Question) ([]group, []string) {
	var gs []group
	var words []string
	for _, t := range q.Terms {
		g := group{term: t, parts: lang.Fields(t.Word)}
		switch {
		case len(g.parts) == 0:
			continue
		case len(g.parts) == 1:
			g.words = variants(g.parts[0])
			for _, w := range []string{t.Alt, t.Alt + "s"} {
				if t.Alt != "" && !contains(g.words, w) {
					g.words = append(g.words, w) // once: df sums over the words
				}
			}
		default:
			g.words = g.parts
		}
		words = append(words, g.words...)
		gs = append(gs, g)
	}
	return gs, words
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
	s := lang.Stem(w)
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

// topIDs returns the ids of the n best-scored articles, best first (ties:
// newest id first). It keeps a bounded min-heap, not a full sort: the
// candidates can number in the tens of thousands.
func topIDs(score map[int64]float64, n int) []int64 {
	less := func(a, b int64) bool { // a ranks below b
		if score[a] != score[b] {
			return score[a] < score[b]
		}
		return a < b
	}
	h := make([]int64, 0, n)
	for id := range score {
		if len(h) < n {
			h = append(h, id)
			for i := len(h) - 1; i > 0 && less(h[i], h[(i-1)/2]); i = (i - 1) / 2 {
				h[i], h[(i-1)/2] = h[(i-1)/2], h[i]
			}
			continue
		}
		if !less(h[0], id) {
			continue
		}
		h[0] = id
		siftDown(h, less)
	}
	sort.Slice(h, func(i, j int) bool { return less(h[j], h[i]) })
	return h
}

// siftDown restores the min-heap property from the root.
func siftDown(h []int64, less func(a, b int64) bool) {
	for i := 0; ; {
		m, l, r := i, 2*i+1, 2*i+2
		if l < len(h) && less(h[l], h[m]) {
			m = l
		}
		if r < len(h) && less(h[r], h[m]) {
			m = r
		}
		if m == i {
			return
		}
		h[i], h[m] = h[m], h[i]
		i = m
	}
}

// favourRecent raises the newer candidates: the state of a story is what
// its latest reports say. A report a month older than the newest loses half
// of wRecent.
func favourRecent(cands []candidate, total float64) {
	var newest time.Time
	for _, c := range cands {
		if c.art.Published.After(newest) {
			newest = c.art.Published
		}
	}
	for i := range cands {
		if p := cands[i].art.Published; !p.IsZero() {
			days := newest.Sub(p).Hours() / 24
			cands[i].score += wRecent * total / (1 + days/30)
		}
	}
}

// recentFirst raises the newer of the dated candidates before the few are
// read, as favourRecent does after: the state of a story is in its latest
// reports, which the index's order does not put first.
func recentFirst(score map[int64]float64, dates map[int64]time.Time, total float64) {
	var newest time.Time
	for id := range score {
		if d := dates[id]; d.After(newest) {
			newest = d
		}
	}
	for id := range score {
		if d := dates[id]; !d.IsZero() {
			score[id] += wRecent * total / (1 + newest.Sub(d).Hours()/24/30)
		}
	}
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

package postgres

import (
	"context"
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/conflict-digest/conflict-digest/store/fold"
	"github.com/jackc/pgx/v5"
)

// A phrase (a question's name: "Syria's Idlib") is looked for in the
// sentence index: the sentences holding its words, or its pairs of
// adjacent words (migration 0014), then their text for the words' order.

// PhraseScan bounds the articles PhraseArticles reads, as in SQLite: the
// newest ones with a sentence holding all the phrase's words.
const PhraseScan = 300

// PhraseArticles returns up to limit articles whose title or a sentence of
// whose text holds the words in order, newest first, among the PhraseScan
// newest articles with a sentence holding all the words (as SQLite bounds
// it: a name lies within a sentence). The order is checked on the
// candidate sentences' own text (their words by fold.Words, as the
// postings cut them), read by primary key, never on the articles' whole
// text. A phrase whose posted pairs (fold.PhrasePairs) are much rarer
// than its words is looked for through them first (pairPlan,
// phraseByPairs); the answer is the same.
func (x *SentenceIndex) PhraseArticles(ctx context.Context, words []string, limit int) ([]int64, error) {
	ws := foldTerms(words)
	if len(ws) == 0 || limit <= 0 {
		return nil, nil
	}
	pairs, err := x.pairPlan(ctx, ws)
	if err != nil {
		return nil, err
	}
	if pairs == nil {
		return x.phraseByWords(ctx, ws, limit)
	}
	ids, err := x.phraseByPairs(ctx, ws, pairs)
	if err != nil {
		return nil, err
	}
	return x.visibleNewest(ctx, ids, limit)
}

// visibleNewest returns the newest limit articles among ids the reader
// may see.
func (x *SentenceIndex) visibleNewest(ctx context.Context, ids []int64, limit int) ([]int64, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	p := args{ids}
	q := `SELECT a.id FROM articles a WHERE a.id = ANY($1) AND ` + visible(x.guild, &p) + ` ORDER BY a.id DESC LIMIT ` + p.add(limit)
	return queryAll(ctx, x.db.pool, "phrase articles", q, func(row pgx.Row, id *int64) error { return row.Scan(id) }, p...)
}

// phraseByWords returns the newest limit articles the reader may see of
// the sentences holding phrase among the window (phraseWindow) of the
// sentences holding its words. The window is read a part at a time
// (phraseFirst sentences, then the rest): when its first part holds
// limit articles the reader may see, those are the answer (the rest's
// articles are older), and the words' AND is read no further (a phrase
// found in most of its words' sentences, "syrian medical relief
// organisations", read 1,200 of them for 200 articles).
func (x *SentenceIndex) phraseByWords(ctx context.Context, phrase []string, limit int) ([]int64, error) {
	keys, ok, rarest, err := x.searchRare(ctx, phrase, true, 4*PhraseScan, 0)
	if err != nil {
		return nil, fmt.Errorf("search sentences: %w", err)
	}
	if ok {
		held, err := x.holders(ctx, phraseWindow(keys), phrase)
		if err != nil {
			return nil, err
		}
		return x.visibleNewest(ctx, articlesOf(held, len(held)), limit)
	}
	s := newPostingSearch(phrase, true)
	s.startWith(rarest)
	defer s.release()
	var held []int64
	checked := 0 // the window's sentences checked
	for _, n := range []int{min(phraseFirst*limit, 4*PhraseScan), 4 * PhraseScan} {
		hits, err := s.more(ctx, x.db.pool, n)
		if err != nil {
			return nil, fmt.Errorf("search sentences: %w", err)
		}
		window := phraseWindow(hits)
		got, err := x.holders(ctx, window[checked:], phrase)
		if err != nil {
			return nil, err
		}
		held, checked = append(held, got...), len(window)
		whole := n == 4*PhraseScan || len(hits) < n || len(window) < len(hits)
		if ids := articlesOf(held, len(held)); whole || len(ids) >= limit {
			vis, err := x.visibleNewest(ctx, ids, limit)
			if err != nil || whole || len(vis) == limit {
				return vis, err
			}
		}
	}
	return nil, nil // not reached: the last part is the whole window
}

// phraseFirst is how many sentences a limit's article the first part of
// a phrase's window reads (phraseByWords).
const phraseFirst = 2

// holders returns the sentences among keys (newest first) holding
// phrase: all of them for a phrase of one word, unread.
func (x *SentenceIndex) holders(ctx context.Context, keys []int64, phrase []string) ([]int64, error) {
	if len(phrase) == 1 {
		return keys, nil
	}
	return x.phraseSentences(ctx, keys, phrase)
}

// phraseByPairs returns what phraseByWords does, from the sentences
// holding terms, the phrase's posted pairs and the words they leave out
// (fold.PhrasePairs): these hold its words, so a sentence of the words'
// window (the newest 4*PhraseScan of them) holding the phrase is among
// the newest 4*PhraseScan holding terms. Those holding the phrase are
// kept, and of them the window's: the words' postings are then read only
// down to the oldest of them, and not at all when none holds the phrase
// ("syria s idlib" at 1,000,000 articles: the pairs' lists of some
// thousand sentences, where the words' AND walked 1.4 million of each of
// "syria" and "s").
func (x *SentenceIndex) phraseByPairs(ctx context.Context, phrase []string, s *postingSearch) ([]int64, error) {
	cands, err := s.run(ctx, x.db.pool, 4*PhraseScan)
	if err != nil {
		return nil, fmt.Errorf("search phrase pairs: %w", err)
	}
	held, err := x.phraseSentences(ctx, cands, phrase)
	if err != nil || len(held) == 0 {
		return nil, err
	}
	hits, err := x.searchKeys(ctx, phrase, true, 4*PhraseScan, held[len(held)-1])
	if err != nil {
		return nil, err
	}
	// hits are the window's sentences from the oldest held up (the newest
	// 4*PhraseScan holding the words, or all of them from there)
	window := phraseWindow(hits)
	in := make(map[int64]bool, len(window))
	for _, k := range window {
		in[k] = true
	}
	held = slices.DeleteFunc(held, func(k int64) bool { return !in[k] })
	return articlesOf(held, len(held)), nil
}

// pairGain is how many times fewer sentences than the phrase's rarest
// word its rarest posted pair must hold for PhraseArticles to look for it
// through its pairs: of a phrase of common words found in many sentences
// ("u n", 200 articles) the words' window is short, and reading the pairs
// first doubled its time (2.5 → 7 ms at 1,000,000 articles); of a phrase
// found nowhere ("syria s idlib"), the pairs ("s idlib": some hundreds of
// sentences against "idlib"'s 371,000) are all it reads.
var pairGain int64 = 4 // a variable for the tests

// pairBlocks bounds the blocks a pair's sentences are counted from.
const pairBlocks = 2000

// pairWhole is the most sentences a pair may hold for its blocks to be
// read in one round trip, not a page at a time: a pair's blocks hold few
// sentences each ("s idlib": 780 in 398 blocks at 1,000,000 articles, read
// in seven round trips a page at a time).
const pairWhole = 20_000

// pairPlan returns the AND of the phrase's posted pairs and the words they
// leave out, set to read the rarest first; nil when the phrase is looked
// for by its words: it has no posted pair, some articles' pairs are not
// posted yet, or its pairs are not pairGain times rarer than its words (by
// the term snapshot, a pair's counted from its newest pairBlocks blocks).
func (x *SentenceIndex) pairPlan(ctx context.Context, phrase []string) (*postingSearch, error) {
	pairs, rest := fold.PhrasePairs(phrase)
	if len(pairs) == 0 {
		return nil, nil
	}
	if ready, err := x.pairsReady(ctx); err != nil || !ready {
		return nil, err
	}
	words, terms := distinct(phrase), distinct(append(pairs, rest...))
	var dfs []int64
	err := x.db.pool.QueryRow(ctx, `SELECT array_agg(CASE WHEN strpos(u.t, ' ') = 0
			THEN coalesce((SELECT docs FROM sentence_terms WHERE term = u.t), 0)
			ELSE (SELECT coalesce(sum(n), 0) FROM (SELECT n FROM sentence_postings WHERE term = u.t
				ORDER BY last DESC LIMIT $2) b) END ORDER BY u.ord)
		FROM unnest($1::text[]) WITH ORDINALITY AS u(t, ord)`, append(slices.Clone(words), terms...), pairBlocks).Scan(&dfs)
	if err != nil {
		return nil, fmt.Errorf("count phrase terms: %w", err)
	}
	wordMin, pairMin, start := slices.Min(dfs[:len(words)]), int64(math.MaxInt64), 0
	for i, t := range terms {
		d := dfs[len(words)+i]
		if strings.Contains(t, " ") {
			pairMin = min(pairMin, d)
		}
		if d < dfs[len(words)+start] {
			start = i
		}
	}
	if pairMin*pairGain >= wordMin {
		return nil, nil
	}
	s := newPostingSearch(terms, true) // terms are distinct: s.cs[i] is terms[i]'s
	s.startWith(start)
	for i, c := range s.cs {
		if strings.Contains(c.term, " ") && dfs[len(words)+i] <= pairWhole {
			c.page = maxPage
		}
	}
	return s, nil
}

// phraseWindow returns the sentences of keys (newest first) of their first
// PhraseScan articles.
func phraseWindow(keys []int64) []int64 {
	n := 0
	for i, k := range keys {
		if i == 0 || keys[i-1]/SentencesPerArticle != k/SentencesPerArticle {
			if n == PhraseScan {
				return keys[:i]
			}
			n++
		}
	}
	return keys
}

// phraseSentences returns the sentences among keys (newest first) whose
// text holds phrase, newest first.
func (x *SentenceIndex) phraseSentences(ctx context.Context, keys []int64, phrase []string) ([]int64, error) {
	return x.sentencesWhere(ctx, "phrase sentences", keys, func(text string) bool { return hasPhrase(text, phrase) })
}

// pairsReady reports whether every indexed article's pairs are posted
// (migration 0014's catch-up is done: PairMissing); once they are, new
// articles are posted with theirs, so it is asked until then only.
func (x *SentenceIndex) pairsReady(ctx context.Context) (bool, error) {
	if x.db.paired.Load() {
		return true, nil
	}
	var left bool
	err := x.db.pool.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM sentence_articles WHERE NOT paired)`).Scan(&left)
	if err != nil {
		return false, fmt.Errorf("look up unpaired articles: %w", err)
	}
	if !left {
		x.db.paired.Store(true)
	}
	return !left, nil
}

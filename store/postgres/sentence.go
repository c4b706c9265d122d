package postgres

import (
	"context"
	"encoding/json"
	"fmt"
	"math"
	"slices"
	"strings"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
	"github.com/conflict-digest/conflict-digest/store/fold"
	"github.com/jackc/pgx/v5"
)

// SentencesPerArticle bounds the sentences indexed per article, as in
// SQLite.
const SentencesPerArticle = 4096

// termsFloor caps the snapshot's minDocs: the snapshot keeps every term
// held by two sentences or more (26,425 terms at 100,000 articles, 2.9 MB),
// so that a question's words are looked up, not counted. (Counting read a
// heap row per sentence when the sentences had a GIN index: up to 1.8 s a
// question at 100,000 articles. From the postings, a term the snapshot
// lacks is counted in the same statement, a block per batch that held it.)
const termsFloor = 2

// termCountCap bounds the counting of a term the snapshot lacks.
const termCountCap = 5000

// indexSentences adds one article's entries to the sentence index in the
// transaction tx (the one that stores the article, or a catch-up batch).
func indexSentences(ctx context.Context, tx pgx.Tx, articleID int64, sentences []string) error {
	if len(sentences) > SentencesPerArticle {
		sentences = sentences[:SentencesPerArticle]
	}
	_, err := tx.Exec(ctx, `INSERT INTO sentences (article_id, pos, text)
		SELECT $1, u.ord - 1, u.t FROM unnest($2::text[]) WITH ORDINALITY AS u(t, ord)`, articleID, sentences)
	if err != nil {
		return fmt.Errorf("index sentences: %w", err)
	}
	_, err = tx.Exec(ctx, `INSERT INTO sentence_articles (article_id, sentences) VALUES ($1, $2)`, articleID, len(sentences))
	if err != nil {
		return conflict(err, "the article's sentences are indexed already", "index sentences")
	}
	return insertPostings(ctx, tx, []postDoc{{id: articleID, sentences: sentences}})
}

// indexStoredSentences indexes, in the transaction that stored them, the
// sentences of the stored items that carry theirs, in two statements for
// the whole batch (a statement per article cost a round trip each).
func indexStoredSentences(ctx context.Context, tx pgx.Tx, items []*news.NewArticle, errs []error) error {
	var ids, counts []int64
	var arts []int64
	var poss []int32
	var texts []string
	var docs []postDoc
	for i, n := range items {
		if errs[i] != nil || n.Sentences == nil {
			continue
		}
		ss := n.Sentences[:min(len(n.Sentences), SentencesPerArticle)]
		docs = append(docs, postDoc{id: n.Article.ID, sentences: ss})
		ids, counts = append(ids, n.Article.ID), append(counts, int64(len(ss)))
		for p, t := range ss {
			arts, poss, texts = append(arts, n.Article.ID), append(poss, int32(p)), append(texts, t)
		}
	}
	if len(ids) == 0 {
		return nil
	}
	_, err := tx.Exec(ctx, `INSERT INTO sentences (article_id, pos, text)
		SELECT * FROM unnest($1::bigint[], $2::integer[], $3::text[])`, arts, poss, texts)
	if err != nil {
		return fmt.Errorf("index sentences: %w", err)
	}
	_, err = tx.Exec(ctx, `INSERT INTO sentence_articles (article_id, sentences)
		SELECT * FROM unnest($1::bigint[], $2::integer[])`, ids, counts)
	if err != nil {
		return fmt.Errorf("index sentences: %w", err)
	}
	return insertPostings(ctx, tx, docs)
}

// IndexMissingSentences indexes every stored article that is not in the
// sentence index, split by split, batch articles a transaction, and
// returns how many it indexed; then it posts the sentences of articles
// indexed before the postings existed (migration 0011), and the pairs of
// those posted before the pairs were (0014), batch articles a
// transaction.
func (sr *SearchService) IndexMissingSentences(ctx context.Context, split func(title, text string) []string, batch int) (int, error) {
	batch = max(batch, 1)
	total := 0
	for after := int64(0); ; {
		n, last, err := sr.indexBatch(ctx, split, after, batch)
		total += n
		if err != nil {
			return total, err
		}
		if n == 0 {
			break
		}
		after = last
	}
	// articles indexed before the postings (migration 0011), then those
	// posted before the pairs (migration 0014)
	for _, post := range []func(context.Context, int) (int, error){sr.postMissing, sr.PairMissing} {
		for {
			n, err := post(ctx, batch)
			if err != nil {
				return total, err
			}
			if n == 0 {
				break
			}
		}
	}
	return total, nil
}

type unindexed struct {
	id          int64
	title, text string
}

func (sr *SearchService) indexBatch(ctx context.Context, split func(title, text string) []string, after int64, batch int) (int, int64, error) {
	n, last := 0, after
	err := sr.db.inTx(ctx, func(tx pgx.Tx) error {
		docs, err := queryAll(ctx, tx, "unindexed articles", `SELECT a.id, a.title, a.text FROM articles a
			WHERE a.id > $1 AND NOT EXISTS (SELECT 1 FROM sentence_articles s WHERE s.article_id = a.id)
			ORDER BY a.id LIMIT $2 FOR UPDATE OF a SKIP LOCKED`,
			func(row pgx.Row, d *unindexed) error { return row.Scan(&d.id, &d.title, &d.text) }, after, batch)
		if err != nil {
			return err
		}
		for _, d := range docs {
			if err := indexSentences(ctx, tx, d.id, split(d.title, d.text)); err != nil {
				return err
			}
			last = d.id
		}
		n = len(docs)
		return nil
	})
	if err != nil {
		return 0, after, fmt.Errorf("index missing sentences: %w", err)
	}
	return n, last, nil
}

// RefreshSentenceTerms rebuilds the snapshot of document frequencies from
// the index, keeping the terms held by at least minDocs sentences, or by
// two when minDocs is more (termsFloor), and the same of whole articles
// (article_terms, migration 0010). It reads the whole postings and the
// articles' tsvectors (ts_stat): run it after a bulk load or now and then.
// It also drops the blocks older than every indexed article (retention
// removes the oldest); the removal marks (sentence_removed) stay, as a
// block that straddles the oldest article may hold removed ones.
func (sr *SearchService) RefreshSentenceTerms(ctx context.Context, minDocs int) error {
	minDocs = min(minDocs, termsFloor)
	return sr.db.inTx(ctx, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, `DELETE FROM sentence_terms`); err != nil {
			return fmt.Errorf("refresh sentence terms: %w", err)
		}
		// the words' only: a pair's term (fold.Pair) is never a question's
		_, err := tx.Exec(ctx, `INSERT INTO sentence_terms (term, docs)
			SELECT term, sum(n) FROM sentence_postings WHERE strpos(term, ' ') = 0
			GROUP BY term HAVING sum(n) >= $1`, minDocs)
		if err != nil {
			return fmt.Errorf("refresh sentence terms: %w", err)
		}
		_, err = tx.Exec(ctx, `DELETE FROM sentence_postings WHERE last < $1::bigint *
			coalesce((SELECT min(article_id) FROM sentence_articles), 9223372036854775807 / $1::bigint)`, SentencesPerArticle)
		if err != nil {
			return fmt.Errorf("drop removed postings: %w", err)
		}
		// the articles' own, for the plain bm25 floor (ArticleTermDocs)
		if _, err := tx.Exec(ctx, `DELETE FROM article_terms`); err != nil {
			return fmt.Errorf("refresh article terms: %w", err)
		}
		_, err = tx.Exec(ctx, `INSERT INTO article_terms (term, docs)
			SELECT word, ndoc FROM ts_stat('SELECT tsv FROM articles') WHERE ndoc >= $1`, minDocs)
		if err != nil {
			return fmt.Errorf("refresh article terms: %w", err)
		}
		return nil
	})
}

// SentenceIndex reads the sentence index for readers of one guild ("":
// the operator's articles only); it implements ask.SentenceSearcher,
// ask.SentenceReader and ask.FactReader.
type SentenceIndex struct {
	db    *DB
	guild string
}

// SentenceIndexFor returns the sentence index as readers of guildID see it.
func (sr *SearchService) SentenceIndexFor(guildID string) *SentenceIndex {
	return &SentenceIndex{db: sr.db, guild: guildID}
}

// SentenceCount returns the number of indexed sentences (kept by
// triggers: migration 0008).
func (x *SentenceIndex) SentenceCount(ctx context.Context) (int64, error) {
	var n int64
	err := x.db.pool.QueryRow(ctx, `SELECT sentences FROM sentence_stats WHERE id = 1`).Scan(&n)
	if err != nil {
		return 0, fmt.Errorf("count sentences: %w", err)
	}
	return n, nil
}

// TermDocs returns how many sentences hold each term: from the snapshot
// when it has the term, else counted from the postings up to termCountCap.
func (x *SentenceIndex) TermDocs(ctx context.Context, terms []string) ([]int64, error) {
	out := make([]int64, len(terms))
	if len(terms) == 0 {
		return out, nil
	}
	// one statement: the snapshot's count, else a one-word term's own
	// (folded) counted from its newest blocks, up to termCountCap (the
	// sentences of removed articles among them)
	one := make([]string, len(terms))
	for i, t := range terms {
		if ws := foldTerms([]string{t}); len(ws) == 1 {
			one[i] = ws[0]
		}
	}
	type count struct {
		t  string
		n  int64
		ok bool
	}
	counts, err := queryAll(ctx, x.db.pool, "term counts", `SELECT u.t, coalesce((SELECT docs FROM sentence_terms WHERE term = u.t),
			(SELECT least(coalesce(sum(n), 0), $3) FROM (SELECT n FROM sentence_postings WHERE term = u.w AND u.w <> ''
				ORDER BY last DESC LIMIT $3) b), 0), u.w <> '' OR EXISTS (SELECT 1 FROM sentence_terms WHERE term = u.t)
		FROM unnest($1::text[], $2::text[]) AS u(t, w)`, func(row pgx.Row, c *count) error {
		return row.Scan(&c.t, &c.n, &c.ok)
	}, terms, one, termCountCap)
	if err != nil {
		return nil, fmt.Errorf("read term counts: %w", err)
	}
	df := make(map[string]int64, len(terms))
	for _, c := range counts {
		if c.ok {
			df[c.t] = c.n
			continue
		}
		// a term of several index words ("al-Nusra"): the sentences
		// holding them all
		ws := foldTerms([]string{c.t})
		if len(ws) == 0 {
			continue
		}
		keys, err := newPostingSearch(ws, true).run(ctx, x.db.pool, termCountCap)
		if err != nil {
			return nil, fmt.Errorf("count terms: %w", err)
		}
		df[c.t] = int64(len(keys))
	}
	for i, t := range terms {
		out[i] = df[t]
	}
	return out, nil
}

// SentenceHits returns up to limit sentences holding every term, newest
// article first (of any reader's articles, as in SQLite: ArticleDates and
// Articles filter what the reader may see, and the asker reads its
// candidates through them).
func (x *SentenceIndex) SentenceHits(ctx context.Context, terms []string, limit int) ([]news.SentenceRef, error) {
	return x.search(ctx, foldTerms(terms), true, limit)
}

// SentenceHitsAny returns up to limit sentences holding any of the words,
// newest article first.
func (x *SentenceIndex) SentenceHitsAny(ctx context.Context, words []string, limit int) ([]news.SentenceRef, error) {
	return x.search(ctx, foldTerms(words), false, limit)
}

// search returns up to limit sentences holding all the terms (all) or any
// of them, newest first, from the postings (migration 0011): each term's
// blocks are read newest first, a page at a time, only as far back as the
// limit needs (postingSearch). A GIN index returned every match of a term
// in no order, each a heap row: the newest 4,000 sentences holding a
// common word read thousands of rows, and an AND of common words read the
// whole of their postings window by window.
func (x *SentenceIndex) search(ctx context.Context, terms []string, all bool, limit int) ([]news.SentenceRef, error) {
	keys, err := x.searchKeys(ctx, terms, all, limit, 0)
	if err != nil {
		return nil, err
	}
	out := make([]news.SentenceRef, len(keys))
	for i, k := range keys {
		out[i] = news.SentenceRef{ArticleID: k / SentencesPerArticle, Position: int(k % SentencesPerArticle)}
	}
	return out, nil
}

// searchKeys is search's, as sentence keys (sentenceKey), of the
// sentences from stop up (0: all).
func (x *SentenceIndex) searchKeys(ctx context.Context, terms []string, all bool, limit int, stop int64) ([]int64, error) {
	keys, ok, rarest, err := x.searchRare(ctx, terms, all, limit, stop)
	if err == nil && !ok {
		s := newPostingSearch(terms, all)
		s.startWith(rarest)
		s.stop = stop
		keys, err = s.run(ctx, x.db.pool, limit)
	}
	if err != nil {
		return nil, fmt.Errorf("search sentences: %w", err)
	}
	return keys, nil
}

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
	if len(keys) == 0 {
		return nil, nil
	}
	arts, poss := make([]int64, len(keys)), make([]int32, len(keys))
	for i, k := range keys {
		arts[i], poss[i] = k/SentencesPerArticle, int32(k%SentencesPerArticle)
	}
	type sent struct {
		key  int64
		text string
	}
	ss, err := queryAll(ctx, x.db.pool, "phrase sentences", `SELECT s.article_id * $3 + s.pos, s.text FROM sentences s
		JOIN unnest($1::bigint[], $2::integer[]) AS u(a, p) ON s.article_id = u.a AND s.pos = u.p
		ORDER BY 1 DESC`, func(row pgx.Row, s *sent) error { return row.Scan(&s.key, &s.text) }, arts, poss, int64(SentencesPerArticle))
	if err != nil {
		return nil, err
	}
	var out []int64
	for _, s := range ss {
		if hasPhrase(s.text, phrase) {
			out = append(out, s.key)
		}
	}
	return out, nil
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

// ArticleDates returns the published time of the articles among ids the
// reader may see.
func (x *SentenceIndex) ArticleDates(ctx context.Context, ids []int64) (map[int64]time.Time, error) {
	out := make(map[int64]time.Time, len(ids))
	if len(ids) == 0 {
		return out, nil
	}
	p := args{ids}
	rows, err := x.db.pool.Query(ctx, `SELECT a.id, a.published FROM articles a WHERE a.id = ANY($1) AND `+visible(x.guild, &p), p...)
	if err != nil {
		return nil, fmt.Errorf("read article dates: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id, published int64
		if err := rows.Scan(&id, &published); err != nil {
			return nil, fmt.Errorf("read article dates: %w", err)
		}
		out[id] = fromUnix(published)
	}
	return out, rows.Err()
}

// Articles returns the articles among ids the reader may see, each with
// its GuildID.
func (x *SentenceIndex) Articles(ctx context.Context, ids []int64) ([]news.Article, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	p := args{ids}
	q := `SELECT a.id, coalesce(a.external_id, ''), a.source_name, a.url, a.title, a.text, a.location,
		a.published, a.guild_id FROM articles a WHERE a.id = ANY($1) AND ` + visible(x.guild, &p)
	return queryAll(ctx, x.db.pool, "articles", q, func(row pgx.Row, a *news.Article) error {
		var published int64
		err := row.Scan(&a.ID, &a.ExternalID, &a.SourceName, &a.URL, &a.Title, &a.Text, &a.Location, &published, &a.GuildID)
		a.Published = fromUnix(published)
		return err
	}, p...)
}

// ArticleSentences returns, for the indexed articles among ids, the
// sentences of their text as their analysis split them (the index's
// positions 1 and on).
func (x *SentenceIndex) ArticleSentences(ctx context.Context, ids []int64) (map[int64][]string, error) {
	out := make(map[int64][]string, len(ids))
	if len(ids) == 0 {
		return out, nil
	}
	rows, err := x.db.pool.Query(ctx, `SELECT article_id, text FROM sentences
		WHERE article_id = ANY($1) AND pos > 0 ORDER BY article_id, pos`, ids)
	if err != nil {
		return nil, fmt.Errorf("read article sentences: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var s string
		if err := rows.Scan(&id, &s); err != nil {
			return nil, fmt.Errorf("read article sentences: %w", err)
		}
		out[id] = append(out[id], s)
	}
	return out, rows.Err()
}

// maxFactArticles bounds one ArticleFacts call, as in SQLite.
const maxFactArticles = 50

// ArticleFacts returns the analysed facts of the stored articles among ids
// (at most the first 50); articles without an analysis are left out.
func (x *SentenceIndex) ArticleFacts(ctx context.Context, ids []int64) (map[int64]news.Facts, error) {
	out := make(map[int64]news.Facts, len(ids))
	if len(ids) == 0 {
		return out, nil
	}
	ids = ids[:min(len(ids), maxFactArticles)]
	rows, err := x.db.pool.Query(ctx, `SELECT article_id, coalesce(json->'facts', 'null')::text FROM analyses
		WHERE article_id = ANY($1)`, ids)
	if err != nil {
		return nil, fmt.Errorf("read article facts: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var js string
		if err := rows.Scan(&id, &js); err != nil {
			return nil, fmt.Errorf("read article facts: %w", err)
		}
		var f news.Facts
		if err := json.Unmarshal([]byte(js), &f); err != nil {
			return nil, fmt.Errorf("decode facts of article %d: %w", id, err)
		}
		out[id] = f
	}
	return out, rows.Err()
}

// ArticleStories returns the story of each stored article among ids that
// has one (at most the first 50 ids), as Story reads it (ask.StoryReader).
// A story that holds an article of a guild's source is left out: its state
// is of articles not every reader may see.
func (x *SentenceIndex) ArticleStories(ctx context.Context, ids []int64) (map[int64]news.Story, error) {
	out := make(map[int64]news.Story, len(ids))
	if len(ids) == 0 {
		return out, nil
	}
	ids = ids[:min(len(ids), maxFactArticles)]
	type member struct{ id, story int64 }
	rows, err := queryAll(ctx, x.db.pool, "article stories", `SELECT id, story_id FROM articles
		WHERE story_id IS NOT NULL AND id = ANY($1)`, func(row pgx.Row, m *member) error {
		return row.Scan(&m.id, &m.story)
	}, ids)
	if err != nil {
		return nil, err
	}
	read := map[int64]*news.Story{}
	for _, m := range rows {
		s, ok := read[m.story]
		if !ok {
			if s, err = NewStoryService(x.db).Story(ctx, m.story); err != nil && news.ErrorCode(err) != news.ENOTFOUND {
				return nil, err
			}
			read[m.story] = s
		}
		if s != nil && !s.NeedsView {
			out[m.id] = *s
		}
	}
	return out, nil
}

package postgres

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
	"github.com/jackc/pgx/v5"
)

// SentencesPerArticle bounds the sentences indexed per article, as in
// SQLite.
const SentencesPerArticle = 4096

// termsFloor caps the snapshot's minDocs. SQLite counts a term its
// snapshot lacks from the FTS index alone; PostgreSQL's count reads a heap
// row per sentence holding it (the GIN index cannot say whether a row is
// visible), so the snapshot keeps every term held by two sentences or
// more, and a question's rare words are looked up, not counted (a
// question's missing words cost up to 1.8 s at 100,000 articles, counted
// up to 1,000 rows each; the snapshot grows from 4,236 terms to 26,425,
// 2.9 MB).
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
	return nil
}

// indexStoredSentences indexes, in the transaction that stored them, the
// sentences of the stored items that carry theirs, in two statements for
// the whole batch (a statement per article cost a round trip each).
func indexStoredSentences(ctx context.Context, tx pgx.Tx, items []*news.NewArticle, errs []error) error {
	var ids, counts []int64
	var arts []int64
	var poss []int32
	var texts []string
	for i, n := range items {
		if errs[i] != nil || n.Sentences == nil {
			continue
		}
		ss := n.Sentences[:min(len(n.Sentences), SentencesPerArticle)]
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
	return nil
}

// IndexMissingSentences indexes every stored article that is not in the
// sentence index, split by split, batch articles a transaction, and
// returns how many it indexed.
func (sr *SearchService) IndexMissingSentences(ctx context.Context, split func(title, text string) []string, batch int) (int, error) {
	batch = max(batch, 1)
	total := 0
	for after := int64(0); ; {
		n, last, err := sr.indexBatch(ctx, split, after, batch)
		total += n
		if err != nil || n == 0 {
			return total, err
		}
		after = last
	}
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
// (article_terms, migration 0010). It reads both indexes' rows (ts_stat):
// run it after a bulk load or now and then.
func (sr *SearchService) RefreshSentenceTerms(ctx context.Context, minDocs int) error {
	minDocs = min(minDocs, termsFloor)
	return sr.db.inTx(ctx, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, `DELETE FROM sentence_terms`); err != nil {
			return fmt.Errorf("refresh sentence terms: %w", err)
		}
		_, err := tx.Exec(ctx, `INSERT INTO sentence_terms (term, docs)
			SELECT word, ndoc FROM ts_stat('SELECT tsv FROM sentences') WHERE ndoc >= $1`, minDocs)
		if err != nil {
			return fmt.Errorf("refresh sentence terms: %w", err)
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
// when it has the term, else counted up to termCountCap.
func (x *SentenceIndex) TermDocs(ctx context.Context, terms []string) ([]int64, error) {
	out := make([]int64, len(terms))
	if len(terms) == 0 {
		return out, nil
	}
	rows, err := x.db.pool.Query(ctx, `SELECT term, docs FROM sentence_terms WHERE term = ANY($1)`, terms)
	if err != nil {
		return nil, fmt.Errorf("read term counts: %w", err)
	}
	df := make(map[string]int64, len(terms))
	for rows.Next() {
		var t string
		var n int64
		if err := rows.Scan(&t, &n); err != nil {
			rows.Close()
			return nil, fmt.Errorf("read term counts: %w", err)
		}
		df[t] = n
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read term counts: %w", err)
	}
	var missing []string
	for _, t := range terms {
		if _, ok := df[t]; !ok && len(ftsWords(t)) > 0 {
			missing = append(missing, t)
		}
	}
	if len(missing) > 0 {
		// one statement for every term the snapshot lacks, not one each
		rows, err := x.db.pool.Query(ctx, `SELECT t, (SELECT count(*) FROM (SELECT 1 FROM sentences
			WHERE tsv @@ plainto_tsquery('simple', t) LIMIT $2) c) FROM unnest($1::text[]) AS t`,
			pgx.QueryExecModeExec, missing, termCountCap)
		if err != nil {
			return nil, fmt.Errorf("count terms: %w", err)
		}
		for rows.Next() {
			var t string
			var n int64
			if err := rows.Scan(&t, &n); err != nil {
				rows.Close()
				return nil, fmt.Errorf("count terms: %w", err)
			}
			df[t] = n
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, fmt.Errorf("count terms: %w", err)
		}
	}
	for i, t := range terms {
		out[i] = df[t]
	}
	return out, nil
}

// SentenceHits returns up to limit sentences holding every term, newest
// article first (of any reader's articles, as in SQLite: see hitsIn).
func (x *SentenceIndex) SentenceHits(ctx context.Context, terms []string, limit int) ([]news.SentenceRef, error) {
	words := ftsWords(strings.ToLower(strings.Join(terms, " ")))
	return x.search(ctx, sentenceQuery{words: words, all: true}, limit, nil)
}

// SentenceHitsAny returns up to limit sentences holding any of the words,
// newest article first.
func (x *SentenceIndex) SentenceHitsAny(ctx context.Context, words []string, limit int) ([]news.SentenceRef, error) {
	ws := ftsWords(strings.ToLower(strings.Join(words, " ")))
	return x.search(ctx, sentenceQuery{words: ws}, limit, nil)
}

// hitWindow is the first window of article ids hits searches: the newest
// 2,000 articles.
const hitWindow = 2000

// sentenceQuery is a search of the sentence index: sentences holding all
// of words (all) or any of them. Words are made only of letters, digits
// and marks (ftsWords), so no input is read as tsquery syntax. With a
// phrase, each hit also says whether it holds the phrase's words in order.
type sentenceQuery struct {
	words  []string
	all    bool
	phrase string
}

// search returns up to limit sentences matching q, newest article first;
// with flags, it appends to *flags, hit by hit, whether the sentence holds
// q.phrase.
//
// A GIN index returns its rows in no order: asked for the newest 4,000 of a
// term held by a million sentences, PostgreSQL reads all of them and sorts
// them, or walks the sentences back from the newest and tests each (FTS5
// reads its doclist backwards instead). So search reads windows of article
// ids, newest first: the newest hitWindow articles, then windows sized by
// the matches seen so far to hold what is still missing, until it has
// limit or has searched every article. Each window is bounded whichever way
// the planner answers it (by the window's rows or by the term's), and a
// common term is done in the first.
//
// An AND of several words is given to the planner as a value it cannot
// see (the tsquery is computed by an InitPlan): it then takes the default
// selectivity of @@ (0.5 %) and bounds the index's matches by the window's
// ids (BitmapAnd with the primary key). Seeing the words, it multiplies
// their frequencies as if they were independent, and words that go
// together ("al", "nusra", "front": 15,240 sentences of 1.76 million,
// estimated 41) looked so rare that it took the index's matches from the
// whole table and filtered them by window (14,500 heap pages, 400 ms at
// 100,000 articles; bounded: 560 pages). Words common apart and rare
// together ("syria", "s", "idlib": none together) are the other way: once
// a window has been searched and the matches seen promise few in the rest
// (2 × limit at most), the rest is searched at once with the words in
// sight, which the index answers by intersecting their postings alone,
// without a window per step.
func (x *SentenceIndex) search(ctx context.Context, q sentenceQuery, limit int, flags *[]bool) ([]news.SentenceRef, error) {
	if len(q.words) == 0 || limit <= 0 {
		return nil, nil
	}
	var top int64
	var dfs []int64
	if err := x.db.pool.QueryRow(ctx, `SELECT coalesce((SELECT max(id) FROM articles), 0),
		(SELECT coalesce(array_agg(coalesce(st.docs, 1) ORDER BY u.ord), '{}') FROM unnest($1::text[]) WITH ORDINALITY AS u(t, ord)
			LEFT JOIN sentence_terms st ON st.term = u.t)`, q.words).Scan(&top, &dfs); err != nil {
		return nil, fmt.Errorf("search sentences: %w", err)
	}
	// most is how many sentences can match at most, by the snapshot: the
	// sum of the words' counts for any, the smallest for all.
	query, hidden, most := strings.Join(q.words, " | "), false, int64(0)
	for _, d := range dfs {
		most += d
	}
	if q.all {
		query, most = strings.Join(q.words, " & "), slices.Min(dfs)
		for _, w := range q.words[1:] {
			hidden = hidden || w != q.words[0]
		}
	}
	var out []news.SentenceRef
	for hi, window := top, int64(hitWindow); hi > 0 && len(out) < limit; {
		lo := max(0, hi-min(window, maxWindow))
		if most <= int64(wholeLimits*limit) || hidden && hi < top && int64(len(out))*hi/(top-hi) <= int64(2*limit) {
			hidden, lo = false, 0
		}
		got, err := x.hitsIn(ctx, query, hidden, q.phrase, lo, hi, limit-len(out), flags)
		if err != nil {
			return nil, err
		}
		out = append(out, got...)
		window = nextWindow(window, top-lo, len(out), limit)
		hi = lo
	}
	return out, nil
}

// wholeLimits: a search that can match at most wholeLimits times its
// limit, by the term snapshot, is made in one query over every article:
// the GIN index's matches are read whole, and no window's primary-key
// range is (a rare word's second window spanned 380,000 articles at
// 1,000,000: 6.7 million keys read, 435 ms, for 3,239 rows).
const wholeLimits = 4

// maxWindow bounds a window of hits, in articles: the primary key's
// bitmap of its sentences (18 an article) stays exact in the default
// work_mem of 4 MB (a lossy one has every row of its pages checked), and
// the keys read stay few: at 1,000,000 articles, a phrase of two words
// whose first window held few matches read windows of ~300,000 articles
// (16 s).
const maxWindow = 32_000

// nextWindow sizes the next window of hits: searched articles held found
// matches, and limit are wanted. It expects the same density of matches
// further back, asks for a quarter more than that, and at least doubles the
// window (at most 64 times it when nothing has matched yet).
func nextWindow(window, searched int64, found, limit int) int64 {
	if found == 0 {
		return 64 * window
	}
	want := searched * int64(limit-found) / int64(found)
	return max(2*window, want+want/4)
}

// hitsIn returns up to limit sentences of the articles with ids in
// (lo, hi] matching query, newest first (with a phrase, each hit's flag is
// appended to *flags); hidden hides the tsquery from the planner (see
// search). It is planned for its values every time (QueryExecModeExec): the cached generic plan
// PostgreSQL switches to after five runs cannot know how common the words
// are nor how wide the window is, and chose a BitmapAnd that read every
// sentence of a wide window for a common word (24 s at 100,000 articles,
// against milliseconds planned). Like SQLite's, the hits are not limited
// to what the reader may see: ArticleDates and Articles are, and the asker
// reads its candidates through them. (A join with articles here gave the
// planner a second table to misjudge: on a store not yet analysed it
// walked every article of the window.)
func (x *SentenceIndex) hitsIn(ctx context.Context, query string, hidden bool, phrase string, lo, hi int64, limit int, flags *[]bool) ([]news.SentenceRef, error) {
	sel, match, args := `false`, `to_tsquery('simple', $1)`, []any{pgx.QueryExecModeExec, query, lo, hi, limit}
	if hidden {
		match = `(SELECT to_tsquery('simple', $1))`
	}
	if phrase != "" {
		args = append(args, phrase)
		sel = `tsv @@ phraseto_tsquery('simple', $5)`
	}
	type hit struct {
		ref    news.SentenceRef
		phrase bool
	}
	got, err := queryAll(ctx, x.db.pool, "sentences", `SELECT article_id, pos, `+sel+` FROM sentences
		WHERE tsv @@ `+match+` AND article_id > $2 AND article_id <= $3
		ORDER BY article_id DESC, pos DESC LIMIT $4`, func(row pgx.Row, h *hit) error {
		return row.Scan(&h.ref.ArticleID, &h.ref.Position, &h.phrase)
	}, args...)
	if err != nil {
		return nil, fmt.Errorf("search sentences: %w", err)
	}
	out := make([]news.SentenceRef, len(got))
	for i, h := range got {
		out[i] = h.ref
		if flags != nil {
			*flags = append(*flags, h.phrase)
		}
	}
	return out, nil
}

// PhraseScan bounds the articles PhraseArticles reads, as in SQLite: the
// newest ones with a sentence holding all the phrase's words.
const PhraseScan = 300

// PhraseArticles returns up to limit articles whose title or a sentence of
// whose text holds the words in order, newest first, among the PhraseScan
// newest articles with a sentence holding all the words (as SQLite bounds
// it: a name lies within a sentence). The order is checked on the
// candidate sentences' own tsvector, read by the same scan that finds them
// (phraseHits), never on the articles' whole tsvector: that one is
// toasted, and checking it on 300 articles read their full text (60 ms of
// the server's time a phrase at 1,000,000 articles).
func (x *SentenceIndex) PhraseArticles(ctx context.Context, words []string, limit int) ([]int64, error) {
	ws := ftsWords(strings.ToLower(strings.Join(words, " ")))
	if len(ws) == 0 || limit <= 0 {
		return nil, nil
	}
	var phrase []bool
	hits, err := x.search(ctx, sentenceQuery{words: ws, all: true, phrase: strings.Join(ws, " ")}, 4*PhraseScan, &phrase)
	if err != nil {
		return nil, err
	}
	var ids []int64
	seen := 0
	for i, h := range hits {
		if i == 0 || hits[i-1].ArticleID != h.ArticleID {
			if seen++; seen > PhraseScan {
				break
			}
		}
		if phrase[i] && (len(ids) == 0 || ids[len(ids)-1] != h.ArticleID) {
			ids = append(ids, h.ArticleID)
		}
	}
	if len(ids) == 0 {
		return nil, nil
	}
	p := args{ids}
	q := `SELECT a.id FROM articles a WHERE a.id = ANY($1) AND ` + visible(x.guild, &p) + ` ORDER BY a.id DESC LIMIT ` + p.add(limit)
	return queryAll(ctx, x.db.pool, "phrase articles", q, func(row pgx.Row, id *int64) error { return row.Scan(id) }, p...)
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

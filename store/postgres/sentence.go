package postgres

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
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

package store

import (
	"context"
	"database/sql"
	"encoding/hex"
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/conflict-digest/conflict-digest/news"
	"github.com/conflict-digest/conflict-digest/store/fold"
)

// SentencesPerArticle bounds the sentences indexed per article: a sentence's
// rowid is its article id times this plus its position.
const SentencesPerArticle = 4096

// Execer is what indexing needs of a connection: *sql.Tx or *sql.DB.
type Execer interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// IndexSentences adds the sentences of the stored article articleID to the
// sentence index through q (the transaction that stores the article, or the
// writer): sentences[i] is the sentence at position i, position 0 being the
// title (news.IndexedSentences). Past SentencesPerArticle the rest is left
// out. Indexing an article twice is an ECONFLICT error.
func (sr *SearchService) IndexSentences(ctx context.Context, q Execer, articleID int64, sentences []string) error {
	if articleID <= 0 {
		return news.Errorf(news.EINVALID, "no article id to index")
	}
	return indexSentenceRows(ctx, q, []sentenceDoc{{id: articleID, sentences: sentences}})
}

// sentenceDoc is one article's entries for the sentence index, with its
// text when known (for the sentences' bounds).
type sentenceDoc struct {
	id        int64
	sentences []string
	text      string
}

const (
	qIndexSentenceArticles = `INSERT INTO sentence_articles (article_id, sentences, bounds)
		SELECT value ->> 0, value ->> '$[1][0]', unhex(value ->> '$[1][1]') FROM json_each(?)`
	qIndexSentences = `INSERT INTO sentences_fts (rowid, text)
		SELECT value ->> 0, value ->> 1 FROM json_each(?)`
	qCountSentences = `UPDATE sentence_stats SET sentences = sentences + ?`
)

// indexSentenceRows indexes the sentences of docs with three statements
// whatever their number. FTS5 writes its pending terms out at the start of
// every statement that writes to it, so a statement per sentence made one
// tiny segment per sentence, and merging them cost more than the articles'
// own insert (a fifth of a whole-process ingest, cmd/ingestbench).
func indexSentenceRows(ctx context.Context, q Execer, docs []sentenceDoc) error {
	if len(docs) == 0 {
		return nil
	}
	heads := make([]byte, 0, 24*len(docs))
	rows := make([]byte, 0, 4096*len(docs))
	total := 0
	for i, d := range docs {
		ss := d.sentences[:min(len(d.sentences), SentencesPerArticle)]
		heads = appendPair(heads, i == 0, d.id, appendHead(nil, len(ss), textBounds(d.text, ss)))
		total += len(ss)
		for pos, s := range ss {
			if strings.TrimSpace(s) != "" {
				rows = appendPair(rows, len(rows) == 0, d.id*SentencesPerArticle+int64(pos), appendJSONString(nil, s))
			}
		}
	}
	if _, err := q.ExecContext(ctx, qIndexSentenceArticles, closeList(heads)); err != nil {
		return conflict(err, "article's sentences are already indexed", "index sentences")
	}
	if _, err := q.ExecContext(ctx, qIndexSentences, closeList(rows)); err != nil {
		return fmt.Errorf("index sentences: %w", err)
	}
	if _, err := q.ExecContext(ctx, qCountSentences, total); err != nil {
		return fmt.Errorf("index sentences: %w", err)
	}
	return nil
}

// appendPair appends [id,value] (value already JSON) to a JSON list being
// built: a batch's sentences are encoded by hand, as reflection-driven
// encoding/json took a sixth of the indexing time.
func appendPair(b []byte, first bool, id int64, value []byte) []byte {
	if first {
		b = append(b, '[')
	} else {
		b = append(b, ',')
	}
	b = append(b, '[')
	b = strconv.AppendInt(b, id, 10)
	b = append(b, ',')
	b = append(b, value...)
	return append(b, ']')
}

// appendHead appends an article's [count,"hex bounds"] (null bounds when
// there are none).
func appendHead(b []byte, count int, bounds []byte) []byte {
	b = append(b, '[')
	b = strconv.AppendInt(b, int64(count), 10)
	if bounds == nil {
		return append(b, ",null]"...)
	}
	b = append(b, ",\""...)
	b = hex.AppendEncode(b, bounds)
	return append(b, "\"]"...)
}

// textBounds returns where the text's sentences (entries 1 on) lie in the
// text, or nil when the text is not known or they cannot be found.
func textBounds(text string, entries []string) []byte {
	if text == "" || len(entries) < 2 {
		return nil
	}
	return encodeBounds(text, entries[1:])
}

// closeList ends a list appendPair built ("[]" when it is empty).
func closeList(b []byte) string {
	if len(b) == 0 {
		return "[]"
	}
	return string(append(b, ']'))
}

// appendJSONString appends s as a JSON string. Invalid UTF-8 becomes
// U+FFFD, as encoding/json would write it.
func appendJSONString(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c >= utf8.RuneSelf:
			r, n := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && n == 1 {
				b = append(b, `\ufffd`...)
			} else {
				b = append(b, s[i:i+n]...)
			}
			i += n
			continue
		case c == '"' || c == '\\':
			b = append(b, '\\', c)
		case c < 0x20:
			b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xf])
		default:
			b = append(b, c)
		}
		i++
	}
	return append(b, '"')
}

// indexStoredSentences indexes, in the transaction that stored them, the
// sentences of the stored items that carry theirs (NewArticle.Sentences).
func indexStoredSentences(ctx context.Context, t txn, items []*news.NewArticle) error {
	var docs []sentenceDoc
	for _, n := range items {
		if n.Sentences != nil && n.Article.ID > 0 {
			docs = append(docs, sentenceDoc{id: n.Article.ID, sentences: n.Sentences, text: n.Article.Text})
		}
	}
	return indexSentenceRows(ctx, txExecer{t}, docs)
}

// txExecer runs a txn's statements, prepared when they are among the
// store's prepared ones.
type txExecer struct{ t txn }

func (e txExecer) ExecContext(ctx context.Context, q string, args ...any) (sql.Result, error) {
	return e.t.exec(ctx, q, args...)
}

func (e txExecer) QueryRowContext(ctx context.Context, q string, args ...any) *sql.Row {
	return e.t.queryRow(ctx, q, args...)
}

// IndexMissingSentences indexes every stored article that is not in the
// sentence index, split by split (the title comes first), in transactions of
// batch articles, and returns how many it indexed. Articles stored through
// ingest are indexed in their own transaction; this mends the rest — a
// database filled before the index existed or by a path that does not index
// — wherever they lie among the ids. When every article is indexed (the
// two counts agree: the delete trigger keeps them in step) it reads nothing
// else.
func (sr *SearchService) IndexMissingSentences(ctx context.Context, split func(title, text string) []string, batch int) (int, error) {
	batch = max(batch, 1)
	var articles, indexed int64
	err := sr.db.read.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM sentence_articles)`).
		Scan(&articles, &indexed)
	if err != nil {
		return 0, fmt.Errorf("index missing sentences: %w", err)
	}
	total := 0
	for after := int64(0); articles != indexed; {
		n, last, err := sr.indexBatch(ctx, split, after, batch)
		total += n
		if err != nil || last == after {
			return total, err
		}
		after = last
	}
	return total, nil
}

// indexBatch indexes the next batch unindexed articles after id after, and
// returns how many it indexed and the last id it saw (after when none).
func (sr *SearchService) indexBatch(ctx context.Context, split func(title, text string) []string, after int64, batch int) (int, int64, error) {
	const q = `SELECT a.id, a.title, a.text FROM articles a
		WHERE a.id > ? AND NOT EXISTS (SELECT 1 FROM sentence_articles s WHERE s.article_id = a.id)
		ORDER BY a.id LIMIT ?`
	n, last := 0, after
	err := sr.db.WriteTx(ctx, func(tx *sql.Tx) error {
		rows, err := tx.QueryContext(ctx, q, after, batch)
		if err != nil {
			return err
		}
		var docs []sentenceDoc
		for rows.Next() {
			var id int64
			var title, text string
			if err := rows.Scan(&id, &title, &text); err != nil {
				rows.Close()
				return err
			}
			docs = append(docs, sentenceDoc{id: id, sentences: split(title, text), text: text})
			last = id
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		n = len(docs)
		return indexSentenceRows(ctx, tx, docs)
	})
	if err != nil {
		return 0, after, fmt.Errorf("index missing sentences: %w", err)
	}
	return n, last, nil
}

// SentenceIndex reads the sentence index; it implements ask.SentenceSearcher.
type SentenceIndex struct{ db *DB }

// SentenceIndex returns the reader of the sentence index.
func (sr *SearchService) SentenceIndex() *SentenceIndex { return &SentenceIndex{db: sr.db} }

// SentenceCount returns the number of indexed sentences.
func (x *SentenceIndex) SentenceCount(ctx context.Context) (int64, error) {
	var n int64
	err := x.db.read.QueryRowContext(ctx, `SELECT sentences FROM sentence_stats WHERE id = 1`).Scan(&n)
	if err != nil {
		return 0, fmt.Errorf("count sentences: %w", err)
	}
	return n, nil
}

// termCountCap bounds the counting of a term the snapshot lacks: past it a
// term is common, and exactly how common matters little.
const termCountCap = 5000

// TermDocs returns how many sentences hold each term (0 when none); a term
// is one word as the tokenizer sees it, lower-cased. Counts come from the
// snapshot RefreshSentenceTerms keeps, else are counted up to termCountCap.
func (x *SentenceIndex) TermDocs(ctx context.Context, terms []string) ([]int64, error) {
	out := make([]int64, len(terms))
	if len(terms) == 0 {
		return out, nil
	}
	args := make([]any, len(terms))
	for i, t := range terms {
		args[i] = t
	}
	rows, err := x.db.read.QueryContext(ctx,
		`SELECT term, docs FROM sentence_terms WHERE term IN (`+sentenceMarks(len(terms))+`)`, args...)
	if err != nil {
		return nil, fmt.Errorf("read term counts: %w", err)
	}
	defer rows.Close()
	df := make(map[string]int64, len(terms))
	for rows.Next() {
		var t string
		var n int64
		if err := rows.Scan(&t, &n); err != nil {
			return nil, fmt.Errorf("read term counts: %w", err)
		}
		df[t] = n
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read term counts: %w", err)
	}
	for i, t := range terms {
		n, ok := df[t]
		if !ok {
			if n, err = x.countTerm(ctx, t); err != nil {
				return nil, err
			}
		}
		out[i] = n
	}
	return out, nil
}

// countTerm counts the sentences holding term, up to termCountCap.
func (x *SentenceIndex) countTerm(ctx context.Context, term string) (int64, error) {
	m := matchAll(term)
	if m == "" {
		return 0, nil
	}
	var n int64
	err := x.db.read.QueryRowContext(ctx, `SELECT count(*) FROM (SELECT 1 FROM sentences_fts
		WHERE sentences_fts MATCH ? LIMIT ?)`, m, termCountCap).Scan(&n)
	if err != nil {
		return 0, fmt.Errorf("count term: %w", err)
	}
	return n, nil
}

// RefreshSentenceTerms rebuilds the snapshot of document frequencies from
// the index's vocabulary, keeping only terms in at least minDocs sentences
// (rarer ones are counted exactly at query time). It reads the whole
// vocabulary: run it after a bulk load or now and then, not per article.
func (sr *SearchService) RefreshSentenceTerms(ctx context.Context, minDocs int) error {
	return sr.db.WriteTx(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, `DELETE FROM sentence_terms`); err != nil {
			return fmt.Errorf("refresh sentence terms: %w", err)
		}
		_, err := tx.ExecContext(ctx, `INSERT INTO sentence_terms (term, docs)
			SELECT term, doc FROM sentences_vocab WHERE doc >= ?`, minDocs)
		if err != nil {
			return fmt.Errorf("refresh sentence terms: %w", err)
		}
		return nil
	})
}

// SentenceHits returns up to limit sentences holding every term, newest
// article first. Terms are searched as plain words: FTS5 syntax in them is
// not read as syntax.
func (x *SentenceIndex) SentenceHits(ctx context.Context, terms []string, limit int) ([]news.SentenceRef, error) {
	return x.hits(ctx, matchAll(strings.Join(terms, " ")), limit)
}

// SentenceHitsAny returns up to limit sentences holding any of the words,
// newest article first.
func (x *SentenceIndex) SentenceHitsAny(ctx context.Context, words []string, limit int) ([]news.SentenceRef, error) {
	return x.hits(ctx, matchAny(fold.Split(strings.Join(words, " "))), limit)
}

func (x *SentenceIndex) hits(ctx context.Context, match string, limit int) ([]news.SentenceRef, error) {
	if match == "" || limit <= 0 {
		return nil, nil
	}
	rows, err := x.db.read.QueryContext(ctx,
		`SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH ? ORDER BY rowid DESC LIMIT ?`, match, limit)
	if err != nil {
		return nil, fmt.Errorf("search sentences: %w", err)
	}
	defer rows.Close()
	out := make([]news.SentenceRef, 0, min(limit, 1024))
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, fmt.Errorf("search sentences: %w", err)
		}
		out = append(out, news.SentenceRef{ArticleID: id / SentencesPerArticle, Position: int(id % SentencesPerArticle)})
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("search sentences: %w", err)
	}
	return out, nil
}

// PhraseScan bounds the articles PhraseArticles reads: the newest ones with
// a sentence holding all the phrase's words.
const PhraseScan = 300

// PhraseArticles returns up to limit articles whose title or text holds the
// words in order, newest first, among the PhraseScan newest articles with a
// sentence holding all the words. The indexes keep no positions: the
// sentence index finds the candidates (a name lies within a sentence) and
// fts_phrase checks the order in their text. The bound keeps a phrase of
// common words ("Syria Syria") from reading the whole store.
func (x *SentenceIndex) PhraseArticles(ctx context.Context, words []string, limit int) ([]int64, error) {
	phrase := strings.Join(words, " ")
	m := matchAll(phrase)
	if m == "" || limit <= 0 {
		return nil, nil
	}
	hits, err := x.hits(ctx, m, 4*PhraseScan)
	if err != nil {
		return nil, err
	}
	var ids []int64
	for _, h := range hits {
		if len(ids) == PhraseScan {
			break
		}
		if len(ids) == 0 || ids[len(ids)-1] != h.ArticleID {
			ids = append(ids, h.ArticleID)
		}
	}
	if len(ids) == 0 {
		return nil, nil
	}
	arg, _ := phraseArg([]string{phrase})
	args := append(sentenceArgs(ids), arg, limit)
	return x.ids(ctx, `SELECT id FROM articles WHERE id IN (`+sentenceMarks(len(ids))+`)
		AND fts_phrase(title, text, ?) ORDER BY id DESC LIMIT ?`, args...)
}

func (x *SentenceIndex) ids(ctx context.Context, q string, args ...any) ([]int64, error) {
	rows, err := x.db.read.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("search articles: %w", err)
	}
	defer rows.Close()
	var out []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, fmt.Errorf("search articles: %w", err)
		}
		out = append(out, id)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("search articles: %w", err)
	}
	return out, nil
}

// ArticleDates returns the published time of the stored articles among ids.
func (x *SentenceIndex) ArticleDates(ctx context.Context, ids []int64) (map[int64]time.Time, error) {
	out := make(map[int64]time.Time, len(ids))
	if len(ids) == 0 {
		return out, nil
	}
	rows, err := x.db.read.QueryContext(ctx, `SELECT id, published FROM articles WHERE id IN (`+sentenceMarks(len(ids))+`)`, sentenceArgs(ids)...)
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
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read article dates: %w", err)
	}
	return out, nil
}

// Articles returns the stored articles among ids (without analyses).
func (x *SentenceIndex) Articles(ctx context.Context, ids []int64) ([]news.Article, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	const cols = `id, coalesce(external_id, ''), source_name, url, title, text, location, published`
	rows, err := x.db.read.QueryContext(ctx, `SELECT `+cols+` FROM articles WHERE id IN (`+sentenceMarks(len(ids))+`)`, sentenceArgs(ids)...)
	if err != nil {
		return nil, fmt.Errorf("read articles: %w", err)
	}
	defer rows.Close()
	var out []news.Article
	for rows.Next() {
		var a news.Article
		var published int64
		if err := rows.Scan(&a.ID, &a.ExternalID, &a.SourceName, &a.URL, &a.Title, &a.Text, &a.Location, &published); err != nil {
			return nil, fmt.Errorf("read articles: %w", err)
		}
		a.Published = fromUnix(published)
		out = append(out, a)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read articles: %w", err)
	}
	return out, nil
}

// marks returns n comma-separated placeholders.
func sentenceMarks(n int) string { return strings.TrimSuffix(strings.Repeat("?,", n), ",") }

func sentenceArgs(ids []int64) []any {
	out := make([]any, len(ids))
	for i, id := range ids {
		out[i] = id
	}
	return out
}

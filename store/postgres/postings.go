package postgres

import (
	"context"
	"encoding/binary"
	"fmt"
	"math"
	"slices"
	"strings"
	"sync"

	"github.com/jackc/pgx/v5"

	"github.com/conflict-digest/conflict-digest/store/fold"
)

// The sentence index's postings (migration 0011): for each term, blocks
// of the sentences holding it, keyed (term, last) by the block's newest
// sentence, each written by the transaction that indexed its articles.
// A sentence is sentenceKey(article, pos), as SQLite's rowid, so that a
// term's newest sentences are a backward walk of the primary key.

// sentenceKey is the sentence at position pos of article id in the
// postings.
func sentenceKey(id int64, pos int) int64 { return id*SentencesPerArticle + int64(pos) }

// postDoc is one article's sentences to post.
type postDoc struct {
	id        int64
	sentences []string
}

// postingRows are the blocks of one batch, a row each: term, newest
// sentence, count and the encoded sentences.
type postingRows struct {
	terms []string
	lasts []int64
	ns    []int32
	refs  [][]byte
}

// buildPostings cuts the docs' sentences into words (fold.Words, as
// SQLite's index and the in-memory store do) and returns a block per term:
// the words' (words) and the posted pairs' of adjacent words (pairs:
// fold.Paired, migration 0014).
func buildPostings(docs []postDoc, words, pairs bool) postingRows {
	byTerm := map[string][]int64{}
	seen := map[string]bool{}
	for _, d := range docs {
		ss := d.sentences[:min(len(d.sentences), SentencesPerArticle)]
		for pos, s := range ss {
			clear(seen)
			k := sentenceKey(d.id, pos)
			ws := fold.Words(s)
			for i, w := range ws {
				if words && !seen[w] {
					seen[w] = true
					byTerm[w] = append(byTerm[w], k)
				}
				if !pairs || i == 0 || !fold.Paired(ws[i-1], w) {
					continue
				}
				if p := fold.Pair(ws[i-1], w); !seen[p] {
					seen[p] = true
					byTerm[p] = append(byTerm[p], k)
				}
			}
		}
	}
	terms := make([]string, 0, len(byTerm))
	for t := range byTerm {
		terms = append(terms, t)
	}
	slices.Sort(terms)
	rows := postingRows{terms: terms}
	for _, t := range terms {
		ks := byTerm[t]
		slices.SortFunc(ks, func(a, b int64) int { return compareDesc(a, b) })
		rows.lasts = append(rows.lasts, ks[0])
		rows.ns = append(rows.ns, int32(len(ks)))
		rows.refs = append(rows.refs, encodeRefs(ks))
	}
	return rows
}

func compareDesc(a, b int64) int {
	switch {
	case a > b:
		return -1
	case a < b:
		return 1
	}
	return 0
}

// encodeRefs encodes sentences given newest first as unsigned varint gaps,
// the first from itself (0).
func encodeRefs(ks []int64) []byte {
	b := make([]byte, 0, 2*len(ks)+8)
	prev := ks[0]
	for _, k := range ks {
		b = binary.AppendUvarint(b, uint64(prev-k))
		prev = k
	}
	return b
}

// decodeRefs appends the sentences of a block whose newest is last.
func decodeRefs(dst []int64, last int64, b []byte) ([]int64, error) {
	prev := last
	for i := 0; i < len(b); {
		if c := b[i]; c < 0x80 { // a gap within an article: one byte
			prev -= int64(c)
			i++
		} else if i+1 < len(b) && b[i+1] < 0x80 {
			prev -= int64(c&0x7f) | int64(b[i+1])<<7
			i += 2
		} else {
			gap, n := binary.Uvarint(b[i:])
			if n <= 0 {
				return dst, fmt.Errorf("decode postings of sentence %d: bad varint", last)
			}
			prev -= int64(gap)
			i += n
		}
		dst = append(dst, prev)
	}
	return dst, nil
}

// insertPostings writes the batch's blocks in the transaction tx.
func insertPostings(ctx context.Context, tx pgx.Tx, docs []postDoc) error {
	rows := buildPostings(docs, true, true)
	return insertRows(ctx, tx, rows)
}

// insertRows writes blocks in the transaction tx.
func insertRows(ctx context.Context, tx pgx.Tx, rows postingRows) error {
	if len(rows.terms) == 0 {
		return nil
	}
	_, err := tx.Exec(ctx, `INSERT INTO sentence_postings (term, last, n, refs)
		SELECT * FROM unnest($1::text[], $2::bigint[], $3::integer[], $4::bytea[])`,
		rows.terms, rows.lasts, rows.ns, rows.refs)
	if err != nil {
		return fmt.Errorf("post sentences: %w", err)
	}
	return nil
}

// copyPostings writes the batch's blocks by COPY (CopyArticles).
func copyPostings(ctx context.Context, tx pgx.Tx, docs []postDoc) error {
	rows := buildPostings(docs, true, true)
	_, err := tx.CopyFrom(ctx, pgx.Identifier{"sentence_postings"}, []string{"term", "last", "n", "refs"},
		pgx.CopyFromSlice(len(rows.terms), func(i int) ([]any, error) {
			return []any{rows.terms[i], rows.lasts[i], rows.ns[i], rows.refs[i]}, nil
		}))
	if err != nil {
		return fmt.Errorf("copy postings: %w", err)
	}
	return nil
}

// postMissing posts up to batch indexed articles whose sentences have no
// postings yet (indexed before migration 0011), their words and pairs,
// and returns how many.
func (sr *SearchService) postMissing(ctx context.Context, batch int) (int, error) {
	return sr.postUnposted(ctx, batch, `NOT posted`, true, `posted = true, paired = true`)
}

// PairMissing posts the pairs (fold.Paired) of up to batch indexed
// articles posted before the pairs were (migration 0014), and returns how
// many. Until none is left, PhraseArticles reads the words' postings.
func (sr *SearchService) PairMissing(ctx context.Context, batch int) (int, error) {
	return sr.postUnposted(ctx, batch, `NOT paired AND posted`, false, `paired = true`)
}

// postUnposted posts up to batch indexed articles of sentence_articles
// matching where: their pairs, and their words too (words), then sets
// their set columns; it returns how many.
func (sr *SearchService) postUnposted(ctx context.Context, batch int, where string, words bool, set string) (int, error) {
	n := 0
	err := sr.db.inTx(ctx, func(tx pgx.Tx) error {
		ids, err := queryAll(ctx, tx, "unposted articles", `SELECT article_id FROM sentence_articles
			WHERE `+where+` ORDER BY article_id LIMIT $1 FOR UPDATE SKIP LOCKED`,
			func(row pgx.Row, id *int64) error { return row.Scan(id) }, max(batch, 1))
		if err != nil || len(ids) == 0 {
			return err
		}
		docs, err := storedDocs(ctx, tx, ids)
		if err != nil {
			return err
		}
		if err := insertRows(ctx, tx, buildPostings(docs, words, true)); err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, `UPDATE sentence_articles SET `+set+` WHERE article_id = ANY($1)`, ids); err != nil {
			return fmt.Errorf("mark posted: %w", err)
		}
		n = len(ids)
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("post indexed sentences: %w", err)
	}
	return n, nil
}

// storedDocs reads the indexed sentences of the articles ids.
func storedDocs(ctx context.Context, tx pgx.Tx, ids []int64) ([]postDoc, error) {
	type sent struct {
		id   int64
		pos  int
		text string
	}
	ss, err := queryAll(ctx, tx, "unposted sentences", `SELECT article_id, pos, text FROM sentences
		WHERE article_id = ANY($1) ORDER BY article_id, pos`,
		func(row pgx.Row, s *sent) error { return row.Scan(&s.id, &s.pos, &s.text) }, ids)
	if err != nil {
		return nil, err
	}
	byID := map[int64][]string{}
	for _, s := range ss {
		for len(byID[s.id]) < s.pos {
			byID[s.id] = append(byID[s.id], "")
		}
		byID[s.id] = append(byID[s.id], s.text)
	}
	docs := make([]postDoc, 0, len(ids))
	for _, id := range ids {
		docs = append(docs, postDoc{id: id, sentences: byID[id]})
	}
	return docs, nil
}

// postingCursor reads one term's blocks newest first: refs holds every
// sentence of the blocks read, newest first, and every sentence from
// floor up is among them (a block's sentences are at most its last).
type postingCursor struct {
	term  string
	refs  []int64
	floor int64
	done  bool
	page  int
	at    int // refs[:at] are looked at (postingSearch.extend)
	// capped: its last read stopped at its filter's stop (keyFilter)
	capped bool
}

// firstPage and maxPage bound the blocks one round reads of a term.
const (
	firstPage = 8
	maxPage   = 1024
)

// postingSearch finds the newest sentences holding all of its terms (all)
// or any of them, reading each term's blocks only as far back as needed.
type postingSearch struct {
	cs   []*postingCursor
	all  bool
	dead map[int64]bool // articles no more indexed (sentence_removed)
	// byArticle counts the limit in articles, not sentences
	byArticle bool
	found     []int64 // the matches from seen up, newest first
	seen      int64
	// stop: only the matches from this sentence up are wanted (0: all);
	// no block wholly under it is read
	stop int64
	// pooled: the terms' lists are the pool's (more, release)
	pooled bool
}

// newPostingSearch returns a search of the distinct terms.
func newPostingSearch(terms []string, all bool) *postingSearch {
	s := &postingSearch{all: all, dead: map[int64]bool{}, seen: math.MaxInt64}
	seen := map[string]bool{}
	for _, t := range terms {
		if !seen[t] {
			seen[t] = true
			s.cs = append(s.cs, &postingCursor{term: t, floor: math.MaxInt64, page: firstPage})
		}
	}
	return s
}

// bound returns the sentence from which every term's postings are read
// (0: all of them), and for an AND the newest of the terms' read-out
// oldest sentences, under which nothing can match (0 when none).
func (s *postingSearch) bound() (bound, low int64) {
	for _, c := range s.cs {
		if !c.done {
			bound = max(bound, c.floor)
		} else if s.all && len(c.refs) > 0 {
			low = max(low, c.refs[len(c.refs)-1])
		}
	}
	return bound, low
}

// extend adds to found the matching sentences from bound up not seen
// yet, newest first, and returns found. Each term's sentences from bound up
// are read (bound is at least every unfinished term's floor), and those
// seen before stay as they were (a later block's sentences are under its
// term's floor), so each sentence is looked at once: the terms' positions
// (at) only move on.
func (s *postingSearch) extend(bound int64) []int64 {
	if bound >= s.seen {
		return s.found
	}
	if s.all {
		base := s.cs[0]
		for ; base.at < len(base.refs) && base.refs[base.at] >= bound; base.at++ {
			if k := base.refs[base.at]; s.inAll(k) && !s.dead[k/SentencesPerArticle] {
				s.found = append(s.found, k)
			}
		}
	} else {
		var add []int64
		for _, c := range s.cs {
			for ; c.at < len(c.refs) && c.refs[c.at] >= bound; c.at++ {
				if k := c.refs[c.at]; !s.dead[k/SentencesPerArticle] {
					add = append(add, k)
				}
			}
		}
		slices.SortFunc(add, compareDesc)
		s.found = append(s.found, slices.Compact(add)...)
	}
	s.seen = bound
	return s.found
}

// inAll reports whether every term but the first holds k, moving their
// positions past the sentences newer than k.
func (s *postingSearch) inAll(k int64) bool {
	for _, c := range s.cs[1:] {
		for c.at < len(c.refs) && c.refs[c.at] > k {
			c.at++
		}
		if c.at == len(c.refs) || c.refs[c.at] != k {
			return false
		}
	}
	return true
}

// run returns up to limit matching sentences, newest first. The terms'
// lists go back to a pool when it returns (what it returns is s.found's,
// never theirs): a common word's AND grew megabytes of them a question,
// each zeroed when made and copied when grown.
func (s *postingSearch) run(ctx context.Context, q querier, limit int) ([]int64, error) {
	defer s.release()
	return s.more(ctx, q, limit)
}

// more returns up to limit matching sentences, newest first, going on
// from where its last call stopped: what that returned begins what it
// returns. The terms' lists come from the pool; release gives them back.
func (s *postingSearch) more(ctx context.Context, q querier, limit int) ([]int64, error) {
	if len(s.cs) == 0 || limit <= 0 {
		return nil, nil
	}
	if !s.pooled {
		for _, c := range s.cs {
			c.refs = (*refLists.Get().(*[]int64))[:0]
		}
		s.pooled = true
	}
	for {
		bound, low := s.bound()
		got := s.extend(bound)
		final := s.enough(got, limit) || bound <= s.stop || s.all && bound <= low
		if final {
			got = s.cut(from(got, s.stop), limit)
			fresh, err := s.checkRemoved(ctx, q, got)
			if err != nil {
				return nil, err
			}
			if !fresh {
				return got, nil
			}
			continue // dead articles were among them: again without them
		}
		if s.all && s.emptyTerm() {
			return nil, nil
		}
		next := s.next(bound)
		if err := readBlocks(ctx, q, next, s.filters(next), s.stop); err != nil {
			return nil, err
		}
	}
}

// release gives the terms' lists back to the pool.
func (s *postingSearch) release() {
	if !s.pooled {
		return
	}
	for _, c := range s.cs {
		refs := c.refs[:0]
		c.refs = nil
		refLists.Put(&refs)
	}
	s.pooled = false
}

// startWith makes an AND read its term i (the rarest by the snapshot)
// alone first: the others are then read only down to its floor, through
// its sentences, instead of a first page each decoded whole.
func (s *postingSearch) startWith(i int) {
	if !s.all || i < 0 || i >= len(s.cs) {
		return
	}
	for j, c := range s.cs {
		c.capped = j != i
	}
}

// next returns the terms to read from bound down: those whose floor is
// bound, and of an AND's, when some stopped at another's floor, the
// others: that term was read down to there, the others go further first.
func (s *postingSearch) next(bound int64) []*postingCursor {
	var next, free []*postingCursor
	for _, c := range s.cs {
		if !c.done && c.floor == bound {
			next = append(next, c)
			if !c.capped {
				free = append(free, c)
			}
		}
	}
	if s.all && len(free) > 0 {
		return free
	}
	return next
}

// enough reports whether got holds limit sentences, or sentences of limit
// articles (byArticle).
func (s *postingSearch) enough(got []int64, limit int) bool {
	if !s.byArticle {
		return len(got) >= limit
	}
	return len(got) >= limit && len(articlesOf(got, limit)) >= limit
}

// cut returns the first limit sentences of got, or the sentences of its
// first limit articles (byArticle).
func (s *postingSearch) cut(got []int64, limit int) []int64 {
	if !s.byArticle {
		return got[:min(len(got), limit)]
	}
	n := 0
	for i, k := range got {
		if i == 0 || got[i-1]/SentencesPerArticle != k/SentencesPerArticle {
			if n++; n > limit {
				return got[:i]
			}
		}
	}
	return got
}

// from returns the sentences of keys (newest first) from stop up.
func from(keys []int64, stop int64) []int64 {
	i, _ := slices.BinarySearchFunc(keys, stop-1, compareDesc)
	return keys[:i]
}

// articlesOf returns the articles of the sentences keys (newest first),
// up to limit.
func articlesOf(keys []int64, limit int) []int64 {
	var out []int64
	for _, k := range keys {
		if id := k / SentencesPerArticle; len(out) == 0 || out[len(out)-1] != id {
			if len(out) == limit {
				break
			}
			out = append(out, id)
		}
	}
	return out
}

// emptyTerm reports whether a term is read out without a sentence.
func (s *postingSearch) emptyTerm() bool {
	for _, c := range s.cs {
		if c.done && len(c.refs) == 0 {
			return true
		}
	}
	return false
}

// checkRemoved marks the articles among got's whose sentences left the
// index dead, and reports whether it found any not marked yet.
func (s *postingSearch) checkRemoved(ctx context.Context, q querier, got []int64) (bool, error) {
	if len(got) == 0 {
		return false, nil
	}
	lo, hi := got[len(got)-1]/SentencesPerArticle, got[0]/SentencesPerArticle
	ids, err := queryAll(ctx, q, "removed articles", `SELECT article_id FROM sentence_removed
		WHERE article_id BETWEEN $1 AND $2`, func(row pgx.Row, id *int64) error { return row.Scan(id) }, lo, hi)
	if err != nil {
		return false, err
	}
	fresh := false
	for _, id := range ids {
		if !s.dead[id] {
			s.dead[id], fresh = true, true
		}
	}
	if !fresh {
		return false, nil
	}
	n := len(s.found)
	s.found = slices.DeleteFunc(s.found, func(k int64) bool { return s.dead[k/SentencesPerArticle] })
	return len(s.found) < n, nil
}

// keyFilter is what an AND knows of one term's postings: every sentence
// of the term from floor up is among refs (newest first), so a sentence
// from floor up missing from refs matches no AND of it.
type keyFilter struct {
	refs  []int64
	floor int64
	stop  int64 // blocks are read down to this newest sentence (0: no stop)
}

// filters returns, for an AND, the filter each of cs's new blocks is
// decoded through: of the other terms read, the one read furthest back
// (a term read whole first), the fewest sentences among equals. A common
// word's blocks then keep only the sentences the rarer word holds, and
// stop once under its oldest ("aleppo s castello road": the blocks of
// "s" were decoded whole down to "castello"'s oldest sentence). Its
// blocks are read only down to where the other terms are known (the
// lowest floor, or a term read whole's oldest sentence): under it, all
// would be kept.
func (s *postingSearch) filters(cs []*postingCursor) []*keyFilter {
	if !s.all || len(s.cs) < 2 {
		return nil
	}
	fs := make([]*keyFilter, len(cs))
	for i, c := range cs {
		var best *postingCursor
		for _, t := range s.cs {
			if t == c || t.floor == math.MaxInt64 {
				continue
			}
			if best == nil || t.floor < best.floor || t.floor == best.floor && len(t.refs) < len(best.refs) {
				best = t
			}
		}
		if best == nil {
			continue
		}
		fs[i] = &keyFilter{refs: best.refs, floor: best.floor}
		stop := best.floor
		if best.done && len(best.refs) > 0 {
			stop = best.refs[len(best.refs)-1]
		}
		if stop < c.floor {
			fs[i].stop = stop
		}
	}
	return fs
}

// decodeKept appends the sentences of a block whose newest is last that
// f keeps (all of them when f is nil): those under f's floor and those f
// holds. Once under f's oldest sentence with f read whole, the rest of the
// block is not decoded. A sentence above the next one f might keep (its
// next sentence, or its floor) is only stepped over: a common word's
// blocks are mostly such (the asker's AND of "syria s idlib" decoded two
// million of them at 1,000,000 articles).
func decodeKept(dst []int64, last int64, b []byte, f *keyFilter) ([]int64, error) {
	if f == nil {
		return decodeRefs(dst, last, b)
	}
	refs, floor := f.refs, f.floor
	j, _ := slices.BinarySearchFunc(refs, last, compareDesc)
	// next is the highest sentence that may be kept: refs[j] or under the
	// floor; refs[:j] are all above prev
	next := func() (int64, bool) {
		if j < len(refs) {
			return max(refs[j], floor-1), true
		}
		return floor - 1, floor > 0
	}
	t, more := next()
	if !more {
		return dst, nil
	}
	prev := last
	for i := 0; i < len(b); {
		// a varint of one byte (a gap within an article) or two (to one
		// of the next articles) read without a branch on which: the two
		// come mixed, and that branch was often mispredicted
		if c0 := uint64(b[i]); i+1 < len(b) && c0&uint64(b[i+1])&0x80 == 0 {
			c1 := uint64(b[i+1])
			two := c0 >> 7
			prev -= int64(c0&0x7f | c1<<7&-two)
			i += 1 + int(two)
		} else if c0 < 0x80 {
			prev -= int64(c0) // the block's last byte
			i++
		} else {
			gap, n := binary.Uvarint(b[i:])
			if n <= 0 {
				return dst, fmt.Errorf("decode postings of sentence %d: bad varint", last)
			}
			prev -= int64(gap)
			i += n
		}
		if prev > t {
			continue
		}
		if prev < floor {
			// this one and the rest are under f's floor: all kept
			dst = append(dst, prev)
			return decodeRefs(dst, prev, b[i:])
		}
		for j < len(refs) && refs[j] > prev {
			j++
		}
		if j < len(refs) && refs[j] == prev {
			dst = append(dst, prev)
			j++
		}
		if t, more = next(); !more {
			return dst, nil // the rest is older than all f holds
		}
	}
	return dst, nil
}

// refLists hold the terms' lists of a search (postingSearch.run).
var refLists = sync.Pool{New: func() any { return new([]int64) }}

// arenas hold the bytes of a round's blocks (readBlocks).
var arenas = sync.Pool{New: func() any { return new([]byte) }}

// readBlocks reads the next page of blocks of each cursor in one round
// trip, none wholly under stop (a sentence; 0: none), decoding them through
// the cursor's filter (fs[i], or none when fs is nil), and doubles their
// pages.
func readBlocks(ctx context.Context, q querier, cs []*postingCursor, fs []*keyFilter, stop int64) error {
	if len(cs) == 0 {
		return nil
	}
	terms, belows, pages := make([]string, len(cs)), make([]int64, len(cs)), make([]int32, len(cs))
	stops := make([]int64, len(cs))
	for i, c := range cs {
		terms[i], belows[i], pages[i], stops[i] = c.term, c.floor, int32(c.page), -1
		if fs != nil && fs[i] != nil && fs[i].stop > 0 {
			stops[i] = fs[i].stop
		}
		if stop > 0 {
			stops[i] = max(stops[i], stop)
		}
	}
	rows, err := q.Query(ctx, `SELECT u.i, p.last, p.n, p.refs FROM unnest($1::text[], $2::bigint[], $3::integer[], $4::bigint[])
		WITH ORDINALITY AS u(t, below, lim, stop, i)
		CROSS JOIN LATERAL (SELECT last, n, refs FROM sentence_postings
			WHERE term = u.t AND last < u.below AND last >= u.stop ORDER BY last DESC LIMIT u.lim) p
		ORDER BY u.i, p.last DESC`, terms, belows, pages, stops)
	if err != nil {
		return fmt.Errorf("read postings: %w", err)
	}
	defer rows.Close()
	// the round's blocks are kept, then each cursor's list grown once to
	// hold them: growing it block by block copied it over and over (a
	// fifth of the asker's time at 1,000,000 articles)
	type block struct {
		last int64
		n    int32
		b    []byte
	}
	blocks := make([][]block, len(cs))
	// the blocks' bytes are copied into an arena reused from search to
	// search, not a slice each (a common word's AND read megabytes of them
	// a question, garbage the collector then swept)
	arena := arenas.Get().(*[]byte)
	defer arenas.Put(arena)
	buf := (*arena)[:0]
	raw := len(rows.FieldDescriptions()) == 4 && rows.FieldDescriptions()[3].Format == pgx.BinaryFormatCode
	for rows.Next() {
		var i int64
		var k block
		if !raw {
			if err := rows.Scan(&i, &k.last, &k.n, &k.b); err != nil {
				return fmt.Errorf("read postings: %w", err)
			}
		} else {
			if err := rows.Scan(&i, &k.last, &k.n, nil); err != nil {
				return fmt.Errorf("read postings: %w", err)
			}
			b := rows.RawValues()[3]
			if len(buf)+len(b) > cap(buf) {
				// the blocks kept so far stay in the old array
				buf = make([]byte, 0, max(2*cap(buf), len(b), 1<<16))
				*arena = buf
			}
			buf = append(buf, b...)
			k.b = buf[len(buf)-len(b):]
		}
		blocks[i-1] = append(blocks[i-1], k)
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("read postings: %w", err)
	}
	read := make([]int, len(cs))
	sorted := make([]bool, len(cs))
	for i, c := range cs {
		read[i] = len(blocks[i])
		var f *keyFilter
		if fs != nil {
			f = fs[i]
		}
		total := 0
		for _, k := range blocks[i] {
			total += int(k.n)
		}
		if f == nil {
			c.refs = slices.Grow(c.refs, total)
		} else {
			// a block wholly under f's floor is kept whole: grown one
			// sentence at a time, the list was copied over and over (two
			// fifths of decodeKept at 1,000,000 articles)
			whole := 0
			for _, k := range blocks[i] {
				if k.last < f.floor {
					whole += int(k.n)
				}
			}
			c.refs = slices.Grow(c.refs, whole)
		}
		start := len(c.refs)
		for _, k := range blocks[i] {
			var err error
			if c.refs, err = decodeKept(c.refs, k.last, k.b, f); err != nil {
				return err
			}
			c.floor = k.last
		}
		// blocks of concurrent batches overlap
		sorted[i] = slices.IsSortedFunc(c.refs[max(start-1, 0):], compareDesc)
	}
	for i, c := range cs {
		if !sorted[i] {
			slices.SortFunc(c.refs, compareDesc)
		}
		c.capped = false
		switch {
		case read[i] < c.page && stops[i] >= 0:
			// every block down to the stop is read
			c.floor, c.capped = stops[i], true
		case read[i] < c.page:
			c.done, c.floor = true, 0
		}
		c.page = min(2*c.page, maxPage)
	}
	return nil
}

// hasPhrase reports whether the words of text (fold.Words) hold phrase's
// words in order, one after another.
func hasPhrase(text string, phrase []string) bool { return fold.HasPhrase(text, phrase) }

// foldTerms returns the distinct index words of words joined.
func foldTerms(words []string) []string {
	return fold.Words(strings.Join(words, " "))
}

// rareMax is the most sentences the rarest word of an AND may hold for
// searchRare to check its sentences' text instead of reading the other
// words' postings, and rareRatio how many times rarer than the next rarest
// it must be: a sentence's text costs a heap row and fold.Words, many
// postings' worth (at 100,000 articles, with 2,000 and no ratio, an AND
// whose words were all fairly rare checked 1,500 texts: 350 ms against
// 100 for the postings). A variable for the tests.
var rareMax int64 = 400

const rareRatio = 16

// searchRare answers an AND whose rarest word (by the term snapshot; a
// word it lacks is rare or new) holds at most rareMax sentences: it reads
// that word's postings whole and checks the other words in each candidate
// sentence's own text (fold.Words, as the postings were cut), newest
// first, until it has limit. Words common apart and rare together ("aleppo
// s bustan al qasr") otherwise read the common words' postings down to the
// rare word's oldest sentence. ok is false when the search is not of that
// kind (then nothing was read but the counts, and rarest is the index of
// the rarest word among the distinct terms, -1 when not counted).
//
// Only the sentences from stop up are wanted (0: all).
func (x *SentenceIndex) searchRare(ctx context.Context, terms []string, all bool, limit int, stop int64) (keys []int64, ok bool, rarest int, err error) {
	terms = distinct(terms)
	if !all || len(terms) < 2 || limit <= 0 {
		return nil, false, -1, nil
	}
	var dfs []int64
	err = x.db.pool.QueryRow(ctx, `SELECT coalesce(array_agg(coalesce(st.docs, 0) ORDER BY u.ord), '{}')
		FROM unnest($1::text[]) WITH ORDINALITY AS u(t, ord) LEFT JOIN sentence_terms st ON st.term = u.t`, terms).Scan(&dfs)
	if err != nil {
		return nil, false, -1, fmt.Errorf("read term counts: %w", err)
	}
	rare := 0
	for i, d := range dfs {
		if d < dfs[rare] {
			rare = i
		}
	}
	next := int64(math.MaxInt64)
	for i, d := range dfs {
		if i != rare {
			next = min(next, d)
		}
	}
	if dfs[rare] > rareMax || dfs[rare] > next/rareRatio {
		return nil, false, rare, nil
	}
	s := newPostingSearch(terms[rare:rare+1], true)
	s.stop = stop
	cands, err := s.run(ctx, x.db.pool, int(rareMax)+1)
	if err != nil || int64(len(cands)) > rareMax { // grown since the snapshot
		return nil, false, rare, err
	}
	const chunk = 512
	for i := 0; i < len(cands) && len(keys) < limit; i += chunk {
		got, err := x.sentencesHolding(ctx, cands[i:min(len(cands), i+chunk)], terms)
		if err != nil {
			return nil, false, -1, err
		}
		keys = append(keys, got...)
	}
	return keys[:min(len(keys), limit)], true, -1, nil
}

// sentencesHolding returns the sentences among keys (newest first) whose
// text holds every term.
func (x *SentenceIndex) sentencesHolding(ctx context.Context, keys []int64, terms []string) ([]int64, error) {
	return x.sentencesWhere(ctx, "candidate sentences", keys, func(text string) bool { return fold.HoldsAll(text, terms) })
}

// sentencesWhere reads the sentences among keys (newest first) by primary
// key and returns, newest first, those whose text keep accepts.
func (x *SentenceIndex) sentencesWhere(ctx context.Context, what string, keys []int64, keep func(text string) bool) ([]int64, error) {
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
	ss, err := queryAll(ctx, x.db.pool, what, `SELECT s.article_id * $3 + s.pos, s.text FROM sentences s
		JOIN unnest($1::bigint[], $2::integer[]) AS u(a, p) ON s.article_id = u.a AND s.pos = u.p
		ORDER BY 1 DESC`, func(row pgx.Row, s *sent) error { return row.Scan(&s.key, &s.text) }, arts, poss, int64(SentencesPerArticle))
	if err != nil {
		return nil, err
	}
	var out []int64
	for _, s := range ss {
		if keep(s.text) {
			out = append(out, s.key)
		}
	}
	return out, nil
}

// distinct returns terms without repeats, in their order.
func distinct(terms []string) []string {
	var out []string
	for _, t := range terms {
		if !slices.Contains(out, t) {
			out = append(out, t)
		}
	}
	return out
}

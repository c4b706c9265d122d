package memory

import (
	"context"
	"slices"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
	"github.com/conflict-digest/conflict-digest/store/fold"
)

// termCountCap bounds the counting of a term the snapshot lacks, as the
// SQL stores bound it.
const termCountCap = 5000

// phraseScan bounds the articles PhraseArticles reads, as the SQL stores do.
const phraseScan = 300

// maxFactArticles bounds the articles ArticleFacts and ArticleStories read.
const maxFactArticles = 50

// IndexMissingSentences indexes every stored article that has no entry in
// the sentence index, split by split(title, text), and returns how many.
// batch only bounds the SQL stores' transactions; here all is one step.
func (sr *SearchService) IndexMissingSentences(ctx context.Context, split func(title, text string) []string, batch int) (int, error) {
	sr.db.mu.Lock()
	defer sr.db.mu.Unlock()
	n := 0
	for _, r := range sr.db.articles {
		if r.sentences == nil {
			r.sentences = append([]string{}, split(r.a.Title, r.a.Text)...)
			n++
		}
	}
	return n, ctx.Err()
}

// RefreshSentenceTerms rebuilds the snapshot of the terms held by at least
// minDocs sentences.
func (sr *SearchService) RefreshSentenceTerms(ctx context.Context, minDocs int) error {
	sr.db.mu.Lock()
	defer sr.db.mu.Unlock()
	docs := map[string]int64{}
	for _, r := range sr.db.articles {
		for _, s := range r.sentences {
			seen := map[string]bool{}
			for _, w := range fold.Words(s) {
				if !seen[w] {
					seen[w] = true
					docs[w]++
				}
			}
		}
	}
	for w, n := range docs {
		if n < int64(minDocs) {
			delete(docs, w)
		}
	}
	sr.db.termDocs = docs
	return nil
}

// Reader is the sentence index as one reader may use it: questions asked
// in a guild are answered from the operator's articles and that guild's
// own, never another guild's or a retired one.
type Reader struct {
	db    *DB
	guild string
}

// SentenceIndexFor returns the sentence index for readers of guildID ("":
// the operator's articles only).
func (sr *SearchService) SentenceIndexFor(guildID string) *Reader {
	return &Reader{db: sr.db, guild: guildID}
}

// SentenceCount returns the number of indexed sentences.
func (x *Reader) SentenceCount(ctx context.Context) (int64, error) {
	x.db.mu.Lock()
	defer x.db.mu.Unlock()
	var n int64
	for _, r := range x.db.articles {
		n += int64(len(r.sentences))
	}
	return n, nil
}

// TermDocs returns how many sentences hold each term: from the snapshot
// RefreshSentenceTerms keeps, else counted up to termCountCap.
func (x *Reader) TermDocs(ctx context.Context, terms []string) ([]int64, error) {
	x.db.mu.Lock()
	defer x.db.mu.Unlock()
	out := make([]int64, len(terms))
	for i, t := range terms {
		if n, ok := x.db.termDocs[t]; ok {
			out[i] = n
			continue
		}
		want := fold.Words(t)
		for _, r := range x.db.articles {
			for _, s := range r.sentences {
				if out[i] < termCountCap && holdsAll(fold.Words(s), want) {
					out[i]++
				}
			}
		}
	}
	return out, nil
}

// SentenceHits returns up to limit sentences the reader may see holding
// every word of terms, newest article first. Any syntax in the terms only
// separates words.
func (x *Reader) SentenceHits(ctx context.Context, terms []string, limit int) ([]news.SentenceRef, error) {
	var want []string
	for _, t := range terms {
		want = append(want, fold.Words(t)...)
	}
	return x.hits(func(words []string) bool { return holdsAll(words, want) }, len(want) > 0, limit), nil
}

// SentenceHitsAny returns up to limit sentences the reader may see holding
// any of the words, newest article first.
func (x *Reader) SentenceHitsAny(ctx context.Context, words []string, limit int) ([]news.SentenceRef, error) {
	var want []string
	for _, w := range words {
		want = append(want, fold.Words(w)...)
	}
	return x.hits(func(ws []string) bool {
		return slices.ContainsFunc(want, func(w string) bool { return contains(ws, w) })
	}, len(want) > 0, limit), nil
}

// hits returns the sentences the reader may see whose words match, by
// article and position, both descending, as the SQL stores order them.
func (x *Reader) hits(match func([]string) bool, any bool, limit int) []news.SentenceRef {
	if !any || limit <= 0 {
		return nil
	}
	x.db.mu.Lock()
	defer x.db.mu.Unlock()
	var out []news.SentenceRef
	for _, r := range x.newest() {
		for p := len(r.sentences) - 1; p >= 0 && len(out) < limit; p-- {
			if match(fold.Words(r.sentences[p])) {
				out = append(out, news.SentenceRef{ArticleID: r.a.ID, Position: p})
			}
		}
	}
	return out
}

// newest returns the articles the reader may see, newest (highest id)
// first. Callers hold mu.
func (x *Reader) newest() []*article {
	var rs []*article
	for _, r := range x.db.articles {
		if r.visibleTo(x.guild) {
			rs = append(rs, r)
		}
	}
	slices.SortFunc(rs, func(a, b *article) int { return cmpID(b.a.ID, a.a.ID) })
	return rs
}

// PhraseArticles returns up to limit articles the reader may see whose
// title or text holds the words in order, newest first, among the
// phraseScan newest with a sentence holding all the words.
func (x *Reader) PhraseArticles(ctx context.Context, words []string, limit int) ([]int64, error) {
	var want []string
	for _, w := range words {
		want = append(want, fold.Words(w)...)
	}
	if len(want) == 0 || limit <= 0 {
		return nil, nil
	}
	x.db.mu.Lock()
	defer x.db.mu.Unlock()
	var out []int64
	scanned := 0
	for _, r := range x.newest() {
		if scanned == phraseScan || len(out) == limit {
			break
		}
		if !slices.ContainsFunc(r.sentences, func(s string) bool { return holdsAll(fold.Words(s), want) }) {
			continue
		}
		scanned++
		if r.holdsAny([][]string{want}) {
			out = append(out, r.a.ID)
		}
	}
	return out, nil
}

// visible returns the articles among ids the reader may see, by id.
// Callers hold mu.
func (x *Reader) visible(ids []int64) []*article {
	var rs []*article
	for _, id := range ids {
		if r, ok := x.db.articles[id]; ok && r.visibleTo(x.guild) && !slices.Contains(rs, r) {
			rs = append(rs, r)
		}
	}
	slices.SortFunc(rs, func(a, b *article) int { return cmpID(a.a.ID, b.a.ID) })
	return rs
}

// ArticleDates returns the published time of the articles among ids the
// reader may see.
func (x *Reader) ArticleDates(ctx context.Context, ids []int64) (map[int64]time.Time, error) {
	x.db.mu.Lock()
	defer x.db.mu.Unlock()
	out := map[int64]time.Time{}
	for _, r := range x.visible(ids) {
		out[r.a.ID] = r.a.Published
	}
	return out, nil
}

// Articles returns the articles among ids the reader may see, each with
// its GuildID.
func (x *Reader) Articles(ctx context.Context, ids []int64) ([]news.Article, error) {
	x.db.mu.Lock()
	defer x.db.mu.Unlock()
	var out []news.Article
	for _, r := range x.visible(ids) {
		out = append(out, r.a)
	}
	return out, nil
}

// ArticleSentences returns the indexed sentences of the text (the title
// left out) of the articles among ids.
func (x *Reader) ArticleSentences(ctx context.Context, ids []int64) (map[int64][]string, error) {
	x.db.mu.Lock()
	defer x.db.mu.Unlock()
	out := map[int64][]string{}
	for _, id := range ids {
		if r, ok := x.db.articles[id]; ok && len(r.sentences) > 0 {
			out[id] = append([]string{}, r.sentences[1:]...)
		}
	}
	return out, nil
}

// ArticleFacts returns the facts of the analysed articles among the first
// maxFactArticles of ids.
func (x *Reader) ArticleFacts(ctx context.Context, ids []int64) (map[int64]news.Facts, error) {
	x.db.mu.Lock()
	defer x.db.mu.Unlock()
	out := map[int64]news.Facts{}
	for _, id := range ids[:min(len(ids), maxFactArticles)] {
		if r, ok := x.db.articles[id]; ok && r.analysis != nil {
			out[id] = clone(r.analysis.Facts)
		}
	}
	return out, nil
}

// ArticleStories returns the story of each article among the first
// maxFactArticles of ids that has one needing no reader's view, with the
// operator's sources.
func (x *Reader) ArticleStories(ctx context.Context, ids []int64) (map[int64]news.Story, error) {
	x.db.mu.Lock()
	defer x.db.mu.Unlock()
	out := map[int64]news.Story{}
	for _, id := range ids[:min(len(ids), maxFactArticles)] {
		r, ok := x.db.articles[id]
		if !ok || r.storyID == 0 {
			continue
		}
		if st, ok := x.db.stories[r.storyID]; ok {
			if s := x.db.readStory(st, ""); !s.NeedsView {
				out[id] = s
			}
		}
	}
	return out, nil
}

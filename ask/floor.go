package ask

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/conflict-digest/conflict-digest/lang"
	"github.com/conflict-digest/conflict-digest/news"
)

// The floor of the answer is plain bm25's ranking, and plain bm25 ranks
// whole articles: its weights are the articles holding each word and an
// article's length is its title's and text's words. Read off the
// candidates' sentences instead (weights by the sentences holding a word,
// among the 16 candidates the ranking chose), the floor's first article
// was at times not the baseline's, and the first citation fell below it.
// With an ArticleSearcher the asker reads the floor as the baseline does:
// it fetches the articles holding the question's rarest words, scores
// them and the candidates by Okapi bm25 over whole articles, gives every
// candidate its score, and adds the first of them to the candidates when
// the ranking left it out.

// floorFetch bounds the articles read to find plain bm25's first: the
// articles holding the rarest words of the question, as many of those
// words as hold no more than this many articles together (the rarest one
// always).
const floorFetch = 400

// articleWeights is what the store says of whole articles for the words
// of a question.
type articleWeights struct {
	meanChars float64          // mean length of an article, in characters
	df        map[string]int64 // articles holding each word
	words     []string         // the words the store knows, in the question's order
}

// plainWords calls f with the words of s as plain bm25 reads them: lower
// case runs of the letters a to z and the digits (cmd/askbench's words).
func plainWords(s string, f func(w string)) {
	s = strings.ToLower(s)
	start := -1
	for i := 0; i <= len(s); i++ {
		word := i < len(s) && (s[i] >= 'a' && s[i] <= 'z' || s[i] >= '0' && s[i] <= '9')
		switch {
		case word && start < 0:
			start = i
		case !word && start >= 0:
			f(s[start:i])
			start = -1
		}
	}
}

// weighArticles sets the question's plain weights from the article index:
// its words as plain bm25 reads them, each once, function words left out,
// weighed by the articles holding them.
func (a *Asker) weighArticles(ctx context.Context, q *Question) error {
	var words []string
	seen := map[string]bool{}
	plainWords(q.Text, func(w string) {
		if !seen[w] && !lang.IsStop(w, lang.Function) {
			seen[w] = true
			words = append(words, w)
		}
	})
	st, err := a.articles.ArticleTermDocs(ctx, words)
	if err != nil {
		return fmt.Errorf("read article counts: %w", err)
	}
	q.plain = make(map[string]float64, len(words))
	q.markRareYears(words, st.Docs, st.Articles)
	w := &articleWeights{meanChars: st.MeanChars, df: make(map[string]int64, len(words))}
	for i, word := range words {
		if i < len(st.Docs) && st.Docs[i] > 0 {
			q.plain[word] = idf(st.Articles, st.Docs[i])
			w.df[word] = st.Docs[i]
			w.words = append(w.words, word)
		}
	}
	q.plainArticles = w
	return nil
}

// articleFloor gives every candidate its plain bm25 over the whole
// article, and adds plain bm25's first article to the candidates when
// they lack it (extract's floor then reads it and cites it).
func (a *Asker) articleFloor(ctx context.Context, q *Question, gs []group, total float64, cands []candidate, floor *pending[floorRead]) ([]candidate, error) {
	w := q.plainArticles
	if w == nil || len(w.df) == 0 {
		return cands, nil
	}
	// the floor's articles were read beside the postings (readFloor), the
	// candidates among them too: they are scored as candidates, once
	read, err := floor.wait()
	if err != nil {
		return nil, err
	}
	have := make(map[int64]bool, len(cands))
	for _, c := range cands {
		have[c.art.ID] = true
	}
	arts := make([]news.Article, 0, len(read.arts))
	for _, art := range read.arts {
		if !have[art.ID] {
			arts = append(arts, art)
		}
	}
	m := newPlainMatcher(w.words)
	docs := make([]plainDoc, 0, len(cands)+len(arts))
	for _, c := range cands {
		docs = append(docs, m.doc(c.art))
	}
	for _, art := range arts {
		docs = append(docs, m.doc(art))
	}
	avg := meanWords(w.meanChars, docs)
	best, bestScore := -1, 0.0
	for i := range docs {
		s := m.bm25(&docs[i], q.plain, avg)
		if i < len(cands) {
			cands[i].bm25 = s
		}
		// ties go to the article stored first, as the baseline's stable sort does
		if s > bestScore || s == bestScore && best >= 0 && s > 0 && docs[i].id < docs[best].id {
			best, bestScore = i, s
		}
	}
	if best < len(cands) {
		return cands, nil
	}
	art := arts[best-len(cands)]
	sents, err := a.stored(ctx, []int64{art.ID})
	if err != nil {
		return nil, err
	}
	ss, ok := sents[art.ID]
	if !ok {
		ss = a.opts.Split(art.Text)
	}
	c := a.rerank(q, gs, total, art, ss)
	c.bm25 = bestScore
	return append(cands, c), nil
}

// fetchWords returns the rarest words of df: as many as hold no more than
// floorFetch articles together, the rarest one always.
func fetchWords(df map[string]int64) []string {
	words := make([]string, 0, len(df))
	for w := range df {
		words = append(words, w)
	}
	sort.Slice(words, func(i, j int) bool {
		if df[words[i]] != df[words[j]] {
			return df[words[i]] < df[words[j]]
		}
		return words[i] < words[j]
	})
	sum := int64(0)
	for i, w := range words {
		if sum += df[w]; i > 0 && sum > floorFetch {
			return words[:i]
		}
	}
	return words
}

// plainDoc is an article as plain bm25 reads it: how often it holds each
// of the question's words (a plainMatcher's, by index), and its length in
// words and characters.
type plainDoc struct {
	id           int64
	tf           []int
	words, chars int
}

// plainMatcher counts the question's words in articles as plain bm25
// reads them. It is made once for a question: an article's scan (the
// floor reads hundreds, all their text) looks a word up only when one of
// the question's words starts with its first letter and is as long, and
// compares it in place, lowering as it goes.
type plainMatcher struct {
	words   []string // lower-case runs of a-z and 0-9 (plainWords)
	byFirst [256][]int
	minLen  int
	maxLen  int
}

// plainMaxWord is the longest word of an article that is counted: longer
// ones are only words of its length.
const plainMaxWord = 64

func newPlainMatcher(words []string) *plainMatcher {
	m := &plainMatcher{words: words, minLen: 1 << 30}
	for k, w := range words {
		if w == "" {
			continue
		}
		m.byFirst[w[0]] = append(m.byFirst[w[0]], k)
		m.minLen, m.maxLen = min(m.minLen, len(w)), max(m.maxLen, len(w))
	}
	m.maxLen = min(m.maxLen, plainMaxWord)
	return m
}

// newPlainDoc reads art for the words of idfs (in the order of their
// sorted keys).
func newPlainDoc(art news.Article, idfs map[string]float64) (plainDoc, *plainMatcher) {
	words := make([]string, 0, len(idfs))
	for w := range idfs {
		words = append(words, w)
	}
	sort.Strings(words)
	m := newPlainMatcher(words)
	return m.doc(art), m
}

// doc reads art's title and text.
func (m *plainMatcher) doc(art news.Article) plainDoc {
	d := plainDoc{id: art.ID, tf: make([]int, len(m.words))}
	m.count(&d, art.Title)
	m.count(&d, art.Text)
	return d
}

// count adds the words of s to d, and its characters: counted again rune
// by rune (utf8.RuneCountInString), they cost a sixth of the scan. A
// word's bytes are ASCII; between words, a byte from utf8.RuneSelf up
// starts a rune (or is an invalid byte, a rune of its own, as
// RuneCountInString counts it).
func (m *plainMatcher) count(d *plainDoc, s string) {
	for i := 0; i < len(s); {
		for i < len(s) && plainLower[s[i]] == 0 {
			if s[i] < utf8.RuneSelf {
				i++
			} else {
				_, n := utf8.DecodeRuneInString(s[i:])
				i += n
			}
			d.chars++
		}
		if i == len(s) {
			break
		}
		start := i
		for i < len(s) && plainLower[s[i]] != 0 {
			i++
		}
		d.chars += i - start
		d.words++
		// only a word that may be one of the question's is compared
		w := s[start:i]
		if len(w) < m.minLen || len(w) > m.maxLen {
			continue
		}
		for _, k := range m.byFirst[plainLower[w[0]]] {
			if q := m.words[k]; len(q) == len(w) && equalLower(w, q) {
				d.tf[k]++
				break
			}
		}
	}
}

// equalLower reports whether w lowered (plainLower) is low.
func equalLower(w, low string) bool {
	for j := 0; j < len(w); j++ {
		if plainLower[w[j]] != low[j] {
			return false
		}
	}
	return true
}

// tfOf returns how often d holds word (0 when it is not the matcher's).
func (m *plainMatcher) tfOf(d *plainDoc, word string) int {
	for k, w := range m.words {
		if w == word {
			return d.tf[k]
		}
	}
	return 0
}

// plainLower maps each ASCII letter and digit to itself lowered, any other
// byte to 0: a plain word (plainWords) is a run of bytes it maps to
// non-zero, read without a call a word (a third of the floor's time at
// 1,000,000 articles was scanning its 400 articles).
var plainLower = func() (t [256]byte) {
	for c := '0'; c <= '9'; c++ {
		t[c] = byte(c)
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = byte(c), byte(c)
	}
	return t
}()

// meanWords is the mean length of an article in words: the store's mean
// in characters, at the words per character of the articles read (the
// store does not split words as plain bm25 does); bm25AvgLen when nothing
// is known.
func meanWords(meanChars float64, docs []plainDoc) float64 {
	words, chars := 0, 0
	for _, d := range docs {
		words += d.words
		chars += d.chars
	}
	if meanChars <= 0 || words == 0 || chars == 0 {
		return bm25AvgLen
	}
	return meanChars * float64(words) / float64(chars)
}

// bm25 is Okapi bm25 of the article (k1 1.2, b 0.75) for the matcher's
// words weighed by idfs, with articles of avg words on average; summed in
// the order of the words, so that copies of one report score alike to the
// last bit.
func (m *plainMatcher) bm25(d *plainDoc, idfs map[string]float64, avg float64) float64 {
	norm := bm25K1 * (1 - bm25B + bm25B*float64(d.words)/avg)
	s := 0.0
	for k, w := range m.words {
		if f := d.tf[k]; f > 0 {
			tf := float64(f)
			s += idfs[w] * tf * (bm25K1 + 1) / (tf + norm)
		}
	}
	return s
}

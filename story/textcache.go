package story

import (
	"hash/maphash"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/conflict-digest/conflict-digest/news"
)

// TextCache keeps what Build derives from each member's text — its summary
// candidates, its headline's term vector and cleaned title, its evidence
// sentences cleaned — so that a story rebuilt every batch it grows does not
// clean, split and count the words of every member it already had. What is
// kept depends only on what it is looked up by, a 128-bit hash of exactly
// the fields it is derived from: a build with the cache gives what one
// without it gives. Safe for use by several goroutines; bounded (each kind
// holds at most twice textCacheSize entries, the older half dropped when
// the newer fills).
type TextCache struct {
	mu           sync.Mutex
	seed1, seed2 maphash.Seed
	texts        generations[*memberText]
	evidences    generations[*candidate] // nil: the sentence is refused
}

// textCacheSize is how many entries one generation of a TextCache holds.
const textCacheSize = 2048

type textKey [2]uint64

// generations is a map bounded by dropping its older half.
type generations[V any] struct{ cur, prev map[textKey]V }

func (g *generations[V]) get(k textKey) (V, bool) {
	v, ok := g.cur[k]
	if !ok {
		if v, ok = g.prev[k]; ok {
			g.put(k, v)
		}
	}
	return v, ok
}

func (g *generations[V]) put(k textKey, v V) {
	if g.cur == nil || len(g.cur) >= textCacheSize {
		g.prev, g.cur = g.cur, make(map[textKey]V)
	}
	g.cur[k] = v
}

func (g *generations[V]) len() int { return len(g.cur) + len(g.prev) }

// memberText is what Build derives from one member's text. Its maps are
// read, never written, once made.
type memberText struct {
	cands []candidate // member is 0: the caller sets it
	vec   map[string]float32
	head  string // CleanHeadline of the title
	// garbled: the title holds a broken encoding's replacement
	// characters, which its head mended or dropped
	garbled bool
}

// NewTextCache returns an empty cache.
func NewTextCache() *TextCache {
	return &TextCache{seed1: maphash.MakeSeed(), seed2: maphash.MakeSeed()}
}

// Build is Build using the cache for the members' text.
func (c *TextCache) Build(members []Member) news.Story { return build(members, c) }

// key hashes strings and lists of strings, each with its length, so that
// no two different sequences of them share a key but by a 128-bit
// collision.
func (c *TextCache) key(strs []string, lists ...[]string) textKey {
	var k textKey
	for i, seed := range []maphash.Seed{c.seed1, c.seed2} {
		var h maphash.Hash
		h.SetSeed(seed)
		for _, s := range strs {
			maphash.WriteComparable(&h, len(s))
			h.WriteString(s)
		}
		for _, l := range lists {
			maphash.WriteComparable(&h, len(l))
			for _, s := range l {
				maphash.WriteComparable(&h, len(s))
				h.WriteString(s)
			}
		}
		k[i] = h.Sum64()
	}
	return k
}

// text returns what Build derives from m's text, from the cache when it
// holds it. It is looked up by m's title, text, summary, source and lead
// (the sentences its analysis carries, else split from the text: a member
// read back from the store and the same member as it arrived share a key
// when the two give the same lead). A nil cache derives it afresh.
func (c *TextCache) text(m *Member) *memberText {
	lead := textLead(m.Article.Text, m.Analysis.Sentences, sentencesPerDoc)
	if c == nil {
		return deriveText(m, lead)
	}
	k := c.key([]string{m.Article.Title, m.Article.Text, m.Analysis.Summary, m.source()}, lead)
	c.mu.Lock()
	t, ok := c.texts.get(k)
	c.mu.Unlock()
	if ok {
		return t
	}
	t = deriveText(m, lead).detach()
	c.mu.Lock()
	c.texts.put(k, t)
	c.mu.Unlock()
	return t
}

func deriveText(m *Member, lead []string) *memberText {
	return &memberText{
		cands:   memberCandidates(m, lead, 0),
		vec:     termCounts(m.Article.Title, m.Article.Text),
		head:    CleanHeadline(m.Article.Title, m.source()),
		garbled: strings.ContainsRune(m.Article.Title, utf8.RuneError),
	}
}

// detach copies the strings of t that may be parts of its member's text,
// so that the cache does not keep whole articles (a report of 50 KB behind
// a sentence of 200 bytes).
func (t *memberText) detach() *memberText {
	for i := range t.cands {
		t.cands[i].detach()
	}
	t.vec = detachKeys(t.vec)
	t.head = strings.Clone(t.head)
	return t
}

func (c *candidate) detach() *candidate {
	c.text = strings.Clone(c.text)
	c.terms = detachKeys(c.terms)
	return c
}

func detachKeys[V any](m map[string]V) map[string]V {
	if m == nil {
		return nil
	}
	out := make(map[string]V, len(m))
	for k, v := range m {
		out[strings.Clone(k)] = v
	}
	return out
}

// evidence returns evidence sentence e of a member of title and source as a
// candidate (member 0), nil when the summary may not use it; from the cache
// when it holds it.
func (c *TextCache) evidence(e, title, source string) *candidate {
	if c == nil {
		return evidenceCandidate(e, title, source)
	}
	k := c.key([]string{e, title, source})
	c.mu.Lock()
	cand, ok := c.evidences.get(k)
	c.mu.Unlock()
	if ok {
		return cand
	}
	if cand = evidenceCandidate(e, title, source); cand != nil {
		cand.detach()
	}
	c.mu.Lock()
	c.evidences.put(k, cand)
	c.mu.Unlock()
	return cand
}

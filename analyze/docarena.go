package analyze

import (
	"sync"

	"github.com/conflict-digest/conflict-digest/lang"
)

// docArena holds the biggest arrays an analysis makes, half of what it
// allocates: the doc's sentences, their words and the words' heads, the
// sentences' scores, the fact sentences, the date readers' lead and the
// summary's vocabulary. Analyze takes one from docArenas and puts it back
// once the analysis is made, so that the next analysis fills them again
// instead of leaving them to the garbage collector (tokArena does the same
// for the fact tokens); maxText bounds them. Nothing an Analysis holds
// points into them: its slices and maps are its own. A doc made outside
// Analyze has an arena of its own, never put back.
type docArena struct {
	sents  arenaBuf[sentence]
	words  arenaBuf[string]
	heads  arenaBuf[*head]
	scored arenaBuf[scored]
	facts  arenaBuf[factSentence]
	lead   arenaBuf[string]    // a lead's words cut short (lead.prefix)
	terms  arenaBuf[term]      // the summary's vectors (vocabulary.termsFor)
	cands  arenaBuf[candidate] // the summary's (summaryCandidates)
	named  arenaBuf[named]     // the entries the text names (entities)
	// written: a sentence's words as written, for the gazetteer's
	// case-sensitive aliases (entities)
	written arenaBuf[string]
	article arenaBuf[string] // the title's and the text's words in one (articleWords)
	// cutWords and cutHeads: the words and heads of the summary's
	// candidates cut from their sentences (carved)
	cutWords arenaBuf[string]
	cutHeads arenaBuf[*head]
	// gateText and gateHeads: the gate's words and heads, sentence by
	// sentence (newGateInput)
	gateText  arenaBuf[[]string]
	gateHeads arenaBuf[[]*head]
	// marks and spanWords: the figures' sentences as markSpans reads them
	marks     arenaBuf[sentenceMarks]
	spanWords arenaBuf[string]
	vocab     lang.WordIDs // vocabulary.ids, empty until taken
	// vocabTaken: the table is an analysis's; another vocabulary gets a
	// table of its own
	vocabTaken bool
	// seen: the sentences scoreSentences has read (seenMap), empty until
	// taken
	seen      map[string]bool
	seenTaken bool
}

var docArenas = sync.Pool{New: func() any { return new(docArena) }}

// release clears the arena and puts it back for the next analysis.
func (a *docArena) release() {
	a.sents.reset()
	a.words.reset()
	a.heads.reset()
	a.scored.reset()
	a.facts.reset()
	a.lead.reset()
	a.terms.reset()
	a.cands.reset()
	a.named.reset()
	a.written.reset()
	a.article.reset()
	a.cutWords.reset()
	a.cutHeads.reset()
	a.gateText.reset()
	a.gateHeads.reset()
	a.marks.reset()
	a.spanWords.reset()
	if a.vocabTaken {
		a.vocab.Clear()
	}
	a.vocabTaken = false
	clear(a.seen)
	a.seenTaken = false
	docArenas.Put(a)
}

// vocabulary returns an empty vocabulary for sentences of n words, its map
// and its vectors' terms the arena's.
func (a *docArena) vocabulary(n int) *vocabulary {
	size := n / 2 // about half a text's words are distinct content words: made once, not grown
	// room for the terms of vectors of n words in all and for a centroid
	// of as many
	terms := a.terms.take(2 * n)
	a.terms.keep(terms[:cap(terms)])
	voc := &vocabulary{block: terms}
	if a.vocabTaken {
		voc.ids = new(lang.WordIDs)
		voc.ids.Reset(size)
		return voc
	}
	a.vocabTaken = true
	a.vocab.Reset(size)
	voc.ids = &a.vocab
	return voc
}

// seenMap returns an empty set of strings for n: the arena's, refilled by
// the next analysis, or (when taken) one of its own.
func (a *docArena) seenMap(n int) map[string]bool {
	if a.seenTaken {
		return make(map[string]bool, n)
	}
	if a.seen == nil {
		a.seen = make(map[string]bool, n)
	}
	a.seenTaken = true
	return a.seen
}

// arenaBuf is an array one analysis fills and the next one reuses.
type arenaBuf[T any] struct {
	buf   []T
	used  int  // how much of buf the analysis filled
	taken bool // buf is the analysis's: a second take gets an array of its own
}

// take returns an empty slice with room for n: the kept array when it has
// the room, else a new one (always, from a nil buffer).
func (b *arenaBuf[T]) take(n int) []T {
	if b == nil || b.taken || b.buf == nil || cap(b.buf) < n {
		return make([]T, 0, n)
	}
	b.taken = true
	return b.buf[:0]
}

// carve returns an empty slice with room for exactly n, cut from b's array
// after what the analysis carved before (a new, larger array when it has
// no room left): for many short arrays an analysis keeps until its end.
// A buffer that carves is not taken.
func (b *arenaBuf[T]) carve(n int) []T {
	if b == nil {
		return make([]T, 0, n)
	}
	if cap(b.buf)-b.used < n {
		// the arrays carved so far stay where they are; this one is cleared
		// when the analysis ends
		b.buf, b.used = make([]T, 0, max(2*cap(b.buf), n, 64)), 0
	}
	at := b.used
	b.used += n
	return b.buf[at:at:b.used]
}

// keep records s, taken from b and filled (grown past its room, maybe), as
// the array to clear and reuse.
func (b *arenaBuf[T]) keep(s []T) {
	if b != nil {
		b.buf, b.used, b.taken = s[:0], len(s), true
	}
}

// reset clears what the analysis filled, so that the array holds none of
// its text while it waits.
func (b *arenaBuf[T]) reset() {
	clear(b.buf[:b.used])
	b.used, b.taken = 0, false
}

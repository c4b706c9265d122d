package analyze

import "sync"

// tokArena is one analysis's block of fact tokens: the sentences' token
// arrays are cut from it, and the block goes back to tokArenas once the
// facts are read, so that an analysis leaves its tokens (a fifth of what
// it allocates) to the next one instead of to the garbage collector.
type tokArena struct {
	buf  []ftok
	need int // tokens asked for since the block was taken
	// mentions is findAll's array (mentions are read in extractFacts
	// only), kept at its largest for the next analysis
	mentions []mention
}

var tokArenas = sync.Pool{New: func() any { return new(tokArena) }}

// arenaMax is the most tokens a block holds: a longer article's further
// tokens are allocated as any other.
const arenaMax = 1 << 13

// take returns an empty token array with room for n tokens, cut from the
// block (its cap set, so that no append runs into the next sentence's), or
// allocated when the block is full. A nil arena allocates.
func (a *tokArena) take(n int) []ftok {
	if a == nil {
		return make([]ftok, 0, n)
	}
	a.need += n
	used := len(a.buf)
	if used+n > cap(a.buf) {
		return make([]ftok, 0, n)
	}
	a.buf = a.buf[:used+n]
	return a.buf[used : used : used+n]
}

// release clears the tokens (the block holds no text of this analysis
// while it waits) and puts the block back for the next analysis, grown to
// what this one asked for (up to arenaMax).
func (a *tokArena) release() {
	if a.need > cap(a.buf) && cap(a.buf) < arenaMax {
		a.buf = make([]ftok, 0, min(a.need, arenaMax))
	} else {
		clear(a.buf)
		a.buf = a.buf[:0]
	}
	a.need = 0
	clear(a.mentions)
	a.mentions = a.mentions[:0]
	tokArenas.Put(a)
}

// takeMentions returns an empty array for findAll's mentions: the kept
// one, with the room the largest analysis before this one needed.
func (a *tokArena) takeMentions() []mention { return a.mentions[:0] }

// keepMentions records ms, taken from takeMentions and filled, as the
// array to clear and reuse.
func (a *tokArena) keepMentions(ms []mention) { a.mentions = ms }

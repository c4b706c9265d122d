package lang

import "math/bits"

// WordSet is a word list as the analysis reads it, a word at a time, many
// times a sentence: a table of its words hashed by their length and five
// of their bytes. A Go map hashes every byte of a word and scans a small
// map's every key; the rules ask a hundred lists about the same words, and
// those lookups were a fifth of the analysis's instructions. The zero
// WordSet holds no word.
type WordSet struct {
	slots []string // a power of two, at most half full; "" is a free slot
	shift uint8    // 64 less the bits of an index
	empty bool     // whether the set holds ""
	// sieve has a bit set for each word's sieveBit: a word whose bit is
	// clear is in no slot, and is turned away without hashing it or
	// probing (most words a rule asks about are in none of its lists).
	sieve [sieveWords]uint64
	lens  uint64 // bit n%64 set for each word of n bytes: Has passes a word of no such length inline
}

// sieveWords is the size of a WordSet's sieve in 64-bit words: 1,024
// bits, so that a list of a hundred words turns away about nine words in
// ten of those it does not hold.
const sieveWords = 16

// sieveBit returns the bit of w, which is not "", in a sieve: its first
// and last bytes and its length, mixed.
func sieveBit(w string) uint32 {
	n := len(w)
	return (uint32(w[0]) | uint32(w[n-1])<<8 | uint32(n)<<16) * 0x9e3779b1 >> 22
}

// sifts reports whether w, which is not "", may be in s: its sieve bit is
// set.
func (s *WordSet) sifts(w string) bool {
	b := sieveBit(w)
	return s.sieve[b>>6&(sieveWords-1)]&(1<<(b&63)) != 0
}

// WordSetOf returns the set of the words m maps to true.
func WordSetOf(m map[string]bool) WordSet {
	n := 0
	for _, ok := range m {
		if ok {
			n++
		}
	}
	s := newWordSet(n)
	for w, ok := range m {
		if ok {
			s.add(w)
		}
	}
	return s
}

// newWordSet returns an empty set with room for n words.
func newWordSet(n int) WordSet {
	size := 1 << bits.Len(uint(2*n)) // more than twice n: at most half full
	return WordSet{slots: make([]string, size), shift: uint8(64 - bits.TrailingZeros(uint(size)))}
}

// add adds w, which the set does not hold, and returns its slot (find).
func (s *WordSet) add(w string) int {
	s.lens |= 1 << (len(w) & 63)
	if w == "" {
		s.empty = true
		return len(s.slots)
	}
	b := sieveBit(w)
	s.sieve[b>>6&(sieveWords-1)] |= 1 << (b & 63)
	mask := len(s.slots) - 1
	i := s.index(w)
	for s.slots[i] != "" {
		i = (i + 1) & mask
	}
	s.slots[i] = w
	return i
}

// index returns the first slot w may be in.
func (s *WordSet) index(w string) int { return int(wordHash(w) >> s.shift) } // a shift by 64 gives 0

// wordHash hashes w, which is not "", by its length and its first two,
// middle and last two bytes: enough to spread a list's words, and a fixed
// cost however long the word.
func wordHash(w string) uint64 {
	n := len(w)
	h := uint64(n) | uint64(w[0])<<8 | uint64(w[n-1])<<16 | uint64(w[n/2])<<24
	if n > 1 {
		h |= uint64(w[1])<<32 | uint64(w[n-2])<<40
	}
	return h * 0x9e3779b97f4a7c15
}

// Has reports whether w is in the set.
func (s *WordSet) Has(w string) bool { return s.lens>>(len(w)&63)&1 != 0 && s.find(w) >= 0 }

// HasAny reports whether any of ws is in the set (slices.ContainsFunc with
// Has, with Has inlined).
func (s *WordSet) HasAny(ws []string) bool {
	for _, w := range ws {
		if s.Has(w) {
			return true
		}
	}
	return false
}

// find returns the slot of w ("" has the one after the last), -1 when the
// set does not hold it.
func (s *WordSet) find(w string) int {
	if w == "" {
		if s.empty {
			return len(s.slots)
		}
		return -1
	}
	if !s.sifts(w) {
		return -1 // a set of no slots has a clear sieve: nothing passes it
	}
	mask := len(s.slots) - 1
	for i := s.index(w); ; i = (i + 1) & mask {
		t := s.slots[i]
		if len(t) == len(w) && sameBytes(t, w) {
			return i
		}
		if t == "" {
			return -1
		}
	}
}

// sameBytes reports whether a and b, of one length, are the same: a loop
// and no call, so that find, which calls nothing, needs no frame (a call
// to runtime.memequal cost a frame and a stack check on every find, the
// nine in ten a sieve turns away too).
func sameBytes(a, b string) bool {
	b = b[:len(a)]
	for k := 0; k < len(a); k++ {
		if a[k] != b[k] {
			return false
		}
	}
	return true
}

// WordMap is a table keyed by words, read as a WordSet is: for the tables
// the analysis reads a word at a time, many times a sentence. The zero
// WordMap holds no word.
type WordMap[V any] struct {
	words WordSet
	vals  []V // by slot of words
}

// WordMapOf returns the WordMap of m.
func WordMapOf[V any](m map[string]V) WordMap[V] {
	t := WordMap[V]{words: newWordSet(len(m))}
	t.vals = make([]V, len(t.words.slots)+1)
	for w, v := range m {
		t.vals[t.words.add(w)] = v
	}
	return t
}

// Get returns the value of w, the zero value when the table has none.
func (t *WordMap[V]) Get(w string) V {
	if i := t.words.find(w); i >= 0 {
		return t.vals[i]
	}
	var zero V
	return zero
}

// Lookup returns the value of w and whether the table holds w.
func (t *WordMap[V]) Lookup(w string) (V, bool) {
	if i := t.words.find(w); i >= 0 {
		return t.vals[i], true
	}
	var zero V
	return zero, false
}

// WordIDs is a table of words to numbers that an analysis fills with its
// own words (a summary's vocabulary), read and written as a WordSet is
// read: a slot by the word's length and five of its bytes, where a Go
// map hashes every byte of it. Reset empties it for n words, keeping its
// arrays.
type WordIDs struct {
	slots   []string // a power of two, at most half full; "" is a free slot
	ids     []int32  // by slot
	shift   uint8    // 64 less the bits of an index
	n       int      // words held
	empty   bool     // whether "" is held
	emptyID int32
}

// Reset empties t and makes room for n words.
func (t *WordIDs) Reset(n int) {
	size := max(1<<bits.Len(uint(2*n)), 16) // more than twice n: at most half full
	if cap(t.slots) >= size {
		t.slots, t.ids = t.slots[:size], t.ids[:size]
		clear(t.slots)
	} else {
		t.slots, t.ids = make([]string, size), make([]int32, size)
	}
	t.shift = uint8(64 - bits.TrailingZeros(uint(size)))
	t.n, t.empty = 0, false
}

// Clear empties t, keeping no word of it.
func (t *WordIDs) Clear() {
	clear(t.slots[:cap(t.slots)])
	t.n, t.empty = 0, false
}

// Ref returns where the number of w is kept and whether t held w; a word
// t did not hold is added, numbered 0 for the caller to set.
func (t *WordIDs) Ref(w string) (*int32, bool) {
	if w == "" {
		had := t.empty
		if !had {
			t.empty, t.emptyID = true, 0
		}
		return &t.emptyID, had
	}
	if 2*(t.n+1) > len(t.slots) {
		t.grow()
	}
	mask := len(t.slots) - 1
	i := int(wordHash(w) >> t.shift)
	for {
		switch s := t.slots[i]; {
		case len(s) == len(w) && sameBytes(s, w): // as find compares
			return &t.ids[i], true
		case s == "":
			t.slots[i], t.ids[i] = w, 0
			t.n++
			return &t.ids[i], false
		}
		i = (i + 1) & mask
	}
}

// grow doubles t's slots, keeping its words and numbers.
func (t *WordIDs) grow() {
	slots, ids := t.slots, t.ids
	size := max(2*len(slots), 16)
	t.slots, t.ids = make([]string, size), make([]int32, size)
	t.shift = uint8(64 - bits.TrailingZeros(uint(size)))
	mask := size - 1
	for k, w := range slots {
		if w == "" {
			continue
		}
		i := int(wordHash(w) >> t.shift)
		for t.slots[i] != "" {
			i = (i + 1) & mask
		}
		t.slots[i], t.ids[i] = w, ids[k]
	}
}

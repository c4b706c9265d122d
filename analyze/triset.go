package analyze

import "github.com/conflict-digest/conflict-digest/lang"

// triSet holds the first three bytes of some words, five bits of each: a
// word whose first three bytes begin none of them is none of them, told
// without a map lookup. The prefix tables of the cue matcher and of the
// gate hold a few hundred keys, and most words of a text begin none.
type triSet [triBits / 64]uint64

// triBits is the size of a triSet: five bits of each of three bytes.
const triBits = 1 << 15

func triIndex(w string) uint { return uint(w[0]&31)<<10 | uint(w[1]&31)<<5 | uint(w[2]&31) }

// add adds the first three bytes of w, which has at least three.
func (t *triSet) add(w string) {
	i := triIndex(w)
	t[i/64] |= 1 << (i % 64)
}

// mayBegin reports whether w, of at least three bytes, may begin as a word
// added did: false only when none did.
func (t *triSet) mayBegin(w string) bool {
	i := triIndex(w)
	return t[i/64]&(1<<(i%64)) != 0
}

// triSetOf returns the triSet of a table's words of three bytes or more,
// for mayHold.
func triSetOf[V any](table map[string]V) *triSet {
	var t triSet
	for w := range table {
		if len(w) >= 3 {
			t.add(w)
		}
	}
	return &t
}

// mayHold reports whether w may be a word of the table t was made of
// (triSetOf): false only when it is not. A shorter word is always looked up.
func (t *triSet) mayHold(w string) bool { return len(w) < 3 || t.mayBegin(w) }

// longTriSetOf is triSetOf for tables with no word shorter than three bytes
// (it panics on one), for mayHoldLong: a shorter word is none of theirs.
func longTriSetOf(tables ...map[string]bool) *triSet {
	var t triSet
	for _, table := range tables {
		for w := range table {
			if len(w) < 3 {
				panic("analyze: longTriSetOf of a word shorter than three bytes: " + w)
			}
			t.add(w)
		}
	}
	return &t
}

// mayHoldLong reports whether w may be a word of the tables t was made of
// (longTriSetOf): false only when it is not.
func (t *triSet) mayHoldLong(w string) bool { return len(w) >= 3 && t.mayBegin(w) }

// wordList is a word list as the hot rules read it, a word at a time: a
// lang.WordSet, whose inlined length mask and sieve pass most words of a
// sentence without hashing them (it replaced a Go map behind a triSet,
// whose test was no longer inlined with the set's: 1.2 % of the
// analysis's instructions).
type wordList struct {
	words *lang.WordSet
}

// listOf returns the wordList of words.
func listOf(words map[string]bool) wordList {
	set := lang.WordSetOf(words)
	return wordList{&set}
}

// has reports whether w is a word of the list.
func (l wordList) has(w string) bool { return l.words.Has(w) }

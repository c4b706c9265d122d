package analyze

import (
	"math/bits"
	"slices"

	"github.com/conflict-digest/conflict-digest/news"
)

// shingleSize is the number of consecutive words hashed together. Three-word
// shingles keep word order (two articles about different strikes share many
// words but few triples) while a changed word disturbs only three shingles.
const shingleSize = 3

// fingerprint returns the 64-bit SimHash of the text's word shingles, or of
// the title's when the text has too few words. Wire copy re-edited by an
// outlet keeps most shingles and so most bits; titles are left out when
// there is text because outlets rewrite them first.
func fingerprint(d *doc) news.Fingerprint {
	ws := d.words
	if len(ws) < shingleSize {
		ws = slices.Concat(d.titleWords, ws)
	}
	return simhash(ws)
}

// Fingerprint returns the SimHash fingerprint Analyze gives an article with
// this title and text, for callers that need it without a full analysis.
func Fingerprint(title, text string) news.Fingerprint {
	return fingerprint(newDoc(title, text))
}

// simhash counts, for each of the 64 bits, how many shingle hashes have a
// one there; the fingerprint has a one where more than half do. Counting
// goes eight bits at a time: lane j holds, in its eight bytes, the counts
// of bits j, j+8, ..., j+56, flushed before a byte can overflow.
func simhash(ws []string) news.Fingerprint {
	if len(ws) == 0 {
		return 0
	}
	n := max(len(ws)-shingleSize+1, 1)
	var ones [64]int
	var lanes [8]uint64
	const spread = 0x0101010101010101
	for i, counted := 0, 0; i < n; i++ {
		h := shingleHash(ws[i:min(i+shingleSize, len(ws))])
		// lane j += h >> j & spread, written out: it runs once a word
		lanes[0] += h & spread
		lanes[1] += h >> 1 & spread
		lanes[2] += h >> 2 & spread
		lanes[3] += h >> 3 & spread
		lanes[4] += h >> 4 & spread
		lanes[5] += h >> 5 & spread
		lanes[6] += h >> 6 & spread
		lanes[7] += h >> 7 & spread
		if counted++; counted == 255 || i == n-1 {
			flushLanes(&lanes, &ones)
			counted = 0
		}
	}
	var f uint64
	for b, c := range ones {
		if 2*c > n {
			f |= 1 << b
		}
	}
	return news.Fingerprint(f)
}

// flushLanes adds the byte counters of the lanes to the bit counts and
// clears them: byte k of lane j counts bit 8k+j.
func flushLanes(lanes *[8]uint64, ones *[64]int) {
	for j, l := range lanes {
		for k := 0; k < 8; k++ {
			ones[8*k+j] += int(l >> (8 * k) & 0xff)
		}
		lanes[j] = 0
	}
}

// shingleHash is FNV-1a over the words separated by a space, finished with
// a 64-bit mixer: FNV alone spreads short inputs poorly over the high bits,
// and SimHash needs every bit to be a fair coin.
func shingleHash(ws []string) uint64 {
	const offset, prime = 14695981039346656037, 1099511628211
	h := uint64(offset)
	for i, w := range ws {
		if i > 0 {
			h ^= ' '
			h *= prime
		}
		for ; len(w) >= 4; w = w[4:] { // four bytes a turn: the loop's own work was half of it
			h = (h ^ uint64(w[0])) * prime
			h = (h ^ uint64(w[1])) * prime
			h = (h ^ uint64(w[2])) * prime
			h = (h ^ uint64(w[3])) * prime
		}
		for j := 0; j < len(w); j++ {
			h ^= uint64(w[j])
			h *= prime
		}
	}
	h ^= h >> 33
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	h *= 0xc4ceb9fe1a85ec53
	h ^= h >> 33
	return h
}

// Distance is the number of bits in which two fingerprints differ.
func Distance(a, b news.Fingerprint) int { return bits.OnesCount64(uint64(a ^ b)) }

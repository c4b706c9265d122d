package analyze

import (
	"math/bits"
	"strings"

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
	var ws []string
	for _, s := range d.sents {
		ws = append(ws, s.words...)
	}
	if len(ws) < shingleSize {
		ws = append(words(strings.ToLower(d.title)), ws...)
	}
	return simhash(ws)
}

// Fingerprint returns the SimHash fingerprint Analyze gives an article with
// this title and text, for callers that need it without a full analysis.
func Fingerprint(title, text string) news.Fingerprint {
	return fingerprint(newDoc(title, text))
}

// Words returns the lower-cased word tokens of s as the analyser sees them:
// letters and digits with inner hyphens and apostrophes.
func Words(s string) []string { return words(strings.ToLower(s)) }

// Sentences splits text into sentences as the analyser does: paragraphs at
// line breaks, then at sentence-ending punctuation.
func Sentences(text string) []string {
	d := newDoc("", text)
	out := make([]string, len(d.sents))
	for i, s := range d.sents {
		out[i] = s.text
	}
	return out
}

// simhash adds, for each shingle, +1 to the bit counters where the shingle's
// hash has a one and -1 where it has a zero; the fingerprint keeps the sign.
func simhash(ws []string) news.Fingerprint {
	if len(ws) == 0 {
		return 0
	}
	var acc [64]int32
	n := len(ws) - shingleSize + 1
	if n < 1 {
		n = 1
	}
	for i := 0; i < n; i++ {
		end := min(i+shingleSize, len(ws))
		h := shingleHash(ws[i:end])
		for b := 0; b < 64; b++ {
			acc[b] += int32(h>>b&1)*2 - 1
		}
	}
	var f uint64
	for b := 0; b < 64; b++ {
		if acc[b] > 0 {
			f |= 1 << b
		}
	}
	return news.Fingerprint(f)
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

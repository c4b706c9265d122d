package lang

// pairSet is a quick first test of a word against a small table (months,
// number words): the pairs of first bytes of the table's words. A word
// whose pair is in none of them is not in the table, told without hashing
// it; most words of a text are told so. (The tables are read for every
// word of every sentence.)
type pairSet [pairBits / 64]uint64

// pairBits is the size of a pairSet: five bits of each of two bytes.
const pairBits = 32 * 32

func pairIndex(w string) uint { return uint(w[0]&31)<<5 | uint(w[1]&31) }

// pairsOf returns the pairSet of the words of a table.
func pairsOf[V any](table map[string]V) *pairSet {
	var p pairSet
	for w := range table {
		if len(w) < 2 {
			continue // mayHold lets every such word through
		}
		i := pairIndex(w)
		p[i/64] |= 1 << (i % 64)
	}
	return &p
}

// mayHold reports whether w may be a word of the table: false only when it
// is not.
func (p *pairSet) mayHold(w string) bool {
	if len(w) < 2 {
		return true
	}
	i := pairIndex(w)
	return p[i/64]&(1<<(i%64)) != 0
}

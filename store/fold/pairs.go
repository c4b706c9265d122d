package fold

// The PostgreSQL store posts, beside each word's sentences, the sentences
// holding some pairs of adjacent words (in the spirit of Lucene's
// CommonGrams): a phrase of common words ("syria s idlib") is then found
// through its pairs' short lists instead of an AND of its words' long
// ones. Only pairs with a word of one byte (an ASCII letter or digit)
// are posted: the
// possessive "s" and the other pieces an apostrophe or a dot leaves ("u
// s", "don t"), and "a". At 1,000,000 articles of askbench's corpus
// (a sample of 354,000 of its sentences) they are 6 % of the words'
// postings; every adjacent pair would be 110 %, those with a word of up to
// two letters 40 %, those with one of the 64 commonest words 72 % (and
// the commonest words are the corpus's, not a rule).

// Paired reports whether the index posts the adjacent words a and b
// (folded, as Words gives them) as a pair.
func Paired(a, b string) bool { return len(a) == 1 || len(b) == 1 }

// Pair returns the index term of the adjacent words a and b: Words never
// makes a word with a space, so a pair's term is never a word's.
func Pair(a, b string) string { return a + " " + b }

// PhrasePairs returns the posted pairs' terms of the adjacent words of
// phrase (folded words, in order), and the words no posted pair holds.
// The sentences holding all of them hold every word of phrase, and every
// sentence holding phrase holds all of them.
func PhrasePairs(phrase []string) (pairs, words []string) {
	covered := make([]bool, len(phrase))
	for i := 0; i+1 < len(phrase); i++ {
		if Paired(phrase[i], phrase[i+1]) {
			pairs = append(pairs, Pair(phrase[i], phrase[i+1]))
			covered[i], covered[i+1] = true, true
		}
	}
	for i, w := range phrase {
		if !covered[i] {
			words = append(words, w)
		}
	}
	return pairs, words
}

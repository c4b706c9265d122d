package analyze

import "github.com/conflict-digest/conflict-digest/lang"

// countedStateWords is how many capitalised words (a state's or a people's
// adjectives: "Iraqi Kurdish") may stand between a number and the people
// it counts.
const countedStateWords = 2

// countedByNumber reports a name the number before it counts ("killed five
// Iraqi Kurdish security officials", "At least 12 security officials were
// killed"): the dead or wounded, not where the text names who gave the
// count, though they share its table entry with the source ("regional
// authorities said"). A name an attribution word follows stays a source
// ("Two security officials said").
func countedByNumber(s *factSentence, m origMatch) bool {
	toks := s.toks
	if m.end < len(toks) && isCue(toks, m.end) {
		return false
	}
	k := m.start - 1
	for n := 0; n < countedStateWords && k >= 0 && !toks[k].punct && !toks[k].isNum &&
		lang.Capitalised(s.text[toks[k].off:toks[k].end]); n++ {
		k--
	}
	return k >= 0 && toks[k].isNum && !toks[k].year && !toks[k].amount
}

// listedFirst returns the first of sources listed under one attribution
// word before the table's source m when the table does not know it: a
// capitalised name right after "according to" ("according to Foonet and
// the army") or a state's office described after "the" at a clause's
// start, its seat after it ("..., the Danish embassy in Baz and the Foo
// government said"). The first named speaks, as when the table knows both.
func listedFirst(s *factSentence, m origMatch) (string, bool, bool) {
	toks := s.toks
	k := m.start - 1
	for n := 0; n < countedStateWords && k > 0 && !toks[k].punct && toks[k].w != "and" &&
		lang.Capitalised(s.text[toks[k].off:toks[k].end]); n++ {
		k-- // "the Foo government": a state's adjective before the table's name
	}
	if k >= 0 && toks[k].w == "the" {
		k--
	}
	if k < 1 || toks[k].w != "and" {
		return "", false, false
	}
	if k >= 3 && toks[k-1].w != "," && !inOrig(s.origs, k-1) {
		if lo, hi, ok := nameSpan(s, k-1, -1); ok && hi == k-1 && lo >= 2 && toks[lo-1].w == "to" && toks[lo-2].w == "according" {
			return s.text[toks[lo].off:toks[hi].end], false, true // "according to Foonet and the army"
		}
	}
	hi := k - 1
	lo := hi
	for lo > 0 && !toks[lo].punct && toks[lo].w != "the" && hi-lo < maxSayerWords {
		lo--
	}
	if lo < 1 || toks[lo].w != "the" || !toks[lo-1].punct || lo+1 > hi {
		return "", false, false
	}
	head := hi
	if hi-2 > lo && toks[hi-1].w == "in" && lang.Capitalised(s.text[toks[hi].off:toks[hi].end]) {
		head = hi - 2 // "the Danish embassy in Baz": the seat after the office
	}
	if !seatedOffices[toks[head].w] && !bodyHeads.Has(toks[head].w) {
		return "", false, false
	}
	for j := lo + 1; j <= hi; j++ {
		if inOrig(s.origs, j) || toks[j].isNum {
			return "", false, false // the table's name, read elsewhere; a count
		}
	}
	return s.text[toks[lo+1].off:toks[hi].end], false, true
}

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

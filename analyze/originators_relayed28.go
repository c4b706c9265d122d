package analyze

import "github.com/conflict-digest/conflict-digest/lang"

// Attribution rules of agency documents and translated posts (h-orig28).

// reactionPreps open the clause of what a body reacts to: "UNHCR appealed
// for resettlement places after reports of some 160 new deaths".
var reactionPreps = lang.WordSetOf(lang.JoinerWords(lang.ReactionPrep))

// reportsOfCount reports a count at token i that a body reacts to as
// "reports of" it ("Today, the agency appealed for more places after
// reports of some 160 new deaths"): the unnamed reports' count, neither the
// sentence's subject's nor the publisher's. At most a qualifier stands
// between "of" and the count.
func reportsOfCount(toks []ftok, i int) bool {
	for of := i - 1; of >= 2 && of >= i-3; of-- {
		if toks[of].punct || toks[of].isNum {
			return false
		}
		if toks[of].w != "of" || toks[of-1].w != "reports" {
			continue
		}
		r := of - 2
		if r >= 0 && (toks[r].w == "unconfirmed" || toks[r].w == "media" || toks[r].w == "new") {
			r--
		}
		return r >= 0 && reactionPreps.Has(toks[r].w)
	}
	return false
}

// numericDateEnd returns the token after a day written "29/01/2021" (or
// "29/01/21") that starts at token k, -1 when none starts there.
func numericDateEnd(c *factSentence, k int) int {
	toks := c.toks
	if k+2 >= len(toks) {
		return -1
	}
	for j := k; j <= k+2; j++ {
		if !lang.AllDigits(c.text[toks[j].off:toks[j].end]) {
			return -1
		}
		if j > k && c.text[toks[j-1].end:toks[j].off] != "/" {
			return -1
		}
	}
	if n := toks[k+2].end - toks[k+2].off; n != 2 && n != 4 {
		return -1
	}
	return k + 3
}

// colonReach is how far into a sentence the colon after its opening sayer
// may come.
const colonReach = 8

// colonSayer returns the source a sentence opens with before a colon, as
// posts and their translations write who speaks: "The Israeli army
// spokesman: 12 soldiers killed in clashes", "Gaza Health Ministry: 45
// martyrs in the bombing of the camp". The source (the table's, its article
// and a spokesman's word allowed around it) must run up to the colon; an
// outlet names no source here. -1 for none.
func colonSayer(s *factSentence) int {
	s.tokenise()
	toks := s.toks
	for _, m := range s.origs {
		start := 0
		if len(toks) > 0 && toks[0].w == "the" {
			start = 1
		}
		if m.start == start+1 && start+1 < len(toks) && !toks[start].punct && !toks[start].isNum &&
			lang.Capitalised(s.text[toks[start].off:toks[start].end]) {
			start++ // "Gaza Health Ministry:": the place it serves before its name
		}
		if m.start != start || carrier(origs.list[m.id].kind) {
			continue
		}
		e := m.end
		if e < len(toks) && spokesWords.Has(toks[e].w) {
			e++
		}
		if e < len(toks) && e <= colonReach && toks[e].w == ":" {
			return m.id
		}
		return -1
	}
	return -1
}

// communityWords name a community that speaks for its members as a body:
// "Kibbutz Foo announced on Tuesday that two of its residents had been
// killed".
var communityWords = lang.WordSetOf(lang.SourceWords(lang.CommunityWord))

// communityReach is how many words (a day, "on Tuesday") may stand between
// a community's name and its attribution word.
const communityReach = 3

// communitySayer returns a community named as the subject of an
// attribution word ("Israeli Kibbutz Foo announced that ..."): its name as
// written from its kind's word, the state's adjective before it dropped;
// the community's name may also be a place's.
func communitySayer(s *factSentence) (string, bool) {
	toks := s.toks
	for k := 0; k+1 < len(toks); k++ {
		if !communityWords.Has(toks[k].w) || !lang.Capitalised(s.text[toks[k].off:toks[k].end]) {
			continue
		}
		e := k + 1
		for e < len(toks) && e <= k+maxNameWords && !toks[e].punct && !toks[e].isNum && lang.Capitalised(s.text[toks[e].off:toks[e].end]) &&
			!dateWord(toks[e].w) {
			e++
		}
		if e == k+1 {
			return "", false
		}
		for j := e; j < len(toks) && j <= e+communityReach; j++ {
			if isCue(toks, j) {
				return s.text[toks[k].off:toks[e-1].end], true
			}
			if toks[j].punct {
				break
			}
		}
		return "", false
	}
	return "", false
}

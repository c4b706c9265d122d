package ask

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Reports name a body in full once, its acronym after it in brackets
// ("the National Staff Association (NSA)"), and by the acronym alone after
// that ("said Bennett Kenyi, the President of the NSA"). A question written
// from the report gives the full name, so the sentence answering it holds
// the question's words only through the acronym: acronymTerms credits such
// a sentence with the words of the question the acronym stands for.

// minAcronymTerms is how many of the question's terms a definition's long
// form must hold to stand for them: one word shared ("Association") is no
// evidence that the question names that body.
const minAcronymTerms = 2

// acronymTerms adds to each sentence of c holding an acronym the report
// defines the weight of the question's terms (groups gs) the acronym's long
// form holds and the sentence does not, and marks the acronym's token as a
// word of the question (no answer of its own). The sentences' scores are
// unnormalised (before rerank divides them by the question's weight); the
// article's best sentence, and so its rank, is left as it was.
func acronymTerms(q *Question, c *candidate, gs []group) {
	if len(gs) == 0 {
		return
	}
	if q.acronymsOf != &gs[0] { // read again for other terms (another retrieval of the question)
		q.acronyms, q.acronymsOf = questionAcronyms(q, gs), &gs[0]
	}
	defs := q.acronyms[:len(q.acronyms):len(q.acronyms)]
	for si := range c.sents {
		text := c.sents[si].text
		for off := 0; ; {
			i := strings.IndexByte(text[off:], '(')
			if i < 0 {
				break
			}
			i += off
			j := strings.IndexByte(text[i:], ')')
			if j < 0 {
				break
			}
			acr := text[i+1 : i+j]
			off = i + j
			if len(acr) > 8 || strings.ContainsRune(acr, ' ') || !acronym(acr) {
				continue
			}
			var caps []rune
			for _, r := range acr {
				if unicode.IsUpper(r) {
					caps = append(caps, r)
				}
			}
			if long := definedBefore(text[:i], caps); long != "" {
				if d, ok := acronymOf(acr, tokenize(long), gs); ok {
					defs = append(defs, d)
				}
			}
		}
	}
	if len(defs) == 0 {
		return
	}
	for si := range c.sents {
		s := &c.sents[si]
		for _, d := range defs {
			at := -1
			for k, t := range s.toks {
				if t.text == d.acr {
					at = k
					break
				}
			}
			if at < 0 {
				continue
			}
			s.hit[at] = true
			for gi, g := range gs {
				if gi < 64 && d.groups&(1<<gi) != 0 && s.groups&(1<<gi) == 0 {
					s.score += g.idf
					s.groups |= 1 << gi
				}
			}
		}
	}
}

// capitalised reports whether a word opens with a capital letter.
func capitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// nameGap reports whether something other than a space separates two
// words of text (a comma, a bracket, an apostrophe's "s"): a name's run
// ends there.
func nameGap(text string, a, b token) bool {
	return strings.TrimSpace(text[a.end:b.start]) != ""
}

// acronymDef is an acronym and the question's terms (bits of the groups)
// its long form holds.
type acronymDef struct {
	acr    string
	groups uint64
}

// acronymOf returns the definition of acr by the long form toks when that
// holds minAcronymTerms of the question's terms.
func acronymOf(acr string, toks []token, gs []group) (acronymDef, bool) {
	hit := make([]bool, len(toks))
	var held uint64
	n := 0
	for gi, g := range gs {
		if gi >= 64 || g.df == 0 || matchTerm(g.term, toks, hit) == 0 {
			continue
		}
		held |= 1 << gi
		n++
	}
	return acronymDef{acr: acr, groups: held}, n >= minAcronymTerms
}

// questionAcronyms returns the acronyms the question's own capitalised
// runs spell: "the UNMISS National Staff Association" spells NSA (and,
// with "UNMISS", no acronym of the report). Read once a question: the
// same for every candidate.
func questionAcronyms(q *Question, gs []group) []acronymDef {
	var defs []acronymDef
	qt := tokenize(q.Text)
	for from := 1; from < len(qt); from++ { // the question's first word is capitalised as the sentence's
		if !capitalised(qt[from].text) || acronym(qt[from].text) {
			continue
		}
		initials := []rune{[]rune(qt[from].text)[0]}
		for to := from + 1; to < len(qt); to++ {
			w := qt[to].text
			if nameConnectors[qt[to].low] || qt[to].low == "and" || qt[to].low == "the" {
				continue
			}
			if !capitalised(w) || acronym(w) || nameGap(q.Text, qt[to-1], qt[to]) {
				break
			}
			initials = append(initials, []rune(w)[0])
			if d, ok := acronymOf(string(initials), qt[from:to+1], gs); ok {
				defs = append(defs, d)
			}
		}
	}
	return defs
}

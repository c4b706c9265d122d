package analyze

import (
	"strings"

	"github.com/conflict-digest/conflict-digest/lang"
)

// A person the table cannot know, named as the sayer of a figure and
// speaking for no body the article ties to him: readers write the person's
// name ("Oloni said ... left 18 people from his side dead" is `Johnson
// Oloni`, named in full sentences before). personSayer reads the grammar of
// a person's name (two or three capitalised words, no word of a body, a
// place, a people, a date or a post), not a list of persons.

// personSayer returns the name of the person that sentence si gives its
// statement to: a name of two or three words right before an attribution
// word ("..., John Roe said"), after "according to" or closing the clause
// after an inverted word ("..., said John Roe."); a surname alone ("Roe
// said", "according to Roe") when a sentence up to personReach before names
// the person in full ("a militia led by John Roe"). A post before the name
// stays out of it ("the state's acting Culture Minister John Roe said"), and
// so does an aside after it ("John Roe, a farmer, said").
func personSayer(sents []factSentence, si int) (string, bool) {
	s := &sents[si]
	toks := s.toks
	for j := range toks {
		if !isCue(toks, j) || toks[j].w == "statement" || toks[j].w == "report" {
			continue
		}
		lo, hi := -1, -1
		if toks[j].is(wcAhead) {
			b := j + 1
			if b < len(toks) && toks[b].w == "to" {
				b++ // "according to Roe"
			}
			if lo, hi = personNameRun(s, b, 1); lo < 0 {
				lo, hi = titledNameRun(s, b) // "according to Col. Jane Roe, the spokesperson of ..."
			}
		} else {
			k := j - 1
			for n := 0; k >= 0 && n < 2 && personAux.Has(toks[k].w); n, k = n+1, k-1 {
			}
			if k > 0 && toks[k].w == "," {
				k = personAside(toks, k) // "John Roe, a farmer, said", "John Roe, 45, told AFP"
			}
			if lo, hi = personNameRun(s, k, -1); lo > 0 && objectBefore(toks[lo-1].w) {
				lo, hi = -1, -1 // "a deputy for Mideast and North Africa told": no subject
			}
			if lo < 0 && toks[j].is(wcInverted) {
				lo, hi = personNameRun(s, rankAfter(s, j+1), 1) // "..., said Chief Superintendent John Roe."
			}
		}
		switch {
		case lo < 0:
			continue
		case demandAfter(toks, j):
			return "", false // "John Roe said Foo should be investigated over an attack that claimed 20 lives": a call, the count its setting
		case lo < hi:
			return s.text[toks[lo].off:toks[hi].end], true
		}
		return fullName(sents, si, toks[hi].w)
	}
	return "", false
}

// personNameRun returns the tokens lo..hi of a person's name that starts (dir
// 1) or ends (dir -1) at token i: one to maxPersonWords capitalised words,
// none of a body, a place, a people, a date, a post or the table's, a
// particle between them ("Jane van Roe"; a paper's "Carta de Foo" reads
// alike and is as much the source); what stands before it is no
// capitalised word but a post or a title ("Minister John Roe"), no article
// ("the Foo Bar said" is a body's); what follows it closes the name. -1, -1
// for none.
func personNameRun(s *factSentence, i, dir int) (int, int) {
	return personNameRunOf(s, i, dir, maxPersonWords)
}

// personNameRunOf is personNameRun with a name of up to most words.
func personNameRunOf(s *factSentence, i, dir, most int) (int, int) {
	toks := s.toks
	if i < 0 || i >= len(toks) || !personWord(s, i) {
		return -1, -1
	}
	lo, hi, n := i, i, 0
run:
	for k := i; k >= 0 && k < len(toks); k += dir {
		switch {
		case dir < 0 && n > 0 && peopleAdjective(s, k):
			break run // "Assyrian Archimandrite John Roe": who he is, not his name
		case nameWord(s.text, toks, k) && !lang.Title(toks[k].w) && !postNouns.Has(toks[k].w):
			if n++; n > most || !personWord(s, k) {
				return -1, -1
			}
		case lang.NameParticle(toks[k].w, lang.Inside) && k+dir >= 0 && k+dir < len(toks) && nameWord(s.text, toks, k+dir):
		default:
			break run
		}
		if dir > 0 {
			hi = k
		} else {
			lo = k
		}
	}
	if possessiveAt(s, hi) {
		return -1, -1
	}
	if b := lo - 1; b >= 0 && (nameWord(s.text, toks, b) && !lang.Title(toks[b].w) && !postNouns.Has(toks[b].w) && !peopleAdjective(s, b) ||
		lang.IsArticle(toks[b].w)) {
		return -1, -1 // a longer run (a body's name) or an article: no person
	}
	if a := hi + 1; a < len(toks) && nameWord(s.text, toks, a) {
		return -1, -1
	}
	return lo, hi
}

// titledNameRun returns the tokens lo..hi of a person's name that follows
// a title or a post at token i, a people's word before them or not: "Col.
// Jane Roe", "Colonel Jane Roe", "Mexican President Jane Maria van Roe". The
// title marks the words after it as a person's name, so the name may hold a
// word more than maxPersonWords (a given name, a father's and a family
// name: "Andrés Manuel López Obrador"). -1, -1 when no title stands at i.
func titledNameRun(s *factSentence, i int) (int, int) {
	k := i
	if k+1 < len(s.toks) && nameWord(s.text, s.toks, k) && demonym(s.text[s.toks[k].off:s.toks[k].end]) && !inOrig(s.origs, k) {
		k++ // "Mexican President ..."
	}
	r := rankAfter(s, k)
	if r == k {
		return -1, -1
	}
	return personNameRunOf(s, r, 1, maxPersonWords+1)
}

// rankAfter returns the first token from i on that is no capitalised post
// or title before a name ("Chief Superintendent", "Col."): where the name
// after an inverted attribution word starts.
func rankAfter(s *factSentence, i int) int {
	for n := 0; i < len(s.toks) && n < 2*postModifiers; n++ { // a title and its period count two
		t := s.toks[i]
		switch {
		case (postNouns.Has(t.w) || lang.Title(t.w)) && nameWord(s.text, s.toks, i):
			i++
		case t.w == "." && n > 0 && lang.Title(s.toks[i-1].w):
			i++ // "Col." tokenised with its period
		default:
			return i
		}
	}
	return i
}

// personWord reports a capitalised word that may be part of a person's name.
func personWord(s *factSentence, k int) bool {
	t := s.toks[k]
	w := s.text[t.off:t.end]
	return nameWord(s.text, s.toks, k) && !inOrig(s.origs, k) && !orgWords.Has(t.w) && !partyWords.Has(t.w) &&
		!postNouns.Has(t.w) && !lang.Title(t.w) &&
		!dateWord(t.w) && !acronymWord(w) && !gazWord(w) && !peopleWord(w) && t.kinds() == 0 && !t.is(wcCue)
}

// peopleWord reports a people's word by the endings that names seldom have
// ("Ukrainian", "Turkish", "Sudanese"); not "-i" or "-an", which end
// "Ali" and "Hassan" as often as "Iraqi" and "Afghan".
func peopleWord(w string) bool {
	return strings.HasSuffix(w, "ian") || strings.HasSuffix(w, "ish") || strings.HasSuffix(w, "ese")
}

// peopleAdjective reports a people's word at k that no name of the table
// holds: before a person's name it tells who the person is ("Assyrian
// Archimandrite John Roe", "Ukrainian farmer"), no part of the name.
func peopleAdjective(s *factSentence, k int) bool {
	t := s.toks[k]
	return nameWord(s.text, s.toks, k) && !inOrig(s.origs, k) && peopleWord(s.text[t.off:t.end])
}

// gazWord reports a word the gazetteer knows on its own, a place's or an
// actor's ("Gaza", "Israeli", "Hamas"): no word of a person's name here.
func gazWord(w string) bool {
	_, n := gaz.longestAt([]string{strings.ToLower(w)}, nil, func() []string { return []string{w} }, 0)
	return n == 1
}

// fullName returns the person's name in full, of two words or more, that
// ends on surname in sentence si or one up to personReach before it.
func fullName(sents []factSentence, si int, surname string) (string, bool) {
	for j := si; j >= 0 && j >= si-personReach; j-- {
		sents[j].tokenise()
		s := &sents[j]
		for k := range s.toks {
			if s.toks[k].w != surname {
				continue
			}
			if lo, hi := personNameRun(s, k, -1); lo >= 0 && lo < hi && hi == k {
				return s.text[s.toks[lo].off:s.toks[hi].end], true
			}
		}
	}
	return "", false
}

// objectBefore reports a word after which a name is an object or one of a
// list, not the subject of the attribution word after it.
func objectBefore(w string) bool {
	return postPreps.Has(w) || listBreaks.Has(w) || w == "and" || w == "or" || w == "to" || w == "by"
}

// callWords make a statement a call or a judgement, not a report.
var callWords = lang.WordSetOf(lang.AuxiliaryWords(lang.CallModal))

// demandAfter reports one of callWords between the attribution word at j
// and the first number after it.
func demandAfter(toks []ftok, j int) bool {
	for k := j + 1; k < len(toks) && !toks[k].isNum; k++ {
		if callWords.Has(toks[k].w) {
			return true
		}
	}
	return false
}

// personAside returns the token before the aside that the comma at b
// closes when the aside tells who a person is or his age (", a farmer,",
// ", 45,", ", who lost his son,"), else -1.
func personAside(toks []ftok, b int) int {
	for a := b - 1; a > 0 && a >= b-maxSayerWords; a-- {
		if toks[a].punct {
			if w := toks[a+1]; toks[a].w == "," && a+1 < b && (sayerDeterminers.Has(w.w) || w.w == "the" || w.w == "who" || w.isNum && a+2 == b) {
				return a - 1
			}
			return -1
		}
	}
	return -1
}

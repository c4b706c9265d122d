package analyze

import (
	"strings"

	"github.com/conflict-digest/conflict-digest/lang"
)

// A source named only by what it is, in lower case and with an indefinite
// article, as the subject of a reporting word: "a survivor said up to 19
// were killed", "A local militia leader said six people had died", "A
// source close to Foo confirmed that ...", "according to an internal
// security report for aid workers seen by AP". The originator table cannot
// list such sources; readers write them as written, the article dropped
// (README, conventions: "sources named as written"). kindSayer reads the
// grammar, not a list of phrasings: the noun phrase that an indefinite
// article opens at the start of a clause and that an attribution word
// closes, cut where a relative clause, an aside, a participle "seen by" or
// a place or time ("in Tuesday's attack") begins, a post at its end ("a
// local militia leader") speaking for the body before it.

// sayerDeterminers open a source named by what it is.
var sayerDeterminers = lang.WordSetOf(lang.DeterminerWords(lang.SayerDeterminer))

// sayerCuts end the words that name who a source is: a relative clause, a
// place or a time, a participle's agent.
var sayerCuts = lang.WordSetOf(lang.JoinerWords(lang.SayerCut))

// clauseOpeners may stand right before a clause's subject.
var clauseOpeners = lang.WordSetOf(lang.JoinerWords(lang.ClauseOpener))

// maxSayerWords bounds a source named by what it is; sayerReach how far
// before its attribution word its article may stand (a place or time after
// the words that name it: "A cousin of one of the victims in Tuesday's
// attack confirmed").
const maxSayerWords, sayerReach = 8, 12

// kindSayer returns the source named by what it is that the attribution
// word of the figure at tok's clause gives the statement to: the nearest
// attribution word before tok (past "and added", to the verb it is joined
// to), else the first after it. ok is false when that word's subject is no
// such source.
func kindSayer(s *factSentence, tok int) (name string, party, ok bool) {
	toks := s.toks
	for j := tok - 1; j >= 0; j-- {
		if !isCue(toks, j) && !(toks[j].w == "according" && j+1 < len(toks) && toks[j+1].w == "to") {
			continue
		}
		if n, p, ok := kindSayerAt(s, j); ok {
			return n, p, true
		}
		if j == 0 || toks[j-1].w != "and" {
			return "", false, false // another's word: "police said" stands nearer
		}
	}
	for j := tok + 1; j < len(toks); j++ {
		if isCue(toks, j) {
			return kindSayerAt(s, j)
		}
	}
	return "", false, false
}

// kindSayerIn reports a sentence with a source named by what it is: its own,
// not the next sentence's.
func kindSayerIn(s *factSentence) bool {
	for j := range s.toks {
		if isCue(s.toks, j) {
			if _, _, ok := kindSayerAt(s, j); ok {
				return true
			}
		}
	}
	return false
}

// kindSayerAt returns the source named by what it is that the attribution word
// at j closes ("a survivor said") or, for "according to", opens.
func kindSayerAt(s *factSentence, j int) (string, bool, bool) {
	toks := s.toks
	if toks[j].w == "according" {
		if j+2 < len(toks) && sayerDeterminers.Has(toks[j+2].w) {
			if n, p, ok := workMaker(s, j+3); ok {
				return n, p, true // "according to a survey conducted by Foo": the maker's
			}
			return sayerWords(s, j+3, len(toks))
		}
		if j+2 < len(toks) && toks[j+2].w == "the" {
			return definiteBody(s, placeOwned(toks, j+3), len(toks))
		}
		return "", false, false
	}
	if invertedName(s, j) {
		return "", false, false // "... a district inhabited by Foos, said John Roe": the name after the word says it
	}
	if toks[j].is(wcInverted) && j > 0 && toks[j-1].punct && j+2 < len(toks) && toks[j+1].w == "the" {
		if n, p, ok := invertedBody(s, j+2); ok {
			return n, p, true // "..., said the rescue service."
		}
		if n, ok := namedMembers(s, j+2, clauseEnd(toks, j+2)); ok {
			return n, false, true // "..., said the House members, led by ..."
		}
	}
	b := j - 1
	for n := 0; b > 0 && n < 2 && writtenAux.Has(toks[b].w); n, b = n+1, b-1 {
	}
	if b > 0 && toks[b].w == "," {
		b = asideOpen(toks, b) - 1 // "A cousin of one of the victims, who declined to be named, confirmed"
	}
	for a := b; a >= 0 && a >= b-sayerReach; a-- {
		if toks[a].punct {
			return "", false, false
		}
		if sayerDeterminers.Has(toks[a].w) {
			if a > 0 && !toks[a-1].punct && !clauseOpeners.Has(toks[a-1].w) {
				return "", false, false // "killed a soldier, police said": not a subject
			}
			if a > 0 && toks[a-1].w == "and" {
				return "", false, false // "a charity and an aid worker said": the first of those listed speaks, its own words read elsewhere
			}
			return sayerWords(s, a+1, b+1)
		}
		if toks[a].w == "the" && (a == 0 || toks[a-1].punct || clauseOpeners.Has(toks[a-1].w)) {
			if n, ok := namedMembers(s, a+1, b+1); ok {
				return n, false, true // "The House members said"
			}
			return definiteBody(s, a+1, b+1) // not "a source close to the group said": the group is no subject
		}
	}
	return "", false, false
}

// invertedBody returns the body described in lower case from token i, after
// an inverted attribution word and "the", when its description closes the
// clause: "Nine were killed, said the rescue service." but not "said the
// rescue service had found nine bodies", whose subject it is anyway.
func invertedBody(s *factSentence, i int) (string, bool, bool) {
	toks := s.toks
	k := i
	for k < len(toks) && !toks[k].punct {
		k++
	}
	n, p, ok := definiteBody(s, i, k)
	if !ok || k == i || s.text[toks[i].off:toks[k-1].end] != n {
		return "", false, false
	}
	return n, p, true
}

// bodyHeads end the lower-case description of a body that a definite
// article opens and that speaks for itself: "the ambulance service told
// reporters", "the civilian task force said", "according to the state
// emergency service". Not "group", "agency" or "organisation": "the aid
// agency said" mostly names again a body the article told of before.
var bodyHeads = lang.WordSetOf(lang.ReportingWords(lang.BodyHead))

// placeOwners are the places whose possessive may open a body's
// description: "according to the city's monitoring and documentation
// office" is that office's (the place told before), with or without the
// apostrophe a copied page may drop.
var placeOwners = lang.WordSetOf(lang.PlaceWords(lang.PlaceOwner))

// placeOwned returns i past a place's possessive at i ("city's", "citys").
func placeOwned(toks []ftok, i int) int {
	if i >= len(toks) {
		return i
	}
	w := strings.TrimSuffix(strings.TrimSuffix(toks[i].w, "'s"), "’s")
	if w == toks[i].w {
		w = strings.TrimSuffix(w, "s") // "citys"
	}
	if w != toks[i].w && placeOwners.Has(w) {
		return i + 1
	}
	return i
}

// definiteBody returns the words from token i (up to end) that describe a
// body in lower case after "the", as sayerWords reads them, when they are
// two words or more and end on one of bodyHeads: one word ("the ministry
// said") names again a body told of before.
func definiteBody(s *factSentence, i, end int) (string, bool, bool) {
	n, party, ok := sayerWords(s, i, end)
	if !ok {
		return "", false, false
	}
	for _, m := range s.origs {
		if m.start >= i && m.start < end {
			return "", false, false // "the local civil defence service": the table's, read elsewhere
		}
	}
	words := strings.Fields(strings.ToLower(n))
	last := len(words) - 1
	if last < 1 || !bodyHeads.Has(words[last]) || anaphors.Has(words[0]) || strings.ContainsAny(n, "'’") {
		return "", false, false
	}
	if words[last] == "force" && (words[last-1] != "task" || last < 2) {
		return "", false, false // "the air force": an army's, the table's to read; "the task force": named again
	}
	return n, party, true
}

// asideOpen returns the comma that opens an aside closed by the comma at
// b (", who declined to be named,"), b+1 for none.
func asideOpen(toks []ftok, b int) int {
	for a := b - 1; a > 0 && a >= b-maxSayerWords; a-- {
		if toks[a].w == "," {
			if toks[a+1].w == "who" {
				return a
			}
			break
		}
	}
	return b + 1
}

// sayerWords returns the words from token i (up to end) that name a source by what it
// is: lower case, cut at a relative clause, an aside, a place or time or a
// participle's agent; a post at their end dropped for the body it speaks
// for ("a local militia leader": `local militia`); party when the words
// name an armed force. ok is false for a capitalised name (the table's or
// one as written: not this reader's) or for words that name no one.
func sayerWords(s *factSentence, i, end int) (string, bool, bool) {
	toks := s.toks
	hi, linked := i-1, false
	for k := i; k < len(toks) && k < i+maxSayerWords; k++ {
		t := toks[k]
		if t.is(wcEventNoun) && !linked {
			return "", false, false // "a suicide bombing ... claimed 26 lives": the deed, not who tells it; not "a survivor of the strike"
		}
		linked = linked || k > i && headLinks.Has(t.w)
		if k > i && strings.HasSuffix(t.w, "ed") && k+1 < end && sayerCuts.Has(toks[k+1].w) {
			break // "a statement posted on a Web site": the participle opens what is said of it
		}
		if t.punct || sayerCuts.Has(t.w) || k == end {
			if t.w == "by" && hi > i {
				hi-- // "a report seen by AP": the participle is no part of what it is
			}
			break
		}
		if t.isNum && strings.ContainsAny(s.text[t.off:t.end], "0123456789") {
			return "", false, false // "a total of 1,116 deaths were registered": a count, not who counts it
		}
		if t.isNum && k == i || k == i && lang.Capitalised(s.text[t.off:t.end]) {
			return "", false, false // "a Foo official said": a name, read elsewhere
		}
		hi = k
	}
	for hi > i+1 && postNouns.Has(toks[hi].w) && !postNouns.Has(toks[hi-1].w) {
		hi-- // "a local militia leader": the militia's; not "an aid worker", "a militia leader" (one word left names no body)
	}
	h := headAt(toks, i, hi)
	if hi < i || !sayerHead(toks[h]) || hi == i && anaphors.Has(toks[i].w) {
		return "", false, false
	}
	if h < hi && postNouns.Has(toks[h].w) {
		if h+3 <= hi && (toks[h+1].w == "for" || toks[h+1].w == "of") && toks[h+2].w == "the" {
			return definiteBody(s, h+3, hi+1) // "a spokesman for the ambulance service": the body it describes
		}
		return "", false, false // "a spokesman for the group": the body's, read elsewhere
	}
	party := false
	for k := i; k <= hi; k++ {
		party = party || partyWords.Has(toks[k].w)
	}
	for _, m := range s.origs {
		if m.start >= i && m.end <= hi+1 && origs.list[m.id].party {
			party = true // "a source close to Hezbollah"
		}
	}
	return s.text[toks[i].off:toks[hi].end], party, true
}

// sayerHead reports a word that may end a source's description: a noun,
// not a number, a pronoun or a word of the count.
func sayerHead(t ftok) bool {
	return !t.punct && !t.isNum && t.kinds() == 0 && !personAux.Has(t.w) && len(t.w) > 2
}

// headLinks follow the head noun of a source's description: "a cousin of
// one of the victims", "a source close to the group", "a report for aid
// workers".
var headLinks = lang.WordSetOf(lang.PrepositionWords(lang.HeadLinkPrep))

// headAt returns the head noun of toks[i..hi]: the word before the first
// of headLinks, else the last.
func headAt(toks []ftok, i, hi int) int {
	for k := i + 1; k <= hi; k++ {
		if headLinks.Has(toks[k].w) {
			return k - 1
		}
	}
	return hi
}

// invertedName reports an attribution word at j that a capitalised name
// follows to the sentence's end or a comma ("..., said John Roe."): the
// name is its subject, not the words before it.
func invertedName(s *factSentence, j int) bool {
	toks := s.toks
	if !toks[j].is(wcInverted) || j+1 >= len(toks) {
		return false
	}
	lo, hi, ok := nameSpan(s, j+1, 1)
	return ok && lo == j+1 && (hi+1 == len(toks) || toks[hi+1].punct)
}

// quotedSayer returns the source by kind or the person whose quotation,
// opened in the sentence before si after its attribution word and not
// closed there, sentence si goes on with (openQuote): "A survivor said:
// \"We were 70 families inside. Yesterday the shells killed 13 of us.\""
// — the survivor's count.
func quotedSayer(sents []factSentence, si int) (string, bool, bool) {
	q, ok := openQuote(sents, si)
	if !ok {
		return "", false, false
	}
	if n, p, ok := kindSayer(&sents[si-1], q); ok {
		return n, p, true
	}
	if n, ok := personSayer(sents, si-1); ok {
		return n, false, true
	}
	return "", false, false
}

// memberNouns are the people a named body sends or seats, who speak as a
// group: "the House members", "the Senate lawmakers", "the Foo Panel experts".
var memberNouns = lang.WordSetOf(lang.PeopleWords(lang.MemberNoun))

// namedMembers returns the words from token i up to end when they are a
// capitalised name the table does not hold (one to three words) and one of
// memberNouns closing them: "the House members said", "said the Senate
// lawmakers." — the group as written.
func namedMembers(s *factSentence, i, end int) (string, bool) {
	toks := s.toks
	if end-i < 2 || end-i > 4 || end > len(toks) || !memberNouns.Has(toks[end-1].w) {
		return "", false
	}
	for k := i; k < end-1; k++ {
		t := toks[k]
		if t.punct || t.isNum || inOrig(s.origs, k) || !lang.Capitalised(s.text[t.off:t.end]) {
			return "", false
		}
	}
	return s.text[toks[i].off:toks[end-1].end], true
}

// clauseEnd returns the first punctuation token from i, or the sentence's end.
func clauseEnd(toks []ftok, i int) int {
	for i < len(toks) && !toks[i].punct {
		i++
	}
	return i
}

// workNouns are the works a body makes that a count is credited to: "a new
// analysis", "a recent assessment", "a survey".
var workNouns = lang.WordSetOf(lang.SourceWords(lang.WorkNoun))

// workReach bounds the words from the article to the work's noun ("a recent
// Foo Bar assessment"); makerReach those from the noun to its maker's "by"
// ("an analysis of open source data carried out by").
const workReach, makerReach = 5, 9

// workMaker returns the maker of the work that an article after "according
// to" opens at i: the name after the work's "by" ("according to a new
// analysis of open source data carried out by Save the Children", "a survey
// conducted by REACH") or a capitalised name before the work's noun
// ("according to a recent REACH assessment"). Read as sayerWords reads a
// source by kind, the work's words themselves were the source ("new
// analysis of open source data carried out", "recent REACH assessment").
// ok is false for no work, a work with no maker named, a people's word ("a
// Honduran newspaper report") or a "by" after an event the work tells of
// ("a report on air raids carried out by the coalition": the raids' doer).
func workMaker(s *factSentence, i int) (string, bool, bool) {
	toks := s.toks
	w := -1
	for k := i; k < len(toks) && k < i+workReach; k++ {
		if toks[k].punct {
			return "", false, false
		}
		if workNouns.Has(toks[k].w) {
			w = k
			break
		}
	}
	if w < 0 {
		return "", false, false
	}
	for k := i; k < w; k++ {
		if t := toks[k]; lang.Capitalised(s.text[t.off:t.end]) && !t.isNum {
			lo, hi, ok := nameSpan(s, k, 1)
			if !ok || hi >= w || demonym(s.text[toks[lo].off:toks[hi].end]) {
				return "", false, false
			}
			return spanName(s, lo, hi)
		}
	}
	for k := w + 1; k+1 < len(toks) && k <= w+makerReach; k++ {
		if toks[k].punct || toks[k].is(wcEventNoun) {
			return "", false, false
		}
		if toks[k].w == "by" {
			return makerAt(s, k+1)
		}
	}
	return "", false, false
}

// makerAt returns the name of a work's maker from token i, after its "by":
// the table's name when one starts there (the "by" that makes a deed's doer
// no source makes a work's maker its source: "an analysis carried out by Save
// the Children"), else a name as written.
func makerAt(s *factSentence, i int) (string, bool, bool) {
	k := i
	if k < len(s.toks) && s.toks[k].w == "the" {
		k++
	}
	if k < len(s.toks) {
		if id, n := origs.longestAt(s.text, s.toks, k); n > 0 {
			name, party := origs.source(id)
			return name, party, true
		}
	}
	return nameAt(s, i, 1)
}

package analyze

import (
	"slices"
	"strings"

	"github.com/conflict-digest/conflict-digest/lang"
)

// feature is one thing a cue phrase signals in a sentence: an event category,
// a humanitarian type, a ceasefire state, or a modifier such as background.
type feature uint8

const (
	fTalks feature = iota
	fCeasefire
	fHumanitarian
	fViolence
	fAid
	fAccess
	fSiege
	fEvacuation
	fDisplacement
	fHealth
	fAppeal
	fProposed
	fInEffect
	fViolated
	fCollapsed
	fBackground // the sentence tells history, not the news
	fPastTag    // a trailing time phrase ("last month", "ago") that dates its own clause
	fNotEvent   // the phrase looks like a cue but is not one ("military aid")
	fNotTalks   // talks about something other than war: "trade talks", "coalition talks"
	fBoiler     // page furniture: "Related News", "Tags", "Advertisement"
	fHypo       // a state feared or threatened: "could collapse"
	fRhetoric   // diplomacy named in a condemnation: "undermines any chance of"
	fVictims    // the hurt named as people to help: "wounded civilians were evacuated"
	fTreated    // casualties taken to hospital: a detail of the attack
	fFighters   // armed men named: "rebels", "fighters"
	fCivilians  // civilians named: "civilians", "families", "the wounded"
	fNotViolent // a violence word that is not an attack: "fighting hunger", "fled the fighting"
	fDespite    // "despite", "in spite of": a truce's breach when violence stands beside it
	fNotState   // a state word in an idiom of another sense: "holding violators to account"
	fNotBreach  // no breach or end of a truce: "gross violations", "no violations were reported", "an end to the war"
	fNotPlight  // a plight word of a captive's or a rescue's story: "a hostage siege", "appeal for his release", "trapped under the rubble"
	fCampsite   // a refugee camp named as a place: "troops stormed the Jabalya refugee camp"
	fAidWork    // the business of aid and development: "donors", "funding", "a school programme"
	fWarWork    // what puts a meeting in a war's business: "peace", "rebels", "prisoners"
	fTreaty     // an arms treaty's regime: "states parties", "mine ban", "mine action"
	fSurvey     // a study's statistics: "survey", "prevalence", "women experienced"
	fCauseEnvoy // an envoy of a cause, not of a settlement: "envoy on youth", "goodwill ambassador"
	fUNTheme    // the UN's work in general: "sustaining peace", "conflict prevention"
	fChronic    // a war told as a standing condition: "the ongoing conflict", "affected by the armed conflict", "since August"
	fRemnants   // a war's leftovers: "unexploded ordnance", "explosive remnants of war", "explosive hazards"
	fAssembly   // the General Assembly, talks only beside a war's business
	fParley     // two parties dealing with each other: "met", "dialogue", "a deal"; talks only between a war's sides (disputes.go)
	fTruceEnds  // what a truce ends or follows: "ending", "halting", "after", "a months-long battle" (spans.quietAfter)
	fPreTruce   // a time before a truce began: "shelled before the ceasefire", "attacks right up until the truce began"
	fAftermath  // today's business about an earlier attack: "arrests", "prays for", "funeral of", "probe" (spans.background)
	fTerms      // the terms of a captive's release: "deal", "offer", "conditions", "ransom", "delay" (releaseOnTerms)
	fEndAim     // an aim to end something: "to end", "to halt", "trying to stop" (endsStrife)
	fStrife     // a war's strife as the thing to end: "uprising", "revolt", "fighting", "bloodshed" (endsStrife)
	fByForce    // force as the means: "offensive", "troops", "crackdown" (endsStrife)
	fNotPropose // a proposal word that names a truce's author: "a truce proposed by the UN" (spans.authored)
	fExploit    // people exploited as goods: "domestic slavery", "forced labour", "trafficking networks", "smuggling networks"
	nFeatures
)

var featureNames = map[string]feature{
	"talks": fTalks, "ceasefire": fCeasefire, "humanitarian": fHumanitarian, "violence": fViolence,
	"aid": fAid, "access": fAccess, "siege": fSiege, "evacuation": fEvacuation,
	"displacement": fDisplacement, "health": fHealth, "appeal": fAppeal,
	"proposed": fProposed, "in_effect": fInEffect, "violated": fViolated, "collapsed": fCollapsed,
	"background": fBackground, "pasttag": fPastTag, "notevent": fNotEvent, "nottalks": fNotTalks, "boilerplate": fBoiler, "hypothetical": fHypo, "rhetoric": fRhetoric,
	"victims": fVictims, "treated": fTreated,
	"fighters": fFighters, "civilians": fCivilians, "notviolence": fNotViolent, "despite": fDespite, "notstate": fNotState,
	"notbreach": fNotBreach, "notplight": fNotPlight, "campsite": fCampsite,
	"aidwork": fAidWork, "warwork": fWarWork, "treaty": fTreaty, "survey": fSurvey, "causeenvoy": fCauseEnvoy, "untheme": fUNTheme,
	"chronic": fChronic, "remnants": fRemnants, "assembly": fAssembly, "parley": fParley,
	"truceends": fTruceEnds, "pretruce": fPreTruce, "aftermath": fAftermath,
	"terms": fTerms, "endaim": fEndAim, "strife": fStrife, "byforce": fByForce,
	"notproposal": fNotPropose, "exploit": fExploit,
}

// weights holds, for one sentence, the combined weight of the cues of each
// feature.
type weights [nFeatures]float32

// maxBackground bounds the background cues remembered for one sentence.
const maxBackground = 8

// spans says where in a sentence the cues were found, so that a background
// phrase ("last year") discounts the cues near it, not the whole sentence.
type spans struct {
	first, last [nFeatures]int32 // word positions of each feature's cues
	bg          [maxBackground]bgCue
	nbg         int
	// halted marks the words of ceasefire, victims, notviolence and
	// notbreach phrases (of the first 256 words): the "fighting" in "a
	// halt to the fighting" is no fighting, the "wounded" in "wounded
	// civilians were evacuated" no attack, the "fighting" in "fighting
	// hunger" or "fled the fighting" no news of a battle, the "agreement"
	// of "a ceasefire agreement" no talks, the "violations" of "gross
	// violations of human rights" no breach of a truce, the "end" of "an
	// end to the war" or "no violations were reported" no truce's end or
	// breach, the "resumed" of "resumed talks" no breach beside violence.
	halted [4]uint64
	// quiet marks the words of a truce's past (quietAfter): no violence
	// cue counts on them, nor a possibility ("after clashes threatened to
	// plunge the region into war": the threat was the past's, the truce
	// is agreed); the other features' cues do.
	quiet [4]uint64
	// authored marks the words of notproposal phrases: the "proposed" of
	// "welcomed the truce proposed by the UN" names where the truce came
	// from, no truce still sought, so no proposal cue counts on it.
	authored [4]uint64
	// aimed and offAim count the proposal cues whose object names a halt
	// ("calls for an immediate ceasefire", "ceasefire demands") and those
	// whose object names something else ("ready for a possibility ...",
	// "pending the government's levy of a tax"): proposalOffAim.
	aimed, offAim uint8
}

func (sp *spans) halt(from, to int) {
	for i := from; i < to && i < 256; i++ {
		sp.halted[i/64] |= 1 << (i % 64)
	}
}

func (sp *spans) isHalted(i int) bool {
	return i < 256 && sp.halted[i/64]&(1<<(i%64)) != 0
}

// truceEndsReach is how many words after a truceends phrase its clause
// runs: "halting weeks of deadly border clashes", "after clashes left
// scores of soldiers dead".
const truceEndsReach = 16

// clauseTurns end the clause of a truce's past: "..., ending months of
// shelling, but fighting resumed on Friday" tells news after "but".
var clauseTurns = lang.WordSetOf(lang.JoinerWords(lang.ClauseTurn))

// quietAfter marks the words of the clause that follows a truceends phrase
// at words[from:] (up to truceEndsReach words, or a clause turn) in a
// sentence that has named a truce before it and no breach: "a ceasefire
// began on Saturday, halting weeks of deadly border clashes", "agreed to a
// truce days after fighting in the city", "announced a ceasefire in his
// months-long battle for the capital". The fighting such a clause names is
// what the truce ends or follows, its background (the labelling guide's
// passing mention), not an attack reported; a truce broken ("the truce
// collapsed after shelling killed five") keeps it.
func (sp *spans) quietAfter(w *weights, words []string, from int) {
	if w[fCeasefire] < 0.5 || max(w[fViolated], w[fCollapsed], w[fDespite]) > 0 {
		return
	}
	for i := from; i < len(words) && i < from+truceEndsReach && i < 256 && !clauseTurns.Has(words[i]); i++ {
		sp.quiet[i/64] |= 1 << (i % 64)
	}
}

func (sp *spans) isQuiet(i int) bool {
	return i < 256 && sp.quiet[i/64]&(1<<(i%64)) != 0
}

func (sp *spans) author(from, to int) {
	for i := from; i < to && i < 256; i++ {
		sp.authored[i/64] |= 1 << (i % 64)
	}
}

func (sp *spans) isAuthored(i int) bool {
	return i < 256 && sp.authored[i/64]&(1<<(i%64)) != 0
}

// bgCue is one background phrase and where it starts and ends. A trailing phrase ("were expelled last month",
// "displaced millions") ends the clause it dates or sums up, so it bears on
// the words before it, not on the clause that follows.
//
// A war named as what is to be ended ("peace talks to end eight years of
// war", "a deal ending the war that has killed 300,000") is the object of
// the talks, not history told beside them: such a phrase (ended) leaves
// the talks near it as they are. A war told by its age stays history
// when it is only an aim ("an effort to end the five-year-old civil
// war"), not when a deal ends it ("a peace accord ending a 36-year war":
// longWar's phrase, endedByDeal).
//
// An aftermath phrase (after) is today's business about an attack told
// as its object: "Egypt arrests alleged Sinai bombers", "the Pope prays
// for the Beslan dead", "laying flowers at the grave of the assassinated
// president", "a new school massacre probe". It bears on violence only,
// and only on the cues that follow it within backgroundReach words (its
// object) or on the one it heads as a noun right after it ("massacre
// probe"); an attack told before it ("a bomb exploded on Monday and
// police arrested two men") is news of its own.
type bgCue struct {
	at, end int32
	w       float32
	trail   bool
	ended   bool
	after   bool
	setting bool // an aftermath "amid": it bears only on the phrase it opens
}

func (sp *spans) addBackground(at, end int, w float32, trail bool) {
	sp.addBackgroundOf(at, end, w, trail, false)
}

func (sp *spans) addBackgroundOf(at, end int, w float32, trail, ended bool) {
	if sp.nbg < maxBackground {
		sp.bg[sp.nbg] = bgCue{at: int32(at), end: int32(end), w: w, trail: trail, ended: ended}
		sp.nbg++
	}
}

// addAftermath records an aftermath phrase (bgCue.after) at words[at:end+1];
// setting marks one that names the fighting as the setting of other news
// ("amid"), which bears only on the phrase it opens.
func (sp *spans) addAftermath(at, end int, w float32, setting bool) {
	if sp.nbg < maxBackground {
		sp.bg[sp.nbg] = bgCue{at: int32(at), end: int32(end), w: w, after: true, setting: setting}
		sp.nbg++
	}
}

// settingReach is how many words after "amid" its phrase runs: "amid
// violent attacks", "amid the military offensive"; "amid fierce fighting,
// the army recaptured the town" tells the recapture as news.
const settingReach = 3

// aftermathHead is how many words after an attack's cue an aftermath noun
// may stand to head it: "massacre probe", "bombing suspects".
const aftermathHead = 2

// endReach is how many words before a background phrase an "end" may
// stand to make the phrase what is to be ended: "to end the six-year
// war", "an end to 21 years of war".
const endReach = 4

// toBeEnded reports an "end" or "ending" within endReach words before
// words[at] ("ended" is a past deal's, history like the war it ended).
func toBeEnded(words []string, at int) bool {
	return endBefore(words, at, true)
}

// endedByDeal reports an "ending" or "ends" within endReach words before
// words[at]: what a deal or talks named before it end, told as done; an
// aim ("to end", "an end to") is not.
func endedByDeal(words []string, at int) bool {
	return endBefore(words, at, false)
}

// endBefore reports "ending" or "ends", or with aim also "end", within
// endReach words before words[at].
func endBefore(words []string, at int, aim bool) bool {
	for i := max(0, at-endReach); i < at; i++ {
		switch words[i] {
		case "ending", "ends":
			return true
		case "end":
			if aim {
				return true
			}
		}
	}
	return false
}

// capturedFreed reports a court's word ("a convicted spy", "jailed
// militants") in a sentence that frees or swaps captives: the conviction
// says who the captives are, the release or the swap is the news, so for
// talks the word is no past event (issue 14, fourth round: "a convicted
// spy will be released in exchange for six students").
func capturedFreed(first string, words []string) bool {
	switch first {
	case "convicted", "jailed", "sentenced", "imprisoned":
	default:
		return false
	}
	for _, w := range words {
		switch {
		case strings.HasPrefix(w, "releas"), w == "freed", w == "free", w == "freeing",
			strings.HasPrefix(w, "swap"), w == "exchange":
			return true
		}
	}
	return false
}

// takenFreed reports a time phrase at words[at] that dates the taking of
// the captives a sentence frees or swaps ("the release of 50 hostages
// captured during the assault last month", "freed two soldiers seized in
// 2014"): the capture says who the captives are, the release is the news,
// so for talks the phrase is no past event (issue 14, h-talks7). The
// participle stands at most takenReach words before the phrase.
func takenFreed(words []string, at int) bool {
	taken := false
	for _, w := range words[max(0, at-takenReach):at] {
		switch w {
		case "captured", "taken", "abducted", "seized", "kidnapped", "snatched":
			taken = true
		}
	}
	return taken && capturedFreed("jailed", words)
}

// takenReach is how far before a time phrase the participle of a capture
// may stand ("captured during Hamas's assault last month").
const takenReach = 6

// cue is one phrase of the lexicon. A token ending in '*' matches any word
// with that prefix; a token "*-x" matches a hyphenated word whose last part
// is x ("*-brokered": "Qatar-brokered", "AU-brokered"); the token "_"
// matches any one word; "#year" matches a year from 1990 to 2039; "#w"
// matches a word that starts with a letter.
type cue struct {
	toks   []string
	feat   feature
	weight float32
	next   string // toks[1] when it is a plain word, else "": the common first words ("to", "in") lead dozens of cues
	// plain has bit k set when toks[k] is a plain word (plainToken), which
	// matches only itself: try compares it with no call to tokenMatches
	plain uint32
	// wild has bit k set when toks[k] is "_", which matches any word:
	// try passes it with no call
	wild uint32
}

// ruledOut reports a cue whose plain second word is not the word after
// words[at]: try would turn it down, and match skips it unasked.
func (c *cue) ruledOut(words []string, at int) bool {
	return c.next != "" && (at+1 >= len(words) || words[at+1] != c.next)
}

// cueRun is the cues one word begins (a list of matcher.exact), split by
// their plain second word (cue.next): a word such as "since" or "struck"
// begins ninety cues, and the word after it rules most out at once.
type cueRun struct {
	open   []int32            // the cues with no plain second word
	byNext map[string][]int32 // the others, by their second word
	// byNextT is byNext as tryRun reads it (matcher.freeze): a lookup
	// hashes five bytes of the word, a Go map's every byte
	byNextT lang.WordMap[[]int32]
	// nexts has the bit nextBit of each key of byNext: most words after
	// the run's first begin none of its cues (seven in eight, on the
	// development articles), and four in five are passed without a lookup
	nexts [2]uint64
}

// nextBit is a word's bit in cueRun.nexts: its length and its first and
// last bytes.
func nextBit(w string) uint {
	if w == "" {
		return 0
	}
	return (uint(len(w))*37 + uint(w[0])*11 + uint(w[len(w)-1])) % 128
}

// mayLead reports whether w may be a key of r.byNext: false only when it
// is not.
func (r *cueRun) mayLead(w string) bool {
	b := nextBit(w)
	return r.nexts[b/64]&(1<<(b%64)) != 0
}

// with adds the cue id, whose plain second word is next ("" for none), to
// r (nil for a new run) and returns r. Cues are added in the order of
// their ids.
func (r *cueRun) with(id int32, next string) *cueRun {
	if r == nil {
		r = &cueRun{byNext: map[string][]int32{}}
	}
	if next != "" {
		r.byNext[next] = append(r.byNext[next], id)
		b := nextBit(next)
		r.nexts[b/64] |= 1 << (b % 64)
	} else {
		r.open = append(r.open, id)
	}
	return r
}

// tryRun tries the cues of r that words[at+1] does not rule out, in the
// order of their ids (as the list r was split from holds them: the order
// the weights add up in).
func (m *matcher) tryRun(r *cueRun, words []string, at int, w *weights, sp *spans) {
	open, next := r.open, []int32(nil)
	if at+1 < len(words) && len(r.byNext) > 0 && r.mayLead(words[at+1]) {
		next = r.byNextT.Get(words[at+1])
	}
	for len(open) > 0 || len(next) > 0 {
		if len(next) == 0 || len(open) > 0 && open[0] < next[0] {
			m.try(open[0], words, at, 1, w, sp) // its first word is words[at]
			open = open[1:]
		} else {
			m.try(next[0], words, at, 2, w, sp) // and its second words[at+1]
			next = next[1:]
		}
	}
}

// matcher finds lexicon phrases in a sentence's words with two map lookups
// per word (whole word, first bytes for prefixes): no regular expressions,
// no backtracking.
type matcher struct {
	cues  []cue
	exact map[string][]int32 // first token -> cue indexes
	// runs holds each list of exact split by its cues' second words
	// (built as add reads the cues)
	runs   map[string]*cueRun
	prefix map[string][]int32 // first three bytes of a prefix token -> cue indexes
	// prefixAt holds, at the triIndex of each key of prefix, 1 + its
	// index in prefixRuns, or -1 where two keys share the triIndex (then
	// prefix is looked up): a word's prefix cues are found without
	// hashing it, and a word that begins none is passed at once
	prefixAt   []int32
	prefixRuns []prefixRun
	year       []int32            // cues whose first token is #year
	suffix     map[string][]int32 // last part of a hyphenated word ("brokered" of "*-brokered") -> cue indexes
	// suffixEnds has the last byte of each key of suffix: a word that
	// ends in none ends no suffix cue, and is not searched for a hyphen
	// (LastIndexByte reads it whole, byte by byte)
	suffixEnds [256]bool
}

// prefixRun is the prefix cues of one key (matcher.prefix) with their
// stems, a first token less its '*', each once: a word is tested against
// a stem once, not once for each cue it begins ("kill*" begins thirty of
// the lexicon's cues, "hand*" twenty-seven).
type prefixRun struct {
	key   string
	ids   []int32
	stem  []uint8  // by ids: the index of the cue's stem in stems
	stems []string // at most maxStems
}

// maxStems is how many stems a prefixRun may hold: a word's fits are the
// bits of one word.
const maxStems = 64

// addPrefix adds the cue id, whose first token is first and begins with
// k, to prefix and prefixAt.
func (m *matcher) addPrefix(k, first string, id int32) {
	m.prefix[k] = append(m.prefix[k], id)
	if m.prefixAt == nil {
		m.prefixAt = make([]int32, triBits)
	}
	i := triIndex(k)
	switch at := m.prefixAt[i]; {
	case at == 0:
		m.prefixRuns = append(m.prefixRuns, prefixRun{key: k})
		m.prefixAt[i] = int32(len(m.prefixRuns))
		m.prefixRuns[len(m.prefixRuns)-1].add(first, id)
	case at > 0 && m.prefixRuns[at-1].key == k:
		if !m.prefixRuns[at-1].add(first, id) {
			m.prefixAt[i] = -1 // too many stems: look prefix up
		}
	case at > 0:
		m.prefixAt[i] = -1 // two keys here: look prefix up
	}
}

// add adds the cue id whose first token is first to r, false when r
// would hold more than maxStems stems.
func (r *prefixRun) add(first string, id int32) bool {
	stem := first[:len(first)-1]
	s := slices.Index(r.stems, stem)
	if s < 0 {
		if len(r.stems) == maxStems {
			return false
		}
		s = len(r.stems)
		r.stems = append(r.stems, stem)
	}
	r.ids = append(r.ids, id)
	r.stem = append(r.stem, uint8(s))
	return true
}

// tryPrefixes tries the prefix cues that word, words[at] of prefixKey
// bytes or more, may begin, given k, prefixAt at its triIndex (not 0):
// each cue whose stem it begins with and that its next word does not rule
// out, in the order of their ids (as a scan of prefix[word[:prefixKey]]
// with try would).
func (m *matcher) tryPrefixes(k int32, word string, words []string, at int, w *weights, sp *spans) {
	if k > 0 {
		r := &m.prefixRuns[k-1]
		if word[0] != r.key[0] || word[1] != r.key[1] || word[2] != r.key[2] { // prefixKey bytes, with no call
			return
		}
		var fits uint64 // the stems word begins with
		for s, stem := range r.stems {
			if strings.HasPrefix(word, stem) {
				fits |= 1 << s
			}
		}
		if fits == 0 {
			return
		}
		for j, id := range r.ids {
			if fits>>r.stem[j]&1 != 0 && !m.cues[id].ruledOut(words, at) {
				m.try(id, words, at, 1, w, sp) // its first token matches (tokenMatches of a stem and '*')
			}
		}
		return
	}
	for _, id := range m.prefix[word[:prefixKey]] {
		if !m.cues[id].ruledOut(words, at) {
			m.try(id, words, at, 0, w, sp)
		}
	}
}

// prefixKey is how many bytes of a word index the prefix cues; every prefix
// token is at least this long.
const prefixKey = 3

// match adds the weight of each cue found in words to w and, when sp is
// not nil, records where the cues are.
func (m *matcher) match(words []string, w *weights, sp *spans) {
	m.matchHeads(words, nil, w, sp)
}

// matchHeads is match given the heads of words (headsOf), or nil. (For lex
// only: the heads hold its cues.)
func (m *matcher) matchHeads(words []string, hs []*head, w *weights, sp *spans) {
	for i, word := range words {
		var run *cueRun
		if hs != nil {
			run = hs[i].cueRun()
		} else {
			run = m.runs[word]
		}
		if run != nil {
			m.tryRun(run, words, i, w, sp)
		}
		if len(word) >= prefixKey && m.prefixAt != nil {
			if k := m.prefixAt[triIndex(word)]; k != 0 { // most words: no prefix cue begins as they do
				m.tryPrefixes(k, word, words, i, w, sp)
			}
		}
		if len(word) > 0 && m.suffixEnds[word[len(word)-1]] {
			if h := strings.LastIndexByte(word, '-'); h > 0 {
				for _, id := range m.suffix[word[h+1:]] {
					m.try(id, words, i, 0, w, sp)
				}
			}
		}
		if len(m.year) > 0 && isCueYear(word) {
			for _, id := range m.year {
				m.try(id, words, i, 0, w, sp)
			}
		}
	}
}

// try adds the cue id if it matches words at at; its first known tokens
// are known to match already (tryRun found it by them).
func (m *matcher) try(id int32, words []string, at, known int, w *weights, sp *spans) {
	c := &m.cues[id]
	if at+len(c.toks) > len(words) {
		return
	}
	for k := known; k < len(c.toks); k++ {
		if c.plain>>(k&31)&1 != 0 && k < 32 {
			if c.toks[k] != words[at+k] {
				return
			}
		} else if c.wild>>(k&31)&1 != 0 && k < 32 {
			continue // "_": tokenMatches of any word
		} else if !tokenMatches(c.toks[k], words[at+k]) {
			return
		}
	}
	if c.feat == fHypo && lang.MonthOfDate(words, at) {
		// "On 17 May, clashes continued": the "may" of a date is the
		// month, no possibility (hypothetical "may #w").
		return
	}
	if sp != nil {
		switch {
		case (c.feat == fViolence || c.feat == fTalks || c.feat == fViolated || c.feat == fCollapsed || c.feat == fDespite || c.feat == fParley) && sp.isHalted(at),
			(c.feat == fViolence || c.feat == fHypo) && sp.isQuiet(at),
			c.feat == fProposed && sp.isAuthored(at),
			c.feat == fCollapsed && (endsStrifeAt(words, at) || endsGatheringAt(words, at)):
			return
		case c.feat == fTruceEnds:
			sp.quietAfter(w, words, at)
		case c.feat == fCeasefire || c.feat == fVictims || c.feat == fNotViolent || c.feat == fNotBreach:
			sp.halt(at, at+len(c.toks))
		case c.feat == fNotPropose:
			sp.author(at, at+len(c.toks))
		case c.feat == fProposed:
			if proposalAimed(words, at, at+len(c.toks)) {
				sp.aimed = min(sp.aimed+1, 255)
			} else {
				sp.offAim = min(sp.offAim+1, 255)
			}
		}
		switch {
		case c.feat == fAftermath:
			sp.addAftermath(at, at+len(c.toks)-1, c.weight, c.toks[0] == "amid" || c.toks[0] == "amidst")
		case c.feat == fBackground || c.feat == fPastTag:
			sp.addBackgroundOf(at, at+len(c.toks)-1, c.weight, c.feat == fPastTag, toBeEnded(words, at) || capturedFreed(c.toks[0], words) || takenFreed(words, at))
		case w[c.feat] == 0:
			sp.first[c.feat] = int32(at)
			fallthrough
		default:
			sp.last[c.feat] = int32(at + len(c.toks) - 1)
		}
	}
	// Independent cues add up as evidence does (noisy-or): two hints make
	// more than one, and nothing makes more than certainty.
	w[c.feat] = 1 - (1-w[c.feat])*(1-c.weight)
}

// plainToken reports a token that tokenMatches matches only to itself.
func plainToken(tok string) bool {
	return tok != "_" && tok != "#year" && tok != "#w" && !strings.HasPrefix(tok, "*-") && !strings.HasSuffix(tok, "*")
}

func tokenMatches(tok, word string) bool {
	if tok == word {
		return true // most tokens are words; no word holds '_', '#' or '*', so no pattern equals one
	}
	switch {
	case tok == "_":
		return true
	case tok == "#year":
		return isCueYear(word)
	case tok == "#w":
		return word != "" && word[0] >= 'a' && word[0] <= 'z'
	case strings.HasPrefix(tok, "*-"):
		h := strings.LastIndexByte(word, '-')
		return h > 0 && word[h+1:] == tok[2:]
	case strings.HasSuffix(tok, "*"):
		return strings.HasPrefix(word, tok[:len(tok)-1])
	}
	return tok == word
}

// isCueYear reports a year of the lexicon's "#year": 1990 to 2039, the years
// of the wars the lexicon was written for, so that "in 1948" stays history
// of another kind.
func isCueYear(word string) bool {
	y, ok := lang.Year(word)
	return ok && y >= 1990 && y <= 2039
}

// dropBackgroundIn forgets the background cues that begin in words
// [from, to): the words of a phrase that names the report's own period
// ("during the previous two weeks") are no history.
func (sp *spans) dropBackgroundIn(from, to int) {
	n := 0
	for _, b := range sp.bg[:sp.nbg] {
		if int(b.at) >= from && int(b.at) < to {
			continue
		}
		sp.bg[n] = b
		n++
	}
	sp.nbg = n
}

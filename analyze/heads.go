package analyze

import (
	"strings"

	"github.com/conflict-digest/conflict-digest/lang"
	"github.com/conflict-digest/conflict-digest/news"
)

// head is what the phrase tables hold for a word that may begin a phrase:
// the lexicon's cues (lex.runs), the gate's phrases (gateAll.exact), the
// gazetteer's names (gaz.root.child) and the disputes' names (the most
// words of one that begins with the word: disputes.first); and the word
// lists a rule reads a sentence's words against (docClass). A doc looks
// each of its words up once (doc.wordHeads), and the cue matcher, the
// gate, the gazetteer and those rules read a word's head instead of each
// hashing the word again.
type head struct {
	run  *cueRun // lex.runs
	gate []taggedPhrase
	gaz  *gazNode
	disp uint8
	cls  docClass
}

// docClass is a set of the word lists a doc's word is in (the token's
// wordClass for the doc's words).
type docClass uint32

const (
	dcEpidemic       docClass = 1 << iota // epidemicWords
	dcState                               // stateWords
	dcAidProcess                          // processWords[news.Humanitarian]
	dcTalksProcess                        // processWords[news.Talks]
	dcVeto                                // vetoWords
	dcDecisionVerb                        // decisionVerbs
	dcDecisionObject                      // decisionObjects
	dcSummaryStop                         // lang's stop words of summaryStops
	dcCaptive                             // captiveWords
	dcTreated                             // treatedWords
	dcRenew                               // renewWords
	dcFight                               // fightNouns
	dcResumed                             // resumedVerbs
	dcSend                                // sendWords
	dcMissionHeld                         // missionHeld
	dcLegislature                         // legislatureWords
	dcMurder                              // murderWords
	dcArmed                               // armedWords
	dcSpeak                               // speakVerbs
	dcPhenomenon                          // phenomenonWords
	dcDeath                               // deathWords
	dcIllness                             // illnessWords
	dcSeized                              // seizedWords
	dcArms                                // armsWords
	dcFound                               // foundWords
)

// docClasses are the word lists of docClass.
var docClasses = []struct {
	c     docClass
	words map[string]bool
}{
	{dcEpidemic, epidemicWords}, {dcState, stateWords}, {dcAidProcess, processWords[news.Humanitarian]},
	{dcTalksProcess, processWords[news.Talks]}, {dcVeto, vetoWords}, {dcDecisionVerb, decisionVerbs},
	{dcDecisionObject, decisionObjects}, {dcSummaryStop, lang.StopWords(summaryStops)},
	{dcCaptive, lang.CaptiveWords(lang.CaptiveNoun)}, {dcTreated, lang.CaptiveWords(lang.TreatedWord)},
	{dcRenew, renewWords}, {dcFight, fightNouns}, {dcResumed, resumedVerbs},
	{dcSend, sendWords}, {dcMissionHeld, missionHeld},
	{dcLegislature, legislatureWords}, {dcMurder, murderWords}, {dcArmed, armedWords},
	{dcSpeak, speakVerbs}, {dcPhenomenon, phenomenonWords}, {dcDeath, deathWords},
	{dcIllness, illnessWords}, {dcSeized, seizedWords},
	{dcArms, armsWords}, {dcFound, foundWords},
}

// processClass is the docClass of processWords[c], 0 for a category with
// none.
func processClass(c news.Category) docClass {
	switch c {
	case news.Humanitarian:
		return dcAidProcess
	case news.Talks:
		return dcTalksProcess
	}
	return 0
}

// heads holds the head of every word that begins a phrase of any of the
// four tables or is in a list of docClass (read only once built). A word
// it does not hold begins no cue and no gate phrase, and a name only
// through gazKey (a possessive: gazChild); it holds the plurals that
// child reads as a name.
var heads = lang.WordMapOf(func() map[string]*head {
	m := map[string]*head{}
	get := func(w string) *head {
		h := m[w]
		if h == nil {
			h = &head{}
			m[w] = h
		}
		return h
	}
	for w, r := range lex.runs {
		get(w).run = r
	}
	for w, ps := range gateAll.exact {
		get(w).gate = ps
	}
	for w := range gaz.root.next {
		get(w)
	}
	for w, n := range disputes.first {
		get(w).disp = n
	}
	for _, dc := range docClasses {
		for w, ok := range dc.words {
			if ok {
				get(w).cls |= dc.c
			}
		}
	}
	for w := range gaz.root.next {
		if p := w + "s"; m[p] == nil && gaz.root.child(p) != nil {
			get(p) // a plural child reads as a one-word name ("Houthis"): looked up once, not twice
		}
	}
	for w, h := range m {
		h.gaz = gaz.root.child(w)
	}
	return m
}())

// headsOf returns the heads of ws, nil for a word that has none.
func headsOf(ws []string) []*head { return appendHeads(make([]*head, 0, len(ws)), ws) }

// appendHeads appends the heads of ws to hs.
func appendHeads(hs []*head, ws []string) []*head {
	for _, w := range ws {
		hs = append(hs, heads.Get(w))
	}
	return hs
}

// is reports whether the word whose head h is is in every list of c.
func (h *head) is(c docClass) bool { return h != nil && h.cls&c == c }

// cueRun returns lex.runs of the word whose head h is.
func (h *head) cueRun() *cueRun {
	if h == nil {
		return nil
	}
	return h.run
}

// gatePhrases returns gateAll.exact of the word whose head h is.
func (h *head) gatePhrases() []taggedPhrase {
	if h == nil {
		return nil
	}
	return h.gate
}

// noGazChild reports whether gazChild(w) is nil for certain, told
// without looking a possessive up.
func noGazChild(h *head, w string) bool {
	if h != nil {
		return h.gaz == nil
	}
	return !strings.HasSuffix(w, "'s") && !strings.HasSuffix(w, "’s")
}

// gazChild returns gaz.root.child(w) for the word w whose head h is.
func (h *head) gazChild(w string) *gazNode {
	switch {
	case h != nil:
		return h.gaz
	case strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s"):
		return gaz.root.child(w) // a possessive of a name (child's own reading)
	}
	return nil
}

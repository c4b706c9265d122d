package analyze

import (
	"strings"

	"github.com/conflict-digest/conflict-digest/lang"
)

// A token's word classes: the word lists that rules ask about token by
// token, many times a sentence (isCue alone, a dozen times a token), looked
// up once when the sentence is tokenised and carried on the token. A map
// lookup costs a hash of the word; a class is a bit test.

// wordClass is a set of the word lists a token's word is in.
type wordClass uint32

const (
	wcMarked     wordClass = 1 << iota // the classes below were looked up
	wcCue                              // attr.cue
	wcAhead                            // attr.ahead
	wcInverted                         // attr.inverted
	wcCarry                            // attr.carry
	wcFinding                          // findingVerbs
	wcWar                              // warWords
	wcPause                            // pauseWords
	wcUnit                             // unitHours
	wcKilling                          // killingVerb
	wcHeadNoun                         // headNoun: whoGroups, attr.counted, attr.agent
	wcInjured                          // injuredKind.after or .before
	wcDisease                          // diseaseWords
	wcEventNoun                        // eventNouns
	wcFollowUp                         // followUpEvents
	wcStart                            // startWords
	wcLongSpan                         // longSpans
	wcLink                             // linkWords
	wcRelative                         // relativeWords
	wcOtherMark                        // otherMarks
	wcSayerCue                         // sayerCues
	wcComplaint                        // complaintCues
	wcOrganNoun                        // organNounsOfState
	wcSingleDet                        // singleDets
	wcPersonNoun                       // personNouns
	wcCueNamed                         // isCueNamed
)

// wordInfo is what a token carries about its word.
type wordInfo struct {
	cls   wordClass
	kinds uint16 // anyKindWords
	orig  uint16 // origs.root.child of the word, as an index of origFirsts (0: none)
}

// origFirsts are the first nodes of the originators' names (origs.root's
// children), by wordInfo.orig; 0 stands for none. Filled as wordInfos is
// made, read only after.
var origFirsts = []*gazNode{nil}

// wordInfos holds every word of the lists above (read only once built).
var wordInfos = func() map[string]wordInfo {
	m := map[string]wordInfo{}
	mark := func(c wordClass, w string) {
		i := m[w]
		i.cls |= c
		m[w] = i
	}
	add := func(c wordClass, set map[string]bool) {
		for w, ok := range set {
			if ok {
				mark(c, w)
			}
		}
	}
	add(wcCue, attr.cue)
	add(wcAhead, attr.ahead)
	add(wcInverted, attr.inverted)
	add(wcCarry, attr.carry)
	add(wcFinding, findingVerbs)
	add(wcWar, warWords)
	add(wcPause, pauseWords)
	add(wcKilling, killedKind.beforeWords)
	add(wcKilling, injuredKind.beforeWords)
	add(wcHeadNoun, attr.counted)
	add(wcHeadNoun, attr.agent)
	for w, g := range whoGroups {
		if g != "" {
			mark(wcHeadNoun, w)
		}
	}
	add(wcInjured, injuredKind.afterWords)
	add(wcInjured, injuredKind.beforeWords)
	add(wcDisease, diseaseWords)
	add(wcEventNoun, eventNouns)
	add(wcFollowUp, followUpEvents)
	add(wcStart, startWords)
	add(wcLongSpan, longSpans)
	add(wcLink, linkWords)
	add(wcRelative, relativeWords)
	add(wcOtherMark, otherMarks)
	add(wcSayerCue, sayerCues)
	add(wcComplaint, complaintCues)
	add(wcOrganNoun, organNounsOfState)
	add(wcSingleDet, singleDets)
	add(wcPersonNoun, personNouns)
	add(wcCueNamed, isCueNamed)
	for w := range unitHours {
		mark(wcUnit, w)
	}
	for w, bits := range anyKindWords {
		i := m[w]
		i.kinds |= bits
		m[w] = i
	}
	for w := range origs.root.next {
		if c := origs.root.child(w); c != nil {
			i := m[w]
			i.orig = uint16(len(origFirsts))
			origFirsts = append(origFirsts, c)
			m[w] = i
		}
	}
	// the plurals child reads as a one-word name ("Houthis"), so that
	// origChild looks a word up once, not twice
	for w := range origs.root.next {
		if p := w + "s"; m[p].orig == 0 {
			if c := origs.root.child(p); c != nil {
				i := m[p]
				i.orig = uint16(len(origFirsts))
				origFirsts = append(origFirsts, c)
				m[p] = i
			}
		}
	}
	if len(origFirsts) > 1<<16 {
		panic("analyze: too many originator names for wordInfo.orig")
	}
	return m
}()

// infoWords holds the first bytes of wordInfos' words: most words of a
// sentence begin none and are passed without a lookup.
var infoWords = triSetOf(wordInfos)

// wordInfoTable is wordInfos as lookupWord reads it.
var wordInfoTable = lang.WordMapOf(wordInfos)

// lookupWord returns the classes of w, marked.
func lookupWord(w string) wordInfo {
	if !infoWords.mayHold(w) {
		return wordInfo{cls: wcMarked}
	}
	i := wordInfoTable.Get(w)
	i.cls |= wcMarked
	return i
}

// markWords looks up the classes of each token's word.
func markWords(toks []ftok) {
	for i := range toks {
		toks[i].info = lookupWord(toks[i].w)
	}
}

// wordInfo returns the classes of t's word: those it carries, looked up
// when it carries none (a token made by hand). Small enough to be inlined
// in is, which rules call a dozen times a token.
func (t *ftok) wordInfo() wordInfo {
	if t.info.cls&wcMarked != 0 {
		return t.info
	}
	return t.lookUp()
}

// lookUp is lookupWord of t's word, kept out of wordInfo so that
// wordInfo's common case (a marked token) stays a test and a load.
//
//go:noinline
func (t *ftok) lookUp() wordInfo { return lookupWord(t.w) }

// is reports whether t's word is in every list of c.
func (t *ftok) is(c wordClass) bool { return t.wordInfo().cls&c == c }

// kinds returns anyKindWords of t's word.
func (t *ftok) kinds() uint16 { return t.wordInfo().kinds }

// noOrigChild reports whether origs.longestAt at t finds nothing for
// certain, told from t's classes once looked up: a word, no first word of
// a name (origChild) and no possessive.
func noOrigChild(t *ftok) bool {
	return !t.punct && t.info.cls&wcMarked != 0 && t.info.orig == 0 &&
		!strings.HasSuffix(t.w, "'s") && !strings.HasSuffix(t.w, "’s")
}

// origChild returns origs.root.child(t.w). wordInfos holds every first
// word of an originator's name and every plural that child reads as one;
// a word it does not hold begins one only as a possessive, which child
// takes off.
func (t *ftok) origChild() *gazNode {
	if i := t.wordInfo(); i.orig != 0 {
		return origFirsts[i.orig]
	}
	if strings.HasSuffix(t.w, "'s") || strings.HasSuffix(t.w, "’s") {
		return origs.root.child(t.w) // a possessive, which child takes off
	}
	return nil
}

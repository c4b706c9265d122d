package analyze

import (
	"strings"

	"github.com/conflict-digest/conflict-digest/lang"
)

// sayerCues are the attribution words a state named as the sayer speaks by:
// "Iraq said", "Iran claimed", "Tehran reported that".
var sayerCues = lang.ReportingWords(lang.SayerCue)

// complaintCues are the verbs by which a state takes its account to a body
// or a rival: "Pakistan complained to the United Nations that planes from
// Afghanistan killed 90 people" is Pakistan's claim, the body only hears it.
var complaintCues = lang.ReportingWords(lang.ComplaintCue)

// complaintReach is how far after a complaint verb its "that" may come
// ("complained to the United Nations Security Council today that").
const complaintReach = 9

// complaint reports a complaint verb at toks[j] whose statement follows
// as "that ...": its subject is the sayer.
func complaint(toks []ftok, j int) bool {
	if !toks[j].is(wcComplaint) {
		return false
	}
	for k := j + 1; k < len(toks) && k <= j+complaintReach; k++ {
		if toks[k].w == "that" {
			return true
		}
		if toks[k].punct {
			return false
		}
	}
	return false
}

// sayerTimes may stand between a state named as the sayer and its verb, as
// the wire dates a statement: "Iran earlier today said", "Iraq on Tuesday
// claimed", "Tehran last night reported".
var sayerTimes = lang.WordSetOf(lang.AuxiliaryWords(lang.SayerTime))

// sayerEnd returns where the sayer before the attribution word at toks[j]
// ends, past up to three words of the aside that may part them: an
// auxiliary ("has"), "also", a time ("earlier today", "on Tuesday").
func sayerEnd(toks []ftok, j int) int {
	b := j - 1
	for n := 0; b > 0 && n < 3; n, b = n+1, b-1 {
		w := toks[b].w
		_, day := lang.Weekday(w)
		if !writtenAux.Has(w) && !sayerTimes.Has(w) && !(day && toks[b-1].w == "on") {
			break
		}
	}
	return b
}

// sayerOpeners may stand before a state that opens its clause: "Baghdad
// said ..., and Tehran reported ...".
var sayerOpeners = lang.WordSetOf(lang.JoinerWords(lang.SayerOpener))

// stateSays returns the state a sentence gives its statement to by one of
// its names right before the attribution word ("Iraq said its warplanes
// killed 30", "Baghdad claimed", "Tehran has reported") or after "according
// to": the state's government, written by the state's name (a capital
// stands for it, as "Washington" is the United States).
func stateSays(s *factSentence) (string, bool) {
	toks := s.toks
	for j := 1; j < len(toks); j++ {
		if toks[j].w == "according" && j+2 < len(toks) && toks[j+1].w == "to" {
			k := j + 2
			if toks[k].w == "the" {
				k++
			}
			if k >= len(toks) {
				continue
			}
			if m, ok := sayerAt(s, k); ok && (k+m.n == len(toks) || toks[k+m.n].punct) {
				return states.list[m.ids[0]].name, true
			}
			continue
		}
		if !toks[j].is(wcSayerCue) || !isCue(toks, j) {
			if !complaint(toks, j) {
				continue
			}
		}
		b := sayerEnd(toks, j)
		for a := b; a >= 0 && a > b-3; a-- {
			if m, ok := sayerAt(s, a); ok && a+m.n-1 == b && opensClause(s, a) {
				return states.list[m.ids[0]].name, true
			}
		}
	}
	return "", false
}

// sayerAt returns a state's name written with its capital at toks[k], no
// possessive ("Iraq's" is no sayer) and not glued to another word by a
// hyphen ("Iran-Iraq").
func sayerAt(s *factSentence, k int) (stateMatch, bool) {
	t := s.toks[k]
	if t.punct || t.hyph || k+1 < len(s.toks) && s.toks[k+1].hyph || !lang.Capitalised(s.text[t.off:t.end]) {
		return stateMatch{}, false
	}
	m := stateAt(s.toks, k)
	last := s.toks[k+max(m.n, 1)-1]
	if m.n == 0 || !m.named || gazKey(last.w) != last.w {
		return stateMatch{}, false
	}
	return m, true
}

// opensClause reports a state at toks[a] that opens its clause: first in
// the sentence, after a mark or a word that opens a clause, not after a
// preposition or another capitalised word ("Vernon Jordan said").
func opensClause(s *factSentence, a int) bool {
	if a == 0 {
		return true
	}
	p := s.toks[a-1]
	if p.punct || strings.ContainsAny(s.text[p.end:s.toks[a].off], "-–—") {
		return true // "BAGHDAD, March 18 - Iraq said": the dash the tokens drop ends the dateline
	}
	if p.w == "the" {
		return opensClause(s, a-1)
	}
	return sayerOpeners.Has(p.w)
}

package analyze

// A truce story's background tolls (issue 10, round h-fig55): news whose
// headline and lead tell a truce, a deal, talks or a call for one give the
// war's or the fighting's running tolls as the setting of that news, not
// as its own event's figures. A breach that kills people is an event with
// figures of its own: those are kept.

import "github.com/conflict-digest/conflict-digest/lang"

var (
	runningFights   = lang.WordSetOf(lang.TruceGroundWords(lang.RunningFight))
	freshFights     = lang.WordSetOf(lang.TruceGroundWords(lang.FreshFight))
	truceStories    = lang.WordSetOf(lang.TruceGroundWords(lang.TruceStory))
	breachWords     = lang.WordSetOf(lang.TruceGroundWords(lang.BreachWord))
	runningPerfects = lang.WordSetOf(lang.TruceGroundWords(lang.RunningPerfect))
)

// runningReach is how far before its count the "that has" or "which has"
// of a running toll's clause may stand, and how far a perfect's "has" or
// "have" may stand from its count.
const runningReach = 10

// runningClause returns the index of the "that" or "which" of a relative
// clause of the perfect on a fighting noun that the count at i is in
// ("weeks of heavy combat along the border that has killed more than
// 100", "the war that has claimed the lives of more than 2,000"), or -1.
// The fighting told as new ("renewed fighting that has killed 14") is no
// running toll.
func runningClause(toks []ftok, i int) int {
	for j := i - 1; j >= 1 && j >= i-runningReach; j-- {
		if clauseStop(toks, j) {
			return -1
		}
		if w := toks[j].w; (w == "that" || w == "which") && j+1 < i && (toks[j+1].w == "has" || toks[j+1].w == "have") {
			for a := j - 1; a >= 0 && a >= j-runningReach && !clauseStop(toks, a); a-- {
				if runningFights.Has(toks[a].w) {
					if a > 0 && freshFights.Has(toks[a-1].w) {
						return -1
					}
					return j
				}
			}
			return -1
		}
	}
	return -1
}

// truceToll reports a count at i that a relative clause of the perfect
// gives to the fighting a truce or talks named before it in the sentence
// end, follow or stem ("agreed to a ceasefire to end weeks of fighting
// that has killed more than 100 people", "ceasefire talks ... stemming
// violence that has killed more than 3,000", "truces have been agreed
// and broken in the war that has claimed the lives of more than 2,000"):
// the fighting's running toll, the truce's background. A truce named only
// after "since" ("the first fighting since the truce, which has killed
// 3") makes the fighting a breach.
func truceToll(toks []ftok, i int) bool {
	r := runningClause(toks, i)
	if r < 0 {
		return false
	}
	for j := 0; j < r; j++ {
		if truceStoryAt(toks, j) && !(j > 0 && toks[j-1].w == "since" || j > 1 && toks[j-2].w == "since") {
			return true
		}
	}
	return false
}

// truceLead reports an article whose headline and lead tell a truce, a deal or talks and no attack or killing of its
// own: a running toll's clause ("to end weeks of fighting that has killed
// 100") and the fighting named as the truce's object ("fighting",
// "violence") are no attack. A lead that tells a truce broken by killing
// ("accused the rebels of breaching the truce, saying they killed 50")
// is a breach's news.
func truceLead(sents []factSentence) bool {
	truce := false
	for si := range sents {
		s := &sents[si]
		if s.index > 0 {
			break
		}
		toks := s.toks
		for j := 0; j < len(toks); j++ {
			if r := runningClause(toks, j); r >= 0 && toks[j].isNum {
				continue // the running toll's own words were read as the clause's
			}
			w := toks[j].w
			if truceStoryAt(toks, j) {
				truce = true
			}
			if runningFights.Has(w) || inRunningClause(toks, j) {
				continue
			}
			if harmWord(w) || strikeVerbs.Has(w) || toks[j].is(wcEventNoun) || violenceWords.Has(w) {
				return false
			}
		}
	}
	return truce
}

// inRunningClause reports token j inside a running toll's relative clause:
// between its "that has" and the count it ends with.
func inRunningClause(toks []ftok, j int) bool {
	for i := j + 1; i < len(toks) && i <= j+runningReach; i++ {
		if clauseStop(toks, i) {
			return false
		}
		if toks[i].isNum && !toks[i].year {
			if r := runningClause(toks, i); r >= 0 && r <= j {
				return true
			}
		}
	}
	// the words after the count to the clause's end ("... 100 people and
	// displaced over half a million")
	for i := j - 1; i >= 0 && i >= j-2*runningReach; i-- {
		if clauseStop(toks, i) {
			return false
		}
		if toks[i].isNum && !toks[i].year && runningClause(toks, i) >= 0 {
			return true
		}
	}
	return false
}

// leadTruceToll reports, in an article whose lead tells a truce
// (truceLead), a count at i told in the perfect ("More than 150,000 people
// have been killed", "Nearly 300,000 people have fled", "the fighting has
// also displaced more than 50,000", "are believed to have been killed")
// on no day of its own: the war's toll so far, the truce's background. A
// count since the truce ("killed since the ceasefire took effect"), one
// beside a breach ("violated", "despite") and one dated to a day
// ("yesterday", "on Monday") are an event's; a war's start after "since"
// ("since April 15") is no day of the count's.
func leadTruceToll(toks []ftok, i int) bool {
	perfect := false
	for j := max(0, i-runningReach); j < len(toks) && j <= i+runningReach; j++ {
		if j != i && clauseStop(toks, j) {
			if j < i {
				perfect = false
				continue
			}
			break
		}
		if w := toks[j].w; (w == "has" || w == "have") && (j == 0 || toks[j-1].w != "would") {
			for k := j + 1; k < len(toks) && k <= j+2; k++ {
				if runningPerfects.Has(toks[k].w) {
					perfect = true
				}
			}
		}
	}
	if !perfect {
		return false
	}
	for j, t := range toks {
		w := t.w
		if breachWords.Has(w) || spokenDay(w) {
			return false
		}
		if isWeekday(w) && !(j > 0 && toks[j-1].w == "since") && !saidOn(toks, j) {
			return false
		}
		if w == "since" {
			for k := j + 1; k < len(toks) && k <= j+4; k++ {
				if truceStoryAt(toks, k) || truceHalts.Has(toks[k].w) {
					return false // "since the pause in hostilities expired"
				}
			}
		}
	}
	return true
}

// truceHalts name a halt by no truce word: "pause", "lull".
var truceHalts = lang.WordSetOf(lang.TruceWords(lang.OtherHalt | lang.PauseWord))

// markTruceTolls marks as background, in an article whose lead tells a
// truce (truceLead), the counts its sentences give in the perfect as the
// war's so far (leadTruceToll).
func markTruceTolls(sents []factSentence, ms []mention) {
	if !truceLead(sents) {
		return
	}
	for i := range ms {
		m := &ms[i]
		if m.background || m.other || m.index < 0 {
			continue
		}
		if k := m.kind; k != &killedKind && k != &injuredKind && k != &displacedKind {
			continue
		}
		if leadTruceToll(sents[m.sent].toks, m.tok) {
			m.background = true
		}
	}
}

// truceStoryAt reports a truce, a deal or talks named at toks[j]: one of
// lang's story words, or "cease-fire" split at its hyphen.
func truceStoryAt(toks []ftok, j int) bool {
	return truceStories.Has(toks[j].w) || toks[j].w == "fire" && toks[j].hyph && j > 0 && toks[j-1].w == "cease"
}

// saidOn reports a weekday at j that dates a statement, not a deed: "said
// Monday", "said on Monday".
func saidOn(toks []ftok, j int) bool {
	k := j - 1
	if k >= 0 && toks[k].w == "on" {
		k--
	}
	return k >= 0 && sayVerbs.Has(toks[k].w)
}

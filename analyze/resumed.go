package analyze

import "github.com/conflict-digest/conflict-digest/lang"

// resumedFighting reports a sentence that tells fighting taken up again:
// "bombings have resumed", "a second day of renewed air strikes", "the army
// resumed its bombardment", "the resumption of hostilities". A resumption
// still to come ("will resume strikes") is none, nor are talks resumed.
// Its lists are read from the words' heads hs (headsOf(ws); nil: looked
// up here), whose docClass holds them, with no lookup a word.
func resumedFighting(ws []string, hs []*head) bool {
	if hs == nil {
		hs = headsOf(ws)
	}
	for i, h := range hs {
		switch {
		case h.is(dcRenew): // renewWords
			// "renewed (regime) air strikes", "the resumption of (the)
			// fighting", "resumed (its) bombardment"
			for k := i + 1; k < len(hs) && k <= i+3; k++ {
				if hs[k].is(dcFight) { // fightNouns
					return true
				}
			}
		case h.is(dcFight):
			// "bombings (have) resumed", "fighting resumes"
			for k := i + 1; k < len(hs) && k <= i+2; k++ {
				if hs[k].is(dcResumed) { // resumedVerbs
					return true
				}
			}
		}
	}
	return false
}

// renewWords open a resumption told before what was taken up again.
var renewWords = lang.ProcessWords(lang.RenewWord)

// resumedVerbs tell a resumption after what was taken up again.
var resumedVerbs = lang.ProcessWords(lang.ResumedVerb)

// fightNouns name fighting that a truce halts.
var fightNouns = lang.ProcessWords(lang.TrucedFight)

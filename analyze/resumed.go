package analyze

import "github.com/conflict-digest/conflict-digest/lang"

// resumedFighting reports a sentence that tells fighting taken up again:
// "bombings have resumed", "a second day of renewed air strikes", "the army
// resumed its bombardment", "the resumption of hostilities". A resumption
// still to come ("will resume strikes") is none, nor are talks resumed.
func resumedFighting(ws []string) bool {
	for i, w := range ws {
		switch {
		case renewWords.has(w):
			// "renewed (regime) air strikes", "the resumption of (the)
			// fighting", "resumed (its) bombardment"
			for k := i + 1; k < len(ws) && k <= i+3; k++ {
				if fightNouns.has(ws[k]) {
					return true
				}
			}
		case fightNouns.has(w):
			// "bombings (have) resumed", "fighting resumes"
			for k := i + 1; k < len(ws) && k <= i+2; k++ {
				if resumedVerbs.has(ws[k]) {
					return true
				}
			}
		}
	}
	return false
}

// renewWords open a resumption told before what was taken up again.
var renewWords = listOf(lang.ProcessWords(lang.RenewWord))

// resumedVerbs tell a resumption after what was taken up again.
var resumedVerbs = listOf(lang.ProcessWords(lang.ResumedVerb))

// fightNouns name fighting that a truce halts.
var fightNouns = listOf(lang.ProcessWords(lang.TrucedFight))

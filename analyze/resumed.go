package analyze

// resumedFighting reports a sentence that tells fighting taken up again:
// "bombings have resumed", "a second day of renewed air strikes", "the army
// resumed its bombardment", "the resumption of hostilities". A resumption
// still to come ("will resume strikes") is none, nor are talks resumed.
func resumedFighting(ws []string) bool {
	for i, w := range ws {
		switch {
		case renewWords[w]:
			// "renewed (regime) air strikes", "the resumption of (the)
			// fighting", "resumed (its) bombardment"
			for k := i + 1; k < len(ws) && k <= i+3; k++ {
				if fightNouns[ws[k]] {
					return true
				}
			}
		case fightNouns[w]:
			// "bombings (have) resumed", "fighting resumes"
			for k := i + 1; k < len(ws) && k <= i+2; k++ {
				if resumedVerbs[ws[k]] {
					return true
				}
			}
		}
	}
	return false
}

// renewWords open a resumption told before what was taken up again.
var renewWords = wordSet("renewed", "resumed", "resumes", "resuming", "resumption")

// resumedVerbs tell a resumption after what was taken up again.
var resumedVerbs = wordSet("resumed", "resumes", "resuming")

// fightNouns name fighting that a truce halts.
var fightNouns = wordSet("bombing", "bombings", "bombardment", "bombardments", "strikes", "airstrikes",
	"raids", "shelling", "fighting", "clashes", "attacks", "hostilities", "offensive", "assault", "combat")

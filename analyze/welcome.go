package analyze

import "github.com/conflict-digest/conflict-digest/lang"

// welcomeWords, welcomedDeals and soughtNouns are the words of a welcome,
// of an agreement it may take as its object and of a thing sought or
// offered that is no truce agreed (lang/lexicon/truces.tsv).
var (
	welcomeWords  = lang.WordSetOf(lang.TruceWords(lang.WelcomeWord))
	welcomedDeals = lang.WordSetOf(lang.TruceWords(lang.WelcomedDeal))
	soughtNouns   = lang.WordSetOf(lang.TruceWords(lang.SoughtNoun))
)

// welcomeReach is how many words after a welcome word its object may
// stand: "welcomed the announcement of an agreement", "welcomes Gaza
// ceasefire", "welcomed PKK's ceasefire declaration".
const welcomeReach = 5

// welcomesTruce reports a sentence that tells a welcome whose object is a
// truce or an agreement: "UN chief welcomes Gaza ceasefire, hostage deal",
// "Guterres has welcomed the announcement of an agreement to secure a
// ceasefire and hostage release" (issue 14, round h-status9: rwp11's fit
// half, the UN Secretary-General on the Gaza deal of October 2025). What a
// third party welcomes is what the parties did: the truce agreed or
// declared, not one sought. A plan, a proposal, a call or talks before the
// truce word are what is welcomed ("Iran welcomed the plan and called for
// monitoring of the truce", "welcomed the ceasefire proposal"), and a
// clause's turn or a relative word ends the object's reach.
func welcomesTruce(ws []string) bool {
	for i, w := range ws {
		if !welcomeWords.Has(w) {
			continue
		}
		for k := i + 1; k < len(ws) && k <= i+welcomeReach; k++ {
			x := ws[k]
			if soughtNouns.Has(x) || bidNouns.Has(x) || objectStops.Has(x) || relativeWords[x] {
				break
			}
			if truceWord(x) || welcomedDeals.Has(x) {
				// "welcomed the ceasefire proposal", "welcomes the truce
				// talks": a bid named by its truce.
				return k+1 >= len(ws) || !soughtNouns.Has(ws[k+1]) && !bidNouns.Has(ws[k+1])
			}
		}
	}
	return false
}

package analyze

import "github.com/conflict-digest/conflict-digest/lang"

// bidNouns name a bid whose object is the truce word before them:
// "ceasefire talks", "a truce attempt", "the ceasefire bid".
var bidNouns = lang.WordSetOf(lang.TruceWords(lang.BidNoun))

// otherHalts name a halt in fighting other than by a truce word: a sentence
// that names one tells more than a bid.
var otherHalts = lang.WordSetOf(lang.TruceWords(lang.OtherHalt))

// truceBidOnly reports a sentence that names a truce only as the object of
// a bid ("Iraq's government is engaged in cease-fire talks with Sunni
// leaders", "America's ceasefire attempt failed", "the truce negotiations
// ended without a deal"): a truce sought, not one in force, and the bid's
// failure or end is no truce's collapse (issue 14, h-status4: fit errors of
// the truce set, AG News World and the fitted short reports).
func truceBidOnly(ws []string) bool {
	bid := false
	for i, w := range ws {
		if otherHalts.Has(w) {
			return false
		}
		if !truceWord(w) || w == "cessation" {
			continue
		}
		if i+1 >= len(ws) || !bidNouns.Has(ws[i+1]) || possessiveWord(w) {
			return false
		}
		bid = true
	}
	return bid
}

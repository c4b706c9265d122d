package analyze

import (
	"github.com/conflict-digest/conflict-digest/lang"
)

// pauseNouns name a truce, a pause or a halt as a noun ("ceasefire",
// "suspension", "lull"), and startObjects its start ("come into effect");
// a proposal cue's object that holds one is a halt sought or to come.
var (
	pauseNouns   = lang.WordSetOf(lang.TruceWords(lang.PauseWord))
	startObjects = lang.WordSetOf(lang.TruceWords(lang.TruceStart))
)

// aimBefore is how many words before a proposal cue a halt may name the
// cue's object as a compound ("a ceasefire proposal", "the truce offer"),
// and aimAfter how many after the cue its object may stand ("calls for an
// immediate and unconditional ceasefire", "called on both sides to agree
// to a truce").
const (
	aimBefore = 2
	aimAfter  = 10
)

// proposalAimed reports a proposal cue at words[at:end] whose object names
// a halt: a truce or pause word, a halt verb ("to stop fighting", "to
// respect the agreement") or a word of its start ("is expected to come
// into effect"), within aimAfter words after it, or a truce
// word just before it (aimBefore). "Ready for a possibility in which
// Hamas may violate the cease-fire" and "pending the government's levy of
// a social tax" are aimed elsewhere.
func proposalAimed(words []string, at, end int) bool {
	for i := max(0, at-aimBefore); i < at; i++ {
		if truceWord(words[i]) {
			return true
		}
	}
	for i := at; i < len(words) && i < end+aimAfter; i++ {
		w := words[i]
		if truceWord(w) || pauseNouns.Has(w) || haltVerbs.Has(w) || startObjects.Has(w) {
			return true
		}
		if i >= end && (relativeWords[w] || objectStops.Has(w)) {
			return false
		}
	}
	return false
}

// proposalOffAim reports a sentence whose proposal cues all aim at
// something other than a halt (proposalAimed) while it tells the truce
// itself as there: declared, agreed or holding outright (a developed
// in-effect cue, nothing possible), or its breach feared (imperiled).
// "Troops are ready for a possibility in which Hamas may violate the
// cease-fire" (the truce set's fit half), "the ELN announced the
// suspension of its bombings pending the government's levy of a tax"
// (Reuters 1987 fit half): the readiness and the condition are not a
// truce sought (issue 14, round h-status8).
func proposalOffAim(sc *scored, sp *spans) bool {
	if sp.offAim == 0 || sp.aimed > 0 || sc.w[fProposed] == 0 {
		return false
	}
	return sc.imperiled || sc.w[fHypo] == 0 && sc.w[fPreTruce] == 0 && sc.w[fInEffect] >= developed
}

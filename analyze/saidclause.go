package analyze

import "github.com/conflict-digest/conflict-digest/lang"

// saidClauseWords open a clause of someone's words after a report: "...,
// saying the accord would bring calm", "..., warning that troops would
// act", "even as officers asserted there would be no easing".
var saidClauseWords = lang.WordSetOf(lang.ReportingWords(lang.SaidClause))

// othersModal reports a sentence whose every possibility (a hypothetical
// cue) is voiced in a clause of someone's words that follows the truce and
// a state of it told outright: "The cabinet hailed the signing of a
// ceasefire agreement, saying the accord would bring calm", "the army
// accused the rebels of breaching a ceasefire, saying ... and warning that
// troops would protect the villagers". The possibility is the speaker's,
// of what the truce brings or of what comes next, not the truce's: the
// truce stays signed or breached (issue 14, round h-status6: the fit
// halves of cf2 and cf3, three reports of three wars). A truce word or a
// state cue in the said clause ("officials warned the truce could
// collapse") leaves the possibility the truce's. said is where the
// clause opens: the proposal cues past it ("would bring") are the
// speaker's too.
func othersModal(w *weights, sp *spans, ws []string) (said int, ok bool) {
	if w[fCeasefire] < 0.5 || w[fHypo] == 0 || max(w[fInEffect], w[fViolated]) < developed {
		return 0, false
	}
	// the first clause of someone's words after the truce's state
	from := -1
	for _, f := range [...]feature{fInEffect, fViolated} {
		if w[f] >= developed && (from < 0 || int(sp.first[f]) < from) {
			from = int(sp.first[f])
		}
	}
	said = -1
	for i := max(from, int(sp.first[fCeasefire])) + 1; i < len(ws); i++ {
		if saidClauseWords.Has(ws[i]) {
			said = i
			break
		}
	}
	if said < 0 || int(sp.first[fHypo]) < said || int(sp.last[fCeasefire]) > said {
		return 0, false
	}
	for _, f := range [...]feature{fViolated, fCollapsed, fDespite, fPreTruce} {
		if w[f] > 0 && int(sp.last[f]) > said {
			return 0, false
		}
	}
	return said, true
}

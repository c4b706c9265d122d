package analyze

import "github.com/conflict-digest/conflict-digest/lang"

// Violence named in news of other business rather than reported (issue 14,
// h-viol14): a killing named as a charge in a party's words, and an attack
// named as the grounds of a body's decision.

var (
	chargePreps = lang.WordSetOf(lang.PrepositionWords(lang.ChargePrep))
	chargeNext  = lang.WordSetOf(lang.PrepositionWords(lang.ChargeNext))
	decisionAct = lang.WordSetOf(lang.DecisionWords(lang.DecisionAct))
	groundsVerb = lang.WordSetOf(lang.DecisionWords(lang.GroundsVerb))
	answerWords = lang.WordSetOf(lang.DecisionWords(lang.AnswerWord))
)

// chargeCap is the most violence a sentence holds whose only violence is a
// charge (killingAsCharge): a hint, as violence threatened is.
const chargeCap = 0.3

// killingAsCharge reports whether ws[i] is "killing" read as a mass noun: a
// preposition governs it (chargePreps: "the scale of killing", "complicity
// in killing") and it takes no object, the sentence ending with it or going
// on with a place's preposition (chargeNext: "the scale of killing in the
// region is unprecedented"). Such a killing is a charge in a party's words,
// no killing of a day reported. With an object ("accused of killing
// civilians", "of killing at least 20") or its own ("the killing of 12
// villagers") the word keeps its weight.
func killingAsCharge(ws []string, i int) bool {
	if ws[i] != "killing" || i == 0 || !chargePreps.Has(ws[i-1]) {
		return false
	}
	return i+1 == len(ws) || chargeNext.Has(ws[i+1])
}

// chargedKilling reports a sentence that names a killing as a charge
// (killingAsCharge).
func chargedKilling(ws []string) bool {
	for i, w := range ws {
		if w == "killing" && killingAsCharge(ws, i) { // the word's test inline: one call for few words
			return true
		}
	}
	return false
}

// groundsReach is how many words after a decision's grounds word its
// first violence cue may stand: "the Union's response to the threat posed
// by the group and its brutal attacks".
const groundsReach = 12

// decisionGrounds reports a sentence whose violence cues all stand after a
// word that makes them a decision's grounds, a verb ("the move follows the
// killing of the general in an airstrike") or a noun before "to" or "for"
// ("this decision falls within the framework of the response to the
// threat posed by the group and its brutal attacks"), with a word of the
// decision (decisionAct: move, decision, vote, sanctions) before it and the
// first cue within groundsReach words of it. The attack is what the
// decision answers, its background (the labelling guide), not an attack
// the sentence reports. A cue before the grounds word is the sentence's own
// news ("jets struck militant positions in response to rocket fire").
func decisionGrounds(ws []string, sp *spans) bool {
	first := int(sp.first[fViolence])
	if first < 2 || first >= len(ws) {
		return false
	}
	for p := max(1, first-groundsReach); p < first; p++ {
		switch {
		case groundsVerb.Has(ws[p]):
		case answerWords.Has(ws[p]) && (ws[p+1] == "to" || ws[p+1] == "for"):
		default:
			continue
		}
		for _, w := range ws[:p] {
			if decisionAct.Has(w) {
				return true
			}
		}
	}
	return false
}

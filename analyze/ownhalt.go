package analyze

import "github.com/conflict-digest/conflict-digest/lang"

// ownHalt reports a sentence that tells a halt one side declares for
// itself (issue 14, round h-status3): its own men told to stop ("ordered
// his fighters to stop fighting", "called on its forces to halt
// attacks") or its own halt announced ("the ministry said it would halt
// fire for three hours each day", "Israel says will scale back Gaza
// offensive", "said it was easing its offensive"). The labelling guide's
// "declared": a truce in force, not one called for, whatever "call" or
// "would" the sentence holds. A call on another side ("called on the
// rebels to stop fighting"), a halt offered on a condition ("would halt
// fire if the army withdrew") and one refused ("would not halt") are not.
func ownHalt(ws []string) bool {
	for _, w := range ws {
		if haltConditions.Has(w) {
			return false
		}
	}
	for i, w := range ws {
		switch {
		case ownOrderVerbs.Has(w) && ownMenTold(ws, i+1):
			return true
		case sayVerbs.Has(w) && ownHaltSaid(ws, i+1):
			return true
		}
	}
	return false
}

// haltConditions make a halt an offer on terms, no halt declared.
var haltConditions = lang.WordSetOf(lang.TruceWords(lang.HaltCondition))

// ownOrderVerbs tell a leader's word to his own men.
var ownOrderVerbs = lang.WordSetOf(lang.TruceWords(lang.OwnOrderVerb))

// ownPossessives name the speaker's own side.
var ownPossessives = lang.WordSetOf(lang.DeterminerWords(lang.OwnPossessive))

// ownMen are the armed men a side commands.
var ownMen = lang.WordSetOf(lang.TruceWords(lang.OwnMen))

// haltVerbs are a halt told as a deed to do or done.
var haltVerbs = lang.WordSetOf(lang.TruceWords(lang.HaltVerb))

// ownMenTold reports, at ws[i:], "(on|for) his/its [...] fighters [...] to
// stop": the speaker's own men told to halt.
func ownMenTold(ws []string, i int) bool {
	if i < len(ws) && (ws[i] == "on" || ws[i] == "for" || ws[i] == "upon") {
		i++
	}
	if i >= len(ws) || !ownPossessives.Has(ws[i]) {
		return false
	}
	for k := i + 1; k < len(ws) && k <= i+3; k++ {
		if !ownMen.Has(ws[k]) {
			continue
		}
		for j := k + 1; j+1 < len(ws) && j <= k+6; j++ {
			if ws[j] == "to" {
				return haltVerbs.Has(ws[j+1])
			}
		}
		return false
	}
	return false
}

// sayVerbs announce a side's own decision.
var sayVerbs = lang.WordSetOf(lang.ReportingWords(lang.DeclareVerb))

// ownHaltSaid reports, at ws[i:], "(on Friday) (it|they) would|will|was
// halt(ing)": a side's own halt announced, its subject the speaker.
func ownHaltSaid(ws []string, i int) bool {
	if i+1 < len(ws) && ws[i] == "on" {
		i += 2 // "said on Friday it was easing"
	}
	if i < len(ws) && (ws[i] == "it" || ws[i] == "they") {
		i++
	}
	if i >= len(ws) {
		return false
	}
	switch ws[i] {
	case "would", "will", "was", "is", "were", "are":
		i++
	default:
		return false
	}
	if i < len(ws) && (ws[i] == "temporarily" || ws[i] == "immediately" || ws[i] == "be") {
		i++
	}
	return i < len(ws) && haltVerbs.Has(ws[i]) && ws[i] != "end" && ws[i] != "ending"
}

// ordersHalt reports a word of an order or a call: a headline's "Cleric
// calls on militia to stop fighting" sums up the lead's "called on his
// followers to end the fighting".
func ordersHalt(ws []string) bool {
	for _, w := range ws {
		if ownOrderVerbs.Has(w) {
			return true
		}
	}
	return false
}

// ownInLead reports a lead sentence of the text that tells a halt one
// side declares for itself (scored.own).
func ownInLead(ss []scored) bool {
	for i := range ss {
		if ss[i].lead && ss[i].index >= 0 && ss[i].own {
			return true
		}
	}
	return false
}

package analyze

import "github.com/conflict-digest/conflict-digest/lang"

// A decision is what a body decided in talks: a veto, a vote, a resolution
// adopted or rejected. A report of a session tells the decision as its
// news ("Russia vetoed the draft"), the speeches before it as colour.
var (
	vetoWords = lang.DecisionWords(lang.VetoWord)
	// decisionVerbs decide on a decisionObject in the same sentence.
	decisionVerbs   = lang.DecisionWords(lang.DecisionVerb)
	decisionObjects = lang.DecisionWords(lang.DecisionObject)
)

// StatesDecision reports whether sentence s tells a decision: a veto ("Russia
// vetoed a Western-drafted resolution"), or a resolution, draft, motion or
// bill adopted, passed, rejected, blocked or voted on.
func StatesDecision(s string) bool {
	return statesDecision(headsOf(lang.Words(s)))
}

// statesDecision is StatesDecision of a sentence given the heads of its
// words.
func statesDecision(hs []*head) bool {
	verb, object := false, false
	for _, h := range hs {
		if h.is(dcVeto) {
			return true
		}
		verb = verb || h.is(dcDecisionVerb)
		object = object || h.is(dcDecisionObject)
	}
	return verb && object
}

package analyze

import "github.com/conflict-digest/conflict-digest/lang"

// A decision is what a body decided in talks: a veto, a vote, a resolution
// adopted or rejected. A report of a session tells the decision as its
// news ("Russia vetoed the draft"), the speeches before it as colour.
var (
	vetoWords = map[string]bool{"vetoed": true, "vetoes": true, "vetoing": true, "veto": true}
	// decisionVerbs decide on a decisionObject in the same sentence.
	decisionVerbs = map[string]bool{
		"adopted": true, "adopts": true, "approved": true, "approves": true, "rejected": true, "rejects": true,
		"passed": true, "passes": true, "endorsed": true, "endorses": true, "voted": true, "votes": true,
		"ratified": true, "ratifies": true, "blocked": true, "blocks": true,
	}
	decisionObjects = map[string]bool{
		"resolution": true, "resolutions": true, "draft": true, "motion": true, "bill": true, "text": true,
	}
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

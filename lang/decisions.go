package lang

import _ "embed"

// DecisionKind is a set of the kinds of lexicon/decisions.tsv: the words
// of a decision a body took in talks.
type DecisionKind uint8

// The kinds of lexicon/decisions.tsv.
const (
	VetoWord       DecisionKind = 1 << iota // "vetoed", "veto"
	DecisionVerb                            // "adopted", "rejected": decided on a decision's object
	DecisionObject                          // "resolution", "draft": what a body decides on
	DecisionAct                             // "move", "decision": a decision as the subject of its grounds
	GroundsVerb                             // "follows": what comes after it is a decision's grounds
	AnswerWord                              // "response", "retaliation": the same before "to" or "for"
)

var decisionKindNames = map[string]DecisionKind{"veto": VetoWord, "verb": DecisionVerb, "object": DecisionObject,
	"act": DecisionAct, "grounds": GroundsVerb, "answer": AnswerWord}

//go:embed lexicon/decisions.tsv
var decisionsData string

var decisionWords = flagTable("decisions.tsv", decisionsData, decisionKindNames)

// DecisionWords returns the words of lexicon/decisions.tsv of any of the
// kinds asked, as a new set of the caller's.
func DecisionWords(kinds DecisionKind) map[string]bool { return wordsWith(decisionWords, kinds) }

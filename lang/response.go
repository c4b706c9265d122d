package lang

import _ "embed"

// ResponseKind is a set of the kinds of lexicon/response.tsv: the words
// that tell one side's act as an answer to another's.
type ResponseKind uint8

// The kinds of lexicon/response.tsv.
const (
	AnswerVerb ResponseKind = 1 << iota // "retaliated", "responded"
	AnswerNoun                          // "retaliatory", "reprisal"
)

var responseKindNames = map[string]ResponseKind{"verb": AnswerVerb, "noun": AnswerNoun}

//go:embed lexicon/response.tsv
var responseData string

var responseWords = flagTable("response.tsv", responseData, responseKindNames)

// ResponseWords returns the words of lexicon/response.tsv of any of the
// kinds asked, as a new set of the caller's.
func ResponseWords(kinds ResponseKind) map[string]bool { return wordsWith(responseWords, kinds) }

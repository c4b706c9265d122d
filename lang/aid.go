package lang

import _ "embed"

// AidKind is a set of the kinds of lexicon/aid.tsv: the verbs that tell
// aid reaching people, as analysis's aid reader takes them.
type AidKind uint8

// The kinds of lexicon/aid.tsv.
const (
	AidTaken AidKind = 1 << iota // "received", "benefited": people took the aid
	AidGiven                     // "distributed", "provided": the aid given to them
)

var aidKindNames = map[string]AidKind{"taken": AidTaken, "given": AidGiven}

//go:embed lexicon/aid.tsv
var aidData string

var aidWords = flagTable("aid.tsv", aidData, aidKindNames)

// AidWords returns the words of lexicon/aid.tsv of any of the kinds
// asked, as a new set of the caller's.
func AidWords(kinds AidKind) map[string]bool { return wordsWith(aidWords, kinds) }

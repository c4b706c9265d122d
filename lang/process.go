package lang

import _ "embed"

// ProcessKind is a set of the kinds of lexicon/process.tsv: the words
// that tell a process stopped or went on again, the processes a
// category's change of state is of, and a resumption of fighting.
type ProcessKind uint8

// The kinds of lexicon/process.tsv.
const (
	ProcessState ProcessKind = 1 << iota // "resumed", "suspended": a process stopped or went on
	AidProcess                           // "aid", "convoys", "evacuation": humanitarian's processes
	TalksProcess                         // "talks", "negotiations": talks' processes
	RenewWord                            // "renewed", "resumption": before what was taken up again
	ResumedVerb                          // "resumed": after what was taken up again
	TrucedFight                          // "shelling", "hostilities": fighting a truce halts
)

var processKindNames = map[string]ProcessKind{"state": ProcessState, "aid": AidProcess, "talks": TalksProcess,
	"renew": RenewWord, "resumed": ResumedVerb, "fight": TrucedFight}

//go:embed lexicon/process.tsv
var processData string

var processWords = flagTable("process.tsv", processData, processKindNames)

// ProcessWords returns the words of lexicon/process.tsv of any of the
// kinds asked, as a new set of the caller's.
func ProcessWords(kinds ProcessKind) map[string]bool { return wordsWith(processWords, kinds) }

package lang

import (
	_ "embed"
	"strings"
)

// DoingKind is a set of the kinds of lexicon/doing.tsv.
type DoingKind uint8

// NotDoing is the one kind of lexicon/doing.tsv: words in "-ing" after
// "was" or "were" that tell no one's doing.
const NotDoing DoingKind = 1

//go:embed lexicon/doing.tsv
var doingData string

var doingTable = flagTable("doing.tsv", doingData, map[string]DoingKind{"notdoing": NotDoing})

// WasDoing reports "was" or "were" before a present participle ("was
// carrying", "were waiting"): what someone or something was doing when an
// event happened (round h-orig3). A source that tells it gives a
// circumstance of its own, not the count told before. The words of
// lexicon/doing.tsv are not: a passive ("were being treated"), a count
// moving ("was rising"), people dying, on the move or in shelter, and
// nouns in "-ing".
func WasDoing(be, w string) bool {
	return (be == "was" || be == "were") && len(w) > 5 && strings.HasSuffix(w, "ing") && doingTable[w]&NotDoing == 0
}

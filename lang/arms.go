package lang

import _ "embed"

// ArmsKind is a set of the kinds of lexicon/arms.tsv: the words of arms
// moved, not fired, and of what a capture takes.
type ArmsKind uint8

// The kinds of lexicon/arms.tsv.
const (
	ArmsNoun   ArmsKind = 1 << iota // "explosives", "rockets": arms and munitions
	FoundWord                       // "seized", "massing", "cache": arms found, held or moved
	RankNoun                        // "aide", "commander": a person of rank a capture arrests
	GroundNoun                      // "town", "airport": ground a capture takes
	GoodsNoun                       // "narcotics", "cannabis": contraband seized as arms are
)

var armsKindNames = map[string]ArmsKind{"arms": ArmsNoun, "found": FoundWord, "rank": RankNoun, "ground": GroundNoun, "goods": GoodsNoun}

//go:embed lexicon/arms.tsv
var armsData string

var armsWords = flagTable("arms.tsv", armsData, armsKindNames)

// ArmsWords returns the words of lexicon/arms.tsv of any of the kinds
// asked, as a new set of the caller's.
func ArmsWords(kinds ArmsKind) map[string]bool { return wordsWith(armsWords, kinds) }

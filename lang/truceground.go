package lang

import _ "embed"

// TruceGroundKind is a set of the kinds of lexicon/truceground.tsv: the
// words that tell a truce story's background tolls (the war's or the
// fighting's so far) from its own event's figures (round h-fig55).
type TruceGroundKind uint8

// The kinds of lexicon/truceground.tsv.
const (
	RunningFight   TruceGroundKind = 1 << iota // "fighting", "combat": a running toll's fighting
	FreshFight                                 // "renewed", "fresh" before it: a breach
	TruceStory                                 // "ceasefire", "talks": a truce story's news
	BreachWord                                 // "violated", "despite": a truce broken
	RunningPerfect                             // "been", "claimed", "fled" after "has" or "have"
)

var truceGroundKindNames = map[string]TruceGroundKind{"running": RunningFight, "fresh": FreshFight,
	"story": TruceStory, "breach": BreachWord, "perfect": RunningPerfect}

//go:embed lexicon/truceground.tsv
var truceGroundData string

var truceGroundWords = flagTable("truceground.tsv", truceGroundData, truceGroundKindNames)

// TruceGroundWords returns the words of lexicon/truceground.tsv of any of
// the kinds asked, as a new set of the caller's.
func TruceGroundWords(kinds TruceGroundKind) map[string]bool {
	return wordsWith(truceGroundWords, kinds)
}

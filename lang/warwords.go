package lang

import _ "embed"

// WarKind is a set of the kinds of lexicon/war.tsv: the words of a war
// and its violence that tell whose a count is, the day's event's or a
// whole war's, an earlier event's or a follow-up's.
type WarKind uint16

// The kinds of lexicon/war.tsv.
const (
	WarName       WarKind = 1 << iota // "war", "uprising", "unrest": a whole war
	WholeWar                          // "war", "invasion": a war whose onset dates its total
	WarScope                          // "war", "insurgency" after "in the"
	ConflictName                      // "conflict", "clashes": one fighting, no whole war
	EventNoun                         // "attack", "massacre": an attack a count may be the toll of
	PastEvent                         // "killings", "incident": an earlier event's noun
	FollowedEvent                     // "attack", "siege": what a follow-up story follows
	ChargeWord                        // "charged", "arrested": a follow-up's charges
	InquiryWord                       // "investigation", "trial": a follow-up's inquiry
	ViolenceWord                      // "fighting", "shelled": fighting without a count's verb
	StrikeVerb                        // "bombs", "struck": an attack in any tense
	BeganWord                         // "erupted", "escalated": fighting started
	StartWord                         // "launched", "since": the start of something
	BlameWord                         // "responsibility", "blamed" before "for": the event reported
	Superlative                       // "deadliest", "worst": an event compared with the past
	FoundingWord                      // "founding", "declaration" after "since": a body's beginning
)

var warKindNames = map[string]WarKind{"war": WarName, "whole": WholeWar, "scope": WarScope,
	"conflict": ConflictName, "event": EventNoun, "past": PastEvent, "followed": FollowedEvent,
	"charge": ChargeWord, "inquiry": InquiryWord, "violence": ViolenceWord, "strike": StrikeVerb,
	"began": BeganWord, "start": StartWord, "blame": BlameWord, "superlative": Superlative,
	"founding": FoundingWord}

//go:embed lexicon/war.tsv
var warData string

var warWords = flagTable("war.tsv", warData, warKindNames)

// WarWords returns the words of lexicon/war.tsv of any of the kinds
// asked, as a new set of the caller's.
func WarWords(kinds WarKind) map[string]bool { return wordsWith(warWords, kinds) }

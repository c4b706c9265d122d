package lang

import _ "embed"

// DeterminerKind is a set of the kinds of lexicon/determiners.tsv: the
// determiners, possessives and quantity words a rule of analysis, stories or the digest reads
// before a noun or a number.
type DeterminerKind uint32

// The kinds of lexicon/determiners.tsv.
const (
	// StrikeFiller: the words that may stand between a strike and its target
	// and the target's state: "struck a Syrian airbase", "strikes on two
	// Syrian army positions".
	StrikeFiller DeterminerKind = 1 << iota
	// RecapDeterminer: words that before a noun and "on" make the date after
	// them the name of an event told before ("the attack on August 21"), not
	// the day of the lead's.
	RecapDeterminer
	// SayerDeterminer: words that open a source named by what it is.
	SayerDeterminer
	// SingleDeterminer: words that open a phrase naming one person.
	SingleDeterminer
	// OwnPossessive: words that name the speaker's own side.
	OwnPossessive
	// CountFiller: words that may stand between a verb and its number ("killed
	// a total of 14").
	CountFiller
	// AddedBefore: the words before a count that add it to earlier ones.
	AddedBefore
	// RateDeterminer: words that before a span of time make a count a rate:
	// "every day", "each year", "per month".
	RateDeterminer
	// SubsetWord: words that introduce a part of a count already given ("18
	// people including five children"): the part is not added.
	SubsetWord
	// DayCounter: words that count a campaign's days as an ordinal does: "the
	// third straight day", "another day".
	DayCounter
	// AddedWord: words that before a count tell it as more on top of another:
	// "Another 12 were killed in the city".
	AddedWord
	// PartyCountWord: words that open a pointer to parties a report counted
	// before: "The two groups", "The three men".
	PartyCountWord
	// RouteAdjective: function words that stand before a route noun told
	// before: "the only road", "the same route".
	RouteAdjective
	// ContextAdjective: words that tie a context to the one told before: "the
	// same", "a related".
	ContextAdjective
	// ManyWord: the words of many before the places of a round-up: "in several
	// provinces", "on various fronts".
	ManyWord
	// Appositive: words that open a second name for the same source: "The
	// Civil Defense another activist group said".
	Appositive
	// NounDeterminer: words that before "claim" make it the noun; "to" before
	// "claim" or "confirm" makes it a purpose or a refusal ("refused to
	// confirm").
	NounDeterminer
	// ObjectPronoun: words that stand for a source named before after
	// "according to".
	ObjectPronoun
	// SubjectPronoun: the pronouns that stand for a source named before and
	// that no name modifies: "... Sheikh Said it said".
	SubjectPronoun
	// SpokesOwner: the words before "spokesman" that make him the body's: "its
	// spokesman", "the body's spokesman".
	SpokesOwner
	// SourceDeterminer: words that before sources make them ones named before
	// ("these sources") or join them to others ("local and media sources",
	// listed sources the rules for lists read).
	SourceDeterminer
	// GroupClaim: words that open what a group says of its own deeds: "said it
	// had killed".
	GroupClaim
	// OwnForce: words that before a war noun in a state's own statement are
	// its forces: "Iraq said its warplanes killed 30", "Radio Kabul said
	// government troops killed 45".
	OwnForce
)

var determinerKindNames = map[string]DeterminerKind{
	"strikefiller":  StrikeFiller,
	"recap":         RecapDeterminer,
	"sayer":         SayerDeterminer,
	"single":        SingleDeterminer,
	"own":           OwnPossessive,
	"countfiller":   CountFiller,
	"added":         AddedBefore,
	"rate":          RateDeterminer,
	"subset":        SubsetWord,
	"daycounter":    DayCounter,
	"addedword":     AddedWord,
	"partycount":    PartyCountWord,
	"route":         RouteAdjective,
	"context":       ContextAdjective,
	"many":          ManyWord,
	"appositive":    Appositive,
	"noundet":       NounDeterminer,
	"objectpronoun": ObjectPronoun,
	"pronoun":       SubjectPronoun,
	"spokesowner":   SpokesOwner,
	"sourcedet":     SourceDeterminer,
	"groupclaim":    GroupClaim,
	"ownforce":      OwnForce,
}

//go:embed lexicon/determiners.tsv
var determinerData string

var determinerWords = flagTable("determiners.tsv", determinerData, determinerKindNames)

// DeterminerWords returns the words of lexicon/determiners.tsv of any of the kinds
// asked, as a new set of the caller's.
func DeterminerWords(kinds DeterminerKind) map[string]bool { return wordsWith(determinerWords, kinds) }

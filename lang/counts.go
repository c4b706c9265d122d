package lang

import _ "embed"

// CountKind is a set of the kinds of lexicon/counts.tsv: the words around a
// count that tell what it is: a toll's links and moves, a label's or a
// measure's words that make a number no count, and the verbs of harm,
// capture and shelter beside a count.
type CountKind uint32

// The kinds of lexicon/counts.tsv.
const (
	// TollLink: the words that may stand between "toll" and its number: "toll
	// rose to 126".
	TollLink CountKind = 1 << iota
	// RiseWord: words that tell a toll that moved up to the count after them:
	// "has become around 40", "rose to 25", "has climbed to 30".
	RiseWord
	// RangeBreaker: words that before "N to M" make it a change, not a range:
	// "rose from 58 to 72", "increased by 5 to 30".
	RangeBreaker
	// BringVerb: the verbs that bring a running total to its new value.
	BringVerb
	// InitialTollNoun: the nouns that name a count as a toll: "the initial
	// toll".
	InitialTollNoun
	// IncludeWord: words that state a part of the toll before them: "the dead
	// included".
	IncludeWord
	// MeasureWord: words that after a number make it no head count, as a unit
	// of measure does (lang.Unit): an age ("old"), a time of day, an ordinal's
	// ending, a scale.
	MeasureWord
	// LabelWord: words that name a unit or an item by its number ("Brigade
	// 93", "Resolution 2254", "No. 7", a disease's "COVID-19"): the number is
	// a label, not a count.
	LabelWord
	// PlaceLabel: the label words of a place or an office, whose number a
	// count of people may follow with no comma ("As per the control room 135
	// people have died", "in the district 42 civilians were killed").
	PlaceLabel
	// ThingWord: the things a number counts that are not people: streets,
	// tonnes, tents, rockets, buildings; and the gatherings an agency holds,
	// which count its meetings, not people ("ten focus group discussions with
	// displaced communities").
	ThingWord
	// FallVerb: the forms of "fall" in "fell victim to".
	FallVerb
	// VictimOfOther: harms one falls victim to that are no death.
	VictimOfOther
	// LivesVerb: the verbs that take lives: "claimed 12 lives", "cost at least
	// 30 lives".
	LivesVerb
	// LostWord: the forms of "lose" in "lost their life".
	LostWord
	// BaseVerb: the plain forms of verbs of a kind: after "to" they tell of an
	// intent or a threat, not a count of the done.
	BaseVerb
	// TransferWord: words that move the wounded: "died since being brought
	// from Syria".
	TransferWord
	// HeldWord: words that open a participle phrase that tells where or how
	// the counted were held before the aside that names them: "being held
	// captive in Foo", "held by the militia", "taken hostage in May".
	HeldWord
	// SeekWord: words that before "shelter" make it the displaced's: "have
	// sought shelter", "are taking shelter" (not "500 shelter kits").
	SeekWord
	// AsideAdverb: words that may stand before the participle of an aside:
	// "seriously wounded", "badly hurt".
	AsideAdverb
	// NumberVerb: words that come between "the number of X" and what it comes
	// to.
	NumberVerb
	// FigureLink: the words between a noun and the figure a report gives it
	// ("is 1.54", "of USD 1.44 billion", "stands at 791").
	FigureLink
	// ClockWord: words that follow a time of day.
	ClockWord
	// NumberingWord: nouns a figure after numbers ("week 23", "epi-week 24",
	// "Issue 25", "phase 2"): which one, not how many.
	NumberingWord
	// WeekWord: words that name a numbered period of a report ("in week 15"):
	// its number is no figure between "the number of X" and what it comes to.
	WeekWord
	// CumulativeWord: words that cumulativeWords, right before "number of",
	// make it a report's total.
	CumulativeWord
	// ReferenceWord: words that number the parts of a report a sentence points
	// to.
	ReferenceWord
	// TollRevision: words that revise a count: an attribution word only before
	// a toll ("the ministry raised the death toll to 12", "police revised
	// their count"), the reviser's own count.
	TollRevision
	// RevisedTollNoun: the counts tollRevisions revise.
	RevisedTollNoun
	// TollRaiser: words that open a clause that adds a count to a toll after a
	// closing ", X said,": "taking the toll to 40", "bringing the death toll
	// to 12".
	TollRaiser
	// TallyNoun: nouns a monitor tallies many events by, whose count before
	// a toll makes the toll their sum ("312 incidents of shelling ...,
	// killing 48").
	TallyNoun
	// EstimateVerb: the forms of "estimate" that, before "that" and a count
	// ("the team estimates that 21,000 ..."), or as the adjective of a noun
	// that points back to the count ("92,053 ... (this estimated figure is
	// yet to be verified)"), make the count an estimate: about (h-fig54).
	EstimateVerb
	// EstimateNoun: the nouns "this estimated ..." names a count by.
	EstimateNoun
)

var countKindNames = map[string]CountKind{
	"tolllink":      TollLink,
	"rise":          RiseWord,
	"rangebreaker":  RangeBreaker,
	"bring":         BringVerb,
	"initialtoll":   InitialTollNoun,
	"include":       IncludeWord,
	"measure":       MeasureWord,
	"label":         LabelWord,
	"placelabel":    PlaceLabel,
	"thing":         ThingWord,
	"fall":          FallVerb,
	"victimofother": VictimOfOther,
	"lives":         LivesVerb,
	"lost":          LostWord,
	"base":          BaseVerb,
	"transfer":      TransferWord,
	"held":          HeldWord,
	"seek":          SeekWord,
	"asideadverb":   AsideAdverb,
	"numberverb":    NumberVerb,
	"figurelink":    FigureLink,
	"clock":         ClockWord,
	"numbering":     NumberingWord,
	"week":          WeekWord,
	"cumulative":    CumulativeWord,
	"reference":     ReferenceWord,
	"revision":      TollRevision,
	"revisedtoll":   RevisedTollNoun,
	"raiser":        TollRaiser,
	"tally":         TallyNoun,
	"estimate":      EstimateVerb,
	"estimatenoun":  EstimateNoun,
}

//go:embed lexicon/counts.tsv
var countData string

var countWords = flagTable("counts.tsv", countData, countKindNames)

// CountingWords returns the words of lexicon/counts.tsv of any of the kinds
// asked, as a new set of the caller's.
func CountingWords(kinds CountKind) map[string]bool { return wordsWith(countWords, kinds) }

package lang

import _ "embed"

// StemKind is a set of the kinds of lexicon/stems.tsv: the starts and ends
// of words that rules match by prefix or by suffix, and the short lists they
// try one by one, in the order they try them.
type StemKind uint16

// The kinds of lexicon/stems.tsv.
const (
	// AidSectorStem: the starts of the words of aid work that is no emergency
	// (coordination, funding, development, health programmes, agriculture and
	// the climate), each matched against one word; reading them as phrases
	// would move the trained gate.
	AidSectorStem StemKind = 1 << iota
	// ActionStem: words that name the act of a fight a toll is of, by the
	// start of its words: "strikes" and "airstrike" are strikes, "bombing" and
	// "bombardment" bombing.
	ActionStem
	// SourceAdjEnd: the endings of an adjective before "sources"
	// ("diplomatic", "judicial", "western", "humanitarian", "independent"): a
	// verb or a noun before them ("were killed sources said" in text without
	// its commas) is none.
	SourceAdjEnd
	// CreditWord: words that mark a photo or agency credit in parentheses.
	CreditWord
	// TitlePrefix: wire-service markers, not headline words.
	TitlePrefix
	// PluralTail: words that end the words that agree with a count above one:
	// a plural noun ("leaders", "people", "children", "men") or a participle
	// ("dead", "killed", "hurt").
	PluralTail
	// PersonUnit: what a count of people is of ("how many civilians").
	PersonUnit
	// PlaceKindStem: the nouns a question places an event with after its name,
	// as their stems (both spellings of "neighbourhood").
	PlaceKindStem
	// PeopleStem: the stems of the plain nouns a count of people is written
	// with: "how many people" is answered by "80,000 persons" or "12,686
	// individuals".
	PeopleStem
	// IncrementWord: words that say that a figure adds to an earlier one: an
	// update's "an additional 685 families", "a further 12 cases".
	IncrementWord
	// EarlierPeriod: the words that ask about the earlier period of a
	// comparison: "preceding", "previous", "compared".
	EarlierPeriod
	// HealthSubject: the word starts of health and epidemics, one of the chief subjects of an agency
	// report from a war's country that is not about the war.
	HealthSubject
	// DisasterSubject: the word starts of natural disasters, one of the chief subjects of an agency
	// report from a war's country that is not about the war.
	DisasterSubject
	// FoodSubject: the word starts of food security, one of the chief subjects of an agency
	// report from a war's country that is not about the war.
	FoodSubject
	// MigrationSubject: the word starts of migration, one of the chief subjects of an agency
	// report from a war's country that is not about the war.
	MigrationSubject
	// MarketSubject: the word starts of markets and the economy, one of the chief subjects of an agency
	// report from a war's country that is not about the war.
	MarketSubject
)

var stemKindNames = map[string]StemKind{
	"aidsector":   AidSectorStem,
	"action":      ActionStem,
	"sourceadj":   SourceAdjEnd,
	"credit":      CreditWord,
	"titleprefix": TitlePrefix,
	"pluraltail":  PluralTail,
	"personunit":  PersonUnit,
	"placekind":   PlaceKindStem,
	"people":      PeopleStem,
	"increment":   IncrementWord,
	"earlier":     EarlierPeriod,
	"health":      HealthSubject,
	"disaster":    DisasterSubject,
	"food":        FoodSubject,
	"migration":   MigrationSubject,
	"market":      MarketSubject,
}

//go:embed lexicon/stems.tsv
var stemData string

// The rows are checked once, at start, as every table's are: a bad row
// panics.
var _ = flagTable("stems.tsv", stemData, stemKindNames)

// StemList returns the words of lexicon/stems.tsv of any of the kinds
// asked, in the table's order, each once, as a new list of the caller's.
func StemList(kinds StemKind) []string { return flagWords(stemData, stemKindNames, kinds) }

package lang

import _ "embed"

// PeopleKind is a set of the kinds of lexicon/people.tsv: the nouns of
// people a count counts, as analysis's readers take them.
type PeopleKind uint32

// The kinds of lexicon/people.tsv.
const (
	PopulationNoun  PeopleKind = 1 << iota // "persons", "households": "displaced persons"
	CountNoun                              // "people", "civilians": a head count's plain nouns
	DemographicNoun                        // "children", "women": a group by age or sex
	StatusNoun                             // "evacuees", "patients": a group by what befell them
	ListNoun                               // "men", "soldiers": "men, women and children"
	PersonNoun                             // "child", "nurse": people counted one by one
	StaffNoun                              // "staff", "nurses": people counted at work
	DisplacedNoun                          // "refugees", "idps": the displaced a total counts
	ArrivalNoun                            // "refugees", "asylum-seekers": an influx's people
	FleeingNoun                            // "civilians", "villagers": the subject of "fleeing"
	ForceNoun                              // "troops", "special forces": a state's armed men moved out
	// RegisteredNoun: words that name people a registration counts as having
	// fled: refugees, the internally displaced, new arrivals.
	RegisteredNoun
	// MovementWord: words that tell of a displacement that happened: a flight,
	// an arrival, a cause or a time (weekdays too, from lang).
	MovementWord
	// Onlooker: people who saw an event, whose telling of a count stands
	// behind an outlet's: "witnesses", "residents".
	Onlooker
	// MemberNoun: the people a named body sends or seats, who speak as a
	// group: "the House members", "the Senate lawmakers", "the Foo Panel
	// experts".
	MemberNoun
	// HeadlineSubgroup: groups that a headline may count out of a larger toll.
	HeadlineSubgroup
	// PeopleAtLarge: words that count people at large: a toll of "people" and
	// one of "civilians" count the same dead.
	PeopleAtLarge
	// StandingWord: words among the movement words that, beside a population
	// told in the present ("are internally displaced", "there are 12,000
	// IDPs"), date the count or give the population's cause ("Today", "due
	// to"), not a flight.
	StandingWord
	// Reflexive: pronouns that turn a verb back on its subject: "a suicide
	// fighter killed himself" names the doer, not a victim counted (h-fig60).
	Reflexive
	// FlowMark: words a key figure's label puts between its count and the
	// refugees or arrivals it counts since a day ("655,000 Estimated new
	// arrivals ... since 25 August 2017", h-fig61).
	FlowMark
)

var peopleKindNames = map[string]PeopleKind{
	"population":  PopulationNoun,
	"count":       CountNoun,
	"demographic": DemographicNoun,
	"status":      StatusNoun,
	"list":        ListNoun,
	"person":      PersonNoun,
	"staff":       StaffNoun,
	"displaced":   DisplacedNoun,
	"arrival":     ArrivalNoun,
	"fleeing":     FleeingNoun,
	"force":       ForceNoun,
	"registered":  RegisteredNoun,
	"movement":    MovementWord,
	"onlooker":    Onlooker,
	"member":      MemberNoun,
	"subgroup":    HeadlineSubgroup,
	"atlarge":     PeopleAtLarge,
	"standing":    StandingWord,
	"reflexive":   Reflexive,
	"flowmark":    FlowMark,
}

//go:embed lexicon/people.tsv
var peopleData string

var peopleWords = flagTable("people.tsv", peopleData, peopleKindNames)

// PeopleWords returns the words of lexicon/people.tsv of any of the kinds
// asked, as a new set of the caller's.
func PeopleWords(kinds PeopleKind) map[string]bool { return wordsWith(peopleWords, kinds) }

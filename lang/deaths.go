package lang

import _ "embed"

// DeathKind is a set of the kinds of lexicon/deaths.tsv: the words of a
// toll of any cause, the phrases of "to death" that tell none and the
// words of the killed and the injured counted as one.
type DeathKind uint8

// The kinds of lexicon/deaths.tsv.
const (
	DeathToll    DeathKind = 1 << iota // "deaths", "injured", "destroyed": a toll of any cause
	NotDeath                           // "sentenced", "frightened": before "to death", no death
	SumKilled                          // "killed", "dead": the killed of a sum of killed and injured
	SumHarmed                          // "injured", "wounds": the injured of that sum
	LifeAge                            // "he", "she" before "was" and a number: that person's age
	LifeYear                           // "born" before "in" and a number: a year of birth
	ThingsHarmed                       // "destroyed", "damaged": a toll of things, not of people
	Murder                             // "murdered", "murders": a killing told by the verb of murder
)

var deathKindNames = map[string]DeathKind{"toll": DeathToll, "notdeath": NotDeath, "sumkilled": SumKilled,
	"sumharmed": SumHarmed, "lifeage": LifeAge, "lifeyear": LifeYear, "things": ThingsHarmed, "murder": Murder}

//go:embed lexicon/deaths.tsv
var deathsData string

var deathTable = flagTable("deaths.tsv", deathsData, deathKindNames)

// DeathWords returns the words of lexicon/deaths.tsv of any of the kinds
// asked, as a new set of the caller's.
func DeathWords(kinds DeathKind) map[string]bool { return wordsWith(deathTable, kinds) }

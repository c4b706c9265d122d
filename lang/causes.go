package lang

import _ "embed"

// CauseKind is a set of the kinds of lexicon/causes.tsv: the causes of
// death and harm other than an attack, and the words of an epidemic's
// count.
type CauseKind uint16

// The kinds of lexicon/causes.tsv.
const (
	EpidemicCause CauseKind = 1 << iota // "cholera", "cases", "mortality"
	AccidentCause                       // "fire", "flood", "stampede", "capsized"
	IllnessCause                        // "sick", "patients", "malnutrition"
	OutbreakWord                        // "coronavirus", "vaccine", "quarantine"
	DiseaseName                         // "cholera", "measles", "tuberculosis"
	CaseState                           // "confirmed", "suspected", "new"
	CaseCount                           // "cases", "infections"
	DisasterEvent                       // "floods", "cyclone": what a flight may follow
	HazardSubject                       // "typhoon", "earthquake", "cholera": a headline's hazard or outbreak
)

var causeKindNames = map[string]CauseKind{"epidemic": EpidemicCause, "accident": AccidentCause,
	"illness": IllnessCause, "outbreak": OutbreakWord, "disease": DiseaseName, "state": CaseState, "cases": CaseCount,
	"disaster": DisasterEvent, "subject": HazardSubject}

//go:embed lexicon/causes.tsv
var causesData string

var causeWords = flagTable("causes.tsv", causesData, causeKindNames)

// CauseWords returns the words of lexicon/causes.tsv of any of the kinds
// asked, as a new set of the caller's.
func CauseWords(kinds CauseKind) map[string]bool { return wordsWith(causeWords, kinds) }

package lang

import _ "embed"

// AuxiliaryKind is a set of the kinds of lexicon/auxiliaries.tsv: the
// modals, auxiliaries and the adverbs and verbs of intent beside them, as
// the rules of analysis, stories and the digest read them.
type AuxiliaryKind uint32

// The kinds of lexicon/auxiliaries.tsv.
const (
	// IntentWord: words that before a phrase tell an act to come, not done:
	// "threatened to launch an offensive", "would begin an offensive".
	IntentWord AuxiliaryKind = 1 << iota
	// ThreatModal: words that before a plain verb of a kind make it a threat:
	// "would kill one captive".
	ThreatModal
	// PassiveAux: words that join a subject to its participle: "have been
	// evacuated".
	PassiveAux
	// CallModal: words that make a statement a call or a judgement, not a
	// report.
	CallModal
	// SayerSkip: the words between a sayer and its attribution word: "the army
	// has also said".
	SayerSkip
	// FutureWord: words that mark a sentence's main verb as still to come:
	// "Israel will return to its goal after the pause".
	FutureWord
	// VowWord: words that tell violence to come: a future, a threat or a vow.
	VowWord
	// PlannedWord: words that near an evacuation make it planned, not done:
	// "will leave", "in exchange for the evacuation of", "waiting to be
	// evacuated", "is set to see … evacuated".
	PlannedWord
	// GoesOnWord: words that between a source and its attribution word tell
	// that it speaks on from the sentence before: "the Observatory further
	// said".
	GoesOnWord
	// DeclineWord: words that tell that a body gave no statement: "has not
	// commented on the reports", "declined to comment", "made no comment",
	// "could not confirm", "would not say".
	DeclineWord
	// EarlierWord: the adverbs and adjectives of a time before: "earlier",
	// "previous", "prior".
	EarlierWord
	// DayOpener: words that may stand before "on" and a weekday that opens a
	// sentence: "Earlier on Friday", "Late on Friday".
	DayOpener
	// RepeatedAdverb: words that tell that a present perfect counts many acts
	// over time.
	RepeatedAdverb
	// SubjectVerb: the auxiliaries and verbs that follow a sentence's subject:
	// a name followed by one of them opens a clause.
	SubjectVerb
	// DoAux: the auxiliaries after which a question's subject and verb follow:
	// what the question asks is the verb's object.
	DoAux
	// PerfectAux: words that precede a participle without making it passive.
	PerfectAux
	// PlainAdverb: words that stand between an auxiliary and its verb as the
	// "-ly" ones do ("was also declared", "have already been repaired", "was
	// not hit").
	PlainAdverb
	// CountAux: the auxiliaries and linking verbs after a count's noun that a
	// sentence's other hits may follow: "the displaced are", "the dead
	// remain".
	CountAux
	// PersonAux: words that may stand between a person's name and the word he
	// speaks by: "Barazi had earlier reported".
	PersonAux
	// ComplementAux: words that after an attribution word open what was said
	// after it: "the military said that ...", "in a raid the army said was
	// aimed at ...".
	ComplementAux
	// WrittenAux: words that may stand between a name and its attribution
	// word: "the Foo Working Group has estimated", "the Foo Relief Society had
	// also reported"; not "was", which makes the name the counted ("the Foo
	// Group was reported").
	WrittenAux
	// ReportedClauseVerb: words that follow the subject of a reported clause
	// ("said hospitals have documented ..."); an inverted sayer ("said the
	// Observatory.") is followed by the sentence's end, a comma or an aside.
	ReportedClauseVerb
	// SayerTime: words that may stand between a state named as the sayer and
	// its verb, as the wire dates a statement: "Iran earlier today said",
	// "Iraq on Tuesday claimed", "Tehran last night reported".
	SayerTime
	// CountRelative: the relative pronouns that may stand between a count's
	// figure and its auxiliary: "180,000 who have fled".
	CountRelative
)

var auxiliaryKindNames = map[string]AuxiliaryKind{
	"intent":         IntentWord,
	"threat":         ThreatModal,
	"passive":        PassiveAux,
	"call":           CallModal,
	"sayerskip":      SayerSkip,
	"future":         FutureWord,
	"vow":            VowWord,
	"planned":        PlannedWord,
	"goeson":         GoesOnWord,
	"decline":        DeclineWord,
	"earlier":        EarlierWord,
	"dayopener":      DayOpener,
	"repeated":       RepeatedAdverb,
	"subjectverb":    SubjectVerb,
	"do":             DoAux,
	"perfect":        PerfectAux,
	"plainadverb":    PlainAdverb,
	"countaux":       CountAux,
	"personaux":      PersonAux,
	"complement":     ComplementAux,
	"writtenaux":     WrittenAux,
	"reportedclause": ReportedClauseVerb,
	"sayertime":      SayerTime,
	"countrelative":  CountRelative,
}

//go:embed lexicon/auxiliaries.tsv
var auxiliaryData string

var auxiliaryWords = flagTable("auxiliaries.tsv", auxiliaryData, auxiliaryKindNames)

// AuxiliaryWords returns the words of lexicon/auxiliaries.tsv of any of the kinds
// asked, as a new set of the caller's.
func AuxiliaryWords(kinds AuxiliaryKind) map[string]bool { return wordsWith(auxiliaryWords, kinds) }

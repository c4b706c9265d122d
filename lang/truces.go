package lang

import _ "embed"

// TruceKind is a set of the kinds of lexicon/truces.tsv: the words of a
// truce: its names, its start and end, its extension, a bid for one and a
// side's halt of its own men, as analysis's truce readers and question
// answering take them.
type TruceKind uint32

// The kinds of lexicon/truces.tsv.
const (
	// PauseWord: a truce, a pause or a deadline: a plain "72 hours" beside one
	// is a duration worth reporting.
	PauseWord TruceKind = 1 << iota
	// BidNoun: a bid whose object is the truce word before it: "ceasefire
	// talks", "a truce attempt".
	BidNoun
	// OtherHalt: a halt in fighting named by no truce word: "lull",
	// "moratorium".
	OtherHalt
	// TruceEndNoun: a truce's end as a noun: "the collapse of the truce".
	TruceEndNoun
	// NewTruceWord: a truce other than the one that ended: "a fresh
	// ceasefire".
	NewTruceWord
	// PresentEnd: a truce's end in the present tense, told still to come:
	// "once the truce ends".
	PresentEnd
	// PresentStart: a truce's start in the present tense, told still to come:
	// "when the truce comes into effect".
	PresentStart
	// ResumedWord: fighting taken up again: "the army resumed strikes".
	ResumedWord
	// TruceStartVerb: the verbs after which "after the truce" is its start,
	// not its end: "after the truce took effect".
	TruceStartVerb
	// ExtendWord: a truce extended or continued.
	ExtendWord
	// ExtendRefused: an extension refused, negated or ended.
	ExtendRefused
	// HaltVerb: a halt told as a deed to do or done: "stop", "cease", "scale".
	HaltVerb
	// HaltCondition: a halt offered on terms, none declared: "if", "unless",
	// "in exchange".
	HaltCondition
	// OwnOrderVerb: a leader's word to his own men: "urged", "ordered".
	OwnOrderVerb
	// OwnMen: the armed men a side commands: "fighters", "loyalists".
	OwnMen
	// TruceName: a ceasefire named in a question.
	TruceName
	// EndVerb: a word of an end whose object may be the strife a truce
	// ends: "a ceasefire that ended weeks of fighting".
	EndVerb
	// EndGap: the words that may stand between such an end and its
	// object: "to end the five-month conflict".
	EndGap
	// EndObject: the strife a truce ends: "fighting", "war", "conflict".
	EndObject
	// Gathering: a meeting, its talks or its body's task, whose end or
	// abandonment is no truce's: "the second round of negotiations ended",
	// "at the end of its meeting", "could abandon peace talks".
	Gathering
	// TruceStart: a truce's start as a proposal cue's object, which keeps
	// the cue on the truce: "is expected to come into effect", "set to
	// begin" (round h-status8).
	TruceStart
	// CalmWord: a situation a truce made calm or better: "the security
	// situation has been improving", "was relatively calm" (round
	// h-talks18).
	CalmWord
	// CauseWord: a word that names a truce as the cause of what the
	// sentence tells: "following a ceasefire agreement", "owing to a
	// pause in military operations" (round h-talks18).
	CauseWord
	// UncalmWord: a word that before a calm word denies it: "no longer
	// calm", "not stable" (round h-talks18).
	UncalmWord
	// WelcomeWord: a third party's welcome of what the parties did: "the
	// UN chief welcomed the ceasefire" (round h-status9).
	WelcomeWord
	// WelcomedDeal: an agreement a welcome may take as its object, the
	// truce agreed: "welcomed the announcement of an agreement to secure a
	// ceasefire" (round h-status9).
	WelcomedDeal
	// SoughtNoun: a thing sought or offered, not done, as a welcome's
	// object: "welcomed the plan" (round h-status9).
	SoughtNoun
)

var truceKindNames = map[string]TruceKind{
	"pause":        PauseWord,
	"bid":          BidNoun,
	"otherhalt":    OtherHalt,
	"endnoun":      TruceEndNoun,
	"new":          NewTruceWord,
	"presentend":   PresentEnd,
	"presentstart": PresentStart,
	"resumed":      ResumedWord,
	"startverb":    TruceStartVerb,
	"extend":       ExtendWord,
	"refused":      ExtendRefused,
	"halt":         HaltVerb,
	"terms":        HaltCondition,
	"order":        OwnOrderVerb,
	"ownmen":       OwnMen,
	"truce":        TruceName,
	"endverb":      EndVerb,
	"endgap":       EndGap,
	"endobject":    EndObject,
	"gathering":    Gathering,
	"start":        TruceStart,
	"calm":         CalmWord,
	"cause":        CauseWord,
	"uncalm":       UncalmWord,
	"welcome":      WelcomeWord,
	"welcomed":     WelcomedDeal,
	"sought":       SoughtNoun,
}

//go:embed lexicon/truces.tsv
var truceData string

var truceWords = flagTable("truces.tsv", truceData, truceKindNames)

// TruceWords returns the words of lexicon/truces.tsv of any of the kinds
// asked, as a new set of the caller's.
func TruceWords(kinds TruceKind) map[string]bool { return wordsWith(truceWords, kinds) }

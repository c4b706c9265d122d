package lang

import _ "embed"

// TruceKind is a set of the kinds of lexicon/truces.tsv: the words of a
// truce: its names, its start and end, its extension, a bid for one and a
// side's halt of its own men, as analysis's truce readers and question
// answering take them.
type TruceKind uint16

// The kinds of lexicon/truces.tsv.
const (
	PauseWord      TruceKind = 1 << iota // a truce, a pause or a deadline
	BidNoun                              // a bid whose object is the truce word before it
	OtherHalt                            // a halt in fighting named by no truce word
	TruceEndNoun                         // a truce's end as a noun: "the collapse of the truce"
	NewTruceWord                         // a truce other than the one that ended: "a fresh ceasefire"
	PresentEnd                           // a truce's end in the present tense, told still to come
	PresentStart                         // a truce's start in the present tense, told still to come
	ResumedWord                          // fighting taken up again: "the army resumed strikes"
	TruceStartVerb                       // the verbs after which "after the truce" is its start, not its end
	ExtendWord                           // a truce extended or continued
	ExtendRefused                        // an extension refused, negated or ended
	HaltVerb                             // a halt told as a deed to do or done
	HaltCondition                        // a halt offered on terms, none declared
	OwnOrderVerb                         // a leader's word to his own men: "urged", "ordered"
	OwnMen                               // the armed men a side commands: "fighters", "loyalists"
	TruceName                            // a ceasefire named in a question
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
}

//go:embed lexicon/truces.tsv
var truceData string

var truceWords = flagTable("truces.tsv", truceData, truceKindNames)

// TruceWords returns the words of lexicon/truces.tsv of any of the kinds
// asked, as a new set of the caller's.
func TruceWords(kinds TruceKind) map[string]bool { return wordsWith(truceWords, kinds) }

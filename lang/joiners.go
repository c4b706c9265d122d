package lang

import _ "embed"

// JoinerKind is a set of the kinds of lexicon/joiners.tsv: the conjunctions,
// relatives and other words that end a phrase or join two clauses, as
// the rules of analysis, stories and the digest read them.
type JoinerKind uint32

// The kinds of lexicon/joiners.tsv.
const (
	// ClauseTurn: words that end the clause of a truce's past: "..., ending
	// months of shelling, but fighting resumed on Friday" tells news after
	// "but".
	ClauseTurn JoinerKind = 1 << iota
	// SayerCut: words that end the words that name who a source is: a relative
	// clause, a place or a time, a participle's agent.
	SayerCut
	// ClauseOpener: words that may stand right before a clause's subject.
	ClauseOpener
	// CountPhraseEnd: the words that end the noun phrase after a number.
	CountPhraseEnd
	// TimeConjunction: words that open a clause of a time to come when its
	// verb is in the present ("once the truce ends", "when the ceasefire
	// expires").
	TimeConjunction
	// ClauseBreak: the words that join two clauses of one sentence, each of
	// its own news ("... agreed to form a unity government, while eight
	// Palestinians were killed").
	ClauseBreak
	// ForceTurn: words that end an evacuation's object: the troops of
	// "evacuated the town as Russian troops advanced" are not the ones moved.
	ForceTurn
	// SayerPhraseStop: the words that end a sayer's words before its
	// attribution word.
	SayerPhraseStop
	// OtherEventMark: the words that open a sentence about another event than
	// the one before it: "meanwhile", "elsewhere".
	OtherEventMark
	// HeadlineClauseWord: words that open a clause of its own inside a
	// headline ("... as Rebels Kill 5"), whose verb is no second predicate of
	// the first subject; "&" is a headline's "and" ("Jets Kill 35 & Destroy
	// Hospital").
	HeadlineClauseWord
	// CallClauseWord: the words that open a clause of their own: a call before
	// them is not what the name after them is called for.
	CallClauseWord
	// TurnOpener: words that open a sentence that turns to another event:
	// "Elsewhere", "Meanwhile", "Separately".
	TurnOpener
	// AdverbialOpener: words that open a sentence's adverbial, not a heading
	// ("Earlier this week Russia said", "Meanwhile Iraq ...").
	AdverbialOpener
	// ContextNoun: the nouns of a turn to a context told before: "in the same
	// context", "in a related development", "in another vein".
	ContextNoun
	// RelativePronoun: the pronouns that open a relative clause after the
	// phrase they stand for.
	RelativePronoun
	// AnswerClauseWord: the conjunctions that open a clause of its own, ending
	// an answer's span: "and", "but", "while".
	AnswerClauseWord
	// ClauseJoin: words that set a second speaker's clause against the
	// first's: "X said six teachers died, while Y said 35 people had died".
	ClauseJoin
	// SourceJoiner: the words that join two sources of one statement: "a war
	// monitor and medical workers said" (the comma too).
	SourceJoiner
	// RelativeWord: words that open a relative clause whose subject may be an
	// anaphor: "25 people that the agency reported killed".
	RelativeWord
	// ContactStop: words that before a source's name make it no contact
	// relative clause: "..., as the military reported that" is a clause of its
	// own, "a raid the military said targeted" is not.
	ContactStop
	// Subordinator: words that after ", X said," open a clause of their own
	// that X did not say: "Police sealed the road, officials said, after a
	// bomb killed five".
	Subordinator
	// SayerOpener: words that may stand before a state that opens its clause:
	// "Baghdad said ..., and Tehran reported ...".
	SayerOpener
	// PartnerJoin: words that before the partners join them to a body named
	// before: "UNICEF and partners", "with its partners".
	PartnerJoin
	// ReactionPrep: words that open the clause of what a body reacts to:
	// "UNHCR appealed for resettlement places after reports of some 160 new
	// deaths".
	ReactionPrep
)

var joinerKindNames = map[string]JoinerKind{
	"turn":           ClauseTurn,
	"sayercut":       SayerCut,
	"opener":         ClauseOpener,
	"countend":       CountPhraseEnd,
	"time":           TimeConjunction,
	"break":          ClauseBreak,
	"forceturn":      ForceTurn,
	"sayerstop":      SayerPhraseStop,
	"otherevent":     OtherEventMark,
	"headlineclause": HeadlineClauseWord,
	"callclause":     CallClauseWord,
	"turnopener":     TurnOpener,
	"adverbial":      AdverbialOpener,
	"context":        ContextNoun,
	"relative":       RelativePronoun,
	"answerclause":   AnswerClauseWord,
	"clausejoin":     ClauseJoin,
	"sourcejoiner":   SourceJoiner,
	"relativeword":   RelativeWord,
	"contactstop":    ContactStop,
	"subordinator":   Subordinator,
	"sayeropener":    SayerOpener,
	"partnerjoin":    PartnerJoin,
	"reactionprep":   ReactionPrep,
}

//go:embed lexicon/joiners.tsv
var joinerData string

var joinerWords = flagTable("joiners.tsv", joinerData, joinerKindNames)

// JoinerWords returns the words of lexicon/joiners.tsv of any of the kinds
// asked, as a new set of the caller's.
func JoinerWords(kinds JoinerKind) map[string]bool { return wordsWith(joinerWords, kinds) }

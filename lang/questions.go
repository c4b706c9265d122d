package lang

import _ "embed"

// QuestionKind is a set of the kinds of lexicon/questions.tsv: the words of
// a question and its answer as question answering reads them: the words that
// frame a question, the heads of "which X" and "what X", the verbs of its
// phrase, and the words that are never an answer's name.
type QuestionKind uint32

// The kinds of lexicon/questions.tsv.
const (
	// FrameWord: words that frame a question without being its topic.
	FrameWord QuestionKind = 1 << iota
	// StateFrame: the words that ask for the state of a story without naming
	// it ("is the truce holding", "still in effect"): the state is the answer,
	// not a word the report must hold.
	StateFrame
	// QuestionTime: words that only locate the question in time.
	QuestionTime
	// TotalAsked: words that ask for a cumulative figure: background tolls
	// then answer.
	TotalAsked
	// MeasureAsked: heads of "what X" that ask for a figure.
	MeasureAsked
	// ShareAsked: the measuring heads a report answers with a share.
	ShareAsked
	// PercentAsked: the words of "what X" that ask for a part of a whole, which
	// reports write in per cent ("what percentage", "what share"); a rate or a
	// ratio may be a plain figure ("a case fatality ratio of 1.54").
	PercentAsked
	// PriceAsked: the measuring heads that ask for an amount of money whatever
	// the question's phrase ("what budget", "to what price").
	PriceAsked
	// MoneyUnit: the last words (and stems: "financ", "contribut") of a count
	// question's units that ask for money: "how much aid", "how much funding".
	MoneyUnit
	// TitleAsked: heads of "what was the X" answered by a title in quotation
	// marks ("the global theme of the campaign is “Leave No One Behind”").
	TitleAsked
	// PersonAsked: the nouns that make "which X" or "who" a question for a
	// person and a sentence's name beside one a person's: "spokesman",
	// "minister", "doctor".
	PersonAsked
	// PlaceAsked: the nouns that make "which X" a question for a place:
	// "town", "crossing", "hospital".
	PlaceAsked
	// BodyAsked: the nouns that make "which X" a question for a body and a
	// name beside one a body's: "group", "faction", "charity".
	BodyAsked
	// AskedRole: the roles a person question may name ("which pilot", "the
	// spokesman of"): the answer is the one holding that role, not a name
	// beside another ("spokesman X" for "who was the pilot"). Roles that any
	// person holds ("official", "man") say too little to rule a name out.
	AskedRole
	// PhraseVerb: the verbs of a question's phrase in their past or present
	// forms whose ending tells no tense ("hit", "said", "holds"): a question's
	// verb after its subject.
	PhraseVerb
	// IrregularParticiple: the participles not ending in -ed that a question's
	// passive or a reduced relative takes: "chosen", "sworn", "taken".
	IrregularParticiple
	// LinkParticiple: the participles that join a count's topic to the
	// counted noun when written without a hyphen ("COVID-19 related
	// deaths", "conflict affected people"): the noun after them is counted.
	LinkParticiple
	// NotAnswerCap: capitalised words that start sentences or label things
	// without naming the answer.
	NotAnswerCap
	// NameConnector: the small words inside an answer's name that join its
	// name words: Arabic "al", "bin", "abu", Romance "de", "la", and "of",
	// "for" in a body's name.
	NameConnector
	// OrgEnd: the last words of bodies' names ("British Red Cross", "Norwegian
	// Church Aid", "National Medical Stores").
	OrgEnd
	// ExtentAsked: the things whose "how long" asks a distance, not a time
	// ("how long is the land border"), and the measures a distance answers
	// ("what was the range of the missile").
	ExtentAsked
)

var questionKindNames = map[string]QuestionKind{
	"frame":         FrameWord,
	"state":         StateFrame,
	"time":          QuestionTime,
	"total":         TotalAsked,
	"measure":       MeasureAsked,
	"share":         ShareAsked,
	"percent":       PercentAsked,
	"price":         PriceAsked,
	"money":         MoneyUnit,
	"title":         TitleAsked,
	"person":        PersonAsked,
	"place":         PlaceAsked,
	"org":           BodyAsked,
	"role":          AskedRole,
	"verb":          PhraseVerb,
	"participle":    IrregularParticiple,
	"linker":        LinkParticiple,
	"notanswer":     NotAnswerCap,
	"nameconnector": NameConnector,
	"orgend":        OrgEnd,
	"extent":        ExtentAsked,
}

//go:embed lexicon/questions.tsv
var questionData string

var questionWords = flagTable("questions.tsv", questionData, questionKindNames)

// QuestionWords returns the words of lexicon/questions.tsv of any of the kinds
// asked, as a new set of the caller's.
func QuestionWords(kinds QuestionKind) map[string]bool { return wordsWith(questionWords, kinds) }

// QuestionRestated pairs the ways readers open a question with the wording
// question answering reads them by: "what amount of aid" asks as "how much
// aid" does, "which person signed" as "who signed", "name the X" as "what
// is the name of the X", "in what place" as "where", "how high was the
// death toll" as "what was the death toll" (not a height), "how many
// deaths were there" as "how many people were killed". Each From is matched,
// case aside, at the start of the question's words; To replaces it.
var QuestionRestated = []struct{ From, To string }{
	{"what amount of", "how much"},
	{"what sum of", "how much"},
	{"what quantity of", "how much"},
	{"what is the amount of", "how much is"},
	{"what was the amount of", "how much was"},
	{"what are the amounts of", "how much are"},
	{"what were the amounts of", "how much were"},
	{"what amount", "how much"},
	{"what sum", "how much"},
	{"which person", "who"},
	{"what person", "who"},
	{"which individual", "who"},
	{"what individual", "who"},
	// round h-ask56: the imperative, the place, the toll's height
	{"name the", "what is the name of the"},
	{"give the name of", "what is the name of"},
	{"in what place", "where"},
	{"in which place", "where"},
	{"at what place", "where"},
	{"at which place", "where"},
	{"in what location", "where"},
	{"at what location", "where"},
	{"how high was the death toll", "what was the death toll"},
	{"how high is the death toll", "what is the death toll"},
	{"how high was the toll", "what was the toll"},
	{"how high is the toll", "what is the toll"},
	// round h-ask59: a count of deaths or injuries "there were", asked as the
	// people killed or injured ("How many deaths were there from Tropical
	// Storm Kai-tak": "How many people were killed by ...")
	{"how many deaths were there from", "how many people were killed by"},
	{"how many deaths were there", "how many people were killed"},
	{"how many deaths have there been from", "how many people have been killed by"},
	{"how many deaths have there been", "how many people have been killed"},
	{"how many civilian deaths were there from", "how many civilians were killed by"},
	{"how many civilian deaths were there", "how many civilians were killed"},
	{"how many civilian deaths have there been from", "how many civilians have been killed by"},
	{"how many civilian deaths have there been", "how many civilians have been killed"},
	{"how many injuries were there from", "how many people were injured by"},
	{"how many injuries were there", "how many people were injured"},
	{"how many injuries have there been from", "how many people have been injured by"},
	{"how many injuries have there been", "how many people have been injured"},
}

// QuestionContracted pairs a question word written with a contracted
// verb with its full form: readers write "What's the name of ..." and
// "Who's the coordinator ..." as others write "What is", "Who is" (round
// h-ask58). Each From is one word, lower case, with either apostrophe.
var QuestionContracted = []struct{ From, To string }{
	{"what's", "what is"}, {"what’s", "what is"},
	{"who's", "who is"}, {"who’s", "who is"},
	{"where's", "where is"}, {"where’s", "where is"},
	{"when's", "when is"}, {"when’s", "when is"},
	{"how's", "how is"}, {"how’s", "how is"},
	{"what're", "what are"}, {"what’re", "what are"},
	{"who're", "who are"}, {"who’re", "who are"},
	{"where're", "where are"}, {"where’re", "where are"},
}

// QuestionSourceClauses are the ways readers close a question on its
// source other than "according to": "..., as reported by WHO?", "..., as
// per UNHCR's update?" (round h-ask58). Question answering reads each,
// after a comma, as "according to".
var QuestionSourceClauses = []string{"as reported by", "as per", "as stated by", "as cited by", "as published by"}

// QuestionLeadIns are the words readers set before a question's own
// ("tell me how many people were killed", "do we know which group
// claimed the attack"): question answering reads the question after
// them, where a question word follows.
var QuestionLeadIns = []string{
	"tell me", "please tell me", "can you tell me", "could you tell me", "can you please tell me",
	"do you know", "do we know", "does anyone know", "do i know", "is it known",
	"i want to know", "i would like to know", "i'd like to know", "i wonder", "i am wondering", "i'm wondering",
}

// QuestionWord reports whether w (lower case) opens a question: the
// words a lead-in (QuestionLeadIns) must be followed by.
func QuestionWord(w string) bool {
	switch w {
	case "how", "what", "which", "who", "whom", "whose", "where", "when", "why":
		return true
	}
	return false
}

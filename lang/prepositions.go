package lang

import _ "embed"

// PrepositionKind is a set of the kinds of lexicon/prepositions.tsv: the
// prepositions (and the few words that stand for one) a rule of analysis
// reads before or after a phrase.
type PrepositionKind uint64

// The kinds of lexicon/prepositions.tsv.
const (
	// AidPrep: the prepositions before whom aid served: "among", "to", "for".
	AidPrep PrepositionKind = 1 << iota
	// PhraseLinkPrep: words that stand between "for" and an attack that is not
	// its object.
	PhraseLinkPrep
	// DatePrep: the words before a date that make it part of a sentence, not a
	// page's dateline.
	DatePrep
	// MentionPrep: words that before a date make it a date the text mentions.
	MentionPrep
	// RecapPlacePrep: words that introduce the place of a recapped event.
	RecapPlacePrep
	// WeekPrep: words that before "week N" make N the week's number.
	WeekPrep
	// DateLeadPrep: words before a day of a date.
	DateLeadPrep
	// AsidePrep: words that follow the participle of an aside and tell where
	// or how the counted were harmed: "wounded during the offensive", "hurt in
	// the blast".
	AsidePrep
	// SeizedPrep: words that open the agent, place or time of a participle
	// that names captives ("kidnapped by", "abducted from", "seized in",
	// "taken last").
	SeizedPrep
	// ExtendStop: words that end the reach of an extension word: what follows
	// is no longer its object.
	ExtendStop
	// HeadLinkPrep: words that follow the head noun of a source's description:
	// "a cousin of one of the victims", "a source close to the group", "a
	// report for aid workers".
	HeadLinkPrep
	// AdjunctOpen: the words that may open a phrase of time or manner after a
	// closing attribution: "in", "by", "late".
	AdjunctOpen
	// PriorPrep: words that open a clause of what came before the sentence's
	// own event; not "under" or "amid", whose truce is the event's setting
	// ("Under a truce agreed on Monday, 120 fighters left the district").
	PriorPrep
	// AfterPrep: words that tell what came before the news: "a week after the
	// last one broke down", "following the collapse".
	AfterPrep
	// CutPrep: the prepositions that open the phrase after a cut clause's
	// noun: "while clashes between the army and the militants".
	CutPrep
	// HeadingPrep: the function words a subheading's clause holds: "Pressure
	// mounts on Assad", "Rebels advance in Hama".
	HeadingPrep
	// SubjectPrep: words that open a short phrase between a subject and its
	// verb ("Airstrikes against IS kill ...").
	SubjectPrep
	// HeadlinePlacePrep: the prepositions before a place a headline ends with.
	HeadlinePlacePrep
	// PredicateNext: the words a second predicate goes on with: its object's
	// article, a preposition, a count (or a name, capitalised).
	PredicateNext
	// EventPrep: words that put a definite event noun in a phrase: "in the
	// blast", "of the killings".
	EventPrep
	// EventQualifier: words that follow an event noun that its phrase tells
	// of: "the attack on the offices", "the blast that hit".
	EventQualifier
	// RouteTold: words that follow a route noun its phrase tells of: "the road
	// to Aleppo", "the highway linking the two cities", "the corridor out of
	// the town".
	RouteTold
	// VerbPlacePrep: words that open the place of a verb written after it.
	VerbPlacePrep
	// OpeningPrep: the prepositions that may open a question whose phrase is
	// what the verb's preposition takes: "Through which agency are the clinics
	// supplied?", "From which town did the families flee?".
	OpeningPrep
	// VerbPrep: the prepositions that may follow a question's verb ("buy
	// with", "speak to"); "of" and "for" follow its nouns as often.
	VerbPrep
	// BoundWord: words that make a month the bound of a period, not the
	// period.
	BoundWord
	// PeriodEndWord: words that write the end of a period before its date.
	PeriodEndWord
	// QuestionPhraseEnd: prepositions the stopword list keeps: they end a
	// question's noun phrase ("which town near the border").
	QuestionPhraseEnd
	// ListBreak: words that end a list of sources: a preposition opens a
	// phrase of place or time ("rebels in Idlib, a monitor said").
	ListBreak
	// ReportPrep: the prepositions after a report's noun that open what it is
	// about or whom it reaches: "reports of", "claims over".
	ReportPrep
	// PostPrep: words that join a post to its body: "head of", "a spokesman
	// for", "a doctor at".
	PostPrep
	// RelayPrep: words that join a source to the body it speaks from: "a
	// source at the police", "a source in the province".
	RelayPrep
	// SourcePrep: words that open what places a source: "sources in the
	// region", "a source close to the talks", "sources inside the city".
	SourcePrep
	// AgainstWord: words that tie an attack to its target: "a raid on the
	// Iranian city", "the war with Iraq", "an offensive against Iraq".
	AgainstWord
	// SeatLink: words that join a body's acronym to where it sits: "the RRC in
	// Tambura".
	SeatLink
	// ChargePrep: the prepositions that govern a gerund of killing read as a
	// mass noun, a charge in a party's words: "the scale of killing",
	// "complicity in killing".
	ChargePrep
	// ChargeNext: the words that may follow such a gerund and give it no
	// object: "the scale of killing in the region".
	ChargeNext
)

var prepositionKindNames = map[string]PrepositionKind{
	"aid":           AidPrep,
	"phraselink":    PhraseLinkPrep,
	"date":          DatePrep,
	"mention":       MentionPrep,
	"recapplace":    RecapPlacePrep,
	"week":          WeekPrep,
	"datelead":      DateLeadPrep,
	"aside":         AsidePrep,
	"seized":        SeizedPrep,
	"extendstop":    ExtendStop,
	"headlink":      HeadLinkPrep,
	"adjunct":       AdjunctOpen,
	"prior":         PriorPrep,
	"after":         AfterPrep,
	"cut":           CutPrep,
	"heading":       HeadingPrep,
	"subject":       SubjectPrep,
	"headlineplace": HeadlinePlacePrep,
	"predicate":     PredicateNext,
	"event":         EventPrep,
	"qualifier":     EventQualifier,
	"route":         RouteTold,
	"verbplace":     VerbPlacePrep,
	"opening":       OpeningPrep,
	"verb":          VerbPrep,
	"bound":         BoundWord,
	"periodend":     PeriodEndWord,
	"questionend":   QuestionPhraseEnd,
	"listbreak":     ListBreak,
	"report":        ReportPrep,
	"post":          PostPrep,
	"relay":         RelayPrep,
	"source":        SourcePrep,
	"against":       AgainstWord,
	"seat":          SeatLink,
	"charge":        ChargePrep,
	"chargenext":    ChargeNext,
}

//go:embed lexicon/prepositions.tsv
var prepositionData string

var prepositionWords = flagTable("prepositions.tsv", prepositionData, prepositionKindNames)

// PrepositionWords returns the words of lexicon/prepositions.tsv of any of the kinds
// asked, as a new set of the caller's.
func PrepositionWords(kinds PrepositionKind) map[string]bool {
	return wordsWith(prepositionWords, kinds)
}

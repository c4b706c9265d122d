package lang

import _ "embed"

// WarKind is a set of the kinds of lexicon/war.tsv: the words of a war
// and its violence that tell whose a count is, the day's event's or a
// whole war's, an earlier event's or a follow-up's.
type WarKind uint64

// The kinds of lexicon/war.tsv.
const (
	WarName       WarKind = 1 << iota // "war", "uprising", "unrest": a whole war
	WholeWar                          // "war", "invasion": a war whose onset dates its total
	WarScope                          // "war", "insurgency" after "in the"
	ConflictName                      // "conflict", "clashes": one fighting, no whole war
	EventNoun                         // "attack", "massacre": an attack a count may be the toll of
	PastEvent                         // "killings", "incident": an earlier event's noun
	FollowedEvent                     // "attack", "siege": what a follow-up story follows
	ChargeWord                        // "charged", "arrested": a follow-up's charges
	InquiryWord                       // "investigation", "trial": a follow-up's inquiry
	ViolenceWord                      // "fighting", "shelled": fighting without a count's verb
	StrikeVerb                        // "bombs", "struck": an attack in any tense
	BeganWord                         // "erupted", "escalated": fighting started
	StartWord                         // "launched", "since": the start of something
	BlameWord                         // "responsibility", "blamed" before "for": the event reported
	Superlative                       // "deadliest", "worst": an event compared with the past
	FoundingWord                      // "founding", "declaration" after "since": a body's beginning
	// StateForce: the marks of a state's forces before a count of troops:
	// "regime", "army", "Syrian".
	StateForce
	// IrregularForce: the marks of forces no state commands: "rebel",
	// "militia".
	IrregularForce
	// ActNoun: attacks a count may total.
	ActNoun
	// RecapNoun: the events a recap names by its date: "the attack on August
	// 21".
	RecapNoun
	// DoerNoun: words that name those who carried out an attack.
	DoerNoun
	// TheActNoun: an attack named as one known: "the attack", "the bombing".
	TheActNoun
	// SpateNoun: words that gather many events into one: "a flurry of
	// attacks", "a wave of bombings".
	SpateNoun
	// OnsetWord: words that name the start of a period a count runs over:
	// "after the onset of clashes ... on 26 August" dates when the counting
	// began.
	OnsetWord
	// OtherFactVerb: participles of a further fact than a toll: a sentence
	// that tells one ("were arrested", "was destroyed") before its source says
	// that fact, not the count of the sentence before.
	OtherFactVerb
	// AffiliateWord: words that after a group's name make it another group's
	// description: "the al-Qaeda affiliate".
	AffiliateWord
	// ToldEventNoun: words that name an event by a definite noun once it was
	// told: "the blast", "the killings".
	ToldEventNoun
	// VictimNoun: the victims of an event told before as a sentence's subject:
	// "The injured persons were taken to hospitals", "The dead included two
	// children".
	VictimNoun
	// StateWarNoun: words that after a state's word tell of its fighting:
	// "Iraqi troops", "Iranian forces", "the Iran-Iraq war", "an Iraqi air
	// raid", "Azeri shells", "a Foo drone".
	StateWarNoun
	// StateWarVerb: words that after a state's name tell of its fighting:
	// "Iraq attacked".
	StateWarVerb
	// AttackedWord: the war verbs whose object is the target: a state's word
	// right after one is the state attacked ("bombed two Honduran border
	// towns").
	AttackedWord
	// OwnArmy: words that after "the" in a state's own statement is its army:
	// "Radio Managua said the army killed 14 Contra rebels".
	OwnArmy
	// WarPlace: nouns that after a war's word make the two a place, not the
	// war: "fled the conflict area", "conflict zones" (h-fig54).
	WarPlace
	// FlareUp: words that before an onset's word make it a new round of
	// fighting, not a war's start: "since the latest outbreak of violence"
	// (h-fig54).
	FlareUp
	// DatedEvent: nouns of a known event that a year names within their noun
	// phrase ("the 2010 Upper Big Branch Mine disaster") or right after them
	// ("a major riot in July 2009"): what such an event killed is an earlier
	// year's toll (h-fig60).
	DatedEvent
)

var warKindNames = map[string]WarKind{
	"war":          WarName,
	"whole":        WholeWar,
	"scope":        WarScope,
	"conflict":     ConflictName,
	"event":        EventNoun,
	"past":         PastEvent,
	"followed":     FollowedEvent,
	"charge":       ChargeWord,
	"inquiry":      InquiryWord,
	"violence":     ViolenceWord,
	"strike":       StrikeVerb,
	"began":        BeganWord,
	"start":        StartWord,
	"blame":        BlameWord,
	"superlative":  Superlative,
	"founding":     FoundingWord,
	"stateforce":   StateForce,
	"irregular":    IrregularForce,
	"acts":         ActNoun,
	"recap":        RecapNoun,
	"doer":         DoerNoun,
	"theact":       TheActNoun,
	"spate":        SpateNoun,
	"onset":        OnsetWord,
	"otherfact":    OtherFactVerb,
	"affiliate":    AffiliateWord,
	"toldevent":    ToldEventNoun,
	"victim":       VictimNoun,
	"statewar":     StateWarNoun,
	"statewarverb": StateWarVerb,
	"attacked":     AttackedWord,
	"ownarmy":      OwnArmy,
	"warplace":     WarPlace,
	"flareup":      FlareUp,
	"dated":        DatedEvent,
}

//go:embed lexicon/war.tsv
var warData string

var warWords = flagTable("war.tsv", warData, warKindNames)

// WarWords returns the words of lexicon/war.tsv of any of the kinds
// asked, as a new set of the caller's.
func WarWords(kinds WarKind) map[string]bool { return wordsWith(warWords, kinds) }

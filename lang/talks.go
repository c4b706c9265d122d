package lang

import _ "embed"

// TalksKind is a set of the kinds of lexicon/talks.tsv: the words of talks:
// their meetings, the envoys who go between, a delegation's offices and the
// agencies seated where talks are held.
type TalksKind uint16

// The kinds of lexicon/talks.tsv.
const (
	// TalkWord: the nouns and verbs of talks that a venue in or at after them,
	// or within two words before them, places: "talks in Geneva", "met at
	// Astana", "the Geneva talks".
	TalkWord TalksKind = 1 << iota
	// EnvoyWord: the titles and names of a war's go-betweens that the
	// lexicon's talks cues hold (envoySpeaker).
	EnvoyWord
	// DelegationOffice: the words that make a delegation an office or a visit
	// (officeDelegation).
	DelegationOffice
	// SeatedAgency: the words that name an agency or an office beside the city
	// it sits in ("who" is left out: "the delegates who met in Geneva").
	SeatedAgency
	// EnvoySpeakVerb: words that tell a statement, an accusation or a
	// criticism (envoySpeaker).
	EnvoySpeakVerb
	// FormingWord: words that tell a government being formed, not one
	// named ("agreed to form the unity government": governmentName).
	FormingWord
	// LegislatureWord: the words that name a legislature or its members
	// ("parliament", "lawmakers", "the Knesset"), whose resolutions, votes
	// and boycotted sessions are a country's politics, no diplomacy
	// (legislatureBusiness).
	LegislatureWord
	// DiscussWord: the words of a discussion ("discuss", "discussed",
	// "discussions"), whose object within a few words tells what a meeting
	// or a call is about (discussesRemedy).
	DiscussWord
	// RemedyWord: what a meeting over a war's effects discusses when it is
	// no settlement of the war: a response (the humanitarian response, a
	// military one to an attack) or the displaced's durable solutions
	// (discussesRemedy).
	RemedyWord
	// PactWord: the nouns of a truce or a peace deal whose making a
	// sentence may tell as the time of a fight ("since the two sides
	// signed a peace accord": truceMadeAsTime).
	PactWord
	// MadeWord: the verbs that tell a truce or a deal made, by its sides
	// or its brokers ("agreed", "signed", "brokered", "imposed":
	// truceMadeAsTime).
	MadeWord
	// SignatoryWord: the nouns that name a party by a deal it signed
	// ("armed groups signatories to the 2015 peace agreement":
	// signatoryName).
	SignatoryWord
)

var talksKindNames = map[string]TalksKind{
	"talk":        TalkWord,
	"envoy":       EnvoyWord,
	"delegation":  DelegationOffice,
	"seated":      SeatedAgency,
	"speak":       EnvoySpeakVerb,
	"forming":     FormingWord,
	"legislature": LegislatureWord,
	"discuss":     DiscussWord,
	"remedy":      RemedyWord,
	"pact":        PactWord,
	"made":        MadeWord,
	"signatory":   SignatoryWord,
}

//go:embed lexicon/talks.tsv
var talksData string

var talksWords = flagTable("talks.tsv", talksData, talksKindNames)

// TalksWords returns the words of lexicon/talks.tsv of any of the kinds
// asked, as a new set of the caller's.
func TalksWords(kinds TalksKind) map[string]bool { return wordsWith(talksWords, kinds) }

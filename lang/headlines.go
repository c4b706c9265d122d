package lang

import _ "embed"

// HeadlineKind is a set of the kinds of lexicon/headlines.tsv: the words of
// a headline's own grammar as stories read it: what an attack does and how a
// count is told, the groups and kin a headline counts, the tails that name
// its source, a party's loaded words and the labels of commentary.
type HeadlineKind uint32

// The kinds of lexicon/headlines.tsv.
const (
	// HeadlineStrikeVerb: what an attack does to its target in a headline, in
	// both its forms ("Shelling Targets ...", "Attacks Target ..."): none is
	// also a noun that heads a subject ("Strikes", "Shells" are left out).
	HeadlineStrikeVerb HeadlineKind = 1 << iota
	// PluralAttack: the plural nouns of attacks and fighting that head a
	// headline's subject ("US-led airstrikes", "Street battles"), in lower
	// case.
	PluralAttack
	// AttackOutcome: what attacks and fighting do in a headline, as its verb's
	// base: none is also a noun an attack is done to ("Russia strikes targets"
	// keeps its verb "strikes").
	AttackOutcome
	// RunOnEnd: attacks told in the passive, which end a headline's clause
	// ("Centre of Homs Shelled"): a count after one is not its object.
	RunOnEnd
	// RunOnParticiple: what a headline's count is told with: "25 Terrorists
	// Killed", "28 dead".
	RunOnParticiple
	// ClauseGoesOnVerb: the verbs a clause of fighting goes on with, in the
	// forms a clause writes them, besides the outcomes and the words ending in
	// -ed or -ing: "while clashes between the two sides rage on".
	ClauseGoesOnVerb
	// StrikeTerm: the index terms of a title that tells of a strike from the
	// air or from afar: an air strike, a raid, shelling, a bomb, a missile.
	StrikeTerm
	// KinWord: words that name a relative told after the person in a
	// headline's list of the dead: "Commander, Son, 12 Fighters Killed".
	KinWord
	// WholeGroup: the groups a headline counts that hold all others of the
	// unarmed (its people, its civilians: children are civilians, while "12
	// Villagers, 4 Children" may count the children of a camp nearby).
	WholeGroup
	// PartGroup: the groups a headline counts that are a part of its whole
	// groups: "children", "women".
	PartGroup
	// HurtWord: words that tell the wounded beside the dead in a headline's
	// count.
	HurtWord
	// TailSayer: the plural or collective sources a headline names at its end
	// after one word of who they are ("... used in Syria: British scientists",
	// "...: UN inspectors"), in lower case.
	TailSayer
	// LowerTail: the attribution tails a headline may give in lower case ("...
	// battle: monitor", AFP's style).
	LowerTail
	// CountTail: the sources a headline names at its end in the singular after
	// the count it gives ("Car bomb in Syrias Homs kills 10 Governor").
	CountTail
	// DatelineStart: words that open a headline's own sentence after the place
	// it is datelined with ("Aleppo Scores killed in airstrikes ...").
	DatelineStart
	// LoadedWord: a party's words for its enemy or its own dead, which a
	// neutral headline of the same event does without: "Syrian Army Kills 31
	// ISIL Terrorists" beside "Air raids kill 31 jihadists".
	LoadedWord
	// NamingVerb: words that name someone as the speaker sees them ("brands
	// them terrorists", "accused terrorists of").
	NamingVerb
	// OutletWord: words that end names of outlets: "Ahram Online", "Daily
	// Sabah News".
	OutletWord
	// CommentaryLabel: words that open the titles of commentary.
	CommentaryLabel
	// OpinionWord: verdicts a report leaves to those it quotes.
	OpinionWord
	// HeadlineTollWord: the words of a headline that tells of a toll ("Truce
	// ends as strikes kill 30").
	HeadlineTollWord
)

var headlineKindNames = map[string]HeadlineKind{
	"strike":        HeadlineStrikeVerb,
	"pluralattack":  PluralAttack,
	"outcome":       AttackOutcome,
	"runonend":      RunOnEnd,
	"runon":         RunOnParticiple,
	"goeson":        ClauseGoesOnVerb,
	"striketerm":    StrikeTerm,
	"kin":           KinWord,
	"whole":         WholeGroup,
	"part":          PartGroup,
	"hurt":          HurtWord,
	"sayer":         TailSayer,
	"lowertail":     LowerTail,
	"counttail":     CountTail,
	"datelinestart": DatelineStart,
	"loaded":        LoadedWord,
	"naming":        NamingVerb,
	"outlet":        OutletWord,
	"commentary":    CommentaryLabel,
	"opinion":       OpinionWord,
	"toll":          HeadlineTollWord,
}

//go:embed lexicon/headlines.tsv
var headlineData string

var headlineWords = flagTable("headlines.tsv", headlineData, headlineKindNames)

// HeadlineWords returns the words of lexicon/headlines.tsv of any of the kinds
// asked, as a new set of the caller's.
func HeadlineWords(kinds HeadlineKind) map[string]bool { return wordsWith(headlineWords, kinds) }

package lang

import _ "embed"

// SettingKind is a set of the kinds of lexicon/setting.tsv: the words
// that tell violence as the setting of an agency's report.
type SettingKind uint8

// The kinds of lexicon/setting.tsv.
const (
	Phenomenon     SettingKind = 1 << iota // "violence", "hostilities": violence named, no act of it
	SettingOwner                           // "operational", "security" before "environment" or "situation"
	WorsenVerb                             // "exacerbate", "hamper", "made": violence before it is a cause
	NeedsNoun                              // "needs", "access", "displacement": what violence may worsen
	RecordVictims                          // "civilian": the harmed of an agency's record of attacks
	RecordCasualty                         // "casualties": the nouns of that record
	RecordVerify                           // "confirmed", "verified": a toll kept as the agency's own record
)

var settingKindNames = map[string]SettingKind{"phenomenon": Phenomenon, "owner": SettingOwner,
	"worsen": WorsenVerb, "needs": NeedsNoun, "victims": RecordVictims, "casualty": RecordCasualty,
	"verify": RecordVerify}

//go:embed lexicon/setting.tsv
var settingData string

var settingWords = flagTable("setting.tsv", settingData, settingKindNames)

// SettingWords returns the words of lexicon/setting.tsv of any of the
// kinds asked, as a new set of the caller's.
func SettingWords(kinds SettingKind) map[string]bool { return wordsWith(settingWords, kinds) }

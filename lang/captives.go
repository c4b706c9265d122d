package lang

import _ "embed"

// CaptiveKind is a set of the kinds of lexicon/captives.tsv: the words of
// people taken and held by a side and of their release.
type CaptiveKind uint8

// The kinds of lexicon/captives.tsv.
const (
	FreeWord    CaptiveKind = 1 << iota // "released", "freed": someone set free
	CaptiveNoun                         // "hostages", "prisoners": who a side holds
	TakerNoun                           // "captors", "kidnappers": who holds them
	SeizedWord                          // "kidnapped", "abducted": people seized
	SendWord                            // "dispatched", "flew": a go-between sent
	MissionAim                          // "free", "persuade": a go-between's aim
	MissionHeld                         // "hostages", "kidnappers": captives as a kidnapping's news names them
	// TreatedWord: words that tell how captives are held: abuse, torture,
	// hunger, an ordeal endured.
	TreatedWord
)

var captiveKindNames = map[string]CaptiveKind{
	"free":    FreeWord,
	"captive": CaptiveNoun,
	"taker":   TakerNoun,
	"seized":  SeizedWord,
	"send":    SendWord,
	"aim":     MissionAim,
	"held":    MissionHeld,
	"treated": TreatedWord,
}

//go:embed lexicon/captives.tsv
var captivesData string

var captiveWords = flagTable("captives.tsv", captivesData, captiveKindNames)

// CaptiveWords returns the words of lexicon/captives.tsv of any of the
// kinds asked, as a new set of the caller's.
func CaptiveWords(kinds CaptiveKind) map[string]bool { return wordsWith(captiveWords, kinds) }

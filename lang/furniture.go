package lang

import _ "embed"

// FurnitureKind is a set of the kinds of lexicon/furniture.tsv: the words
// of a page's trails, datelines, credits and media labels.
type FurnitureKind uint16

// The kinds of lexicon/furniture.tsv.
const (
	CrumbWidget  FurnitureKind = 1 << iota // "home", "share": after a trail's last separator
	WireTag                                // "afp", "reuters": an agency a bracket names
	DatelineWord                           // "published", "gmt": start a dateline
	ShowWord                               // "footage", "shows": a video's or photos' sentence
	CreditStart                            // "the", "according": open a sentence after a credit
	// LinkListWord: words that start a page's list of links to other stories
	// ("Related", "Read also"): numbers after them are other stories' figures.
	LinkListWord
	// SourceMark: the agencies' names and page words that are never an
	// answer's name though capitalised: "AFP", "Tags", "Published".
	SourceMark
	// BarWord: the words of a share bar that are no section name (crumbWidgets
	// holds the rest).
	BarWord
	// BarButton: the words only a share bar holds: a run of crumb words
	// without one of them is a name or a section ("The News", "Top News").
	BarButton
)

var furnitureKindNames = map[string]FurnitureKind{
	"crumb":     CrumbWidget,
	"wire":      WireTag,
	"dateline":  DatelineWord,
	"show":      ShowWord,
	"credit":    CreditStart,
	"linklist":  LinkListWord,
	"source":    SourceMark,
	"bar":       BarWord,
	"barbutton": BarButton,
}

//go:embed lexicon/furniture.tsv
var furnitureData string

var furnitureWords = flagTable("furniture.tsv", furnitureData, furnitureKindNames)

// FurnitureWords returns the words of lexicon/furniture.tsv of any of the
// kinds asked, as a new set of the caller's.
func FurnitureWords(kinds FurnitureKind) map[string]bool { return wordsWith(furnitureWords, kinds) }

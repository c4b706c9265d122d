package lang

import _ "embed"

// BulletinKind is a set of the kinds of lexicon/bulletins.tsv: the words
// of an agency's periodic bulletin's or yearly review's headline.
type BulletinKind uint8

// The kinds of lexicon/bulletins.tsv.
const (
	PeriodicWord  BulletinKind = 1 << iota // "weekly", "bulletin": a periodic bulletin named
	BulletinEvent                          // "hurricane", "influx": the event a bulletin follows
	AnnualNoun                             // "review", "report": after "annual", a year's review
	// NumberingWord: nouns a figure after numbers ("week 23", "epi-week 24",
	// "Issue 25", "phase 2"): which one, not how many.
	NumberingWord
	// WeekWord: words that name a numbered period of a report ("in week 15"):
	// its number is no figure between "the number of X" and what it comes to.
	WeekWord
	// CumulativeWord: words that cumulativeWords, right before "number of",
	// make it a report's total.
	CumulativeWord
	// ReferenceWord: words that number the parts of a report a sentence points
	// to.
	ReferenceWord
)

var bulletinKindNames = map[string]BulletinKind{
	"periodic":   PeriodicWord,
	"event":      BulletinEvent,
	"annual":     AnnualNoun,
	"numbering":  NumberingWord,
	"week":       WeekWord,
	"cumulative": CumulativeWord,
	"reference":  ReferenceWord,
}

//go:embed lexicon/bulletins.tsv
var bulletinsData string

var bulletinWords = flagTable("bulletins.tsv", bulletinsData, bulletinKindNames)

// BulletinWords returns the words of lexicon/bulletins.tsv of any of the
// kinds asked, as a new set of the caller's.
func BulletinWords(kinds BulletinKind) map[string]bool { return wordsWith(bulletinWords, kinds) }

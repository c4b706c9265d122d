package lang

import _ "embed"

// CompassKind is a set of the kinds of lexicon/compass.tsv: the points
// of the compass and the adjectives that name a region by one.
type CompassKind uint8

// The kinds of lexicon/compass.tsv.
const (
	CompassNoun CompassKind = 1 << iota // "north", "southwest": a point
	CompassAdj                          // "eastern", "north-western": a region's side
)

var compassKindNames = map[string]CompassKind{"point": CompassNoun, "adjective": CompassAdj}

//go:embed lexicon/compass.tsv
var compassData string

var compassWords = flagTable("compass.tsv", compassData, compassKindNames)

// CompassWords returns the words of lexicon/compass.tsv of any of the
// kinds asked, as a new set of the caller's.
func CompassWords(kinds CompassKind) map[string]bool { return wordsWith(compassWords, kinds) }

// compassPoints are the eight points of the compass, lower case.
var compassPoints = WordSetOf(CompassWords(CompassNoun))

// CompassPoint reports whether the lower-case word w is a point of the
// compass ("north", "southwest"): "northwest of Aleppo" says where a place
// lies and is no part of its name. The adjectives ("northern") are not
// points.
func CompassPoint(w string) bool { return compassPoints.Has(w) }

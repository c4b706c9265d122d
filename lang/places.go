package lang

import _ "embed"

// PlaceKind is a set of the kinds of lexicon/places.tsv: the nouns of places
// as analysis's rules read them: the places people leave or flee, the places
// a report counts, the places whose possessive opens a body's name.
type PlaceKind uint8

// The kinds of lexicon/places.tsv.
const (
	// LeftPlace: the place the evacuees leave: "left the two towns".
	LeftPlace PlaceKind = 1 << iota
	// CountedPlace: the places ReliefWeb's reports count: "provinces",
	// "payams", "camps".
	CountedPlace
	// PlaceOwner: the places whose possessive may open a body's description:
	// "according to the city's monitoring and documentation office".
	PlaceOwner
	// FledBuilding: the places a person flees for an hour, not a home: "fled
	// the hospital" in a raid is no displacement.
	FledBuilding
)

var placeKindNames = map[string]PlaceKind{
	"left":    LeftPlace,
	"counted": CountedPlace,
	"owner":   PlaceOwner,
	"fled":    FledBuilding,
}

//go:embed lexicon/places.tsv
var placeData string

var placeWords = flagTable("places.tsv", placeData, placeKindNames)

// PlaceWords returns the words of lexicon/places.tsv of any of the kinds
// asked, as a new set of the caller's.
func PlaceWords(kinds PlaceKind) map[string]bool { return wordsWith(placeWords, kinds) }

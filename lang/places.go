package lang

import _ "embed"

// PlaceKind is a set of the kinds of lexicon/places.tsv: the nouns of places
// as the rules of analysis and stories read them: the places people leave or flee, the places
// a report counts, the places whose possessive opens a body's name.
type PlaceKind uint16

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
	// TownKind: the kinds of place an event happens in rather than around
	// (mergePlaces).
	TownKind
	// FinePlace: the kinds of place below a city: two reports that name
	// different ones tell of different spots.
	FinePlace
	// FinePointer: the kinds a sentence names a place by that lie within a
	// city ("the district", "the neighbourhood") or are a village: a city,
	// province or region named before is not the place they mean.
	FinePointer
	// SpotMarker: the words that make the name before them (or after them and
	// "of") a spot.
	SpotMarker
	// RouteNoun: words that name a route by its kind once it was told: "the
	// road", "the highway", "the corridor".
	RouteNoun
	// PlaceKindNoun: words that name a place by its kind once it was told:
	// "the province", "the town".
	PlaceKindNoun
	// PlaceHead: words that follow a place's kind that modifies them: "the
	// town council", "the city hall".
	PlaceHead
	// DirectionWord: words that name a part of a place: "In the east of
	// Damascus", "In northern Syria", "North of Aleppo city".
	DirectionWord
	// SpreadNoun: the places a round-up spreads over after its words of many:
	// "provinces", "fronts".
	SpreadNoun
	// PlaceBefore: the words before a name that make it a place's: a
	// preposition of place, a place's kind, a verb of attack ("in", "town",
	// "struck").
	PlaceBefore
	// OfPlace: the words before "of" that make what follows a place ("north of
	// Hama", "the outskirts of Aleppo").
	OfPlace
)

var placeKindNames = map[string]PlaceKind{
	"left":        LeftPlace,
	"counted":     CountedPlace,
	"owner":       PlaceOwner,
	"fled":        FledBuilding,
	"town":        TownKind,
	"fine":        FinePlace,
	"finepointer": FinePointer,
	"spot":        SpotMarker,
	"route":       RouteNoun,
	"kind":        PlaceKindNoun,
	"head":        PlaceHead,
	"direction":   DirectionWord,
	"spread":      SpreadNoun,
	"before":      PlaceBefore,
	"of":          OfPlace,
}

//go:embed lexicon/places.tsv
var placeData string

var placeWords = flagTable("places.tsv", placeData, placeKindNames)

// PlaceWords returns the words of lexicon/places.tsv of any of the kinds
// asked, as a new set of the caller's.
func PlaceWords(kinds PlaceKind) map[string]bool { return wordsWith(placeWords, kinds) }

package lang

import _ "embed"

// UnitKind is a set of the kinds of unit of lexicon/units.tsv: a reader
// asks for the kinds it reads.
type UnitKind uint8

// The kinds of lexicon/units.tsv.
const (
	TimeUnit     UnitKind = 1 << iota // "second" to "year"
	LongTimeUnit                      // "decade", "century"
	DistanceUnit                      // "km", "miles"
	ShareUnit                         // "percent", "per cent", "pct"
	MassUnit                          // "kg", "tonnes"
	AreaUnit                          // "km2", "square"

	AnyUnit = TimeUnit | LongTimeUnit | DistanceUnit | ShareUnit | MassUnit | AreaUnit
)

var unitKindNames = map[string]UnitKind{"time": TimeUnit, "long": LongTimeUnit, "distance": DistanceUnit,
	"share": ShareUnit, "mass": MassUnit, "area": AreaUnit}

//go:embed lexicon/units.tsv
var unitsData string

var units = flagTable("units.tsv", unitsData, unitKindNames)

// Unit reports whether the lower-case word w is a unit of measure of any
// of the kinds asked: Unit("hours", TimeUnit), Unit("km", DistanceUnit).
func Unit(w string, kinds UnitKind) bool {
	return units[w]&kinds != 0
}

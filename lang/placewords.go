package lang

// The words of a phrase that tells where something happened (round
// h-orig2): the prepositions that open it ("in the United States", "near
// Washington", "along the border") and the nouns of a place that a name
// may follow or precede inside it ("the U.S. capital, Washington", "the
// city of Foo"). The analysis reads a headline's trailing name governed by
// them as the place of the deaths, not as who counted them.

var placePreps = WordSetOf(setOf("in near at off along across outside inside on into"))

var placeNouns = WordSetOf(setOf("city town village capital state province county region district governorate border area island coast"))

// IsPlacePrep reports a lower-case word that opens a phrase of place.
func IsPlacePrep(w string) bool { return placePreps.Has(w) }

// IsPlaceNoun reports a lower-case noun of a place ("city", "capital").
func IsPlaceNoun(w string) bool { return placeNouns.Has(w) }

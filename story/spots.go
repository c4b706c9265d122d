package story

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/conflict-digest/conflict-digest/lang"
	"github.com/conflict-digest/conflict-digest/news"
)

// A spot is a place below a city that the lead names by what it is: "the
// al-Sheikh Maqsoud neighbourhood", "Manyan market in the New Aleppo area",
// "the district of al-Mallah". The gazetteer knows a city's well-known
// districts, not its markets and neighbourhoods, and two reports of rockets
// on one city on one day that name different neighbourhoods tell of two
// attacks (spotPenalty); two that name the same one find each other
// through it, however common the rest of their words.

// spotMarkers are the words that make the name before them (or after them
// and "of") a spot.
var spotMarkers = lang.PlaceWords(lang.SpotMarker)

// markerStems are the spot markers' starts as written in lower case and
// capitalised: a sentence without one names no spot, which a substring
// search tells without splitting it into words.
var markerStems = []string{"neighbo", "Neighbo", "district", "District", "quarter", "Quarter",
	"area", "Area", "market", "Market", "suburb", "Suburb", "region", "Region", "farms", "Farms",
	"north of", "south of", "east of", "west of"}

func mayNameSpot(s string) bool {
	for _, m := range markerStems {
		if strings.Contains(s, m) {
			return true
		}
	}
	return false
}

// maxSpotWords bounds the words of a spot's name ("al-Sheikh Maqsoud",
// "Bustan al-Qasr", "New Aleppo").
const maxSpotWords = 3

// leadSpots returns the names of the spots the lead sentences name, in
// spotName's form, without the item's larger places ("the Aleppo area").
func leadSpots(lead []string, places []news.Entity) []string {
	var out []string
	for _, s := range lead {
		if !mayNameSpot(s) {
			continue
		}
		ws := lang.WordsAsWritten(s)
		if titleCase(ws) {
			continue // a headline run into the lead: every word looks like a name
		}
		for i, w := range ws {
			if lang.CompassPoint(w) && i+2 < len(ws) && ws[i+1] == "of" && coarsePlace(ws[i+2], places) {
				// "Al Maleh north of Aleppo": the name before is a spot
				if n := nameBefore(ws, i); n != "" {
					out = append(out, withoutCoarse(n, places))
				}
				continue
			}
			if !spotMarkers[strings.ToLower(w)] {
				continue
			}
			if n := nameBefore(ws, i); n != "" {
				out = append(out, withoutCoarse(n, places))
			} else if i+2 < len(ws) && strings.EqualFold(ws[i+1], "of") && !coarsePlace(ws[i+2], places) {
				out = append(out, withoutCoarse(nameAfter(ws, i+2), places))
			}
		}
	}
	out = slices.DeleteFunc(out, func(n string) bool { return n == "" || adjective(n) })
	slices.Sort(out)
	return slices.Compact(out)
}

// nameBefore returns the capitalised name that ends just before ws[i].
func nameBefore(ws []string, i int) string {
	j := i
	for j > 0 && i-j < maxSpotWords && properWord(ws[j-1]) {
		j--
	}
	return spotName(ws[j:i])
}

// nameAfter returns the capitalised name that starts at ws[i].
func nameAfter(ws []string, i int) string {
	j := i
	for j < len(ws) && j-i < maxSpotWords && properWord(ws[j]) {
		j++
	}
	return spotName(ws[i:j])
}

// properWord reports whether a word can be part of a place's name: it is
// capitalised, or a lower-case article joined to one ("al-Qasr"), and not
// a function word ("The", "In" of a title-case headline).
func properWord(w string) bool {
	if lang.IsStop(strings.ToLower(w), lang.Function|lang.Calendar) {
		return false
	}
	if i := strings.LastIndexByte(w, '-'); i >= 0 {
		// "al-Qasr", "ez-Zor" are names; "Kurdish-held" is not
		r, _ := utf8.DecodeRuneInString(w[i+1:])
		if !unicode.IsUpper(r) {
			return false
		}
		if i <= 2 {
			return true
		}
	}
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// adjective reports whether a one-word name is an adjective of a people or
// a faith ("the Kurdish district", "the Christian quarter"), not a spot.
func adjective(n string) bool {
	if strings.Contains(n, " ") {
		return false
	}
	for _, suf := range []string{"ish", "ian", "ese"} {
		if strings.HasSuffix(n, suf) {
			return true
		}
	}
	return false
}

// spotName is the form spots are compared in: lower case, hyphens as
// spaces, without a leading article ("al-Sheikh Maqsoud" and "Sheikh
// Maqsoud" are one spot).
func spotName(ws []string) string {
	if len(ws) == 0 {
		return ""
	}
	f := strings.Fields(strings.ReplaceAll(strings.ToLower(strings.Join(ws, " ")), "-", " "))
	if len(f) > 1 && (f[0] == "al" || f[0] == "el") {
		f = f[1:]
	}
	return strings.Join(f, " ")
}

// withoutCoarse returns a spot's name without the item's places above a
// town that lead it ("Syria's Aleppo", "Aleppo's Marjeh", written without
// the apostrophe by some outlets): "" when nothing else is left ("the
// Aleppo area").
func withoutCoarse(n string, places []news.Entity) string {
	f := strings.Fields(n)
	for len(f) > 0 && coarseWord(f[0], places) {
		f = f[1:]
	}
	return strings.Join(f, " ")
}

// coarsePlace reports whether a word is the name of one of the item's
// places above a town: "a neighbourhood of Aleppo" names no spot, and the
// capitalised words after it belong to what follows ("... of Aleppo.
// (TRT World and Agencies)", a credit the sentence splitter left on).
func coarsePlace(w string, places []news.Entity) bool {
	w = spotName([]string{w})
	for _, e := range places {
		if !finePlaces[e.Kind] && w == spotName(strings.Fields(e.Name)) {
			return true
		}
	}
	return false
}

// coarseWord reports whether a word is the name of one of the item's
// places above a town, a country or its possessive.
func coarseWord(w string, places []news.Entity) bool {
	for _, e := range places {
		if finePlaces[e.Kind] {
			continue
		}
		name := spotName(strings.Fields(e.Name))
		if w == name || w == name+"s" || w == name+"'s" {
			return true
		}
	}
	return false
}

// titleCase reports whether most words of a sentence are capitalised: a
// headline, whose capitals do not mark names.
func titleCase(ws []string) bool {
	upper, n := 0, 0
	for _, w := range ws {
		if lang.IsStop(strings.ToLower(w), lang.Function) {
			continue
		}
		n++
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			upper++
		}
	}
	return n >= 4 && upper*4 >= n*3
}

// spotKey is the key of a spot's name: its consonant skeleton, the first
// letter kept, vowels, y, w and h dropped and doubled letters made one, so
// that transliterations of one Arabic name meet ("Salaheddin" and "Salah
// Eddin", "Hamdaniyeh" and "Hamadaniya", "Mayadin" and "Mayadeen").
func spotKey(n string) uint64 {
	var b []byte
	for i, r := range n {
		if r == ' ' || r == '\'' {
			continue
		}
		if i > 0 && strings.ContainsRune("aeiouywh", r) {
			continue
		}
		if c := byte(r); r < utf8.RuneSelf && len(b) > 0 && b[len(b)-1] == c {
			continue
		}
		b = utf8.AppendRune(b, r)
	}
	return keyHash("s", string(b))
}

// fineKeys returns the sorted, distinct keys of the item's spots: the
// towns, districts and sites the gazetteer found in its lead (named) and
// the spots its lead names (found).
func fineKeys(lead []news.Entity, spots []string) (keys []uint64, named, found bool) {
	for _, e := range lead {
		if finePlaces[e.Kind] {
			keys = append(keys, spotKey(spotName(strings.Fields(e.Name))))
			named = true
		}
	}
	for _, n := range spots {
		keys = append(keys, spotKey(n))
		found = true
	}
	slices.Sort(keys)
	return slices.Compact(keys), named, found
}

// otherSpots reports whether two articles name spots of one kind — both
// gazetteer towns and districts, or both neighbourhoods their leads call
// so — and none in common: they tell of two places in one city. A town the
// gazetteer finds in one lead, named in passing, against the neighbourhood
// the other names is no such evidence.
func otherSpots(a, b *doc) bool {
	return (a.spotsNamed && b.spotsNamed || a.spotsFound && b.spotsFound) && !sharesKey(a.fine, b.fine)
}

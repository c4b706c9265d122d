package story

import (
	"cmp"
	"math"
	"slices"
	"strings"

	"github.com/conflict-digest/conflict-digest/lang"
	"github.com/conflict-digest/conflict-digest/news"
)

// Outlets spell one Arabic place name in Latin letters with different
// vowels and doublings: one battle for a farmland north of Aleppo was
// fought at "Al Maleh" (a monitor via AFP), "al-Malaah" and "Mallah Farms"
// (two pro-government outlets), and its reports shared no word for it.
// A name the text itself calls a spot below a city ("the farms of Al
// Maleh", "Mallah Farms", "the al-Malaah region", a neighbourhood, a
// district: spotMarkers and spellingMarkers) has a skeleton (spotKey's
// letters). Two reports that share a skeleton and spell it apart
// (respelled) find each other through it, and their cosine is that of
// their terms with those names as their skeletons, if higher. Only such
// names, and only between reports that both call them places: compared
// by their consonants, all the rare words of two reports meet too often
// ("Assyrian" and "sarin"; a skeleton of every rare term merged an air
// strike with a chemical weapons finding five days on), and a name one
// report calls a place and another names in passing keeps its own
// spelling, as before.

// spellingMarkers are the words besides spotMarkers that make the name
// before them (or after them and "of") a spot whose spelling varies: the
// farmland and countryside around a city that battles are fought over.
var spellingMarkers = map[string]bool{"farms": true, "farm": true, "region": true}

// spellingStems are spellingMarkers' starts (see markerStems).
var spellingStems = []string{"farm", "Farm", "region", "Region"}

// minSpellingIDF is the least weight of a term compared by its skeleton: a
// word of a handful of documents in the idf table, a name rather than a
// word of the language.
const minSpellingIDF = 6.0

// spellings returns the terms of an item's title and lead that name a spot
// its text calls so, each mapped to its skeleton's term ("~" and spotKey's
// letters); nil when there are none. A term a document does not mark as a
// spot stays as it is: the skeleton joins only names two texts both call a
// place.
func spellings(it *Item, terms map[string]float32, places []news.Entity) map[string]string {
	var names []string
	for _, s := range textLead(it.Text, it.Sentences, leadSentences) {
		if !mayNameSpot(s) && !mayNameSpelling(s) {
			continue
		}
		ws := lang.WordsAsWritten(s)
		if titleCase(ws) {
			continue
		}
		for i, w := range ws {
			lw := strings.ToLower(w)
			if !spotMarkers[lw] && !spellingMarkers[lw] {
				continue
			}
			if n := nameBefore(ws, i); n != "" {
				names = append(names, withoutCoarse(n, places))
			} else if i+2 < len(ws) && strings.EqualFold(ws[i+1], "of") && !coarsePlace(ws[i+2], places) {
				names = append(names, withoutCoarse(nameAfter(ws, i+2), places))
			}
		}
	}
	var out map[string]string
	for _, n := range names {
		for _, w := range strings.Fields(n) {
			t := term(w)
			if t == "" || idf(t) < minSpellingIDF {
				continue
			}
			sk := "~" + skeleton(w)
			for _, form := range []string{t, "al-" + t, "el-" + t} {
				if _, ok := terms[form]; ok && idf(form) >= minSpellingIDF {
					if out == nil {
						out = map[string]string{}
					}
					out[form] = sk
				}
			}
		}
	}
	return out
}

func mayNameSpelling(s string) bool {
	for _, m := range spellingStems {
		if strings.Contains(s, m) {
			return true
		}
	}
	return false
}

// skeleton is spotKey's form of a one-word name: the first letter kept,
// vowels, y, w and h dropped, doubled letters made one.
func skeleton(n string) string {
	var b []byte
	for i := 0; i < len(n); i++ {
		c := n[i]
		if i > 0 && strings.IndexByte("aeiouywh", c) >= 0 {
			continue
		}
		if len(b) > 0 && b[len(b)-1] == c {
			continue
		}
		b = append(b, c)
	}
	return string(b)
}

// spelledKeys returns the sorted, distinct keys of the skeletons and of the
// terms that map to them.
func spelledKeys(spelled map[string]string) (skeletons, forms []uint64) {
	for t, sk := range spelled {
		skeletons = append(skeletons, keyHash("~", sk))
		forms = append(forms, keyHash("t", t))
	}
	slices.Sort(skeletons)
	slices.Sort(forms)
	return slices.Compact(skeletons), slices.Compact(forms)
}

// respelled reports whether two texts call a place by one skeleton and
// spell it apart: they share a skeleton and none of the spellings. Two that
// spell it alike share the term, which the index's keys and the cosine
// already read.
func respelled(a, b *doc) bool {
	return len(a.spelled) > 0 && len(b.spelled) > 0 && sharesKey(a.spelled, b.spelled) && !sharesKey(a.forms, b.forms)
}

// spelledVector returns the vector of the term counts with the terms of
// spelled as their skeletons, each with its own weight; the forms of one
// name add up.
func spelledVector(counts map[string]float32, spelled map[string]string) vector {
	list := make(vector, 0, len(counts))
	for t, c := range counts {
		h := t
		if sk, ok := spelled[t]; ok {
			h = sk
		}
		list = append(list, termWeight{termHash(h), c * idf(t)})
	}
	slices.SortFunc(list, func(a, b termWeight) int { return cmp.Compare(a.t, b.t) })
	v := make(vector, 0, len(list))
	for i, e := range list {
		if i > 0 && e.t == list[i-1].t {
			v[len(v)-1].w += e.w
			continue
		}
		v = append(v, e)
	}
	var sum float64
	for _, e := range v {
		sum += float64(e.w) * float64(e.w)
	}
	norm := float32(math.Sqrt(sum))
	for i := range v {
		v[i].w /= norm
	}
	return v
}

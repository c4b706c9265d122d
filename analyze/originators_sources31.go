package analyze

import (
	"strings"

	"github.com/conflict-digest/conflict-digest/lang"
)

// Unnamed sources and a place's spokesman (issue 10, round h-orig31).
//
// Sources the table does not know, named as the subject of an attribution
// word, are the originator as the text names them (the labels' convention,
// analyze/testdata/figures/README.md: "sources" in lower case as written):
// "diplomatic sources told AFP" is "diplomatic sources", "sources in the
// region told reporters" "sources in the region", "a source close to the
// talks said" "source close to the talks". The table's sources ("medical
// sources", "security sources", "local sources") keep its names: this reads
// only a sentence the table found no source in.
//
// A spokesman for a state, a province or a region of a country speaks for
// its government: "the spokesman for the northeastern state of Borno said"
// is "Borno state", "a spokesman for Kaduna state said" "Kaduna state"; a
// government, a party to the fighting.

// sourceHeads are the nouns of an unnamed source.
var sourceHeads = lang.WordSetOf(lang.SourceWords(lang.SourceHead))

// sourcePreps open what places a source: "sources in the region", "a source
// close to the talks", "sources inside the city".
var sourcePreps = lang.WordSetOf(lang.PrepositionWords(lang.SourcePrep))

// sourceAdjEnds are the endings of an adjective before "sources"
// ("diplomatic", "judicial", "western", "humanitarian", "independent"): a
// verb or a noun before them ("were killed sources said" in text without
// its commas) is none.
var sourceAdjEnds = lang.StemList(lang.SourceAdjEnd)

// sourceAdj reports a lower-case adjective before "sources".
func sourceAdj(w string) bool {
	if len(w) < 5 || nounDets.Has(w) {
		return false
	}
	for _, e := range sourceAdjEnds {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// sourceDets before sources make them ones named before ("these sources")
// or join them to others ("local and media sources", listed sources the
// rules for lists read).
var sourceDets = lang.WordSetOf(lang.DeterminerWords(lang.SourceDeterminer))

// maxSourceWords bounds the words that place a source after its noun.
const maxSourceWords = 4

// unnamedSources returns the sources a sentence names as the subject of an
// attribution word, as written (see above); ok is false for none.
func unnamedSources(s *factSentence) (string, bool) {
	toks := s.toks
	for k := 0; k+1 < len(toks); k++ {
		if !sourceHeads.Has(toks[k].w) {
			continue
		}
		lo := k
		for lo > 0 && lo > k-2 && !toks[lo-1].punct && !toks[lo-1].isNum {
			w := s.text[toks[lo-1].off:toks[lo-1].end]
			if demonym(w) || sourceAdj(toks[lo-1].w) {
				lo--
				continue
			}
			break
		}
		if lo > 0 && sourceDets.Has(toks[lo-1].w) {
			continue // "local and media sources", "these sources": listed, or named before
		}
		hi := k
		if e := k + 1; e < len(toks) && sourcePreps.Has(toks[e].w) {
			e++
			if toks[e-1].w == "close" {
				if e >= len(toks) || toks[e].w != "to" {
					continue
				}
				e++
			}
			n := 0
			for e < len(toks) && n < maxSourceWords && !toks[e].punct && !toks[e].isNum && !isCue(toks, e) &&
				toks[e].w != "familiar" && toks[e].w != "who" && toks[e].w != "with" {
				e, n = e+1, n+1
			}
			if n == 0 || toks[e-1].w == "the" {
				continue
			}
			hi = e - 1
		}
		if lo == k && hi == k && (toks[k].w == "source" || k > 0 && !toks[k-1].punct && !strings.HasSuffix(toks[k-1].w, "ed")) {
			// "the sources said", "the source said": an anaphor of sources named
			// before; "media sources said": a noun before them no rule names
			continue
		}
		c := hi + 1
		if c < len(toks) && toks[c].w == "familiar" {
			// "sources in the region familiar with the situation told CNN"
			for c < len(toks) && c <= hi+6 && !toks[c].punct && !isCue(toks, c) {
				c++
			}
		}
		if c+1 < len(toks) && personAux.Has(toks[c].w) {
			c++
		}
		if c < len(toks) && isCue(toks, c) && toks[c].w != "according" {
			return s.text[toks[lo].off:toks[hi].end], true
		}
	}
	return "", false
}

// regionNouns are a country's parts whose government a spokesman speaks
// for.
var regionNouns = lang.WordSetOf(lang.SourceWords(lang.RegionNoun))

// placeSpokesman returns the part of a country a spokesman named as the
// subject of an attribution word speaks for ("the spokesman for the
// northeastern state of Borno said", "said a spokesman for Kaduna state"):
// its name and its kind ("Borno state"); ok is false for none.
func placeSpokesman(s *factSentence) (string, bool) {
	toks := s.toks
	for k := 0; k+2 < len(toks); k++ {
		if !spokesWords.Has(toks[k].w) || toks[k+1].w != "for" {
			continue
		}
		e := k + 2
		if e < len(toks) && toks[e].w == "the" {
			e++
		}
		for n := 0; e < len(toks) && n < 2 && !toks[e].punct && !regionNouns.Has(toks[e].w) &&
			!lang.Capitalised(s.text[toks[e].off:toks[e].end]); n, e = n+1, e+1 {
		}
		var name, kind string
		var end int
		switch {
		case e+2 < len(toks) && regionNouns.Has(toks[e].w) && toks[e+1].w == "of":
			lo, hi, ok := placeName(s, e+2)
			if !ok {
				continue
			}
			name, kind, end = s.text[toks[lo].off:toks[hi].end], toks[e].w, hi
		default:
			lo, hi, ok := placeName(s, e)
			if !ok || hi+1 >= len(toks) || !regionNouns.Has(toks[hi+1].w) {
				continue
			}
			name, kind, end = s.text[toks[lo].off:toks[hi].end], toks[hi+1].w, hi+1
		}
		said := end+1 < len(toks) && (isCue(toks, end+1) || toks[end+1].w == "," && end+2 < len(toks) && isCue(toks, end+2))
		if b := k - 1; b >= 0 && nounDets.Has(toks[b].w) {
			b--
			said = said || b >= 0 && isCue(toks, b) && toks[b].is(wcInverted)
		}
		if said {
			return name + " " + kind, true
		}
	}
	return "", false
}

// placeName returns the capitalised words of a place's name from toks[i]
// (three at most).
func placeName(s *factSentence, i int) (lo, hi int, ok bool) {
	hi = i - 1
	for j := i; j < len(s.toks) && j < i+3; j++ {
		t := s.toks[j]
		if t.punct || t.isNum || !lang.Capitalised(s.text[t.off:t.end]) {
			break
		}
		hi = j
	}
	return i, hi, hi >= i
}

// Partners and field reports (issue 10, round h-fig41).
//
// An agency's update cites the agencies that work with it, unnamed, as the
// source of a count: "humanitarian partners have verified 35,000 displaced
// households", "according to field reports", "health partners report". The
// labels write them as the text does ("humanitarian partners", "field
// reports"), as unnamed "sources" are (unnamedSources). A body named with
// them ("UNICEF and partners", "with its partners") is the source, not they.

// partnerMods are the words that say which partners or reports: their
// sector or their place.
var partnerMods = lang.WordSetOf(lang.SourceWords(lang.PartnerMod))

// partnerJoins before the partners join them to a body named before: "UNICEF
// and partners", "with its partners".
var partnerJoins = lang.WordSetOf(lang.JoinerWords(lang.PartnerJoin))

// agencyPartners returns the partners or field reports a sentence names as
// the subject of an attribution word or after "according to", as written;
// ok is false for none.
func agencyPartners(s *factSentence) (string, bool) {
	toks := s.toks
	for k := 0; k < len(toks); k++ {
		if toks[k].w != "partners" && toks[k].w != "reports" {
			continue
		}
		lo := k
		for lo > 0 && lo > k-2 && partnerMods.Has(toks[lo-1].w) && !capitalised(s, lo-1) {
			lo--
		}
		if toks[k].w == "reports" && (lo == k || toks[k-1].w != "field") {
			continue // "reports" alone, "media reports": a relay or the table's
		}
		if lo > 0 && partnerJoins.Has(toks[lo-1].w) {
			continue
		}
		p := lo - 1
		if p >= 0 && toks[p].w == "the" {
			p--
		}
		if p >= 1 && toks[p].w == "to" && toks[p-1].w == "according" {
			return s.text[toks[lo].off:toks[k].end], true
		}
		c := k + 1
		for n := 0; n < 2 && c < len(toks) && writtenAux.Has(toks[c].w); n++ {
			c++
		}
		if c < len(toks) && isCue(toks, c) && !toks[c].is(wcAhead) {
			return s.text[toks[lo].off:toks[k].end], true
		}
	}
	return "", false
}

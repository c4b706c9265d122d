package analyze

import (
	"slices"
	"strings"
	"unicode"

	"github.com/conflict-digest/conflict-digest/lang"
	"github.com/conflict-digest/conflict-digest/news"
)

// leadEntitySentences is how many sentences after the title make the lead
// whose entities are marked Lead: the event's own places, as against those
// of the background paragraphs.
const leadEntitySentences = 3

// maxEntities bounds the places and the actors reported for one article.
const maxEntities = 20

// entities finds the gazetteer's places and actors in the title and text,
// most mentioned first (ties: first mentioned first).
func entities(d *doc) (places, actors []news.Entity) {
	// the entries named, in the order first named: looked for one by one,
	// an article names a few, and the gazetteer holds some hundreds at most
	found := d.arena.named.take(16) // refilled by the next analysis
	lead := true
	count := func(id int) {
		for i := range found {
			if found[i].id == id {
				found[i].count++
				found[i].lead = found[i].lead || lead
				return
			}
		}
		found = append(found, named{id, 1, lead})
	}
	titleHeads, _ := d.wordHeads()
	// the words as written of one sentence at a time, in the arena's
	// array, with room for the longest sentence's
	room := len(d.titleWords)
	for i := range d.sents {
		room = max(room, len(d.sents[i].words))
	}
	scratch := d.arena.written.take(room)
	if d.title != "" {
		gaz.matchIn(d.titleWords, titleHeads, d.title, &scratch, count)
	}
	for i, s := range d.sents {
		lead = i < leadEntitySentences
		gaz.matchIn(s.words, d.sentHeads(i), s.text, &scratch, count)
	}
	nPlaces := 0
	for _, f := range found {
		if gaz.entries[f.id].place {
			nPlaces++
		}
	}
	places, actors = entityArray(nPlaces), entityArray(len(found)-nPlaces) // made once, not grown
	for _, f := range found {
		e := gaz.entries[f.id].Entity
		e.Count, e.Lead = f.count, f.lead
		if gaz.entries[f.id].place {
			places = append(places, e)
		} else {
			actors = append(actors, e)
		}
	}
	d.arena.named.keep(found)
	d.arena.written.keep(scratch[:cap(scratch)]) // cleared whole: any sentence's words may stand in it
	return topEntities(places), topEntities(actors)
}

// named is an entry of the gazetteer an article names (entities): how
// often, and whether in its lead.
type named struct {
	id, count int
	lead      bool
}

// entityArray returns an empty array with room for n entities, nil for
// none (an article that names none has nil places or actors).
func entityArray(n int) []news.Entity {
	if n == 0 {
		return nil
	}
	return make([]news.Entity, 0, n)
}

func topEntities(es []news.Entity) []news.Entity {
	// slices' stable sort is sort.SliceStable's, without its reflection
	slices.SortStableFunc(es, func(a, b news.Entity) int {
		switch {
		case a.Count > b.Count:
			return -1
		case b.Count > a.Count:
			return 1
		}
		return 0
	})
	if len(es) > maxEntities {
		es = es[:maxEntities]
	}
	return es
}

// match calls found for each gazetteer name in the lower-cased tokens of
// text, longest match first, left to right. A text in capitals (a wire's
// headline: "CAR BOMB KILLS FIVE", "IRAN SAYS WAR IS NOT OVER") holds no
// case-sensitive alias: its "CAR" and "IS" are words, not the Central
// African Republic and the Islamic State.
func (g *gazetteer) match(low []string, text string, found func(id int)) {
	g.matchHeads(low, nil, text, found)
}

// matchHeads is match given the heads of low (headsOf), or nil. (For gaz
// only: the heads hold its trie's first nodes.)
func (g *gazetteer) matchHeads(low []string, hs []*head, text string, found func(id int)) {
	g.matchIn(low, hs, text, nil, found)
}

// matchIn is matchHeads with the words as written split into *scratch
// (when not nil), which the caller may hand to the next call: they are
// read here only.
func (g *gazetteer) matchIn(low []string, hs []*head, text string, scratch *[]string, found func(id int)) {
	var o []string
	split := false
	orig := func() []string { // split once a case-sensitive alias asks, then kept
		if !split {
			split = true
			switch {
			case shouted(text):
			case scratch != nil:
				*scratch = lang.AppendWordsAsWritten((*scratch)[:0], text)
				o = *scratch
			default:
				o = lang.WordsAsWritten(text) // as written, for case-sensitive aliases
			}
			if len(o) != len(low) {
				o = nil
			}
		}
		return o
	}
	for i := 0; i < len(low); {
		if hs != nil && noGazChild(hs[i], low[i]) {
			i++ // most words begin no name: longestAt would stop at its first
			continue
		}
		id, n := g.longestAt(low, hs, orig, i)
		if n == 0 {
			i++
			continue
		}
		if n > 1 || !g.spelledOut(low, i) {
			found(id)
		}
		i += n
	}
}

// spelledOut reports whether the one-word name at low[i] is an acronym
// the words before it spell out as something the gazetteer does not know:
// "Global Acute Malnutrition (GAM)" is a nutrition survey's rate, not the
// Free Aceh Movement (issue 14, h-gate2: rwp10, rwp9 and WHO's nutrition
// reports). Where the words spelled out name an entry ("Syrian Democratic
// Forces (SDF)", "Gerakan Aceh Merdeka (GAM)" with its place), the acronym
// stays the entry's.
func (g *gazetteer) spelledOut(low []string, i int) bool {
	w := low[i]
	k := len(w)
	if k < 2 || k > 5 || i < k {
		return false
	}
	for j := 0; j < k; j++ {
		p := low[i-k+j]
		if p == "" || p[0] != w[j] || w[j] < 'a' || w[j] > 'z' {
			return false
		}
	}
	for j := i - k; j < i; j++ {
		if _, n := g.longestAt(low[:i], nil, func() []string { return nil }, j); n > 0 {
			return false
		}
	}
	return true
}

// longestAt returns the entry of the longest name starting at low[i] and the
// number of tokens it spans (0 when none); hs are the heads of low, or nil.
func (g *gazetteer) longestAt(low []string, hs []*head, origFn func() []string, i int) (int, int) {
	n := g.root
	var orig []string
	best, bestLen := -1, 0
	for j := i; j < len(low) && n != nil; j++ {
		if j == i && hs != nil {
			n = hs[i].gazChild(low[i]) // the root's child, looked up with the doc's words
		} else {
			n = n.child(low[j])
		}
		if n == nil {
			break
		}
		for _, e := range n.ends {
			if e.exact != nil && orig == nil {
				orig = origFn()
			}
			if e.exact == nil || exactAt(e.exact, orig, i) {
				best, bestLen = e.entry, j-i+1
				break
			}
		}
	}
	if best < 0 {
		return 0, 0
	}
	return best, bestLen
}

// child follows a token, then its form without FA-KES's stripped possessive
// ("Syrias", "Assads") when that form ends a name. Possessives with an
// apostrophe are removed from both the names and the text (gazKey).
func (n *gazNode) child(t string) *gazNode {
	if len(n.next) == 0 {
		return nil // a name's last word: most nodes a name's words reach
	}
	t = gazKey(t)
	if c := n.get(t); c != nil {
		return c
	}
	if base, ok := strings.CutSuffix(t, "s"); ok && len(base) > 2 {
		if c := n.get(base); c != nil && len(c.ends) > 0 {
			return c
		}
	}
	return nil
}

// get returns n.next[t], read from kids once n is frozen.
func (n *gazNode) get(t string) *gazNode {
	if n.frozen {
		return n.kids.Get(t)
	}
	return n.next[t]
}

// gazKey is a token as the trie keys it: without a possessive "'s".
func gazKey(t string) string {
	if len(t) < 3 || t[len(t)-1] != 's' {
		return t // most words: no possessive to take off
	}
	for _, suf := range []string{"'s", "’s"} {
		if base, ok := strings.CutSuffix(t, suf); ok && base != "" {
			return base
		}
	}
	return t
}

// exactAt reports whether orig has the case-sensitive tokens at i.
func exactAt(exact, orig []string, i int) bool {
	if i+len(exact) > len(orig) {
		return false
	}
	for k, t := range exact {
		if gazKey(orig[i+k]) != t {
			return false
		}
	}
	return true
}

// shouted reports a text of two words or more with no lower-case letter:
// written in capitals, it cannot tell an acronym from a word.
func shouted(text string) bool {
	words := 0
	prevSpace := true
	for _, r := range text {
		switch {
		case unicode.IsLower(r):
			return false
		case unicode.IsSpace(r):
			prevSpace = true
		case prevSpace:
			words++
			prevSpace = false
		}
	}
	return words >= 2
}

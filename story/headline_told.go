package story

import (
	"strconv"
	"strings"

	"github.com/conflict-digest/conflict-digest/analyze"
	"github.com/conflict-digest/conflict-digest/lang"
)

// toldNames returns a headline without the places and armed groups its
// report's body does not give for the headline's count: a title is its
// outlet's own words, and where its body tells the count of other places
// or other fighters ("5 Civilians Killed in Rocket Attacks in Aleppo and
// Idleb" over a report of four killed in Aleppo city and its countryside,
// naming no Idleb; "Army Kills 28 ISIL Militants in Hama" over "28 were
// killed" in a clash with two other groups), the name only the title gives
// misleads (issue 13, text audit: a headline the report's own body
// contradicts). The body is the report's sentences but those repeating
// its title (a page's title line: the title is cut from the sentence it
// is run into); the sentences giving the count are those
// stating the headline's first number and the one before each (its
// paragraph's lead), or the whole body when none states it. A name goes
// only when those sentences name another of its kind (a place, an armed
// group) and not it, and only where it goes cleanly: a group before the
// noun counted ("28 ISIL Militants" → "28 Militants"), a place of a list
// of places ("in Aleppo and Idleb" → "in Aleppo"; "Homs, Aleppo"). A
// headline stating no number, or a body the analysis gave no sentences
// of, keeps its names.
func toldNames(h, title string, sents []string) string {
	ws := strings.Fields(h)
	v := headlineNumber(ws)
	if v <= 0 || len(sents) == 0 {
		return h
	}
	var body []string
	for _, s := range sents {
		if title != "" {
			s = strings.ReplaceAll(s, title, "") // the page's title line, run into its lead or not
		}
		body = append(body, s)
	}
	var scope []string
	for i, s := range body {
		if statesCount(s, v) {
			if i > 0 {
				scope = append(scope, body[i-1])
			}
			scope = append(scope, s)
		}
	}
	if len(scope) == 0 {
		scope = body
	}
	places, groups := namedIn(scope)
	drop := make([]bool, len(ws))
	changed := false
	for i := range ws {
		name, isPlace, ok := headlineName(ws[i])
		if !ok {
			continue
		}
		given, others := groups, len(groups) > 0
		if isPlace {
			given, others = places, len(places) > 0
		}
		if given[name] || !others {
			continue
		}
		if k, ok := droppable(ws, i, isPlace, places); ok {
			for j := range k {
				drop[j] = drop[j] || k[j]
			}
			changed = true
		}
	}
	if !changed {
		return h
	}
	var out []string
	for i, w := range ws {
		if drop[i] {
			// punctuation the dropped word ended ("Idleb:" before a
			// source) stays with the word before it
			if tail := w[len(strings.TrimRight(w, ",;:.")):]; tail != "" && tail != "," && len(out) > 0 {
				out[len(out)-1] = strings.TrimRight(out[len(out)-1], ",") + tail
			}
			continue
		}
		out = append(out, w)
	}
	if n := len(out); n > 0 {
		out[n-1] = strings.TrimRight(out[n-1], ",")
	}
	return strings.Join(out, " ")
}

// headlineNumber is the first number a headline states, as digits or as
// a word ("Four"); 0 when it states none.
func headlineNumber(ws []string) int64 {
	for _, w := range ws {
		w = strings.Trim(w, ",;:.!?\"“”()")
		if v, err := strconv.ParseInt(strings.ReplaceAll(w, ",", ""), 10, 64); err == nil {
			return v
		}
		if c, ok := lang.Cardinal(strings.ToLower(w)); ok {
			return c
		}
	}
	return 0
}

// headlineName returns the gazetteer's name of a headline word that names
// a place other than a country (a headline's country is where the war is,
// not the event's place) or an armed group, and whether it is a place.
func headlineName(w string) (name string, place bool, ok bool) {
	w = strings.Trim(w, ",;:.!?\"“”()'")
	if !lang.Capitalised(w) {
		return "", false, false
	}
	if e, ok := analyze.LookupPlace(w); ok {
		return e.Name, true, e.Kind != "country"
	}
	if e, ok := analyze.ResolveActor(w); ok && e.Kind == "armed_group" {
		return e.Name, false, true
	}
	return "", false, false
}

// namedIn returns the places (not countries) and armed groups sentences
// name, by their gazetteer names, word by word and by pairs of words
// ("Jund al-Aqsa", "Deir Ezzor").
func namedIn(sents []string) (places, groups map[string]bool) {
	places, groups = map[string]bool{}, map[string]bool{}
	for _, s := range sents {
		ws := strings.Fields(s)
		for i := range ws {
			for n := 1; n <= 2 && i+n <= len(ws); n++ {
				p := strings.Trim(strings.Join(ws[i:i+n], " "), ",;:.!?\"“”()'")
				if !lang.Capitalised(p) && !strings.HasPrefix(p, "al-") {
					continue
				}
				if e, ok := analyze.LookupPlace(p); ok {
					if e.Kind != "country" {
						places[e.Name] = true
					}
					continue
				}
				if e, ok := analyze.ResolveActor(p); ok && e.Kind == "armed_group" {
					groups[e.Name] = true
				}
			}
		}
	}
	return places, groups
}

// droppable returns the words to drop with ws[i], a name its body does not
// give, when the headline reads whole without them: a group between a
// count and the noun it counts ("28 ISIL Militants"; not the side that
// kills: "SDF Troops Kill 13"), a place after another and
// "and" or a comma ("Aleppo and Idleb", "Daraa, Aleppo"), or before
// another after a comma or "and" ("Homs, Aleppo"), where that other is a
// place the body gives (given), which stays; ok is false else.
func droppable(ws []string, i int, place bool, given map[string]bool) (map[int]bool, bool) {
	bare := func(j int) string { return strings.Trim(ws[j], ",;:.!?\"“”()'") }
	isPlace := func(j int) bool { // a place the body gives, which stays
		if j < 0 || j >= len(ws) {
			return false
		}
		n, p, ok := headlineName(ws[j])
		return ok && p && given[n]
	}
	if !place {
		if i+1 < len(ws) && i > 0 && headlineNumber(ws[i-1:i]) > 0 && analyze.CountedGroup(strings.ToLower(bare(i+1))) && !strings.ContainsAny(ws[i], ",;:") {
			return map[int]bool{i: true}, true
		}
		return nil, false
	}
	switch {
	case i >= 2 && strings.EqualFold(ws[i-1], "and") && isPlace(i-2) && !strings.ContainsAny(ws[i-2], ";:"):
		return map[int]bool{i - 1: true, i: true}, true // "Aleppo and Idleb"
	case i >= 1 && strings.HasSuffix(ws[i-1], ",") && isPlace(i-1):
		return map[int]bool{i: true}, true // "Daraa, Aleppo"
	case strings.HasSuffix(ws[i], ",") && isPlace(i+1):
		return map[int]bool{i: true}, true // "Homs, Aleppo"
	case i+2 < len(ws) && strings.EqualFold(ws[i+1], "and") && isPlace(i+2) && !strings.ContainsAny(ws[i], ",;:"):
		return map[int]bool{i: true, i + 1: true}, true // "Idleb and Aleppo"
	}
	return nil, false
}

package analyze

import (
	"slices"
	"strings"

	"github.com/conflict-digest/conflict-digest/lang"
)

// originator is one entry of gazetteer/originators.tsv: who gives figures.
type originator struct {
	name    string
	kind    string // monitor, un, state_media, military, armed_group, ...
	party   bool   // a party to the fighting or its organ
	generic bool   // "a monitor": named when the article names one
}

// originators is the table and a trie of its aliases over fact tokens, so
// that "the Britain-based Observatory" is matched where ftokens split it.
type originators struct {
	list []originator
	root *gazNode
}

var origs = mustLoadOriginators()

// outletKind marks a news outlet (a wire agency, a broadcaster): it carries
// figures, it does not originate them, so a figure it is said to report is
// attributed to no one ("..., AFP reported" is the outlet's own count).
const outletKind = "outlet"

// forumKind marks a body where tolls are told, not counted (the UN Security
// Council): like an outlet, a figure said there is no count of its own.
const forumKind = "forum"

// carrier reports a kind that carries figures and originates none.
func carrier(kind string) bool {
	return kind == outletKind || kind == forumKind
}

// source returns the originator and party mark a figure attributed to
// entry id carries: none for an outlet.
func (o *originators) source(id int) (string, bool) {
	if e := o.list[id]; !carrier(e.kind) {
		return e.name, e.party
	}
	return "", false
}

func mustLoadOriginators() *originators {
	rows, err := tsvRows("gazetteer/originators.tsv", 3)
	if err != nil {
		panic(err)
	}
	o := &originators{root: &gazNode{}}
	for _, f := range rows {
		if f[1] == stateKind {
			continue // a state is no source by its name alone: originators_states.go
		}
		id := len(o.list)
		o.list = append(o.list, originator{name: f[0], kind: f[1], party: f[2] == "yes", generic: f[0] == "a monitor"})
		aliases := []string{f[0]}
		if acronym(f[0]) {
			aliases[0] = "=" + f[0] // "WHO", not "who spoke on condition"
		}
		if len(f) > 3 && strings.HasPrefix(f[3], "!") {
			aliases, f[3] = nil, f[3][1:] // "government" alone names no source: "government buildings"
		}
		if len(f) > 3 && f[3] != "" {
			aliases = append(aliases, strings.Split(f[3], "|")...)
		}
		for _, a := range aliases {
			o.add(a, id)
		}
	}
	o.root.freeze()
	return o
}

// acronym reports an all-capital name ("WHO", "UN"): matched as written.
func acronym(name string) bool {
	return strings.ToUpper(name) == name && strings.ToLower(name) != name
}

// add puts one written form into the trie, tokenised as ftokens does; a
// leading "=" makes it case-sensitive ("IS", "WHO").
func (o *originators) add(alias string, id int) {
	exact := strings.HasPrefix(alias, "=")
	alias = strings.TrimPrefix(alias, "=")
	var keys, raw, seps []string
	prev, joined := -1, false
	for _, t := range joinInitials(alias, scanTokens(nil, alias, ""), true) {
		if !t.punct {
			if prev >= 0 {
				sep := alias[prev:t.off]
				joined = joined || sep == "-" || sep == "/"
				seps = append(seps, sep)
			}
			keys, raw = append(keys, gazKey(t.w)), append(raw, strings.ReplaceAll(alias[t.off:t.end], ".", ""))
			prev = t.end
		}
	}
	if len(keys) == 0 {
		return
	}
	n := o.root
	for _, k := range keys {
		n = n.grow(k)
	}
	end := gazEnd{entry: id}
	if exact {
		end.exact = raw
		if joined {
			end.seps = seps // "=IOM-DTM": the hyphen written, not "IOM DTM" or "IOM/DTM"
		}
	}
	n.ends = append(n.ends, end)
}

// origMatch is an originator named in a sentence: its entry and token span.
type origMatch struct {
	id         int
	start, end int // toks[start:end]
}

// find returns the originators named in a sentence's tokens, longest first
// at each position.
func (o *originators) find(text string, toks []ftok) []origMatch {
	var out []origMatch
	for i := 0; i < len(toks); {
		if o == origs && noOrigChild(&toks[i]) {
			i++ // most words begin no name: longestAt would stop at its first
			continue
		}
		id, n := o.longestAt(text, toks, i)
		if n == 0 {
			i++
			continue
		}
		if longerName(text, toks, i+n) {
			i += n // "Syrian National Television" is no "Syrian National Coalition"
			continue
		}
		if brokenHyphen(text, toks, i+n) {
			i += n // "confirmed by RT- PCR": a compound a line broke at its hyphen, no body
			continue
		}
		if ledBy(text, toks, out, i) {
			i += n // "the IOM-led DTM report": the body that leads it names it
			continue
		}
		if id == bareArmy && namedArmy(text, toks, i, n) {
			i += n // "the Islamic Army in Iraq", "Royal Foo Army spokesman": a name of its own, read as written
			continue
		}
		if e := i + n; n > 2 && e < len(toks) && toks[e].w == "." && toks[e-2].w == "." && len(toks[e-1].w) == 1 {
			n++ // "The U.N. says": the last dot of the initials
		}
		if out == nil {
			out = make([]origMatch, 0, 4) // room for a sentence's names, not grown one by one
		}
		out = append(out, origMatch{id: id, start: i, end: i + n})
		i += n
	}
	return out
}

// brokenHyphen reports a word at toks[j-1] that a hyphen and a space join
// to the word toks[j] ("RT- PCR", "Nation- al"): one compound a PDF's line
// broke at its hyphen, so a name read in its first part names no body.
func brokenHyphen(text string, toks []ftok, j int) bool {
	if j < 1 || j >= len(toks) || toks[j].punct {
		return false
	}
	e := toks[j-1].end
	return toks[j].off == e+2 && text[e] == '-' && text[e+1] == ' '
}

// ledBy reports a name at toks[i] right after a known body and its
// hyphened "-led" ("the IOM-led DTM", "a UNHCR-led network"): a programme
// the body leads, whose figures a reader cites as the body's.
func ledBy(text string, toks []ftok, out []origMatch, i int) bool {
	if len(out) == 0 || i < 1 || toks[i-1].w != "led" {
		return false
	}
	prev := out[len(out)-1]
	return prev.end == i-1 && text[toks[prev.end-1].end:toks[i-1].off] == "-"
}

// nameHeads end a proper name ("... Television", "... Council"): written
// capitalised right after a known name, they make it part of a longer name
// the table does not hold, which is another body.
var nameHeads = lang.WordSetOf(lang.SourceWords(lang.NameHead))

// armedNameWords before a capitalised "Army" make it an armed movement's
// name ("Foo Liberation Army", "Islamic Army in Iraq"), not a state's army.
var armedNameWords = lang.WordSetOf(lang.SourceWords(lang.ArmedNameWord))

// namedArmy reports a capitalised "Army" at toks[i] (the table's match of
// n words) that closes a name of its own: after an armed movement's word
// ("Foo Liberation Army"), or, opening a longer match ("Army spokesman"),
// after a capitalised name word that is no country's adjective ("Royal Foo
// Army spokesman", not "Pakistani Army spokesman": that one is the army).
func namedArmy(text string, toks []ftok, i, n int) bool {
	if i == 0 || toks[i].w != "army" || !lang.Capitalised(text[toks[i].off:toks[i].end]) {
		return false
	}
	prev := toks[i-1]
	if armedNameWords.Has(gazKey(prev.w)) {
		return true
	}
	w := text[prev.off:prev.end]
	return n > 1 && !prev.punct && !prev.isNum && lang.Capitalised(w) && !nameLinks.Has(prev.w) && !demonym(w) && !dateWord(prev.w)
}

// longerName reports a capitalised name head at toks[j], glued to the name
// that ends before it.
func longerName(text string, toks []ftok, j int) bool {
	return j < len(toks) && !toks[j].punct && nameHeads.Has(toks[j].w) && lang.Capitalised(text[toks[j].off:toks[j].end])
}

func (o *originators) longestAt(text string, toks []ftok, i int) (int, int) {
	n := o.root
	best, bestLen := -1, 0
	for j := i; j < len(toks) && n != nil && (!toks[j].punct || initialDot(toks, i, j)); j++ {
		if toks[j].punct {
			continue // "U.N.": the dots between its letters
		}
		if o == origs && n == o.root {
			n = toks[j].origChild() // looked up when the sentence was tokenised
		} else {
			n = n.child(toks[j].w)
		}
		if n == nil {
			break
		}
		for _, e := range n.ends {
			if e.exact == nil || exactTokens(e.exact, text, toks[i:j+1]) && writtenSeps(e.seps, text, toks[i:j+1]) {
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

// initialDot reports a full stop at toks[j] between two single letters of
// a name that begins at toks[i]: "U.N.", "U.S. military".
func initialDot(toks []ftok, i, j int) bool {
	if j <= i || j+1 >= len(toks) || toks[j].w != "." || len(toks[j-1].w) != 1 {
		return false
	}
	// between two letters, or the last of the initials: "U.S. military"
	return len(toks[j+1].w) == 1 || j-2 >= i && toks[j-2].w == "."
}

// writtenSeps reports the text writing between the words of toks what an
// exact alias writes between its own ("IOM-DTM", "IOM/DTM"): a name whose
// parts a hyphen or slash joins is named as written. An alias of spaces
// only (nil seps) takes any: its words may be set apart by a line break.
func writtenSeps(seps []string, text string, toks []ftok) bool {
	if seps == nil {
		return true
	}
	toks = slices.DeleteFunc(slices.Clone(toks), func(t ftok) bool { return t.punct })
	if len(toks) != len(seps)+1 {
		return false
	}
	for k, sep := range seps {
		if text[toks[k].end:toks[k+1].off] != sep {
			return false
		}
	}
	return true
}

func exactTokens(exact []string, text string, toks []ftok) bool {
	if slices.ContainsFunc(toks, func(t ftok) bool { return t.punct }) {
		toks = slices.DeleteFunc(slices.Clone(toks), func(t ftok) bool { return t.punct })
	}
	if len(exact) != len(toks) {
		return false
	}
	for k, t := range toks {
		w := gazKey(text[t.off:t.end])
		if strings.IndexByte(w, '.') >= 0 {
			w = strings.ReplaceAll(w, ".", "") // "U.N." is the "UN" of "=UN"
		}
		if w != exact[k] && (k < len(toks)-1 || w != exact[k]+"s") {
			return false // but "ISISs statement": a possessive whose apostrophe was stripped
		}
	}
	return true
}

// attributionWords are the word sets of gazetteer/attribution.tsv: how a
// sentence attributes a statement to its source.
type attributionWords struct {
	cue, carry, ahead, inverted, clauseTail, by, bySays, counted, agent, target map[string]bool
}

var attr = mustLoadAttribution()

// attrTargets is attr.target as notSourceOf reads it, for the word before
// nearly every source it weighs: a WordSet, not a Go map.
var attrTargets = lang.WordSetOf(attr.target)

func mustLoadAttribution() *attributionWords {
	rows, err := tsvRows("gazetteer/attribution.tsv", 2)
	if err != nil {
		panic(err)
	}
	a := &attributionWords{}
	sets := map[string]*map[string]bool{"cue": &a.cue, "carry": &a.carry, "ahead": &a.ahead, "inverted": &a.inverted,
		"clausetail": &a.clauseTail, "by": &a.by, "bysays": &a.bySays, "counted": &a.counted, "agent": &a.agent, "target": &a.target}
	for _, f := range rows {
		set, ok := sets[f[0]]
		if !ok {
			panic("gazetteer/attribution.tsv: unknown set " + f[0])
		}
		if *set == nil {
			*set = map[string]bool{}
		}
		for _, w := range strings.Split(f[1], "|") {
			(*set)[w] = true
		}
	}
	for name, set := range sets {
		if *set == nil {
			panic("gazetteer/attribution.tsv: no set " + name)
		}
	}
	return a
}

// maxCueGap is the most tokens between an originator and its attribution
// word ("the Britain-based monitoring group said" is close; a name far from
// any "said" is a subject of the sentence, not its source).
const maxCueGap = 6

// attribution returns the originator a sentence attributes its statements
// to: the named source closest to an attribution word. A name that is part
// of a count's own noun phrase ("killed 15 SDF fighters") or names who did
// the killing ("the strike by the Syrian government", "Russian air strikes")
// is no source. The second result is false when the sentence attributes
// nothing. The answer is worked out once per tokenised sentence.
func attribution(s *factSentence) (origMatch, bool) {
	if s.attr.asked {
		return s.attr.m, s.attr.ok
	}
	m, ok := attributionOf(s)
	if s.toks != nil {
		s.attr = attributed{m: m, ok: ok, asked: true}
	}
	return m, ok
}

// attributionOf works out attribution's answer.
func attributionOf(s *factSentence) (origMatch, bool) {
	best, bestScore := origMatch{}, 1<<30
	bestCue, bestPen := -1, 0 // where best's attribution word stands; what its kind cost it
	asideEnd := -1            // the end of a dashed aside after a source: what it names is no source
	for i, m := range s.origs {
		if m.start < asideEnd {
			continue // "The Civil Defence – first responders under the Hamas-run government – said": only what the body is
		}
		if i > 0 && s.origs[i-1].end == m.start && !adjacentHead(s.origs, i-1) && !tollFrom(s, m) {
			continue // the "monitoring group" after the Observatory's name, "state news agency" after SANA
		}
		pp := possessivePost(s.text, s.toks, m) // the end of a post the name owns, once
		if adjacentHead(s.origs, i) && pp == 0 {
			continue // "Syrian opposition activists": the second name is the head
		}
		if notSourceOf(s.toks, m, holderNamed(s.text, s.toks, m.end)) && pp == 0 || afterLinks(s.toks, m.start) ||
			ownerOfName(s.text, s.toks, m) {
			continue // the counted, the perpetrator, the outlet told; a glued list of links to other stories; "the government's Foo Forces"
		}
		if carrier(origs.list[m.id].kind) && bracketed(s.toks, m) {
			continue // a wire's tag: "BAGHDAD (Reuters) - U.S. Marines said ..."
		}
		if bestScore < 1<<30 && relaysOnly(best.id) && !relaysOnly(m.id) && joinedAfter(s.toks, best, m) {
			best = m // "according to media reports and Egyptian officials": the officials; media relay
			continue
		}
		if inAppositiveOf(s.toks, s.origs, i) {
			continue // "UNRWA, the U.N. agency for Palestinian refugees, said": the name, not what it is
		}
		n, at := cueAfterAt(s.toks, s.origs[i:]) // once, for the gap and where its word stands
		if n <= maxCueGap && participleOfSayer(s.toks, m, at) {
			continue // "Sources told the radio that the militia took the town, adding ...": the sources add
		}
		g := cueGapAfter(s.text, s.toks, s.origs, i, n)
		cue := -1
		if n == g {
			cue = at // the word after it is the one it was scored by
		}
		if pe := pp; pe > 0 {
			post := append([]origMatch{{id: m.id, start: m.start, end: pe}}, laterThan(s.origs, pe)...)
			if n, at := cueAfterAt(s.toks, post); n < g {
				g, cue, asideEnd = n, at, pe // "Abu Musab, al Shabaab's military operation spokesman, told Reuters": al Shabaab's
			}
		}
		first := m // "(IOM DTM)": the bracket opens before the body's first name
		if i > 0 && s.origs[i-1].end == m.start && s.origs[i-1].id == m.id {
			first.start = s.origs[i-1].start
		}
		if trailingAside(s.toks, first) {
			g, cue = 1, -1 // "... including at least 25 killed in 2017 (OCHA)."
		}
		if e := dashAside(s.text, s.toks, m); e >= 0 && !notSource(s.toks, m) {
			g, cue, asideEnd = 0, e, e // "The Civil Defence – first responders who ... – said"
		}
		if g > maxCueGap && tollFrom(s, m) {
			g, cue = 1, -1 // "The death toll from the Palestinian Ministry of Health rose to 320"
		}
		if g > maxCueGap {
			e := postHolderCue(s.text, s.toks, m)
			if e < 0 {
				continue
			}
			g, cue = 1, e // "An official spokesman of the Ministry of Health in Gaza, Jane al-Roe, said"
		}
		pen := 0
		if o := origs.list[m.id]; o.generic || genericKinds.Has(o.name) {
			pen = 3 // "the Civil Defense, another activist group, said": the named one
		} else if carrier(o.kind) {
			pen, cue = 4, -1 // "AFP reported, citing the Observatory": the Observatory
		}
		if clauseSubject(s.toks, s.origs, i) {
			pen += clausePen // "Jane Roe of the civil defence said hospitals have documented 43 deaths": the civil defence
		}
		if withSaying(s.toks, m) {
			pen += withPen // "Rescuers said a strike killed 7, with the military saying it targeted militants": the rescuers
		}
		g += pen
		list := cue >= 0 && cue == bestCue && listed(s.toks, s.origs, best.end, cue)
		if list && pen >= bestPen && !(origs.list[m.id].kind == "medical" && besideMedics.Has(origs.list[best.id].kind)) {
			continue // sources listed under one attribution word: the first named ("a war monitor, medics and rescuers said")
		}
		if g < bestScore || (g == bestScore && closes(s.toks, m) && !closes(s.toks, best)) || list {
			best, bestScore, bestCue, bestPen = m, g, cue, pen // on a tie, the source that closes the sentence ("..., the civil defence said.")
		}
	}
	if bestScore < 1<<30 && carrier(origs.list[best.id].kind) {
		if m, ok := saidBeforeOutlet(s, best); ok {
			return m, true // "A militant group said it had killed two hostages, Al Jazeera reported": the group's
		}
	}
	if bestScore < 1<<30 && !relaying(best.id) {
		return bodyAt(s, best), true
	}
	if r, ok := relayedSource(s); ok {
		return r, true // "a source at Aleppo Police Command told SANA": the police
	}
	if bestScore < 1<<30 {
		return best, true
	}
	if m, ok := subjectSays(s); ok {
		return m, true
	}
	if m, ok := coordinatedSays(s); ok {
		return m, true // "Police released a photo of the truck and said the blast killed seven"
	}
	if m, ok := subjectClause(s); ok {
		return m, true // "The mayor of Foo, another nearby town, confirmed the attack and said ..."
	}
	if m, ok := jointMinistries(s); ok {
		return m, true // "The health and interior ministries, which reported the toll, said ..."
	}
	if m, ok := dashTag(s); ok {
		return m, true // "Israel Kills 7 in Gaza -- Medics BEIT LAHIYA (Reuters) - ...": a headline glued to its lead
	}
	if m, ok := taggedLine(s); ok {
		return m, true // a page's headline line in its text: "Israeli strikes kill 18 in Gaza – health officials"
	}
	if s.index < 0 { // a headline's trailing source: "... kill 56 civilians: Monitor", "... Governor AFP"
		n, end := len(s.origs), len(s.toks)
		for n > 1 && origs.list[s.origs[n-1].id].kind == outletKind && s.origs[n-1].end >= end-1 {
			n, end = n-1, s.origs[n-1].start
		}
		if n > 0 && s.origs[n-1].end >= end-1 && s.origs[n-1].start > 0 &&
			!notSource(s.toks, s.origs[n-1]) && // "... Killing 60 Daesh Terrorists"
			!placeGoverned(s, s.origs[n-1].start) { // "... rises to 16 in the United States"
			return s.origs[n-1], true
		}
	}
	return origMatch{}, false
}

// placeGoverned reports a capitalised name at k inside a phrase of place:
// back from it over "the", "of", commas, initials, names and nouns of a
// place ("the U.S. capital, Washington", "the Utah – Arizona border in
// the United States") a preposition of place opens it. Such a name is
// where the deaths were, not a headline's trailing source (eval/orig2's
// fit half, cep-56876 and cep-57006); a colon ("...: Monitor") or a verb
// before it ends the walk.
// placePhraseReach bounds the walk: "in the U.S. city of Seattle,
// Washington" is ten tokens.
const placePhraseReach = 12

func placeGoverned(s *factSentence, k int) bool {
	if !capitalised(s, k) {
		return false // "... in Foo city, police": a common noun is no place
	}
	for j := k - 1; j >= 0 && j >= k-placePhraseReach; j-- {
		w := s.toks[j].w
		switch {
		case lang.IsPlacePrep(w):
			return true
		case w == "the" || w == "of" || w == "," || w == "–" || w == "-" || lang.IsPlaceNoun(w) || capitalised(s, j):
		case w == "." && j > 0 && len(s.toks[j-1].w) == 1 && capitalised(s, j-1): // "U.S."
		default:
			return false
		}
	}
	return false
}

// possessivePost returns the end of a post that a name in the possessive
// owns, a few lower-case words on ("al Shabaab's military operation
// spokesman", "the Foo Front's media office director"): the post speaks
// for the name, and a name among its words ("military") is a modifier; 0
// when there is none.
func possessivePost(text string, toks []ftok, m origMatch) int {
	if w := toks[m.end-1].w; !strings.HasSuffix(w, "'s") && !strings.HasSuffix(w, "’s") {
		return 0
	}
	for k := m.end; k < len(toks) && k <= m.end+3; k++ {
		if toks[k].punct || toks[k].isNum || lang.Capitalised(text[toks[k].off:toks[k].end]) {
			return 0
		}
		if postNouns.Has(toks[k].w) {
			return k + 1
		}
	}
	return 0
}

// laterThan returns the matches that start at or after token k.
func laterThan(ms []origMatch, k int) []origMatch {
	for i, m := range ms {
		if m.start >= k {
			return ms[i:]
		}
	}
	return nil
}

// dashAside returns the attribution word right after an aside set off by
// dashes after the source m ("The Civil Defence – first responders who
// operate under the Hamas-run government – said"), -1 when there is none:
// the aside says what the source is, and the source is the sentence's.
func dashAside(text string, toks []ftok, m origMatch) int {
	if m.end >= len(toks) || !dashBefore(text, toks, m.end) {
		return -1
	}
	for e := m.end + 1; e < len(toks) && e <= m.end+aheadReach; e++ {
		if toks[e].punct && toks[e].w != "," {
			return -1
		}
		if !dashBefore(text, toks, e) {
			continue
		}
		if e+1 < len(toks) && personAux.Has(toks[e].w) {
			e++ // "– has said"
		}
		if isCue(toks, e) && !toks[e].is(wcAhead) {
			return e
		}
		return -1
	}
	return -1
}

// dashBefore reports a dash between toks[k-1] and toks[k] (the tokens
// drop it): "–", "—", "--" or a hyphen set off by spaces.
func dashBefore(text string, toks []ftok, k int) bool {
	if k <= 0 || k >= len(toks) {
		return false
	}
	gap := text[toks[k-1].end:toks[k].off]
	return strings.Contains(gap, "–") || strings.Contains(gap, "—") || strings.Contains(gap, "--") || strings.Contains(gap, " - ")
}

// taggedLine returns the source that closes a line of the text with no
// full stop after a dash or a colon, as a page's headline line tags its
// source ("Israeli air strikes kill 18 in Gaza Strip – health officials",
// "Israeli forces kill 6 in West Bank raid: ministry"): up to two words
// (a place's adjective, "Turkish state Media") between the mark and the
// name.
func taggedLine(s *factSentence) (origMatch, bool) {
	t := strings.TrimSpace(s.text)
	if len(s.origs) == 0 || t == "" || strings.ContainsAny(t[len(t)-1:], ".!?\"”'") {
		return origMatch{}, false
	}
	m := s.origs[len(s.origs)-1]
	if m.end != len(s.toks) || carrier(origs.list[m.id].kind) || m.start == 0 {
		return origMatch{}, false
	}
	for k := m.start; k >= 1 && k >= m.start-2; k-- {
		if w := s.toks[k-1].w; dashBefore(s.text, s.toks, k) || w == ":" || w == "-" || w == "–" || w == "—" {
			return m, true
		}
		if k < m.start && !lang.Capitalised(s.text[s.toks[k].off:s.toks[k].end]) {
			return origMatch{}, false
		}
	}
	return origMatch{}, false
}

// bracketed reports a name in brackets of its own: "(Reuters)", "(AFP)".
func bracketed(toks []ftok, m origMatch) bool {
	return m.start > 0 && toks[m.start-1].w == "(" && m.end < len(toks) && toks[m.end].w == ")"
}

// relaysOnly reports media reports, which relay: listed with another source
// under one attribution word ("according to media reports and officials"),
// the other gave the count.
func relaysOnly(id int) bool {
	return origs.list[id].name == "local media"
}

// joinedAfter reports a source b listed right after a with "and": "media
// reports and Egyptian officials".
func joinedAfter(toks []ftok, a, b origMatch) bool {
	e := a.end
	if e < b.start && reportNouns.Has(toks[e].w) {
		e++ // "local media reports and officials"
	}
	if b.start <= e || b.start-e > 3 || toks[e].w != "and" {
		return false
	}
	for j := e + 1; j < b.start; j++ {
		if toks[j].punct || toks[j].isNum || isCue(toks, j) {
			return false
		}
	}
	return true
}

// listed reports a list of sources joined by "and" or "or" from token from
// to the attribution word at cue: "a war monitor, medics and emergency
// workers said".
func listed(toks []ftok, ms []origMatch, from, cue int) bool {
	and := false
	for j := from; j < cue; j++ {
		if inOrig(ms, j) {
			continue
		}
		switch w := toks[j].w; {
		case w == "and" || w == "or":
			and = true
		case toks[j].isNum || toks[j].punct && w != "," || listBreaks.Has(w) || killingVerb(w):
			return false // "The army killed 20 rebels in Idlib, a monitor said"
		}
	}
	return and
}

// listBreaks end a list of sources: a preposition opens a phrase of place or
// time ("rebels in Idlib, a monitor said").
var listBreaks = lang.WordSetOf(lang.PrepositionWords(lang.ListBreak))

// bodyAt returns the body a generic source speaks from when the sentence
// names it right after ("medical sources at the Directorate of Health": the
// health authority), else m itself.
func bodyAt(s *factSentence, m origMatch) origMatch {
	o := origs.list[m.id]
	if !o.generic && !genericKinds.Has(o.name) || m.end >= len(s.toks) || !relayPrepositions.Has(s.toks[m.end].w) {
		return m
	}
	at := m.end + 1
	if at < len(s.toks) && s.toks[at].w == "the" {
		at++
	}
	for _, n := range s.origs {
		if n.start == at && n.id != m.id && !carrier(origs.list[n.id].kind) && !genericKinds.Has(origs.list[n.id].name) {
			return n
		}
	}
	return m
}

// closes reports a source whose attribution word ends its sentence ("...
// killed 31 civilians, the civil defence said."): it speaks for the whole
// sentence, as against a name before a statement of its own glued in front
// of it ("UN says airdrops not imminent").
func closes(toks []ftok, m origMatch) bool {
	for j := m.end; j < len(toks); j++ {
		if isCue(toks, j) {
			return len(toks)-j-1 <= closingReach
		}
	}
	return false
}

// clauseSource returns the source whose own clause states the number at
// token tok when the sentence names a second source after its own, with
// its own attribution word ("The Observatory said 20 civilians were killed,
// while the army said it had killed 50 militants": the 50 are the army's);
// -1 when the sentence's source speaks for the figure. Sources joined under
// one attribution word ("state media and activists said", "The Civil
// Defense, another activist group, said") are one clause's.
func clauseSource(s *factSentence, tok int) int {
	if len(s.origs) < 2 || s.origs[len(s.origs)-1].id == s.origs[0].id && len(s.origs) == 2 {
		return -1
	}
	a, ok := attribution(s)
	if !ok {
		return -1
	}
	if a.start > tok {
		return earlierClause(s, tok, a)
	}
	best := -1
	for i, m := range s.origs {
		if m.start < a.end || m.end >= tok {
			continue
		}
		if i > 0 && s.origs[i-1].end == m.start && !adjacentHead(s.origs, i-1) || adjacentHead(s.origs, i) ||
			notSource(s.toks, m) || carrier(origs.list[m.id].kind) || m.id == a.id || kindRelayed(s, i) {
			continue
		}
		g, at := cueAfterAt(s.toks, s.origs[i:])
		if g > maxCueGap || m.end+g >= tok || !cueBetween(s.toks, a.end, m.start) || participleOfSayer(s.toks, m, at) {
			continue // but "X said that the YPG took the town, adding that 40 were killed": X adds
		}
		best = m.id
	}
	return best
}

// reportedReach is how far after a count its own "were reported" may come:
// "Five US troops were reported killed".
const reportedReach = 4

// clauseJoins set a second speaker's clause against the first's: "X said
// six teachers died, while Y said 35 people had died".
var clauseJoins = lang.WordSetOf(lang.JoinerWords(lang.ClauseJoin))

// earlierClause returns the source that opens the clause stating the number
// at token tok when the sentence's source a speaks in a later clause of its
// own ("UNICEF's director said that six teachers died while the Observatory
// said that 35 people had died": the six are UNICEF's); -1 otherwise.
func earlierClause(s *factSentence, tok int, a origMatch) int {
	join := -1
	for j := tok + 1; j < a.start; j++ {
		if clauseJoins.Has(s.toks[j].w) {
			join = j
		}
	}
	if join < 0 || !cueBetween(s.toks, a.end, min(a.end+maxCueGap, len(s.toks))) && !cueBetween(s.toks, join, a.start) {
		return -1
	}
	best := -1
	for i, m := range s.origs {
		if m.end >= tok || notSource(s.toks, m) || carrier(origs.list[m.id].kind) || m.id == a.id ||
			i > 0 && s.origs[i-1].end == m.start && !adjacentHead(s.origs, i-1) || adjacentHead(s.origs, i) {
			continue
		}
		if g := cueAfter(s.toks, s.origs[i:]); g <= maxCueGap && m.end+g < tok {
			best = m.id
		}
	}
	return best
}

// cueBetween reports an attribution word in toks[from:to].
func cueBetween(toks []ftok, from, to int) bool {
	for j := from; j < to; j++ {
		if isCue(toks, j) {
			return true
		}
	}
	return false
}

// reportNouns are cues that may be nouns: "reports", "claims".
var reportNouns = lang.WordSetOf(lang.ReportingWords(lang.ReportNoun))

// reportsOf reports a cue noun after a preposition ("seeking clarity on
// reports suggesting ...", "amid claims that ..."): the reports are someone
// else's, not the statement of the name before them.
func reportsOf(toks []ftok, j int) bool {
	return j > 0 && reportNouns.Has(toks[j].w) && reportPreps.Has(toks[j-1].w)
}

var reportPreps = lang.WordSetOf(lang.PrepositionWords(lang.ReportPrep))

// subjectSays returns the name that opens a sentence whose relative clause
// gives its figure as the subject's own ("Washington blames the government
// for the attack, which it says killed 1,400"): "it" is the subject.
func subjectSays(s *factSentence) (origMatch, bool) {
	toks := s.toks
	if len(s.origs) == 0 || s.origs[0].start > 1 || notSource(toks, s.origs[0]) {
		return origMatch{}, false
	}
	for j := 2; j < len(toks); j++ {
		if isCue(toks, j) && pronouns.Has(toks[j-1].w) && (toks[j-2].w == "which" || toks[j-2].w == "that") {
			return s.origs[0], true
		}
	}
	return origMatch{}, false
}

// openingSource returns the sentence's first source when it opens the
// sentence: only a dateline's capitalised words, commas and appositives
// stand before it (with posts, also a post and its preposition: "John Roe,
// spokesman for the Foo group"); an armed group's men speak for it
// ("Al-Shabab militants claimed ..."). A carrier opens nothing.
func openingSource(s *factSentence, posts bool) (origMatch, bool) {
	toks := s.toks
	if len(s.origs) == 0 || carrier(origs.list[s.origs[0].id].kind) {
		return origMatch{}, false
	}
	m := s.origs[0]
	if notSource(toks, m) {
		if m.start > 1 || origs.list[m.id].kind != "armed_group" || m.end >= len(toks) || !attr.agent[toks[m.end].w] {
			return origMatch{}, false
		}
		m.end++ // "Al-Shabab militants claimed responsibility for the attack, saying ...": the group's men speak for it
	}
	for j := 0; j < m.start; j++ {
		w := toks[j].w
		if w == "," || appositives.Has(w) || posts && (postNouns.Has(w) || postPreps.Has(w)) || lang.Capitalised(s.text[toks[j].off:toks[j].end]) {
			continue
		}
		return origMatch{}, false // "Shelling by the army ...": the name opens no clause
	}
	return m, true
}

// coordinatedReach is how far after the subject that opens a sentence its
// second verb, "and said", may come.
const coordinatedReach = 40

// coordinatedSays returns the source that opens a sentence (after a
// dateline's capitalised words) whose second verb, joined by "and", is an
// attribution word: "Police released a photo of the truck and said the
// bombers were two", the police said it. Another name before the "and", a
// full stop or a verb of killing ends the subject's clause.
func coordinatedSays(s *factSentence) (origMatch, bool) {
	toks := s.toks
	m, ok := openingSource(s, false)
	if !ok {
		return origMatch{}, false
	}
	for j := m.end; j+1 < len(toks) && j <= m.end+coordinatedReach; j++ {
		if toks[j].punct && toks[j].w != "," || inOrig(s.origs, j) || toks[j].is(wcKilling) || isCue(toks, j) {
			return origMatch{}, false
		}
		if toks[j].w == "and" && toks[j+1].is(wcCarry) && !toks[j+1].is(wcAhead) {
			return m, true
		}
	}
	return origMatch{}, false
}

// jointMinistries returns the first of two ministries named under one noun
// ("the health and interior ministries said", "the defence and foreign
// ministries reported"), as the table names the first ("health
// ministry"), when an attribution word follows it as it would the name.
func jointMinistries(s *factSentence) (origMatch, bool) {
	toks := s.toks
	for k := 3; k < len(toks); k++ {
		if toks[k].w != "ministries" || toks[k-2].w != "and" || toks[k-1].punct || toks[k-3].punct {
			continue
		}
		name := toks[k-3].w + " ministry"
		ms := origs.find(name, ftokens(name))
		if len(ms) != 1 || ms[0].start != 0 || ms[0].end != 2 {
			continue
		}
		m := origMatch{id: ms[0].id, start: k - 3, end: k + 1}
		if n, _ := cueAfterAt(toks, append([]origMatch{m}, laterThan(s.origs, k+1)...)); n <= maxCueGap {
			return m, true
		}
	}
	return origMatch{}, false
}

// asideReach is how many tokens an aside set off by commas after a
// sentence's subject may hold ("Mr. John Roe", "while confirming the
// incident", "another nearby town").
const asideReach = 10

// verbReach is how far the subject's first verb may stand from its second,
// the attribution word: "confirmed the attack but said", "claimed
// responsibility for the attack in a statement, and said".
const verbReach = 12

// subjectClause returns the source that opens a sentence, after a post
// ("The spokesperson of the ...", "A municipal official from"), whose verb
// is an attribution word past what its phrase holds: a place or body after
// "of", "for", "in" or "from" and asides set off by commas ("The
// spokesperson for the police in Foo, SP John Roe, while confirming the
// incident, said three people were killed"); or whose second verb is, joined
// by "and" or "but" or as ", saying" ("The mayor of Foo, another nearby
// town, confirmed the attack and said ..."). The subject of a sentence is
// its source however much stands between it and its verb; another name
// outside an aside, a verb of killing or a full stop ends its clause.
func subjectClause(s *factSentence) (origMatch, bool) {
	toks := s.toks
	m, ok := openingSource(s, true)
	if !ok {
		return origMatch{}, false
	}
	j := subjectEnd(s, m)
	if j < 0 {
		return origMatch{}, false
	}
	for j < len(toks) && personAux.Has(toks[j].w) {
		j++ // "has", "also", "later"
	}
	if j < len(toks) && isCue(toks, j) && !toks[j].is(wcAhead) {
		return m, true
	}
	for k := j; k+1 < len(toks) && k <= j+verbReach; k++ {
		if toks[k].punct && toks[k].w != "," || inOrig(s.origs, k) || toks[k].is(wcKilling) || toks[k].isNum {
			return origMatch{}, false
		}
		if (toks[k].w == "and" || toks[k].w == "but") && toks[k+1].is(wcCarry) && !toks[k+1].is(wcAhead) ||
			toks[k].w == "," && toks[k+1].w == "saying" {
			return m, true
		}
	}
	return origMatch{}, false
}

// subjectEnd returns the token after the phrase of the subject m: past a
// place or body after a preposition (capitalised words, "the" among them)
// and up to two asides set off by commas that hold no other source of the
// table's but the body of a post; -1 when the phrase runs on past its
// reach.
func subjectEnd(s *factSentence, m origMatch) int {
	toks, j := s.toks, m.end
	if j+1 < len(toks) && postPreps.Has(toks[j].w) {
		k := j + 1
		for k < len(toks) && k <= j+5 && (toks[k].w == "the" || lang.Capitalised(s.text[toks[k].off:toks[k].end])) && !toks[k].punct {
			k++
		}
		if k == j+1 {
			return -1
		}
		j = k
	}
	for n := 0; n < 2 && j < len(toks) && toks[j].w == ","; n++ {
		e := j + 1
		for e < len(toks) && e <= j+asideReach && toks[e].w != "," && !toks[e].punct && !toks[e].isNum {
			e++
		}
		if e >= len(toks) || toks[e].w != "," || e == j+1 {
			if n == 0 {
				return -1
			}
			break // the closing comma opens no second aside: "..., another town, confirmed the attack, and said"
		}
		j = e // the closing comma may open the next aside
	}
	if j < len(toks) && toks[j].w == "," {
		j++
	}
	return j
}

// titleDots drops the period of a person's abbreviated title or rank
// ("said Lt. Col. Jane Doe, a spokeswoman for the army"): it ends no
// phrase, and a source's name and its attribution word are read across it.
func titleDots(text string, toks []ftok) []ftok {
	toks = joinInitials(text, toks, false)
	first := 0 // the first such period: the tokens before it stay where they are
	for first < len(toks) && !titleDotAt(text, toks, first) {
		first++
	}
	out := toks[:first]
	for j := first; j < len(toks); j++ {
		if !titleDotAt(text, toks, j) {
			out = append(out, toks[j])
		}
	}
	return out
}

// titleDotAt reports the period of an abbreviated title at toks[j].
func titleDotAt(text string, toks []ftok, j int) bool {
	return j > 0 && toks[j].w == "." && j+1 < len(toks) && lang.Title(toks[j-1].w) &&
		lang.Capitalised(text[toks[j-1].off:toks[j-1].end])
}

// joinInitials makes one word of capital initials written with full stops
// ("U.S.", "U.N.", "V.K."): "two U.S. soldiers", "the U.N. refugee agency"
// and "Lt. Col. V.K. Roe" read as "US soldiers", "UN refugee agency" and a
// name, the stops ending no phrase. The word keeps its written span; a last
// stop that ends the text stays a full stop unless last is true (an alias
// of the table, "U.N.").
func joinInitials(text string, toks []ftok, last bool) []ftok {
	first := 0 // the first initials: the tokens before them stay where they are
	for first < len(toks) && (toks[first].end-toks[first].off != 1 || !initialsAt(text, toks, first)) {
		first++ // a token wider than a letter is no initial (initialAt), told without a call
	}
	out := toks[:first]
	for j := first; j < len(toks); j++ {
		k := j // the last letter of the initials
		// k stays within toks: initialsAt held two tokens after it
		for toks[k].end-toks[k].off == 1 && initialsAt(text, toks, k) {
			k += 2
		}
		if k == j {
			out = append(out, toks[j])
			continue
		}
		t := toks[j]
		for i := j + 2; i <= k; i += 2 {
			t.w += toks[i].w
		}
		t.info = wordInfo{} // unmarked: looked up when asked (origs is made with joinInitials, before wordInfos)
		t.end = toks[k].end
		if k+1 < len(toks) && toks[k+1].w == "." && toks[k+1].off == t.end && (last || k+2 < len(toks)) {
			k++ // "U.S. military": its last stop
			t.end = toks[k].end
		}
		out = append(out, t)
		j = k
	}
	return out
}

// initialsAt reports an initial at toks[k] that a full stop glues to the
// next ("U." of "U.S.").
func initialsAt(text string, toks []ftok, k int) bool {
	return k+2 < len(toks) && initialAt(text, toks, k) && toks[k+1].w == "." && toks[k+1].off == toks[k].end &&
		toks[k+2].off == toks[k+1].end && initialAt(text, toks, k+2)
}

// initialAt reports a single capital letter at toks[k].
func initialAt(text string, toks []ftok, k int) bool {
	t := toks[k]
	return !t.punct && !t.isNum && t.end-t.off == 1 && text[t.off] >= 'A' && text[t.off] <= 'Z'
}

// notSource reports a name that the words around it make no source: the
// counted ("IS fighters", "a Red Crescent staff member"), the perpetrator
// ("Syrian government shelling", "killed by the army", "claimed by Daesh";
// but "opposition forces said"), or the outlet that was told ("... told
// SANA").
func notSource(toks []ftok, m origMatch) bool { return notSourceOf(toks, m, false) }

// notSourceOf is notSource, told whether a person's name and the word he
// speaks by follow a post that ends in "official" (holderNamed): then the
// post is the source, not an adjective.
func notSourceOf(toks []ftok, m origMatch, holder bool) bool {
	if (m.end < len(toks) && toks[m.end].hyph) || toks[m.start].hyph {
		return true // "opposition-held", "Kurdish-led", "pro-opposition": a mark of a place or a force
	}
	if inRelativeClause(toks, m.start) && !commaCloser(toks, m) {
		return true // "the Observatory which relies on a network of activists said"
	}
	if numberedCounted(toks, m) {
		return true // "three UN hostages said ...", "four U.N. election workers": the counted, told by number
	}
	after := m.end
	if after+1 < len(toks) && (toks[after].w == "group" || toks[after].w == "groups") {
		after++ // "IS group militants"
	}
	if after+1 < len(toks) && toks[after].w == ")" {
		after++ // "80 (IS group) fighters"
	}
	if o := origs.list[m.id]; o.generic && o.kind == "monitor" {
		after = len(toks) // "a war monitor medics and rescuers said", the commas lost: no monitor's medics
	}
	if after+2 < len(toks) && (toks[after].w == "and" || toks[after].w == "or") && !toks[after+1].punct &&
		attr.counted[toks[after+2].w] && !isCue(toks, after+2) {
		after += 2 // "government and military buildings", "police and army checkpoints": things of both
	}
	if after < len(toks) && toks[after].headNoun() && !accordingTo(toks, m.start) {
		k := after
		for k < len(toks) && toks[k].headNoun() {
			k++
		}
		if k+1 < len(toks) && toks[k].w == "who" {
			k++ // "Syrian Arab Red Crescent paramedics who told him"
		}
		k = pastPlace(toks, k) // "Civil defence rescuers in Foo City said"
		if k >= len(toks) || !isCue(toks, k) || toks[k].is(wcAhead) || toks[k].is(wcInverted) && !toks[k].is(wcCarry) ||
			toks[k].w == "report" || toks[k].w == "reports" {
			return true // but "opposition forces said", "a hospital staff told"; not "IS group militants: Report"
		}
	}
	p := m.start - 1
	if p >= 0 && (toks[p].w == "told" || toks[p].w == "tells") {
		return true
	}
	if e := m.end; toks[e-1].w == "official" && e < len(toks) && !toks[e].punct && !participleCue(toks, e) &&
		!isCue(toks, e) && !postPreps.Has(toks[e].w) && !ownHeads.Has(toks[e].w) && toks[e].w != "who" &&
		!(personAux.Has(toks[e].w) && e+1 < len(toks) && isCue(toks, e+1)) && // but "a government official has said"
		!holder { // and "police official Jane Roe said"
		return true // "official Syrian military spokesperson", "the official toll": an adjective
	}
	if p >= 0 && ownersOfSpokesmen.Has(toks[p].w) && genericKinds.Has(origs.list[m.id].name) {
		return true // "the group's military spokesman said": the group's, named before
	}
	if p == 0 && toks[0].w == "at" || p == 1 && toks[0].w == "at" && toks[1].w == "the" {
		return true // "At the U.N. British Foreign Secretary Boris Johnson said ...": where he spoke
	}
	if atPlace(toks, m) {
		return true // "Speaking at the United Nations, the minister said ...": where, not who
	}
	for p >= 0 && appositives.Has(toks[p].w) {
		p--
	}
	if p >= 1 && toks[p].w == "to" && sentToWords.Has(toks[p-1].w) {
		return true // "in a statement faxed to local news agencies": the outlet was given it
	}
	if p >= 1 && (toks[p].w == "to" || toks[p].w == "with") && linkedWords.Has(toks[p-1].w) {
		return true // "a militant leader linked to al-Qaeda said": the leader speaks, not al-Qaeda
	}
	if p >= 0 && attrTargets.Has(toks[p].w) {
		return true // "an attack on the army", "strikes targeting IS"
	}
	if askedOf(toks, m.start) {
		return true // "demanded a response from the government and the United Nations, saying ...": who is asked
	}
	// "by" after a word of reporting names the source: "figures released by the UN"
	return p >= 0 && toks[p].w == "by" && (p == 0 || !byReport(toks, p, attr.by))
}

// ownerOfName reports a name in the possessive before a capitalised name
// of its own ("the government's Foo Defense Forces", "the UN's OCHA"): the
// owner, not the speaker. The tokens keep the possessive on the word.
func ownerOfName(text string, toks []ftok, m origMatch) bool {
	if m.end >= len(toks) {
		return false
	}
	if w := toks[m.end-1].w; !strings.HasSuffix(w, "'s") && !strings.HasSuffix(w, "’s") {
		return false
	}
	n := toks[m.end]
	return !n.punct && !n.isNum && lang.Capitalised(text[n.off:n.end])
}

// participleCue reports a participle after an official that an attribution
// word follows within a few words ("a health official involved in the
// response said"): the official's description, not "official" as an
// adjective ("the official toll").
func participleCue(toks []ftok, e int) bool {
	w := toks[e].w
	if !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing") {
		return false
	}
	for k := e + 1; k < len(toks) && k <= e+5; k++ {
		if toks[k].punct || toks[k].isNum {
			return false
		}
		if isCue(toks, k) {
			return !toks[k].is(wcAhead)
		}
	}
	return false
}

// byReport reports a "by" at toks[by] after a word of set, a time between
// them or not: "figures released by the UN", "the six killed reported on
// Wednesday by the governor".
func byReport(toks []ftok, by int, set map[string]bool) bool {
	k := by - 1
	if k >= 1 && toks[k-1].w == "on" {
		if _, ok := lang.Weekday(toks[k].w); ok {
			k -= 2 // "on Wednesday"
		}
	} else if k >= 1 && reportTimes.Has(toks[k].w) {
		k-- // "yesterday"
	}
	return k >= 0 && set[toks[k].w]
}

// reportTimes are the times that may part a report's word from its "by".
var reportTimes = lang.WordSetOf(lang.SpanWords(lang.ReportTime))

// numberedCounted reports a name between a number and a counted noun, one
// word apart at most ("three UN hostages", "four U.N. election workers"):
// the people counted, even when a cue follows ("three UN hostages said" is
// the hostages' captors' story, "two U.N. officials said" stays the UN's).
func numberedCounted(toks []ftok, m origMatch) bool {
	if m.start == 0 || !toks[m.start-1].isNum || toks[m.start-1].year {
		return false
	}
	for k := m.end; k < len(toks) && k <= m.end+1 && !toks[k].punct; k++ {
		if attr.counted[toks[k].w] {
			return true
		}
	}
	return false
}

// demandWords ask something of whom "from" names after them: "demanded a
// response from", "sought guarantees from".
var demandWords = lang.WordSetOf(lang.ReportingWords(lang.DemandWord))

// askedOfReach is how far before a name the "from" of a demand may stand,
// other names listed between: "from the Afghan government and the UN".
const askedOfReach = 6

// askedOf reports a name a demand is made of: "from" after a demand word,
// a few words before the name at start.
func askedOf(toks []ftok, start int) bool {
	for p := start - 1; p >= 1 && p >= start-askedOfReach && !toks[p].punct; p-- {
		if toks[p].w == "from" {
			return demandedBefore(toks, p)
		}
	}
	return false
}

// demandedBefore reports a demand word among the four words before "from"
// at p.
func demandedBefore(toks []ftok, p int) bool {
	for k := p - 1; k >= 0 && k >= p-4 && !toks[k].punct; k-- {
		if demandWords.Has(toks[k].w) {
			return true
		}
	}
	return false
}

// sentToWords before "to" give a statement to whom it names: "a statement
// faxed to local news agencies", "e-mailed to Reuters".
var sentToWords = lang.WordSetOf(lang.ReportingWords(lang.SentToWord))

// linkedWords before "to" or "with" tie a speaker to a body the speaker is
// not: "a commander linked to al-Qaeda", "a militia allied with the army".
var linkedWords = lang.WordSetOf(lang.SourceWords(lang.LinkedWord))

// relativeReach is how far before a name a relative pronoun may open the
// clause that holds it.
const relativeReach = 6

// inRelativeClause reports a name in a relative clause ("..., which relies
// on activists"; "the UK-based group which advocates the Syrian
// opposition said"): the clause says what its head is, and the statement's
// cue after it is the head's.
func inRelativeClause(toks []ftok, start int) bool {
	for j := start - 1; j >= 0 && j >= start-relativeReach; j-- {
		w := toks[j].w
		if (toks[j].punct && w != ",") || isCue(toks, j) {
			return false
		}
		if w == "who" && j+1 < len(toks) && (postVerbs.Has(toks[j+1].w) || toks[j+1].w == "works") {
			return false // "Jane Doe, who heads the civil defence, said": she speaks for it
		}
		if w == "which" || w == "who" || w == "whose" {
			// "which the Observatory said were ...": the clause's own subject speaks,
			// a compound before it its modifier ("which the Foo-run health ministry said")
			for k := j + 1; k < start; k++ {
				if !appositives.Has(toks[k].w) && !hyphenModifier(toks, k, start) {
					return true
				}
			}
			return false
		}
	}
	return false
}

// hyphenModifier reports a word of a hyphenated compound at toks[k] that
// ends before start ("Foo-run", "Kyiv-based"): a modifier of the name at
// start, no verb of a clause.
func hyphenModifier(toks []ftok, k, start int) bool {
	return toks[k].hyph || k+1 < start && toks[k+1].hyph
}

// accusations are the attribution words that blame: what follows them is
// the blame, and a count in a relative clause after it describes its setting.
var accusations = lang.WordSetOf(lang.ReportingWords(lang.AccuseVerb))

// relativeOpens reports a relative clause set off by a comma that opens
// right before the name at start ("..., which a local official claimed
// ..."): the name speaks within the clause only.
func relativeOpens(toks []ftok, start int) bool {
	for j := start - 1; j >= 1 && j >= start-3; j-- {
		if (toks[j].w == "which" || toks[j].w == "who") && toks[j-1].w == "," {
			return true
		}
		if toks[j].punct {
			return false
		}
	}
	return false
}

// perfectRelative reports a relative clause in the perfect in toks[from:to]
// ("a conflict that has left 3,000 dead"): a running total of the setting,
// not the deed blamed ("of launching an attack that killed 213").
func perfectRelative(toks []ftok, from, to int) bool {
	for j := from; j+1 < to; j++ {
		if toks[j].is(wcRelative) && (toks[j+1].w == "has" || toks[j+1].w == "have") {
			return true
		}
	}
	return false
}

// withPen is what a source of an aside "with X saying ..." costs beside
// one the sentence's own clause names: the aside answers the statement.
const withPen = 4

// withSaying reports a name in an aside "with the army saying ...".
func withSaying(toks []ftok, m origMatch) bool {
	p := m.start - 1
	if p >= 0 && toks[p].w == "the" {
		p--
	}
	return p >= 0 && toks[p].w == "with" && m.end < len(toks) && toks[m.end].w == "saying"
}

// placeReach is how many words a place after "in" may have between a
// body's people and what they said: "rescuers in Gaza City said".
const placeReach = 2

// pastPlace returns the index after a place "in" at toks[k] opens when an
// attribution word follows it ("rescuers in Foo City said"), else k.
func pastPlace(toks []ftok, k int) int {
	if k >= len(toks) || toks[k].w != "in" {
		return k
	}
	for j := k + 1; j < len(toks) && j <= k+placeReach+1; j++ {
		if toks[j].punct || toks[j].isNum {
			return k
		}
		if j > k+1 && isCue(toks, j) {
			return j
		}
	}
	return k
}

// commaCloser reports a name set off by a comma right before it and said
// right after it ("... including a soldier who later died, state
// television said."): it closes the sentence as its source, out of the
// relative clause before the comma.
func commaCloser(toks []ftok, m origMatch) bool {
	return m.start > 0 && toks[m.start-1].w == "," && m.end < len(toks) && isCue(toks, m.end) && !toks[m.end].is(wcAhead)
}

// accordingTo reports a name right after "according to [the]": a source,
// whatever noun comes next ("according to SANA news agency terrorists fired
// ...").
func accordingTo(toks []ftok, start int) bool {
	p := start - 1
	if p >= 1 && !toks[p].punct && !toks[p].isNum && appositives.Has(toks[p-1].w) {
		p-- // "according to an official army spokesperson"
	}
	if p >= 0 && appositives.Has(toks[p].w) {
		p--
	}
	return p >= 1 && toks[p].w == "to" && toks[p-1].w == "according"
}

// headNoun reports whether t's word is a noun that makes a name before it
// a modifier: of the counted ("fighters", "staff") or of the perpetrator
// ("shelling", "forces"); whoGroups, attr.counted and attr.agent hold them.
func (t *ftok) headNoun() bool { return t.is(wcHeadNoun) }

// cueGap is the number of tokens between ms[i] and the nearest attribution
// word that attributes to it, within the clause: one after it ("the
// Observatory said"; other sources joined to it, as in "a war monitor and
// medical workers said", do not count), or one before it that names its
// source after it ("according to the Observatory", "..., said the
// Observatory."). A verb of killing after the name ends the search: the name
// is who killed, not who counted.
func cueGap(text string, toks []ftok, ms []origMatch, i int) int {
	return cueGapAfter(text, toks, ms, i, cueAfter(toks, ms[i:]))
}

// cueGapAfter is cueGap given after, cueAfter(toks, ms[i:]), worked out
// once by a caller that also wants where that word stands (attributionOf).
func cueGapAfter(text string, toks []ftok, ms []origMatch, i, after int) int {
	gap := min(after, maxCueGap+1)
	m, prevEnd := ms[i], 0
	from := m.start
	if p := postStart(text, toks, m.start); p >= 0 {
		from = p // "..., said Jane Doe, a spokeswoman for the governor.": the governor speaks through her
	} else if p := postAfter(text, toks, m); p >= 0 {
		from = p // "..., said Jane Doe, an army spokeswoman."
	}
	for p := i - 1; p >= 0; p-- {
		if ms[p].start >= from {
			continue // "a doctor at the hospital": the post is the body's
		}
		if !notSource(toks, ms[p]) {
			prevEnd = ms[p].end // "according to a pro-opposition civil defence source": past a mere mark
			break
		}
	}
	from = max(from, prevEnd)
	for j, n := from-1, 0; j >= prevEnd && n <= aheadReach; j, n = j-1, n+1 {
		if toks[j].punct && toks[j].w != "\"" && toks[j].w != "," {
			break
		}
		if toks[j].w == "by" && j > 0 && byReport(toks, j, attr.bySays) {
			gap = min(gap, n, maxCueGap) // "the claim by activists that ...", "figures released by UNICEF"
			break
		}
		if isCue(toks, j) {
			if toks[j].is(wcAhead) || (toks[j].is(wcInverted) && n <= 2 && clauseEnds(text, toks, ms, m)) {
				gap = min(gap, n, maxCueGap)
			}
			break
		}
	}
	return gap
}

// aheadReach is how far before a name "according to" may come: "according
// to Jowan Ibrahim, the commander of the Kurdish police".
const aheadReach = 2 * maxCueGap

// cueAfter is the number of tokens from ms[0] to the attribution word
// after it, more than maxCueGap when there is none.
func cueAfter(toks []ftok, ms []origMatch) int {
	n, _ := cueAfterAt(toks, ms)
	return n
}

// cueAfterAt is cueAfter with the index of the attribution word, -1 for
// none.
func cueAfterAt(toks []ftok, ms []origMatch) (int, int) {
	m := ms[0]
	next := 1
	reach := maxCueGap
	if r := m.end; r < len(toks) {
		if toks[r].w == "," && r+1 < len(toks) {
			r++
		}
		if toks[r].w == "which" || toks[r].w == "who" || (r > m.end && lang.IsArticle(toks[r].w)) {
			reach = aheadReach // "the Observatory, which relies on a network of sources, said"; "Iraq Body Count, an independent group that tracks deaths, said"
		}
	}
	if asideOpens(toks, m.start) {
		reach = aheadReach // "John Roe, governor of the Foo region in the east, said": the aside runs to its comma
	}
	for next < len(ms) && notSource(toks, ms[next]) {
		next++ // a name in its relative clause or a perpetrator is only a word here
	}
	if otherSubject(toks, ms, m.end) {
		return maxCueGap + 1, -1 // "... killing 25 civilians, including elderly residents, the local committee reported"
	}
	for j, n := m.end, 0; j < len(toks) && n <= reach; j++ {
		if j == m.end && toks[j].w == ")" && m.start > 0 && toks[m.start-1].w == "(" {
			continue // "the Syrian Observatory for Human Rights (SOHR) said"
		}
		if e := parenEnd(toks, j); j == m.end && e > j {
			j = e // "the national council (NDRRMC) confirms": its acronym
			for next < len(ms) && ms[next].start < e {
				next++
			}
			continue
		}
		if next < len(ms) && j == ms[next].start {
			if j > m.end && !joiners.Has(toks[j-1].w) && !appositives.Has(toks[j-1].w) && !joinedModifier(toks, j-1, m.end) {
				break // "held by the Islamic State (IS) group a monitor said": the cue is the monitor's
			}
			j, next = ms[next].end-1, next+1
			for next < len(ms) && notSource(toks, ms[next]) {
				next++
			}
			continue
		}
		if toks[j].punct && toks[j].w != "\"" && toks[j].w != "," {
			break
		}
		if isCue(toks, j) {
			if reportsOf(toks, j) || toks[j].w == "according" {
				break // "the Council is seeking clarity on reports that ...": whoever made the reports; "MOSCOW (Sputnik) According to SANA": SANA's
			}
			if toks[j].w == "told" && j > 0 && lang.PassiveBe(toks[j-1].w) {
				break // "the council was told": who was told is no source
			}
			if j > m.end && pronouns.Has(toks[j-1].w) {
				break // "The injured included 19 police officers and five rescuers, he said": he said it
			}
			return min(n, maxCueGap), j
		}
		if toks[j].is(wcKilling) {
			break // "the Syrian army killed 20 rebels, a monitor said"
		}
		if toks[j].w != "and" && (j != m.end || !ownHeads.Has(toks[j].w)) {
			n++ // but "an opposition group and residents said": the group's name is one phrase
		}
	}
	return maxCueGap + 1, -1
}

// asideOpens reports a name that opens an aside set off by a comma
// ("John Roe, governor of ...", "Jane Doe, the head of ..."): what the
// aside tells of where the body sits runs on to the comma that closes it.
func asideOpens(toks []ftok, start int) bool {
	p := start - 1
	if p >= 1 && appositives.Has(toks[p].w) {
		p--
	}
	return p >= 1 && toks[p].w == "," && !toks[p-1].punct && !toks[p-1].isNum
}

// joinedModifier reports a lower-case word at toks[k] right after a joiner
// (and after m's end at from): a modifier of the next name listed ("Medics
// and local witnesses reported").
func joinedModifier(toks []ftok, k, from int) bool {
	return k-1 >= from && joiners.Has(toks[k-1].w) && !toks[k].punct && !toks[k].isNum && !isCue(toks, k)
}

// otherSubject reports a noun phrase opened by an article after a comma at
// toks[j] that an attribution word closes with no comma before it ("...,
// elderly residents, the local committee reported"): the subject of that
// word, a source the table may not know, not the name before the comma (an
// appositive, "SOHR, the monitoring group, said", ends in a comma).
func otherSubject(toks []ftok, ms []origMatch, j int) bool {
	if j+2 >= len(toks) || toks[j].w != "," || !lang.IsArticle(toks[j+1].w) {
		return false
	}
	for k := j + 2; k < len(toks) && k <= j+5; k++ {
		if toks[k].punct || toks[k].isNum || inOrig(ms, k) {
			return false
		}
		if isCue(toks, k) {
			return !toks[k].is(wcAhead) && !pronouns.Has(toks[k-1].w)
		}
	}
	return false
}

// ownHeads are nouns that close a source's own name: "an opposition group",
// "opposition sources".
var ownHeads = lang.WordSetOf(lang.SourceWords(lang.OwnHead))

// killingVerb reports a verb that kills or wounds ("killed", "wounding").
func killingVerb(w string) bool {
	return killedKind.before.Has(w) || injuredKind.before.Has(w)
}

// clauseEnds reports a name that ends its clause: the sentence or a mark
// ends after it, or a word that may follow a source ("said the Observatory
// which ..."), not a verb of which it is the subject ("said the army killed").
func clauseEnds(text string, toks []ftok, ms []origMatch, m origMatch) bool {
	e := m.end
	if p := parenEnd(toks, e); p > e {
		e = p + 1 // "said the Syrian Observatory for Human Rights (SOHR)"
	}
	for _, n := range ms {
		if n.start == e {
			e = n.end // "said the Syrian Observatory for Human Rights monitoring group"
		}
	}
	// a capitalised word after it opens what was glued on: "says Syrian
	// Observatory for Human Rights AP Thursday"
	return e >= len(toks) || toks[e].punct || attr.clauseTail[toks[e].w] || lang.Capitalised(text[toks[e].off:toks[e].end])
}

// adjacentHead reports a name followed at once by another that heads the
// phrase ("Syrian opposition activists"), unless that one is a mere "monitor"
// ("the Syrian Observatory monitoring group" is the Observatory).
func adjacentHead(ms []origMatch, i int) bool {
	if i+1 >= len(ms) || ms[i+1].start != ms[i].end {
		return false
	}
	a, b := origs.list[ms[i].id], origs.list[ms[i+1].id]
	if a.generic && a.kind == "monitor" && b.kind != a.kind {
		return false // "a war monitor medics and rescuers said", the commas lost: a list, not "monitor medics"
	}
	if b.kind == outletKind {
		return false // "... says Syrian Observatory for Human Rights AP": a byline glued on
	}
	if b.generic {
		// "medical staff a monitoring group said": another source
		return a.kind != b.kind
	}
	if postsOf.Has(b.name) && !genericKinds.Has(a.name) && a.kind != b.kind {
		return false // "civil defense officials": the officials are the civil defence's
	}
	// "SANA state news agency": the second only says what the first is
	return !(a.kind == b.kind && genericKinds.Has(b.name))
}

// postsOf are sources named by a post that a name before them owns:
// "civil defense officials", "Observatory officials", "a U.N. aid official".
var postsOf = lang.WordSetOf(map[string]bool{"officials": true, "aid agencies": true})

// joiners join two sources of one statement: "a war monitor and medical
// workers said".
var joiners = lang.WordSetOf(lang.JoinerWords(lang.SourceJoiner))

// appositives open a second name for the same source: "The Civil Defense
// another activist group said".
var appositives = lang.WordSetOf(lang.DeterminerWords(lang.Appositive))

// trailingAside reports a source named in brackets at the end of its
// sentence or clause, as reports cite: "(OCHA).", "(Source: CCCM Cluster)",
// "has displaced over 78,000 people as of 19 May (IOM DTM) and damaged
// ...": a clause "and" goes on with is ended too.
func trailingAside(toks []ftok, m origMatch) bool {
	open := m.start - 1
	if open >= 2 && toks[open].w == ":" && toks[open-1].w == "source" {
		open -= 2
	}
	if open < 0 || toks[open].w != "(" || m.end >= len(toks) {
		return false
	}
	end := citationEnd(toks, m.end)
	if end < 0 {
		return false
	}
	return end+1 == len(toks) || (toks[end+1].punct && toks[end+1].w != "(") || toks[end+1].w == "and"
}

// citationEnd returns the closing bracket of a citation whose source ends
// at e: right there ("(OCHA)"), or after the day of its report and the
// sources listed with it ("(WFP 29/01/2021; DTM 01/02/2021)", "(OCHA,
// 12/05)"; slashes are no tokens, a date's parts are), the way an agency's
// briefing closes a sentence with its sources; -1 when words of another
// kind follow (an aside, "(OCHA estimates)").
func citationEnd(toks []ftok, e int) int {
	if toks[e].w == ")" {
		return e
	}
	d := e
	if toks[d].w == "," && d+1 < len(toks) {
		d++ // "(OCHA, 12/05)"
	}
	if !lang.AllDigits(toks[d].w) {
		return -1
	}
	for k := e; k < len(toks) && k < e+citationReach; k++ {
		switch w := toks[k].w; {
		case w == ")":
			return k
		case lang.AllDigits(w) || w == ";" || w == ",":
		case !toks[k].punct && k > e && toks[k-1].w == ";":
			// the next source listed: "; DTM 01/02/2021"
		default:
			return -1
		}
	}
	return -1
}

// citationReach bounds a closing citation's tokens after its first source.
const citationReach = 16

// participleOfSayer reports a name m inside the that-clause of an earlier
// attribution word whose own attribution word at cue is a participle:
// "Sources told the radio that the militia took the town, adding that ..."
// goes on with the sources, who add; the militia is what they said.
func participleOfSayer(toks []ftok, m origMatch, cue int) bool {
	if cue < 0 || cue >= len(toks) || !strings.HasSuffix(toks[cue].w, "ing") || toks[cue].is(wcAhead) {
		return false
	}
	for j := m.start - 1; j > 0 && j >= m.start-maxCueGap; j-- {
		if toks[j].punct && toks[j].w != "-" {
			return false
		}
		if toks[j].w != "that" {
			continue
		}
		for k := j - 1; k >= 0 && k >= j-maxCueGap && !toks[k].punct; k-- {
			if isCue(toks, k) && !toks[k].is(wcAhead) {
				return true
			}
		}
		return false
	}
	return false
}

// clausePen is what a name costs that opens the clause an attribution word
// introduces: the sayer named before the word is the source.
const clausePen = 6

// clauseVerbs follow the subject of a reported clause ("said hospitals
// have documented ..."); an inverted sayer ("said the Observatory.") is
// followed by the sentence's end, a comma or an aside.
var clauseVerbs = lang.WordSetOf(lang.AuxiliaryWords(lang.ReportedClauseVerb))

// clauseSubject reports a name i that stands right after a non-outlet
// attribution word and before the verb of its clause, alone or in a list
// joined by "and": "said hospitals and rescuers have documented". An
// outlet's word relays ("AFP said the Observatory had counted 40"): not so.
func clauseSubject(toks []ftok, ms []origMatch, i int) bool {
	m := ms[i]
	c := m.start - 1
	if c > 0 && toks[c].w == "the" {
		c--
	}
	if c < 1 || !isCue(toks, c) {
		return false
	}
	before := -1
	for p := i - 1; p >= 0; p-- {
		if ms[p].end <= c && ms[p].end >= c-maxCueGap {
			before = p
			break
		}
	}
	if before < 0 || carrier(origs.list[ms[before].id].kind) {
		return false
	}
	end := m.end
	for k := i + 1; k < len(ms) && end < len(toks) && toks[end].w == "and" && ms[k].start == end+1; k++ {
		end = ms[k].end // "hospitals and rescuers"
	}
	return end < len(toks) && clauseVerbs.Has(toks[end].w)
}

// kindRelayed reports a kind of source (hospitals, activists) that opens
// the clause of a named sayer's attribution word: "Jane Roe of the civil
// defence said hospitals have documented 43 deaths" is the civil defence's
// count, which it gathers from them.
func kindRelayed(s *factSentence, i int) bool {
	o := origs.list[s.origs[i].id]
	return (o.generic || genericKinds.Has(o.name) || o.name == "hospital") && clauseSubject(s.toks, s.origs, i)
}

// countingKinds are the table's kinds of bodies that count the dead and
// hurt: "the toll from" one of them is its count.
var countingKinds = lang.WordSetOf(wordSet("health", "medical", "monitor", "un", "rescue", "ngo"))

// tollFrom reports a counting body named right after "toll from [the]" or
// "tally from [the]" ("The recent death toll from the Palestinian Ministry
// of Health rose to 320 deaths", eval/orig3w's fit half,
// fignewsmt-B02-4415): the toll is the body's, as "according to" makes it.
// Only a counting body (countingKinds): "the toll from the army's
// offensive" is the offensive's toll, and a party's name after "from" is
// what the toll is of as often as who gives it.
func tollFrom(s *factSentence, m origMatch) bool {
	if !countingKinds.Has(origs.list[m.id].kind) {
		return false
	}
	toks := s.toks
	p := m.start - 1
	for n := 0; p >= 0 && n < 2 && nameWord(s.text, toks, p) && !lang.IsArticle(toks[p].w); n, p = n+1, p-1 {
		// "from the Palestinian Ministry of Health", "from the Gaza health ministry": whose body
	}
	if p >= 0 && lang.IsArticle(toks[p].w) {
		p--
	}
	return p >= 1 && toks[p].w == "from" && (toks[p-1].w == "toll" || toks[p-1].w == "tally")
}

// takesResponsibility reports an attribution word at j whose object is a
// body's responsibility ("announced its responsibility for", "declared
// responsibility", "acknowledged their responsibility"): the body claims the
// attack, and the toll its clause gives is the outlet's, as after "claimed
// responsibility" (below). Read on eval/orig3w's fit half
// (fignewsmt-B03-5353: "The Hamas movement announced its responsibility for
// the shooting attack in Jerusalem that led to the death of three people");
// any verb of saying so built claims a deed, in any outlet's words.
func takesResponsibility(toks []ftok, j int) bool {
	for k := j + 1; k < len(toks) && k <= j+3 && !toks[k].punct && !toks[k].isNum; k++ {
		if toks[k].w == "that" {
			return false // "announced that its fighters had killed 50": a statement
		}
		if toks[k].w == "responsibility" {
			return true
		}
	}
	return false
}

// nounDets before "claim" make it the noun; "to" before "claim" or
// "confirm" makes it a purpose or a refusal ("refused to confirm").
var nounDets = lang.WordSetOf(lang.DeterminerWords(lang.NounDeterminer))

// isCue reports an attribution word at j; "claimed responsibility",
// "claimed by" and "claimed the attack" claim an attack, not a count.
func isCue(toks []ftok, j int) bool {
	// most words: no attribution word, and none of the words cueAt reads
	// (the test inlined, before a call)
	if toks[j].info.cls&(wcMarked|wcCue|wcFinding|wcCueNamed) == wcMarked {
		return false
	}
	return cueAt(toks, j)
}

// cueAt is isCue past its test of the word's classes.
func cueAt(toks []ftok, j int) bool {
	if toks[j].wordInfo().cls&(wcCue|wcFinding|wcCueNamed) == 0 {
		return false
	}
	w := toks[j].w
	if (w == "claim" || w == "confirm") && j > 0 && (nounDets.Has(toks[j-1].w) || toks[j-1].w == "to") {
		return false // "rejected the claim that ...", "came to claim bodies": no one's statement here ("Medics claim that ...")
	}
	if takesResponsibility(toks, j) {
		return false // "announced its responsibility for the attack that killed three": a claim of the attack, not a count (h-fig58)
	}
	if w == "claimed" || w == "claims" || w == "claim" {
		for k := j + 1; k < len(toks) && k <= j+3 && !toks[k].punct && !toks[k].isNum; k++ {
			if toks[k].w == "that" {
				break // "state media claimed that government forces had killed 50": a statement
			}
			if t := toks[k].w; t == "responsibility" || (t == "by" && k == j+1) || attr.agent[t] && !subjectOf(toks, k) ||
				(t == "lives" || t == "life") && j > 0 && (toks[j-1].is(wcRelative) || attr.agent[toks[j-1].w]) {
				return false // "claimed responsibility", "claimed by", "claimed previous bombings", "attacks that claimed the lives of 120"
			}
		}
	}
	if (w == "announced" || w == "announces") && j+1 < len(toks) && (toks[j+1].w == "a" || toks[j+1].w == "an") {
		for k := j + 2; k < len(toks) && k <= j+4; k++ {
			if toks[k].isNum && (k+1 == len(toks) || !toks[k+1].hyph) || toks[k].kinds() != 0 || toks[k].w == "toll" {
				return true // "announced a toll of 20", "announced a further 12 deaths"
			}
		}
		return false // "announced a 1,000-dollar reward to catch the assailants who killed 20": a decision, not a count
	}
	if tollRevisions.Has(w) {
		for k := j + 1; k < len(toks) && k <= j+4 && !toks[k].punct && !toks[k].isNum; k++ {
			if tollNouns.Has(toks[k].w) {
				return true // "the health ministry raised the death toll to 12": the ministry's count
			}
		}
		return false // "raised the alarm", "raised concerns": no count of the subject's
	}
	if w == "show" || w == "shows" {
		for k := j - 1; k >= 0 && k >= j-6 && !toks[k].punct; k-- {
			if dataNouns.Has(toks[k].w) {
				return true // "figures from the UN refugee agency show" (dataNouns, scope.go): the agency's count
			}
		}
		return false // "a video shows soldiers killing 12": a picture, no one's count
	}
	if toks[j].is(wcFinding) {
		for k := j - 1; k >= 0 && k >= j-3; k-- {
			if findingNouns.Has(toks[k].w) {
				return true // "an army investigation has found that troops killed six": the army's finding
			}
		}
	}
	return toks[j].is(wcCue)
}

// isCueNamed are the words isCue reads by name before their classes: a
// word that isCue names must be in it.
var isCueNamed = lang.ReportingWords(lang.NamedCue)

// tollRevisions revise a count: an attribution word only before a toll
// ("the ministry raised the death toll to 12", "police revised their
// count"), the reviser's own count.
var tollRevisions = lang.WordSetOf(lang.CountingWords(lang.TollRevision))

// tollNouns are the counts tollRevisions revise.
var tollNouns = lang.WordSetOf(lang.CountingWords(lang.RevisedTollNoun))

// findingVerbs report what an inquiry or a study found, an attribution word
// only after one of findingNouns: "an army investigation has found that".
var findingVerbs = lang.ReportingWords(lang.FindingVerb)

// findingNouns are the inquiries and studies whose finding is their body's
// statement.
var findingNouns = lang.WordSetOf(lang.ReportingWords(lang.FindingNoun))

// subjectOf reports an agent word that is the subject of a killing verb
// after it: "claimed Daesh fighters killed 30 soldiers" is a statement, not
// a claimed attack.
func subjectOf(toks []ftok, k int) bool {
	for n := k + 1; n < len(toks) && n <= k+2; n++ {
		if toks[n].is(wcKilling) {
			return true
		}
		if !personAux.Has(toks[n].w) {
			return false
		}
	}
	return false
}

// besideMedics are the kinds of generic sources that medics listed after
// them under one attribution word go before ("witnesses and medics said",
// "police and doctors said"), as a hospital and a health ministry do.
var besideMedics = lang.WordSetOf(wordSet("local", "government"))

// genericKinds are sources named by what they are, not who: a named source
// beside one of them is the better attribution.
var genericKinds = lang.WordSetOf(map[string]bool{"activists": true, "opposition": true, "army": true, "state media": true,
	"medical sources": true, "local media": true, "rebels": true, "police": true, "governor": true, "officials": true,
	"local authorities": true, "government": true, "local sources": true, "residents": true, "witnesses": true,
	"militants": true, "aid agencies": true, "emergency workers": true, "fire commander": true, "scientists": true,
	"prosecutor": true})

// anaphors stand for a source named before: "It said", "The source added",
// "The monitoring group said", "He told AFP".
var anaphors = lang.WordSetOf(lang.SourceWords(lang.SourceAnaphor))

// anaphoric reports a sentence whose statement is attributed to a source
// named earlier: an anaphor right before an attribution word that opens
// the sentence ("It said ...") or closes it ("... the report added", "\"...\"
// he said.").
func anaphoric(text string, toks []ftok) bool {
	if openingAnaphor(toks) || accordingToPronoun(toks) {
		return true
	}
	for j := 1; j < len(toks); j++ {
		if toks[j].is(wcInverted) && j+2 < len(toks) && toks[j+1].w == "the" && anaphors.Has(toks[j+2].w) &&
			(j+3 == len(toks) || !lang.Capitalised(text[toks[j+3].off:toks[j+3].end])) {
			return true // "... were killed said the source noting that ..."
		}
		mid := j >= 8 && j < len(toks)-closingReach
		if !toks[j].is(wcCue) && (toks[j].w != "read" || toks[j-1].w != "statement") {
			continue // "the statement read"
		}
		if toks[j].is(wcCue) && !isCue(toks, j) {
			continue // "The militant group also claimed responsibility for ...": no statement
		}
		if toks[j].w == "according" && j+3 < len(toks) && toks[j+1].w == "to" && toks[j+2].w == "the" &&
			anaphors.Has(toks[j+3].w) && (j+4 == len(toks) || toks[j+4].punct) {
			return true // "... injuring 3 civilians according to the source."
		}
		a := j - 1
		for n := 0; a > 0 && n < 2 && personAux.Has(toks[a].w); n++ {
			a-- // "The source also said", "The source earlier put the toll at 5"
		}
		if anaphors.Has(toks[a].w) && !namedBefore(text, toks, a) && (!mid || afterQuote(toks, a)) {
			return true
		}
	}
	return false
}

// openingReach is how far into a sentence the attribution word of an
// opening "The group ..." may come, its noun phrase's modifiers between.
const openingReach = 12

// openingAnaphor reports a sentence that opens with a body's anaphor whose
// noun phrase runs on to an attribution word: "The group with a network of
// sources inside Syria said 28 rebels had been killed", "The monitor, which
// relies on activists, said ...". A number or another attribution word
// before it ends the phrase.
func openingAnaphor(toks []ftok) bool {
	if len(toks) < 4 || toks[0].w != "the" || !bodyAnaphors.Has(toks[1].w) {
		return false
	}
	for j := 2; j < len(toks) && j <= openingReach; j++ {
		if toks[j].isNum {
			return false
		}
		if isCue(toks, j) {
			return toks[j].is(wcCarry) && !toks[j].is(wcAhead)
		}
	}
	return false
}

// afterQuote reports an anaphor right after a closing quotation mark:
// "\"...\" the ministry said, adding ...".
func afterQuote(toks []ftok, a int) bool {
	if a > 0 && toks[a-1].w == "the" {
		a--
	}
	return a > 0 && (toks[a-1].w == "\"" || toks[a-1].w == "”")
}

// objectPronouns stand for a source named before after "according to".
var objectPronouns = lang.WordSetOf(lang.DeterminerWords(lang.ObjectPronoun))

// accordingToPronoun reports "according to him" (her, them): "According
// to him, six others were injured" goes on with the one who spoke before.
func accordingToPronoun(toks []ftok) bool {
	for j := 0; j+2 < len(toks); j++ {
		if toks[j].w == "according" && toks[j+1].w == "to" && objectPronouns.Has(toks[j+2].w) {
			return true
		}
	}
	return false
}

// pronouns are anaphors that no name modifies ("... Sheikh Said it said").
var pronouns = lang.WordSetOf(lang.DeterminerWords(lang.SubjectPronoun))

// namedBefore reports an anaphor noun with a name before it: "the state-run
// Sana agency said" names an agency the table does not know; "The source
// said" does not.
func namedBefore(text string, toks []ftok, a int) bool {
	if a == 0 || pronouns.Has(toks[a].w) || appositives.Has(toks[a-1].w) {
		return false
	}
	return lang.Capitalised(text[toks[a-1].off:toks[a-1].end])
}

// closingReach is how many tokens may follow a closing "he said": "on
// Sunday", a full stop.
const closingReach = 4

// bodyAnaphors stand for a body at the end of a sentence that names it
// before: "Rebels killed 12 soldiers, the group said", "... in Syria's
// opposition government ..., the body's spokesman said".
var bodyAnaphors = lang.WordSetOf(lang.SourceWords(lang.BodyAnaphor))

// backAnaphors are the bodyAnaphors that may stand for a body named in an
// earlier sentence: "The Union of Syrian Medical Relief Organisations runs
// the hospital. Four staff were killed, the charity said."
var backAnaphors = lang.WordSetOf(lang.SourceWords(lang.BackAnaphor))

// closingAnaphorBefore returns the body a sentence's closing "the group
// said" (or organisation, charity, agency) stands for when the sentence
// names none: the last one named in the few sentences before it. An outlet
// named last is the sentence's carrier, not the body: none then.
//
// "the statement said" (or added) stands for the statement a sentence just
// before attributed: its source, whatever the sentence names before its
// closing words ("... arrived at the hospital, the statement added": not
// the hospital's); the third result tells it.
func closingAnaphorBefore(sents []factSentence, si int) (int, bool, bool) {
	s := &sents[si]
	toks := s.toks
	anaphor := ""
	for j := len(toks) - 1; j >= 2; j-- {
		if j < len(toks)-closingReach-2 && !commaAfterStatement(toks, j) && !(j >= 3 && toks[j-3].is(wcRelative)) {
			continue // but "..., the ministry said in a statement, adding that ...": an aside after it; "people that the agency reported killed"
		}
		if toks[j].is(wcCue) && !toks[j].is(wcAhead) && backAnaphors.Has(toks[j-1].w) && toks[j-2].w == "the" {
			anaphor = toks[j-1].w
			break
		}
	}
	if anaphor == "" {
		return -1, false, false
	}
	if anaphor == "statement" {
		id, ok := statementBefore(sents, si)
		return id, ok, ok
	}
	for _, m := range s.origs {
		if !notSource(s.toks, m) {
			return -1, false, false // "in the Israeli strike" names who struck, no source
		}
	}
	id, ok := antecedent(sents, si, anaphor)
	return id, ok, false
}

// antecedent returns the body an anaphor of sentence si ("the ministry",
// "the group") stands for: the last one named in the few sentences before
// it (for "the ministry", a ministry's name), as closingAnaphorBefore
// tells it.
func antecedent(sents []factSentence, si int, anaphor string) (int, bool) {
	reach := 3
	if anaphor == "ministry" {
		reach = ministryReach // only a ministry's name is its antecedent
	}
	for b := si - 1; b >= 0 && b >= si-reach && sents[b].index >= 0; b-- {
		sents[b].tokenise()
		p := &sents[b]
		for i := len(p.origs) - 1; i >= 0; i-- {
			m := p.origs[i]
			if anaphor == "ministry" {
				if notSource(p.toks, m) || !ministryNamed(p.toks, m) {
					continue // "the ministry" is the ministry named last ("the health ministry"), not the army named after it
				}
			} else if notSource(p.toks, m) || !lang.Capitalised(p.text[p.toks[m.start].off:p.toks[m.start].end]) &&
				!(m.end < len(p.toks) && p.toks[m.end].w == anaphor) {
				continue // "the hospital" is no body's name; but "the civil defence agency" is the agency's
			}
			if o := origs.list[m.id]; o.generic || carrier(o.kind) {
				return -1, false
			}
			return m.id, true
		}
	}
	return -1, false
}

// commaAfterStatement reports a cue at j set off by commas from the clause
// it closes and the aside after it ("..., the ministry said, without
// providing details", "..., the ministry said in a statement, adding ..."):
// it closes the statement before it however long the aside.
func commaAfterStatement(toks []ftok, j int) bool {
	if j < 3 || toks[j-3].w != "," && toks[j-3].w != "”" && toks[j-3].w != "\"" {
		return false // "..., the ministry said," or "...,” the ministry said,"
	}
	for k := j + 1; k < len(toks) && k <= j+4; k++ {
		if toks[k].w == "," {
			return true
		}
	}
	return false
}

// statementBefore returns the source of the statement that one of the two
// sentences before si names ("..., the health ministry said in a statement
// on Thursday."): what a closing "the statement added" stands for.
func statementBefore(sents []factSentence, si int) (int, bool) {
	for b := si - 1; b >= 0 && b >= si-2 && sents[b].index >= 0; b-- {
		sents[b].tokenise()
		p := &sents[b]
		if !holdsWord(p.toks, "statement") {
			continue
		}
		if m, ok := attribution(p); ok && !carrier(origs.list[m.id].kind) {
			return m.id, true
		}
		return -1, false
	}
	return -1, false
}

// holdsWord reports w among toks.
func holdsWord(toks []ftok, w string) bool {
	for _, t := range toks {
		if t.w == w {
			return true
		}
	}
	return false
}

// relativeWords open a relative clause whose subject may be an anaphor:
// "25 people that the agency reported killed".
var relativeWords = lang.JoinerWords(lang.RelativeWord)

// ministryReach is how many sentences back "the ministry said" may find
// the ministry it stands for: the report may quote others in between ("The
// National News Agency said ... It said ...").
const ministryReach = 8

// ministryNamed reports a name that is a ministry's or a minister's ("the
// Lebanese Health Ministry", "the health minister"): what a later "the
// ministry said" stands for.
func ministryNamed(toks []ftok, m origMatch) bool {
	for k := m.start; k < m.end; k++ {
		if w := toks[k].w; w == "ministry" || w == "minister" {
			return true
		}
	}
	return false
}

// ownersOfSpokesmen are the words before "spokesman" that make him the
// body's: "its spokesman", "the body's spokesman".
var ownersOfSpokesmen = lang.WordSetOf(lang.DeterminerWords(lang.SpokesOwner))

// closingAnaphor returns the name a sentence's closing "the group said"
// stands for: the last name before it that may be a source.
func closingAnaphor(s *factSentence) (origMatch, bool) {
	toks := s.toks
	for j := len(toks) - 1; j >= 2; j-- {
		if !toks[j].is(wcCue) || toks[j].is(wcAhead) {
			continue
		}
		a := toks[j-1].w
		spoke := a == "spokesman" || a == "spokeswoman"
		if !bodyAnaphors.Has(a) && !(spoke && (ownersOfSpokesmen.Has(toks[j-2].w) || j >= 3 && ownersOfSpokesmen.Has(toks[j-3].w))) {
			continue // but "the group's military spokesman said"
		}
		for i := len(s.origs) - 1; i >= 0; i-- {
			if m := s.origs[i]; m.end < j-1 && !notSource(toks, m) && !origs.list[m.id].generic {
				return m, true
			}
		}
		return origMatch{}, false
	}
	return origMatch{}, false
}

// spokesmanBody returns the body a person the table does not know speaks
// for when he tells an outlet what sentence si says ("..., Jane Roe told
// AFP"): the body of a post the article gave him (personSource), else the
// body whose unnamed spokesman the sentence just before quotes ("..., the
// body's spokesman said. '...,' Roe told AFP": the spokesman, now named),
// as that sentence's source (src) or its closing anaphor tells it; -1 for
// none. His count is the body's, so that a story's lines group by the body.
func spokesmanBody(sents []factSentence, src []int, si int) int {
	body := func(id int) int {
		if id < 0 || carrier(origs.list[id].kind) || origs.list[id].generic {
			return -1
		}
		return id
	}
	if id := body(personSource(sents, si)); id >= 0 {
		return id
	}
	b := si - 1
	if b < 0 || sents[b].index < 0 {
		return -1
	}
	sents[b].tokenise()
	if !unnamedSpokesman(&sents[b]) {
		return -1
	}
	id := src[b]
	if m, ok := closingAnaphor(&sents[b]); id < 0 && ok {
		id = m.id
	}
	if m, ok := attribution(&sents[b]); id < 0 && ok {
		id = m.id // a sentence with no figure: "... at dawn, according to a spokesman for the civil defence."
	}
	return body(id)
}

// accordingToSpokesman reports "according to a spokesman for ..." at
// toks[j] with no name after the post.
func accordingToSpokesman(s *factSentence, j int) bool {
	toks := s.toks
	k := j + 1
	if k >= len(toks) || toks[k].w != "to" {
		return false
	}
	for k++; k < len(toks) && appositives.Has(toks[k].w); k++ {
	}
	return k+1 < len(toks) && spokesWords.Has(toks[k].w) && !nameWord(s.text, toks, k+1)
}

// spokesWords are the posts of one who speaks for a body, or for the
// person whose possessive precedes them ("Roe's spokesman said").
var spokesWords = lang.WordSetOf(lang.SourceWords(lang.SpokesWord))

// spokesReach is how many words a spokesman's post may take before the
// word he speaks by: "a spokesman for the Foo Liberation Front said".
const spokesReach = 7

// unnamedSpokesman reports a sentence that gives its statement to a
// spokesman it does not name: "..., the body's spokesman said", "..., a
// spokesman for the Houthi movement said"; not "spokesman Jane Roe said".
func unnamedSpokesman(s *factSentence) bool {
	toks := s.toks
	for j := 1; j < len(toks); j++ {
		if toks[j].w == "according" && accordingToSpokesman(s, j) {
			return true // "..., according to a spokesman for the Foo civil defence."
		}
		if !isCue(toks, j) || toks[j].is(wcInverted) && j+1 < len(toks) && nameWord(s.text, toks, j+1) {
			continue // "..., the spokesman said Jane Roe": named
		}
		for k := j - 1; k >= 0 && k >= j-spokesReach && !toks[k].punct; k-- {
			if spokesWords.Has(toks[k].w) {
				if k+1 < j && nameWord(s.text, toks, k+1) && !inOrig(s.origs, k+1) {
					break // "spokesman Jane Roe said": named
				}
				return true
			}
		}
	}
	return false
}

// namedMonitor returns the one specific monitor the article attributes
// anything to ("the Syrian Observatory"), so that "a monitor said" in its
// lead can be named; -1 when there is none or more than one.
func namedMonitor(sents []factSentence) int {
	if id := monitorIn(sents); id != -1 {
		return max(id, -1) // named in a sentence with a number; two monitors: none
	}
	for i := range sents {
		sents[i].tokenise() // "The Syrian Observatory stated that the toll was expected to rise" names it
	}
	return max(monitorIn(sents), -1)
}

// monitorBefore returns the specific monitor named last before sentence
// si, or in it before its generic "monitor", when the article names
// several; -1 for none.
func monitorBefore(sents []factSentence, si int) int {
	for j := si; j >= 0; j-- {
		sents[j].tokenise()
		for k := len(sents[j].origs) - 1; k >= 0; k-- {
			if o := origs.list[sents[j].origs[k].id]; o.kind == "monitor" && !o.generic {
				return sents[j].origs[k].id
			}
		}
	}
	return -1
}

// monitorNear returns the specific monitor a generic "monitor" of
// sentence si refers to when the article names several: the one named
// last before it (monitorBefore), else the first one named after it ("...
// were killed, a watchdog said. ... the Syrian Observatory for Human
// Rights said. ... Amnesty International said ...": the lead's watchdog
// is the Observatory the next sentences name, not the body named last);
// -1 for none.
func monitorNear(sents []factSentence, si int) int {
	if m := monitorBefore(sents, si); m >= 0 {
		return m
	}
	for j := si + 1; j < len(sents); j++ {
		sents[j].tokenise()
		for _, m := range sents[j].origs {
			if o := origs.list[m.id]; o.kind == "monitor" && !o.generic {
				return m.id
			}
		}
	}
	return -1
}

// monitorIn returns the one specific monitor the tokenised sentences name,
// -1 for none, -2 for more than one.
func monitorIn(sents []factSentence) int {
	found := -1
	for i := range sents {
		for _, m := range sents[i].origs {
			o := origs.list[m.id]
			if o.kind != "monitor" || o.generic {
				continue
			}
			if found >= 0 && found != m.id {
				return -2
			}
			found = m.id
		}
	}
	return found
}

// armyOf returns the army a bare "the army" or "a military source" (entry
// id) stands for in this article: the one national military the article
// attributes figures to (src, each sentence's source), else, in an article
// whose lead is set in Syria, the Syrian army; id itself when neither
// holds.
func armyOf(sents []factSentence, src []int, id int) int {
	found := -1
	for _, s := range src {
		if s < 0 || s == id || origs.list[s].kind != "military" {
			continue
		}
		if found >= 0 && found != s {
			found = -2 // two armies speak: the lead's place decides
			break
		}
		found = s
	}
	if found >= 0 {
		return found
	}
	if leadConflict(sents) == "syria" {
		return syrianArmy
	}
	return id
}

// countryArmy reports a sentence whose own attribution is a bare army the
// text names by its country right before it ("Khalil Roe, from the Foo
// army's guidance department, told ...", "the Fooian army said"): that
// country's army, which no other army speaking in the article stands for.
func countryArmy(s *factSentence) bool {
	m, ok := attribution(s)
	return ok && m.id == bareArmy && countryBefore(s, m) != ""
}

// countryBefore returns the country word right before the source m of a
// sentence's attribution ("the South Sudan army", "U.K. Prime Minister",
// "the Fooian army"), lower case; "" for none.
func countryBefore(s *factSentence, m origMatch) string {
	if m.start == 0 || s.toks[m.start].w == "the" {
		return ""
	}
	for k := max(0, m.start-3); k < m.start; k++ {
		if st := stateAt(s.toks, k); st.n > 0 && k+st.n == m.start {
			return s.toks[k].w // "the South Sudan army"
		}
	}
	if w := s.text[s.toks[m.start-1].off:s.toks[m.start-1].end]; demonym(w) {
		return strings.ToLower(w)
	}
	if w := strings.ReplaceAll(s.toks[m.start-1].w, ".", ""); len(w) > 1 && lang.IsCountry(w) {
		return w // "U.K. Prime Minister", its initials one token
	}
	return ""
}

// foreignSource reports a source of a sentence's attribution that the text
// names by a country other than Syria ("U.K. Prime Minister Jane Roe
// confirms ..."): no Syrian body, though the article is set in Syria.
func foreignSource(s *factSentence) bool {
	m, ok := attribution(s)
	if !ok {
		return false
	}
	c := countryBefore(s, m)
	return c != "" && !strings.HasPrefix(c, "syria")
}

// syrianArmy and bareArmy are the table's entries of the Syrian army and
// of an army the text does not name ("the army", "a military source").
var syrianArmy, bareArmy = origs.byName("Syrian army"), origs.byName("army")

// inSyria maps the entries of bodies the text does not name by country
// ("the government", "the Red Crescent") to the Syrian ones they stand for
// in an article set in Syria.
var inSyria = map[int]int{
	origs.byName("government"):   origs.byName("Syrian government"),
	origs.byName("Red Crescent"): origs.byName("Syrian Arab Red Crescent"),
}

// byAcronym returns the entry whose name is an acronym written as w in
// lower case ("unhcr" is UNHCR), for a web address's host.
func (o *originators) byAcronym(w string) (int, bool) {
	if len(w) < 3 {
		return 0, false
	}
	for i, e := range o.list {
		if acronym(e.name) && strings.ToLower(e.name) == w {
			return i, true
		}
	}
	return 0, false
}

// byName returns the entry of a name; it panics on a name the table lacks.
func (o *originators) byName(name string) int {
	for i, e := range o.list {
		if e.name == name {
			return i
		}
	}
	panic("gazetteer/originators.tsv: no " + name)
}

// leadConflict returns the conflict of most of the places the headline and
// lead name ("syria"), "" when they name none.
func leadConflict(sents []factSentence) string {
	counts := map[string]int{}
	best := ""
	for i := range sents {
		if sents[i].index >= leadEntitySentences {
			break
		}
		text := sents[i].text
		gaz.match(lang.Words(text), text, func(id int) {
			if e := gaz.entries[id]; e.place && e.Conflict != "" {
				counts[e.Conflict]++
				if counts[e.Conflict] > counts[best] {
					best = e.Conflict
				}
			}
		})
	}
	return best
}

// narrowings are names that stand for one of several bodies: a bare "Red
// Cross" is the International Committee (ICRC) or the Federation (IFRC),
// two bodies kept apart.
var narrowings = map[string][]string{"Red Cross": {"ICRC", "IFRC"}}

// inConflictOf maps a name that stands for a war's own body in an article
// whose lead is set in that war: the African Union's mission in Somalia is
// AMISOM; elsewhere (Darfur) it is the African Union's.
var inConflictOf = map[int]struct {
	conflict string
	id       int
}{
	origs.byName("African Union"): {"somalia", origs.byName("AMISOM")},
}

// narrowed returns the body a bare name (entry id) stands for in this
// article: the first of its narrowings the article names, else id itself.
func narrowed(sents []factSentence, id int) int {
	if c, ok := inConflictOf[id]; ok && leadConflict(sents) == c.conflict {
		return c.id // "African Union peacekeepers said" in an article set in Somalia
	}
	names := narrowings[origs.list[id].name]
	if names == nil {
		return id
	}
	for i := range sents {
		for _, m := range sents[i].origs {
			if slices.Contains(names, origs.list[m.id].name) {
				return m.id
			}
		}
	}
	return id
}

// OriginatorsIn returns the originators a text names ("according to the
// Syrian Observatory" → "SOHR"), by the names figures carry in their
// Originator field, so that a question can be matched to a figure's source.
func OriginatorsIn(text string) []string {
	toks := titleDots(text, ftokens(text))
	var out []string
	for _, m := range origs.find(text, toks) {
		if name, _ := origs.source(m.id); name != "" && !slices.Contains(out, name) {
			out = append(out, name)
		}
	}
	return out
}

// relaying reports a source that may only pass on what another told it: an
// outlet, state or local media ("..., SANA reported citing a source at the
// police").
func relaying(id int) bool {
	k := origs.list[id].kind
	return carrier(k) || k == "state_media" || k == "media"
}

// relayedAt are the words after "a source at" that say what the source
// belongs to: a police command is the police, a province or governorate
// its authorities.
var relayedAt = map[string]string{"police": "police", "province": "local authorities",
	"governorate": "local authorities", "governor": "governor"}

// relayReach is how many tokens after "a source at" its body's noun may
// come: "a source at the Aleppo Police Command".
const relayReach = 5

// relayedSource returns the source behind a relay when a sentence names
// one: "a source at Aleppo Police Command said in a statement to SANA" is
// the police, "a source in the northern province said" the local
// authorities, "local media reported citing a military source" the army.
func relayedSource(s *factSentence) (origMatch, bool) {
	toks := s.toks
	for j := 0; j+1 < len(toks); j++ {
		if w := toks[j].w; (w != "source" && w != "sources") || !relayPrepositions.Has(toks[j+1].w) {
			continue
		}
		for k := j + 2; k < len(toks) && k <= j+1+relayReach && !toks[k].punct; k++ {
			if isCue(toks, k) {
				break
			}
			if name, ok := relayedAt[toks[k].w]; ok {
				return origMatch{id: origs.byName(name), start: j, end: k + 1}, true
			}
		}
	}
	for _, m := range s.origs {
		p := m.start - 1
		for p > 0 && lang.IsArticle(toks[p].w) {
			p--
		}
		p = citedPaper(toks, p)
		if p >= 0 && (toks[p].w == "citing" || toks[p].w == "quoting") && !relaying(m.id) {
			return m, true // "local media reported citing a military source"
		}
		if p > 0 && toks[p].w == "by" && handedTo(toks, p) && !relaying(m.id) {
			return m, true // "information handed over to the Russian Reconciliation Center by the local council"
		}
	}
	return origMatch{}, false
}

// citedPapers are what an outlet cites of a body: "citing a statement
// from", "quoting figures by".
var citedPapers = lang.WordSetOf(lang.ReportingWords(lang.CitedPaper))

// citedPaper returns the token before what an outlet cites of the body
// named after toks[p] ("citing a statement from Istanbul-based" before
// "Syrian Revolution General Commission"): the "citing" that cites the
// body, else p.
func citedPaper(toks []ftok, p int) int {
	q := p
	if q > 1 && toks[q].w == "based" && toks[q].hyph {
		q -= 2 // "Istanbul-based": where the body sits
	}
	if q < 2 || (toks[q].w != "from" && toks[q].w != "by" && toks[q].w != "of") || !citedPapers.Has(toks[q-1].w) {
		return p
	}
	q -= 2
	for q > 0 && (toks[q].w == "a" || toks[q].w == "an" || toks[q].w == "the" || toks[q].w == "its") {
		q--
	}
	if toks[q].w == "citing" || toks[q].w == "quoting" {
		return q
	}
	return p
}

// handedWords pass information on: "handed over to", "passed to",
// "provided to".
var handedWords = lang.WordSetOf(lang.ReportingWords(lang.HandedWord))

// handedReach is how far before "by" the verb that hands information on may
// come: "handed over to the Russian Reconciliation Center in Syria by".
const handedReach = 10

// handedTo reports a "by" at toks[by] that names who handed information on
// to someone ("information handed over to X by Y"): Y is the source.
func handedTo(toks []ftok, by int) bool {
	for j := by - 1; j >= 0 && j >= by-handedReach; j-- {
		if handedWords.Has(toks[j].w) && j+2 < by && (toks[j+1].w == "to" || toks[j+1].w == "over" && toks[j+2].w == "to") {
			return true
		}
	}
	return false
}

// relayPrepositions join a source to the body it speaks from: "a source at
// the police", "a source in the province".
var relayPrepositions = lang.WordSetOf(lang.PrepositionWords(lang.RelayPrep))

// postNouns are the posts by which a person speaks for a body: "Jane Doe,
// a spokeswoman for the governor", "the head of the Syrian National
// Council".
var postNouns = lang.WordSetOf(lang.SourceWords(lang.PostNoun))

// postPreps join a post to its body: "head of", "a spokesman for", "a
// doctor at".
var postPreps = lang.WordSetOf(lang.PrepositionWords(lang.PostPrep))

// postVerbs give a person a post in a relative clause: "who heads the
// civil defence", "who runs the hospital".
var postVerbs = lang.WordSetOf(lang.SourceWords(lang.PostVerb))

// postModifiers is how many words may stand between a post's preposition
// and the body's name ("a doctor at the main hospital") or before the post
// ("a senior military official").
const postModifiers = 2

// postStart returns the first token of the phrase in which a person speaks
// for the body named at toks[start]: "Jane Doe, a spokeswoman for" or "a
// doctor at the main" before "hospital"; -1 when no post stands before it.
func postStart(text string, toks []ftok, start int) int {
	j := start - 1
	proper := lang.Capitalised(text[toks[start].off:toks[start].end]) // "Shifa Hospital": its own name's words
	for k := 0; j >= 0 && k <= postModifiers && !postPreps.Has(toks[j].w) && !postVerbs.Has(toks[j].w); k, j = k+1, j-1 {
		upper := lang.Capitalised(text[toks[j].off:toks[j].end])
		if toks[j].punct || toks[j].isNum || isCue(toks, j) || reportPreps.Has(toks[j].w) ||
			!appositives.Has(toks[j].w) && upper && !proper {
			return -1 // "the representative of Malaysia to the UN" is Malaysia's
		}
		proper = proper && upper // the body's name runs back only over capitalised words
	}
	switch {
	case j >= 1 && postVerbs.Has(toks[j].w) && toks[j-1].w == "who":
		j -= 2 // "Jane Doe, who heads the civil defence"
	case j >= 2 && toks[j-1].w == "works" && toks[j-2].w == "who" && postPreps.Has(toks[j].w):
		j -= 3 // "Jane Doe, who works for the Red Crescent"
	case j >= 1 && (toks[j].w == "of" || toks[j].w == "at" && toks[start].w == "hospital") && !postNouns.Has(toks[j-1].w):
		return personBefore(text, toks, j) // "said Col. John Roe of the U.S. military", "said Dr. Jane Roe at the main hospital"
	case j < 1 || !postPreps.Has(toks[j].w) || !postNouns.Has(toks[j-1].w):
		return -1
	default:
		j -= 2
	}
	for k := 0; j >= 0 && k < postModifiers && !toks[j].punct && !appositives.Has(toks[j].w) && !isCue(toks, j) &&
		!lang.Capitalised(text[toks[j].off:toks[j].end]); k, j = k+1, j-1 {
	}
	for j >= 0 && appositives.Has(toks[j].w) {
		j--
	}
	if j >= 0 && toks[j].w == "," {
		k := j - 1
		for n := 0; k >= 0 && n < maxPersonWords && !toks[k].punct && lang.Capitalised(text[toks[k].off:toks[k].end]); n, k = n+1, k-1 {
		}
		if k < j-1 {
			return k + 1 // "said Jane Doe, a spokeswoman for ..."
		}
	}
	return j + 1
}

// personBefore returns the first token of the person's name that ends
// right before toks[end] ("Col. John Roe" before "of the U.S. military"):
// capitalised words, a rank or title among them, no word of a body's name;
// -1 when there is none.
func personBefore(text string, toks []ftok, end int) int {
	k, n := end-1, 0
	for ; k >= 0 && n < maxPersonWords && nameWord(text, toks, k) && !orgWords.Has(toks[k].w) && !partyWords.Has(toks[k].w); k-- {
		if !lang.Title(toks[k].w) {
			n++
		}
	}
	for k >= 0 && nameWord(text, toks, k) && lang.Title(toks[k].w) {
		k-- // "Lt. Col.": the ranks before the name
	}
	if n == 0 || k >= 0 && (nameWord(text, toks, k) || toks[k].w == "the") {
		return -1 // a longer run is a body's name or a title ("the Bank of ...")
	}
	return k + 1
}

// postAfter returns the first token of the phrase in which a person speaks
// for the body named at m when the post follows the body's name in
// apposition to the person: "said Lt. Col. John Roe, an Indian army
// spokesman"; -1 otherwise.
func postAfter(text string, toks []ftok, m origMatch) int {
	if !postNouns.Has(toks[m.end-1].w) && (m.end >= len(toks) || !postNouns.Has(toks[m.end].w)) {
		return -1 // "an army spokesman" is one of the table's names
	}
	j := m.start - 1
	for k := 0; j >= 0 && k < postModifiers && !appositives.Has(toks[j].w); k, j = k+1, j-1 {
		if toks[j].punct || toks[j].isNum || isCue(toks, j) {
			return -1
		}
	}
	if j < 1 || !appositives.Has(toks[j].w) || toks[j-1].w != "," {
		return -1
	}
	return personBefore(text, toks, j-1)
}

// personReach is how many sentences back a person's post may have been
// given: "Homs Governor Talal al-Barazi said ..." in the lead, "Barazi
// added ..." further down.
const personReach = 30

// personAux may stand between a person's name and the word he speaks by:
// "Barazi had earlier reported".
var personAux = lang.WordSetOf(lang.AuxiliaryWords(lang.PersonAux))

// personSource returns the body a person speaks for when sentence si
// attributes its statement to a person the table does not know ("...,
// Barazi said") whom the article introduced with a post ("Homs Governor
// Talal al-Barazi", "George Sabra, head of the Syrian National Council"):
// the body of the post; -1 when there is none.
func personSource(sents []factSentence, si int) int {
	names := spokenNames(&sents[si])
	if len(names) == 0 {
		return -1
	}
	for j := si; j >= 0 && j >= si-personReach; j-- {
		sents[j].tokenise()
		if id := introduced(&sents[j], names); id >= 0 {
			return id
		}
	}
	return -1
}

// spokenNames returns the last words of the persons' names a sentence
// attributes its statement to: before a cue ("Barazi said") or after an
// inverted one that ends the clause ("said Talal al-Barazi.").
func spokenNames(s *factSentence) []string {
	toks, text := s.toks, s.text
	var out []string
	for j := range toks {
		if !isCue(toks, j) {
			continue
		}
		if toks[j].is(wcAhead) {
			e := j + 1
			if e < len(toks) && toks[e].w == "to" {
				e++ // "according to Haddad"
			}
			b := e
			for e < len(toks) && e-b < maxPersonWords && nameWord(text, toks, e) && !inOrig(s.origs, e) {
				e++
			}
			if e > b && (e == len(toks) || !nameWord(text, toks, e)) {
				out = append(out, toks[e-1].w)
			}
			continue
		}
		k := j - 1
		for n := 0; k >= 0 && n < 2 && personAux.Has(toks[k].w); n, k = n+1, k-1 {
		}
		if k >= 0 && nameWord(text, toks, k) && !inOrig(s.origs, k) {
			out = append(out, toks[k].w)
		}
		if toks[j].is(wcInverted) {
			e := j + 1
			for e < len(toks) && e-j <= maxPersonWords+1 && nameWord(text, toks, e) && !inOrig(s.origs, e) {
				e++
			}
			if e > j+1 {
				out = append(out, toks[e-1].w)
			}
		}
	}
	return out
}

// nameWord reports a word of a person's name: capitalised, or the "al" of
// "al-Barazi".
func nameWord(text string, toks []ftok, k int) bool {
	t := toks[k]
	if t.punct || t.isNum {
		return false
	}
	return lang.Capitalised(text[t.off:t.end]) || (t.w == "al" || t.w == "el") && k+1 < len(toks) && toks[k+1].hyph
}

func inOrig(ms []origMatch, k int) bool {
	for _, m := range ms {
		if k >= m.start && k < m.end {
			return true
		}
	}
	return false
}

// introduced returns the body a sentence gives one of the persons names
// (their last words) a post in: "Jane Doe, a spokeswoman for the governor",
// "Governor Jane Doe", "Taliban spokesman Jane Doe"; -1 for none.
func introduced(s *factSentence, names []string) int {
	toks, text := s.toks, s.text
	for _, m := range s.origs {
		if carrier(origs.list[m.id].kind) || notSource(toks, m) {
			continue
		}
		if p := postStart(text, toks, m.start); p >= 0 && p < m.start {
			for k := p; k < m.start && nameWord(text, toks, k); k++ {
				if slices.Contains(names, toks[k].w) {
					return m.id // "Jane Doe, a spokeswoman for the governor"
				}
			}
			for k, n := p-1, 0; k >= 0 && n < maxPersonWords && nameWord(text, toks, k) && !inOrig(s.origs, k); k, n = k-1, n+1 {
				if slices.Contains(names, toks[k].w) {
					return m.id // "Jane Doe head of the council", the comma lost (FA-KES)
				}
			}
		}
		if appositiveNames(text, toks, m.start, names) {
			return m.id // "Jane Doe, a local activist"
		}
		if ofBodyNames(text, toks, m.start, names) {
			return m.id // "Chief Inspector Jane Doe of the police of Foo province"
		}
		k := m.end
		if k < len(toks) && toks[k].w == "," && postStart(text, toks, m.start) >= 0 {
			k++ // "a spokesman for the Taliban, Jane Doe,"
		}
		for n := 0; k < len(toks) && n < postModifiers && postNouns.Has(toks[k].w); n, k = n+1, k+1 {
		}
		for n := 0; k < len(toks) && n <= maxPersonWords && nameWord(text, toks, k); n, k = n+1, k+1 {
			if slices.Contains(names, toks[k].w) && k > m.end {
				return m.id // "Governor Jane Doe", "Taliban spokesman Jane Doe"
			}
		}
	}
	return -1
}

// appositiveNames reports one of names (last words of persons' names) right
// before the phrase that opens at toks[start] with an article: "Jane Doe,
// a local activist", "Jane Doe the governor".
func appositiveNames(text string, toks []ftok, start int, names []string) bool {
	j := start - 1
	if appositives.Has(toks[start].w) {
		j = start // "Jane Doe, an official in Foo": the table's alias holds the article
	}
	for k := 0; j >= 0 && k < postModifiers && !appositives.Has(toks[j].w) && !toks[j].punct && !isCue(toks, j) &&
		!lang.Capitalised(text[toks[j].off:toks[j].end]); k, j = k+1, j-1 {
	}
	if j < 1 || !appositives.Has(toks[j].w) {
		return false
	}
	j--
	if toks[j].w == "," {
		j--
	}
	return j >= 0 && nameWord(text, toks, j) && slices.Contains(names, toks[j].w)
}

// ofBodyNames reports one of names (last words of persons' names) right
// before "of" (and an article) that opens the body at toks[start]: "Jane
// Doe of the police", "Col. John Roe of the U.S. military".
func ofBodyNames(text string, toks []ftok, start int, names []string) bool {
	j := start - 1
	if j >= 0 && toks[j].w == "the" {
		j--
	}
	return j >= 1 && toks[j].w == "of" && nameWord(text, toks, j-1) && slices.Contains(names, toks[j-1].w)
}

// outletEntry returns the entry of the originator table that is the outlet
// an article came from (its SourceName: "sana", "sputnik", "manar"), -1
// for none: the names are compared by their letters, without a leading
// Arabic article. Only media are outlets here: a party's own site
// ("etilaf") speaks for the party.
func outletEntry(source string) int {
	key := outletKey(source)
	if key == "" {
		return -1
	}
	for id, o := range origs.list {
		if (o.kind == "state_media" || o.kind == "media" || carrier(o.kind)) && outletKey(o.name) == key {
			return id
		}
	}
	return -1
}

// outletKey is a name's letters in lower case without a leading "al".
func outletKey(name string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(name) {
		if r >= 'a' && r <= 'z' {
			b.WriteRune(r)
		}
	}
	k := b.String()
	if len(k) > 4 && strings.HasPrefix(k, "al") {
		k = k[2:] // "Al-Manar" is "manar"
	}
	return k
}

// ownOutlet takes a figure that the article's own outlet is said to give
// ("SANA reporter in Aleppo said ...", "SANA's correspondent reported ..."
// in SANA's own report) as the outlet's own count: it names no originator,
// as any outlet's unattributed count.
func ownOutlet(ms []mention, outlet string) {
	id := outletEntry(outlet)
	if id < 0 {
		return
	}
	name := origs.list[id].name
	for i := range ms {
		if ms[i].fig.Originator == name {
			ms[i].fig.Originator, ms[i].fig.PartyClaim = "", false
		}
	}
}

// placeBodies are the originators whose name after "at" names where a
// statement was made: the UN's seat and its headquarters.
var placeBodies = map[int]bool{origs.byName("UN"): true}

// atPlace reports a place body after "at [the]" anywhere in a sentence:
// "told reporters at the UN", "speaking at the United Nations in New York".
func atPlace(toks []ftok, m origMatch) bool {
	if !placeBodies[m.id] {
		return false
	}
	p := m.start - 1
	if p >= 0 && toks[p].w == "the" {
		p--
	}
	return p >= 0 && toks[p].w == "at"
}

// complementAux after an attribution word open what was said after it: "the
// military said that ...", "in a raid the army said was aimed at ...".
var complementAux = lang.WordSetOf(lang.AuxiliaryWords(lang.ComplementAux))

// contactStops before a source's name make it no contact relative clause:
// "..., as the military reported that" is a clause of its own, "a raid the
// military said targeted" is not.
var contactStops = lang.WordSetOf(lang.JoinerWords(lang.ContactStop))

// subordinators after ", X said," open a clause of their own that X did not
// say: "Police sealed the road, officials said, after a bomb killed five".
var subordinators = lang.WordSetOf(lang.JoinerWords(lang.Subordinator))

// tollRaisers open a clause that adds a count to a toll after a closing
// ", X said,": "taking the toll to 40", "bringing the death toll to 12".
var tollRaisers = lang.WordSetOf(lang.CountingWords(lang.TollRaiser))

// lapseWords may stand between a closing attribution and the subordinator
// of another clause: "..., officials said, two days after ...".
var lapseWords = lang.WordSetOf(lang.SpanWords(lang.AttributionLapse))

// outsideCue reports a count at token tok that the sentence's source m does
// not give though it names it: its attribution word says what follows it
// ("killing two soldiers, as the military reported that four more had
// died"; "killing seven in a raid the military said targeted a hideout"),
// or the count comes after a closing ", X said," in a clause of its own
// ("..., officials said, after a rocket killed two children").
func outsideCue(s *factSentence, m origMatch, tok int) bool {
	toks := s.toks
	i := slices.IndexFunc(s.origs, func(o origMatch) bool { return o.start == m.start })
	if i < 0 {
		return false
	}
	_, c := cueAfterAt(toks, s.origs[i:])
	if c >= 0 && tok > c && relativeOpens(toks, m.start) && slices.ContainsFunc(toks[c+1:tok], func(t ftok) bool { return t.w == "," }) {
		return true // "That attack, which a local official claimed was carried out by gunmen, claimed nine lives": the clause closed before the count
	}
	if c >= 0 && tok > c && accusations.Has(toks[c].w) && perfectRelative(toks, c+1, tok) {
		return true // "Rights groups have accused both sides of atrocities in a conflict that has left 3,000 dead": the setting, not their count
	}
	if c < 0 || c+1 >= len(toks) || !toks[c].is(wcCarry) {
		return false
	}
	p := m.start - 1
	for p >= 0 && appositives.Has(toks[p].w) {
		p--
	}
	if tok > c {
		// ", officials said, after a rocket killed two children"; "... resumed, state media
		// said, days after a bombing killed 120"
		for j := c + 2; j < len(toks) && j <= tok+reportedReach; j++ {
			if (toks[j].w == "reported" || toks[j].w == "reportedly") && lang.PassiveBe(toks[j-1].w) {
				return true // "..., witnesses said, Five troops were reported killed in ...": a report word of its own
			}
		}
		k := c + 1
		if toks[k].w == "," {
			k++
		}
		for n := 0; k < len(toks) && n < 3 && lapseWords.Has(toks[k].w); n, k = n+1, k+1 {
		}
		if p >= 0 && k+2 < len(toks) && tollRaisers.Has(toks[k].w) && slices.ContainsFunc(toks[k+1:min(k+4, tok)], func(t ftok) bool { return t.w == "toll" }) {
			return true // "..., police said, taking the toll in a week of clashes to 40": the writer's sum
		}
		if k+1 < tok && toks[k].w == "adding" && toks[k+1].w == "to" {
			return true // "..., officials said, adding to some 1,000 civilians killed there since 2014": the writer's
		}
		if p < 0 || toks[p].w == "\"" || k >= len(toks) || !subordinators.Has(toks[k].w) {
			return false
		}
		for j := k + 1; j < tok; j++ {
			if toks[j].w == "that" || toks[j].punct {
				return false
			}
		}
		return true
	}
	if tok >= m.start {
		return false
	}
	next := toks[c+1]
	if complementAux.Has(next.w) {
		return true // "as the military reported that ...", "what police said was ..."
	}
	if p >= 1 && (clauseJoins.Has(toks[p].w) || toks[p].w == "and") && (toks[p-1].w == "," || toks[p].w == "while") && !next.punct && c+2 < len(toks) {
		// "..., killing four passengers, and witnesses said three of them were foreigners",
		// "..., wounding 14, but police say they have no suspects": what follows
		return true
	}
	if p < 0 || toks[p].punct || toks[p].isNum || (contactStops.Has(toks[p].w) && toks[p].w != "what") {
		return false
	}
	if next.punct || next.isNum || attr.clauseTail[next.w] || contactStops.Has(next.w) || subordinators.Has(next.w) || dateWord(next.w) ||
		!lowerWord(s.text[next.off:next.end]) || listenerCues.Has(toks[c].w) {
		return false // but "..., Foo region emergency official Jane Roe told local television": the listener follows
	}
	return true // "a raid the military said targeted a hideout": a contact relative clause
}

// listenerCues are the attribution words whose object is the listener
// ("told reporters"), never a clause.
var listenerCues = lang.WordSetOf(lang.ReportingWords(lang.ListenerCue))

// lowerWord reports a word written in lower case.
func lowerWord(w string) bool {
	return w != "" && !lang.Capitalised(w)
}

// inAppositiveOf reports ms[i] inside the appositive of an earlier name of
// the table that is no generic kind, both given to one attribution word:
// "UNRWA, the U.N. agency for Palestinian refugees, said" is UNRWA's.
func inAppositiveOf(toks []ftok, ms []origMatch, i int) bool {
	m := ms[i]
	for p := i - 1; p >= 0; p-- {
		a := ms[p]
		if a.end+1 >= m.start || toks[a.end].w != "," || !lang.IsArticle(toks[a.end+1].w) {
			continue
		}
		if o := origs.list[a.id]; o.generic || genericKinds.Has(o.name) || notSource(toks, a) {
			continue
		}
		for k := a.end + 1; k < m.start; k++ {
			if toks[k].punct {
				return false
			}
		}
		_, ca := cueAfterAt(toks, ms[p:])
		_, cm := cueAfterAt(toks, ms[i:])
		return ca >= 0 && ca == cm
	}
	return false
}

// saidGap is how far a source may stand before its own attribution word
// for saidBeforeOutlet ("A militant group in Iraq said").
const saidGap = 2

// saidBeforeOutlet returns the source that says the statement an outlet
// closing the sentence reports ("A militant group in Iraq said it had killed
// two hostages, Arabic television Al Jazeera reported"): the outlet carries
// what that source said, as "X told <outlet>" is X's.
func saidBeforeOutlet(s *factSentence, outlet origMatch) (origMatch, bool) {
	for i, m := range s.origs {
		if m.start >= outlet.start {
			break
		}
		if carrier(origs.list[m.id].kind) || notSource(s.toks, m) {
			continue
		}
		if g := cueGap(s.text, s.toks, s.origs, i); g <= saidGap {
			if n, at := cueAfterAt(s.toks, s.origs[i:]); n == g && at < outlet.start && s.toks[at].is(wcCue) {
				return bodyAt(s, m), true
			}
		}
	}
	return origMatch{}, false
}

// tagReach is how far after a headline's dash tag the wire's bracketed tag
// of its dateline may stand ("-- Medics BEIT LAHIYA, Gaza Strip (Reuters)").
const tagReach = 7

// dashTag returns the source a headline glued to its lead closes with after
// a dash, before the lead's dateline and its wire tag ("Israel Kills 7
// Palestinians in North Gaza -- Medics BEIT LAHIYA, Gaza Strip (Reuters) -
// ..."): the headline's count is that source's, as "... kill 56: Monitor".
func dashTag(s *factSentence) (origMatch, bool) {
	toks := s.toks
	for _, m := range s.origs {
		if m.start == 0 || carrier(origs.list[m.id].kind) || notSource(toks, m) {
			continue
		}
		if g := strings.TrimSpace(s.text[toks[m.start-1].end:toks[m.start].off]); g != "-" && g != "--" && g != "—" {
			continue
		}
		for _, o := range s.origs {
			if o.start > m.end && o.start <= m.end+tagReach && carrier(origs.list[o.id].kind) && bracketed(toks, o) {
				return m, true
			}
		}
	}
	return origMatch{}, false
}

package analyze

import (
	"slices"
	"strings"

	"github.com/conflict-digest/conflict-digest/lang"
)

// stateKind marks a state row of gazetteer/originators.tsv: its name,
// capital and other names, and the words of its side (adjectives,
// peoples). A state is no source by its name alone ("killed in Iraq"): its
// rows stay out of the aliases and serve the rules below.
const stateKind = "state"

// stateEntry is one state: the word sequences of its names (lower case,
// "baghdad", "new delhi") and of its side ("iraqi", "south african").
type stateEntry struct {
	name         string
	adj          string // its adjective as the table writes it ("Turkish")
	names, sides [][]string
}

// stateTable is the states and an index of their words by the first.
type stateTable struct {
	list    []stateEntry
	byFirst map[string][]int
}

var states = mustLoadStates()

func mustLoadStates() *stateTable {
	rows, err := tsvRows("gazetteer/originators.tsv", 3)
	if err != nil {
		panic(err)
	}
	t := &stateTable{byFirst: map[string][]int{}}
	for _, f := range rows {
		if f[1] != stateKind || len(f) < 5 {
			continue
		}
		id := len(t.list)
		e := stateEntry{name: f[0], names: wordRuns(f[3]), sides: wordRuns(f[4])}
		e.adj, _, _ = strings.Cut(f[4], "|") // the table writes the adjective first: "Turkish|Turks"
		t.list = append(t.list, e)
		for _, r := range append(append([][]string{}, e.names...), e.sides...) {
			if !slices.Contains(t.byFirst[r[0]], id) {
				t.byFirst[r[0]] = append(t.byFirst[r[0]], id)
			}
		}
	}
	return t
}

// wordRuns splits a "|" list into lower-case word sequences.
func wordRuns(list string) [][]string {
	var out [][]string
	for _, a := range strings.Split(list, "|") {
		if ws := strings.Fields(strings.ToLower(a)); len(ws) > 0 {
			out = append(out, ws)
		}
	}
	return out
}

// stateMatch is a state's word run at a token: the states it may name, how
// many tokens it spans and whether it is one of their names (a sayer), not
// only an adjective of their side.
type stateMatch struct {
	ids   []int
	n     int
	named bool
}

// stateAt returns the longest state word run at toks[k], a possessive
// ("Iraq's") read as its word.
func stateAt(toks []ftok, k int) stateMatch {
	best := stateMatch{}
	for _, id := range states.byFirst[gazKey(toks[k].w)] {
		e := states.list[id]
		for side, runs := range [2][][]string{e.names, e.sides} {
			for _, r := range runs {
				if !runAt(toks, k, r) || len(r) < best.n {
					continue
				}
				if len(r) > best.n {
					best = stateMatch{n: len(r)}
				}
				if !slices.Contains(best.ids, id) {
					best.ids = append(best.ids, id)
				}
				best.named = best.named || side == 0
			}
		}
	}
	return best
}

// runAt reports the word run r at toks[k], its last word possibly a
// possessive.
func runAt(toks []ftok, k int, r []string) bool {
	if k+len(r) > len(toks) {
		return false
	}
	for i, w := range r {
		t := toks[k+i]
		if t.punct || (i > 0 && t.hyph) || (i < len(r)-1 && t.w != w) || gazKey(t.w) != w {
			return false
		}
	}
	return true
}

// organNounsOfState head a state's broadcaster or news agency named after it:
// "Tehran Radio", "Radio Kabul", "the Iraqi News Agency".
var organNounsOfState = lang.SourceWords(lang.StateOrgan)

// stateOffices are a state's bodies written out as a source: "Iraq's Foreign
// Ministry", "the Nicaraguan Interior Ministry".
var stateOffices = lang.SourceWords(lang.StateOffice)

// stateParties marks a figure given by a state, its organ or its office as a
// party's claim when that state fights in the story, and names a state
// written by a name two states share (Moscow) as the one the article names.
// A figure the table's own entries gave keeps the table's mark.
func stateParties(sents []factSentence, ms []mention) {
	for i := range ms {
		f := &ms[i].fig
		if f.Originator == "" || f.PartyClaim {
			continue
		}
		if id, ok := tableEntry(f.Originator); ok && !carrier(origs.list[id].kind) {
			continue
		}
		ids := stateOfSource(sents, f.Originator)
		if len(ids) == 0 {
			continue
		}
		id := pickState(sents, ids)
		if states.list[ids[0]].name == f.Originator {
			f.Originator = states.list[id].name // "Moscow said" in a story of Soviet troops: the Soviet Union
		}
		f.PartyClaim = stateFights(sents, id, ms[i].sent)
	}
}

// tableEntry returns the table's entry of a name.
func tableEntry(name string) (int, bool) {
	for i, e := range origs.list {
		if e.name == name {
			return i, true
		}
	}
	return 0, false
}

// stateOfSource returns the states a source's name stands for: a state's
// name ("Iraq"), an organ or office named after it ("Tehran Radio", "Iraqi
// Foreign Ministry"), or an organ the article describes as the state's
// ("the Iraqi news agency INA", "the official Soviet news agency Tass",
// "Iraq's Foreign Ministry").
func stateOfSource(sents []factSentence, name string) []int {
	for id, e := range states.list {
		if e.name == name {
			return sharingNames(id)
		}
	}
	toks := ftokensLower(name, strings.ToLower(name))
	organ := false
	for _, t := range toks {
		organ = organ || organNounsOfState[t.w] || stateOffices[t.w]
	}
	for k := range toks {
		if m := stateAt(toks, k); m.n > 0 && organ {
			return m.ids
		}
	}
	return describedState(sents, name, organ)
}

// describedReach is how many words before a source's name its description
// may name the state: "the official Soviet news agency Tass".
const describedReach = 5

// describedState returns the states whose word stands in the description
// right before a name in the article ("the Iraqi news agency INA", "Iraq's
// Foreign Ministry"), when the name or its description is an organ's or an
// office's.
func describedState(sents []factSentence, name string, organ bool) []int {
	for si := range sents {
		at := strings.Index(sents[si].low(), strings.ToLower(name))
		if at < 0 {
			continue
		}
		s := &sents[si]
		s.tokenise()
		k := 0
		for k < len(s.toks) && s.toks[k].off < at {
			k++
		}
		var ids []int
		desc := organ
		for j := k - 1; j >= 0 && j >= k-describedReach && !s.toks[j].punct; j-- {
			desc = desc || s.toks[j].is(wcOrganNoun)
			if m := stateAt(s.toks, j); m.n > 0 && j+m.n <= k {
				ids = m.ids
			}
		}
		if desc {
			return ids
		}
		return nil
	}
	return nil
}

// sharingNames returns a state and the states that share one of its names
// (Moscow: Russia and the Soviet Union).
func sharingNames(id int) []int {
	ids := []int{id}
	for _, r := range states.list[id].names {
		for _, o := range states.byFirst[r[0]] {
			if !slices.Contains(ids, o) && slices.ContainsFunc(states.list[o].names, func(x []string) bool { return slices.Equal(x, r) }) {
				ids = append(ids, o)
			}
		}
	}
	return ids
}

// pickState returns the first of several states that the article names by
// its own words (its name or its side's), else the first.
func pickState(sents []factSentence, ids []int) int {
	if len(ids) == 1 {
		return ids[0]
	}
	for _, id := range ids {
		for si := range sents {
			s := &sents[si]
			s.tokenise()
			for k := range s.toks {
				if m := stateAt(s.toks, k); m.n > 0 && len(m.ids) == 1 && m.ids[0] == id {
					return id
				}
			}
		}
	}
	return ids[0]
}

// warNouns after a state's word tell of its fighting: "Iraqi troops",
// "Iranian forces", "the Iran-Iraq war", "an Iraqi air raid", "Azeri
// shells", "a Foo drone".
var warNouns = lang.WarWords(lang.StateWarNoun)

// warVerbs after a state's name tell of its fighting: "Iraq attacked".
var warVerbs = lang.WordSetOf(lang.WarWords(lang.StateWarVerb))

// attackedWords are the war verbs whose object is the target: a state's
// word right after one is the state attacked ("bombed two Honduran border
// towns").
var attackedWords = lang.WordSetOf(lang.WarWords(lang.AttackedWord))

// againstWords tie an attack to its target: "a raid on the Iranian city",
// "the war with Iraq", "an offensive against Iraq".
var againstWords = lang.WordSetOf(lang.PrepositionWords(lang.AgainstWord))

// warReach is how many words a war noun or a target's "on" may stand from
// the state's word: "an Iraqi air raid", "a raid on the Iranian city".
const warReach = 2

// stateFights reports a state that fights in the story: the article tells
// of its forces or its attacks ("Iraqi troops", "Iraq attacked"), of an
// attack on it or a war with it ("a raid on the Iranian city", "the war
// with Iraq"), or the figure's sentence of its own forces after its
// statement ("Iraq said its warplanes killed 30"). A state whose people
// are only the counted ("Three Lebanese were killed in Iraq") does not.
func stateFights(sents []factSentence, id, si int) bool {
	for j := range sents {
		s := &sents[j]
		s.tokenise()
		for k := range s.toks {
			if m := stateAt(s.toks, k); m.n > 0 && slices.Contains(m.ids, id) && fightingAt(s.toks, k, m) {
				return true
			}
		}
	}
	toks := sents[si].toks
	for k := 0; k+1 < len(toks); k++ {
		if ownForces.Has(toks[k].w) && wordWithin(toks, k+1, warReach, warNouns) ||
			toks[k].w == "the" && ownArmy.Has(toks[k+1].w) || ownDeed(toks, k) {
			return true
		}
	}
	return false
}

// ownForces before a war noun in a state's own statement are its forces:
// "Iraq said its warplanes killed 30", "Radio Kabul said government troops
// killed 45".
var ownForces = lang.WordSetOf(lang.DeterminerWords(lang.OwnForce))

// ownDeed reports "it" or "we" at toks[k] as the doer of a killing or an
// attack in a state's own statement: "Iraq said it killed 30 Iranian
// soldiers", "Iran said it had shot down two Iraqi jets".
func ownDeed(toks []ftok, k int) bool {
	if toks[k].w != "it" && toks[k].w != "we" {
		return false
	}
	j := k + 1
	if j < len(toks) && (toks[j].w == "had" || toks[j].w == "has" || toks[j].w == "have") {
		j++
	}
	return j < len(toks) && (toks[j].is(wcKilling) || warVerbs.Has(toks[j].w))
}

// ownArmy after "the" in a state's own statement is its army: "Radio
// Managua said the army killed 14 Contra rebels".
var ownArmy = lang.WordSetOf(lang.WarWords(lang.OwnArmy))

// fightingAt reports a state's word at toks[k] told as fighting: a war noun
// after it, a war verb after its name, an attack aimed at it before it.
func fightingAt(toks []ftok, k int, m stateMatch) bool {
	e := k + m.n
	for e+1 < len(toks) && (toks[e].w == "and" || toks[e].w == ",") && stateAt(toks, e+1).n > 0 {
		e += 1 + stateAt(toks, e+1).n // "Soviet and Afghan troops"
	}
	if wordWithin(toks, e, warReach, warNouns) || m.named && e < len(toks) && warVerbs.Has(toks[e].w) {
		return true
	}
	for p := k - 1; p >= 0 && p >= k-warReach-1 && !toks[p].punct; p-- {
		if attackedWords.Has(toks[p].w) {
			return true // "planes from Afghanistan attacked Pakistani villages": the state attacked is at war
		}
		if againstWords.Has(toks[p].w) {
			return p > 0 && setWordBefore(toks, p, warReach, warNouns)
		}
	}
	return false
}

// wordWithin reports a word of set among the n tokens from toks[k], no mark
// between.
func wordWithin(toks []ftok, k, n int, set map[string]bool) bool {
	for j := k; j < len(toks) && j < k+n && !toks[j].punct; j++ {
		if set[toks[j].w] {
			return true
		}
	}
	return false
}

// setWordBefore reports a word of set among the n tokens before toks[k], no
// mark between.
func setWordBefore(toks []ftok, k, n int, set map[string]bool) bool {
	for j := k - 1; j >= 0 && j >= k-n && !toks[j].punct; j-- {
		if set[toks[j].w] {
			return true
		}
	}
	return false
}

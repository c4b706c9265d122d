package lang

import (
	_ "embed"
	"fmt"
	"sort"
	"strings"
)

// Hedge is what a qualifier says of the figure after it.
type Hedge uint8

// The hedges of lexicon/qualifiers.tsv.
const (
	NoHedge  Hedge = iota // no qualifier: the figure as stated
	AtLeast               // "at least", "no fewer than": the figure or more
	MoreThan              // "more than", "over": above the figure
	UpTo                  // "up to", "fewer than": the figure or less
	About                 // "about", "nearly", "some": near the figure
)

// Bound is where a count rounded off with a qualifier stands against the
// figure: a headline's "More than 200" for its text's "226".
type Bound uint8

// The bounds of lexicon/qualifiers.tsv.
const (
	NoBound Bound = iota // a floor or a range ("at least", "between"): nothing rounded off
	Above                // "more than", "over"
	Below                // "nearly", "up to"
	Near                 // "about", "some"
)

// QualifierTier is a set of the qualifier list's tiers: a reader picks
// the tiers it takes from the one list.
type QualifierTier uint8

// The tiers of lexicon/qualifiers.tsv.
const (
	Plain QualifierTier = 1 << iota // the common qualifiers: "at least", "more than", "about"
	Loose                           // rarer, looser or mended: "least", "between", "estimated"
)

// Qualifier is one row of the qualifier list: its words, tier, hedge and
// bound.
type Qualifier struct {
	Phrase string   // lower-case words joined by single spaces: "more than"
	Words  []string // the phrase's words
	Tier   QualifierTier
	Hedge  Hedge
	Bound  Bound
}

var qualifierTierNames = map[string]QualifierTier{"plain": Plain, "loose": Loose}

var hedgeNames = map[string]Hedge{"-": NoHedge, "at-least": AtLeast, "more-than": MoreThan, "up-to": UpTo, "about": About}

var boundNames = map[string]Bound{"-": NoBound, "above": Above, "below": Below, "near": Near}

//go:embed lexicon/qualifiers.tsv
var qualifierData string

// qualifiers is the list in file order; qualifiersByLast indexes it by
// last word, longest phrase first; qualifiersByPhrase by phrase. A
// malformed file is a programming error the tests catch: it panics at
// start-up rather than ship a shorter list.
var (
	qualifiers         = mustQualifiers(qualifierData)
	qualifiersByLast   = byLastWord(qualifiers)
	qualifiersByPhrase = byPhrase(qualifiers)
	hedgeWords         = firstOfHedge(qualifiers)
)

func mustQualifiers(data string) []Qualifier {
	qs, err := parseQualifiers(data)
	if err != nil {
		panic(err)
	}
	return qs
}

// parseQualifiers reads rows of tier, hedge, bound and phrase,
// tab-separated; "#" starts a comment line. A phrase listed twice, an
// unknown tier, hedge or bound, or a phrase not in lower case is an error.
func parseQualifiers(data string) ([]Qualifier, error) {
	var out []Qualifier
	seen := map[string]bool{}
	for _, l := range lexiconLines(data) {
		n, cols := l.n, l.cols()
		if len(cols) != 4 {
			return nil, fmt.Errorf("parse qualifiers line %d: %d columns, want 4", n, len(cols))
		}
		tier, okT := qualifierTierNames[cols[0]]
		h, okH := hedgeNames[cols[1]]
		b, okB := boundNames[cols[2]]
		words := strings.Fields(cols[3])
		phrase := strings.Join(words, " ")
		switch {
		case !okT:
			return nil, fmt.Errorf("parse qualifiers line %d: unknown tier %q", n, cols[0])
		case !okH:
			return nil, fmt.Errorf("parse qualifiers line %d: unknown hedge %q", n, cols[1])
		case !okB:
			return nil, fmt.Errorf("parse qualifiers line %d: unknown bound %q", n, cols[2])
		case phrase == "" || phrase != cols[3] || phrase != strings.ToLower(phrase):
			return nil, fmt.Errorf("parse qualifiers line %d: phrase %q not lower-case words", n, cols[3])
		case seen[phrase]:
			return nil, fmt.Errorf("parse qualifiers line %d: %q listed twice", n, phrase)
		}
		seen[phrase] = true
		out = append(out, Qualifier{Phrase: phrase, Words: words, Tier: tier, Hedge: h, Bound: b})
	}
	return out, nil
}

func byLastWord(qs []Qualifier) map[string][]Qualifier {
	m := map[string][]Qualifier{}
	for _, q := range qs {
		last := q.Words[len(q.Words)-1]
		m[last] = append(m[last], q)
	}
	for _, l := range m {
		sort.SliceStable(l, func(i, j int) bool { return len(l[i].Words) > len(l[j].Words) })
	}
	return m
}

func byPhrase(qs []Qualifier) map[string]Qualifier {
	m := make(map[string]Qualifier, len(qs))
	for _, q := range qs {
		m[q.Phrase] = q
	}
	return m
}

// QualifierBefore returns the qualifier of the tiers asked whose words
// end just before the i-th word of a text ("at least" before "112"),
// word(k) giving the k-th word in lower case, and how many words it
// takes; the zero Qualifier and 0 for none. The longest phrase wins
// ("well over" before "over"), and a phrase listed as no qualifier ("the
// least") hides the shorter one it ends with.
func QualifierBefore(word func(k int) string, i int, tiers QualifierTier) (Qualifier, int) {
	if i < 1 {
		return Qualifier{}, 0
	}
	for _, q := range qualifiersByLast[word(i-1)] {
		if q.Tier&tiers != 0 && endsBefore(word, i, q.Words) {
			if q.Hedge == NoHedge {
				return Qualifier{}, 0
			}
			return q, len(q.Words)
		}
	}
	return Qualifier{}, 0
}

// endsBefore reports whether ws are the words just before the i-th.
func endsBefore(word func(k int) string, i int, ws []string) bool {
	k := i - len(ws)
	if k < 0 {
		return false
	}
	for n, w := range ws {
		if word(k+n) != w {
			return false
		}
	}
	return true
}

func firstOfHedge(qs []Qualifier) map[Hedge]string {
	m := map[Hedge]string{}
	for _, q := range qs {
		if _, ok := m[q.Hedge]; !ok && q.Hedge != NoHedge {
			m[q.Hedge] = q.Phrase
		}
	}
	return m
}

// HedgeWords returns the usual words of a hedge, its first row in the
// qualifier list ("at least", "more than", "up to", "about"), "" for
// NoHedge.
func HedgeWords(h Hedge) string { return hedgeWords[h] }

// QualifierOf returns the qualifier of a lower-case phrase ("more than"),
// the zero Qualifier when it is none.
func QualifierOf(phrase string) Qualifier {
	q := qualifiersByPhrase[phrase]
	if q.Hedge == NoHedge {
		return Qualifier{}
	}
	return q
}

// Qualifiers returns the qualifier list in its file's order. The caller
// must not change it.
func Qualifiers() []Qualifier { return qualifiers }

package analyze

import (
	"embed"
	"fmt"
	"strconv"
	"strings"

	"github.com/conflict-digest/conflict-digest/lang"
)

// The cue lexicon ships in the binary as tab-separated files, one job a
// file (lexicon/*.tsv), like the gazetteer: a row is a feature, its weight
// (1 = decisive on its own, 0.3 = a hint) and a phrase of lower-case word
// tokens ("negotiat*" is a prefix, "*-brokered" the last part of a
// hyphenated word, "_" any word, "#year" a year, "#w" a word; "a|b" one row
// for each word, expandRow). Phrases, not bare keywords: "talks" alone is a hint, "peace talks"
// is decisive. A phrase may signal several features on separate rows
// ("evacuation deal" is talks and evacuation).
//
//go:embed lexicon/*.tsv
var lexiconFS embed.FS

// lexiconFiles are the files in the order their cues are tried. Order
// matters where a phrase shadows another that starts with the same word: a
// ceasefire or victims phrase ("the wounded") must come before the violence
// cue it halts ("wounded").
var lexiconFiles = []string{"talks", "ceasefire", "hypothetical", "humanitarian", "people", "violence", "context"}

// lex is the compiled lexicon, parsed once; a malformed row is a
// programming error that the package's tests catch.
var lex = mustLexicon()

func mustLexicon() *matcher {
	m, err := loadLexicon()
	if err != nil {
		panic(err)
	}
	return m
}

func loadLexicon() (*matcher, error) {
	m := emptyMatcher()
	for _, name := range lexiconFiles {
		data, err := lexiconFS.ReadFile("lexicon/" + name + ".tsv")
		if err != nil {
			return nil, fmt.Errorf("read lexicon: %w", err)
		}
		if err := m.add(name+".tsv", string(data)); err != nil {
			return nil, err
		}
	}
	m.freeze()
	return m, nil
}

// newMatcher compiles one lexicon file's rows.
func newMatcher(rows string) (*matcher, error) {
	m := emptyMatcher()
	if err := m.add("lexicon", rows); err != nil {
		return nil, err
	}
	m.freeze()
	return m, nil
}

// freeze makes the tables tryRun reads from the runs' lists, once every
// cue is added.
func (m *matcher) freeze() {
	for _, r := range m.runs {
		r.byNextT = lang.WordMapOf(r.byNext)
	}
}

func emptyMatcher() *matcher {
	return &matcher{exact: map[string][]int32{}, runs: map[string]*cueRun{}, prefix: map[string][]int32{}, suffix: map[string][]int32{}}
}

// add compiles the rows of one file: blank lines and lines starting with
// "#" are skipped.
func (m *matcher) add(file, rows string) error {
	for n, line := range strings.Split(rows, "\n") {
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		for _, row := range expandRow(strings.TrimRight(line, "\r")) {
			c, err := parseCue(row)
			if err != nil {
				return fmt.Errorf("parse lexicon %s line %d: %w", file, n+1, err)
			}
			m.addCue(c)
		}
	}
	return nil
}

// expandRow spells out a row whose phrase has alternatives, words joined by
// "|" ("killed|murdered by his|her relative|uncle"), as one row for each
// choice, the first word's choices varying slowest: exactly the rows a file
// would list one by one, in that order, so the compiled cues are the same.
func expandRow(line string) []string {
	f := strings.Split(line, "\t")
	if len(f) != 3 || !strings.Contains(f[2], "|") {
		return []string{line}
	}
	phrases := []string{""}
	for _, tok := range strings.Split(f[2], " ") {
		var next []string
		for _, p := range phrases {
			for _, alt := range strings.Split(tok, "|") {
				next = append(next, strings.TrimPrefix(p+" "+alt, " "))
			}
		}
		phrases = next
	}
	rows := make([]string, len(phrases))
	for i, p := range phrases {
		rows[i] = f[0] + "\t" + f[1] + "\t" + p
	}
	return rows
}

// addCue files one compiled cue under its first token.
func (m *matcher) addCue(c cue) {
	if len(c.toks) > 1 && plainToken(c.toks[1]) {
		c.next = c.toks[1]
	}
	for k, t := range c.toks {
		if k < 32 && plainToken(t) {
			c.plain |= 1 << k
		}
		if k < 32 && t == "_" {
			c.wild |= 1 << k
		}
	}
	id := int32(len(m.cues))
	m.cues = append(m.cues, c)
	first := c.toks[0]
	switch {
	case first == "#year":
		m.year = append(m.year, id)
	case strings.HasPrefix(first, "*-"):
		k := first[2:]
		m.suffix[k] = append(m.suffix[k], id)
		m.suffixEnds[k[len(k)-1]] = true // k is two bytes or more (parseCue)
	case strings.HasSuffix(first, "*"):
		k := first[:prefixKey]
		m.addPrefix(k, first, id)
	default:
		m.exact[first] = append(m.exact[first], id)
		m.runs[first] = m.runs[first].with(id, c.next)
	}
}

// parseCue reads one row: feature, weight and phrase, separated by tabs.
func parseCue(line string) (cue, error) {
	f := strings.Split(line, "\t")
	if len(f) != 3 {
		return cue{}, fmt.Errorf("want feature, weight and phrase separated by tabs: %q", line)
	}
	feat, ok := featureNames[f[0]]
	if !ok {
		return cue{}, fmt.Errorf("unknown feature %q", f[0])
	}
	w, err := strconv.ParseFloat(f[1], 32)
	if err != nil || w <= 0 || w > 1 {
		return cue{}, fmt.Errorf("weight %q: want a number above 0 and at most 1", f[1])
	}
	toks := strings.Fields(f[2])
	if len(toks) == 0 || strings.Join(toks, " ") != f[2] {
		return cue{}, fmt.Errorf("phrase %q: want words separated by single spaces", f[2])
	}
	for _, t := range toks {
		if t == "_*" || (strings.HasSuffix(t, "*") && len(t) <= prefixKey) {
			return cue{}, fmt.Errorf("bad token %q: a prefix needs %d letters", t, prefixKey)
		}
		if strings.HasPrefix(t, "*") && (!strings.HasPrefix(t, "*-") || len(t) < 4 || strings.ContainsAny(t[2:], "*-")) {
			return cue{}, fmt.Errorf("bad token %q: a suffix token is \"*-\" and the last part of a hyphenated word", t)
		}
		if t != strings.ToLower(t) {
			return cue{}, fmt.Errorf("token %q: the words a phrase matches are lower-case", t)
		}
	}
	return cue{toks: toks, feat: feat, weight: float32(w)}, nil
}

package analyze

import (
	"bufio"
	"embed"
	"fmt"
	"strconv"
	"strings"

	"github.com/conflict-digest/conflict-digest/lang"
	"github.com/conflict-digest/conflict-digest/news"
)

// The gazetteer ships in the binary: places, actors and offices as
// tab-separated files, loaded once into a trie over lower-cased word tokens.
//
//go:embed gazetteer/*.tsv
var gazetteerFS embed.FS

// gazEntry is one place or actor with its canonical name.
type gazEntry struct {
	news.Entity
	place bool
}

// gazNode is a node of the token trie: a name is a path of word tokens.
type gazNode struct {
	next map[string]*gazNode
	ends []gazEnd // names ending here
	// kids is next as child reads it, once frozen (freeze: the tries
	// are read a word at a time, many times a sentence)
	kids   lang.WordMap[*gazNode]
	frozen bool
}

// freeze sets the kids of n and of every node below it: their next, read
// as a lang.WordMap. A node grown after stays readable by its map.
func (n *gazNode) freeze() {
	n.kids, n.frozen = lang.WordMapOf(n.next), true
	for _, c := range n.next {
		c.freeze()
	}
}

// gazEnd is a name ending at a trie node; exact holds the tokens as written
// for case-sensitive aliases ("IS", "WHO", "UN"), nil otherwise.
type gazEnd struct {
	entry int
	exact []string
	seps  []string // originators: what an exact alias writes between its words ("IOM-DTM"), nil when only spaces
}

// office is an office with its holder over a span of years, to resolve "the
// Russian foreign minister".
type office struct {
	titles    [][]string // token sequences: ["foreign","minister"]
	countries [][]string
	holder    string
	from, to  int // years; to 0 while still in office
}

// gazetteer is the loaded data.
type gazetteer struct {
	entries []gazEntry
	root    *gazNode
	places  map[string]int // normalised name or alias → entry
	names   []nameRef      // place names and aliases, sorted, for prefix search
	offices []office
}

type nameRef struct {
	key   string
	entry int
}

// gaz is built at init from the embedded files; a malformed file is a bug
// caught by the tests, so it panics.
var gaz = mustLoadGazetteer()

func mustLoadGazetteer() *gazetteer {
	g := &gazetteer{root: &gazNode{}, places: map[string]int{}}
	for _, f := range []struct {
		name  string
		place bool
	}{{"gazetteer/places.tsv", true}, {"gazetteer/actors.tsv", false}} {
		if err := g.loadEntries(f.name, f.place); err != nil {
			panic(err)
		}
	}
	if err := g.loadOffices("gazetteer/offices.tsv"); err != nil {
		panic(err)
	}
	g.sortNames()
	g.root.freeze()
	return g
}

// tsvRows returns the non-comment rows of an embedded TSV file.
func tsvRows(name string, minFields int) ([][]string, error) {
	b, err := gazetteerFS.ReadFile(name)
	if err != nil {
		return nil, fmt.Errorf("read gazetteer %s: %w", name, err)
	}
	var rows [][]string
	sc := bufio.NewScanner(strings.NewReader(string(b)))
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < minFields {
			return nil, fmt.Errorf("parse gazetteer %s:%d: %d fields, want %d", name, n, len(f), minFields)
		}
		rows = append(rows, f)
	}
	return rows, nil
}

func (g *gazetteer) loadEntries(name string, place bool) error {
	rows, err := tsvRows(name, 3)
	if err != nil {
		return err
	}
	for _, f := range rows {
		id := len(g.entries)
		g.entries = append(g.entries, gazEntry{Entity: news.Entity{Name: f[0], Kind: f[1], Conflict: f[2]}, place: place})
		aliases := []string{f[0]}
		if len(f) > 3 && f[3] != "" {
			aliases = append(aliases, strings.Split(f[3], "|")...)
		}
		for _, a := range aliases {
			g.addAlias(a, id, place)
		}
	}
	return nil
}

// addAlias puts one written form of an entry into the trie.
func (g *gazetteer) addAlias(alias string, id int, place bool) {
	exact := strings.HasPrefix(alias, "=")
	alias = strings.TrimPrefix(alias, "=")
	toks := lang.Words(alias)
	if len(toks) == 0 {
		return
	}
	n := g.root
	for _, t := range toks {
		n = n.grow(gazKey(t))
	}
	end := gazEnd{entry: id}
	if exact {
		end.exact = lang.WordsAsWritten(alias)
	}
	n.ends = append(n.ends, end)
	if place && !exact {
		key := strings.Join(toks, " ")
		if _, ok := g.places[key]; !ok {
			g.places[key] = id
			g.names = append(g.names, nameRef{key: key, entry: id})
		}
	}
}

// grow returns the child of n for key, made when missing.
func (n *gazNode) grow(key string) *gazNode {
	if n.next == nil {
		n.next = map[string]*gazNode{}
	}
	c := n.next[key]
	if c == nil {
		c = &gazNode{}
		n.next[key] = c
		n.frozen = false // its kids lack c
	}
	return c
}

func (g *gazetteer) loadOffices(name string) error {
	rows, err := tsvRows(name, 4)
	if err != nil {
		return err
	}
	for _, f := range rows {
		o := office{holder: f[2]}
		for _, t := range strings.Split(f[0], "|") {
			o.titles = append(o.titles, lang.Words(t))
		}
		for _, c := range strings.Split(f[1], "|") {
			o.countries = append(o.countries, lang.Words(c))
		}
		if o.from, err = strconv.Atoi(f[3]); err != nil {
			return fmt.Errorf("parse office %q: %w", f[0], err)
		}
		if len(f) > 4 && f[4] != "" {
			if o.to, err = strconv.Atoi(f[4]); err != nil {
				return fmt.Errorf("parse office %q: %w", f[0], err)
			}
		}
		g.offices = append(g.offices, o)
	}
	return nil
}

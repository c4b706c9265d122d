package analyze

import (
	"sort"
	"strings"
	"time"

	"github.com/conflict-digest/conflict-digest/lang"
	"github.com/conflict-digest/conflict-digest/news"
)

func (g *gazetteer) sortNames() {
	sort.Slice(g.names, func(i, j int) bool { return g.names[i].key < g.names[j].key })
}

// normName lower-cases a name and joins its word tokens with single spaces.
func normName(s string) string { return strings.Join(lang.Words(s), " ") }

// lowerLetters appends w lower-cased to b when w is one word of ASCII
// letters that fits b's room: normName(w) then, the one word lang.Words
// finds, lower-cased (most names the rules look up: "Aleppo", a surname).
// False for any other w.
func lowerLetters(b []byte, w string) ([]byte, bool) {
	if w == "" || len(w) > cap(b)-len(b) {
		return b, false
	}
	for i := 0; i < len(w); i++ {
		c := w[i] | 0x20
		if c < 'a' || c > 'z' {
			return b, false
		}
		b = append(b, c)
	}
	return b, true
}

// LookupPlace returns the gazetteer's place for a name or one of its aliases
// ("Deir Ezzor" → Deir ez-Zor), case-insensitively.
func LookupPlace(name string) (news.Entity, bool) {
	var buf [32]byte
	var id int
	var ok bool
	if key, letters := lowerLetters(buf[:0], name); letters {
		id, ok = gaz.places[string(key)] // normName's key, not allocated
	} else {
		id, ok = gaz.places[normName(name)]
	}
	if !ok {
		return news.Entity{}, false
	}
	return gaz.entries[id].Entity, true
}

// SuggestPlaces returns up to n places whose name or an alias starts with
// prefix (case-insensitive), canonical names first, then places with a later
// word that starts with it ("gh" → Ghouta, then Eastern Ghouta), for
// autocompletion. An empty prefix gives the countries of today's wars.
func SuggestPlaces(prefix string, n int) []news.Entity {
	p := normName(prefix)
	if n <= 0 {
		return nil
	}
	if p == "" {
		return firstPlaces(n)
	}
	seen := map[int]bool{}
	var canon, alias, inner []int
	i := sort.Search(len(gaz.names), func(i int) bool { return gaz.names[i].key >= p })
	for ; i < len(gaz.names) && strings.HasPrefix(gaz.names[i].key, p); i++ {
		r := gaz.names[i]
		if seen[r.entry] {
			continue
		}
		seen[r.entry] = true
		if normName(gaz.entries[r.entry].Name) == r.key {
			canon = append(canon, r.entry)
		} else {
			alias = append(alias, r.entry)
		}
	}
	for _, r := range gaz.names {
		if !seen[r.entry] && strings.Contains(r.key, " "+p) {
			seen[r.entry] = true
			inner = append(inner, r.entry)
		}
	}
	var out []news.Entity
	for _, id := range append(append(canon, alias...), inner...) {
		if len(out) == n {
			break
		}
		out = append(out, gaz.entries[id].Entity)
	}
	return out
}

// firstPlaces returns the first n places in the gazetteer's order: the
// countries of today's wars come first.
func firstPlaces(n int) []news.Entity {
	var out []news.Entity
	for _, e := range gaz.entries {
		if len(out) == n {
			break
		}
		if e.place {
			out = append(out, e.Entity)
		}
	}
	return out
}

// ResolveActor returns the actor a phrase names: an office ("the Russian
// foreign minister" → Sergei Lavrov, its latest known holder) or a name or
// alias from the gazetteer ("Sergey Lavrov", "Daesh").
func ResolveActor(text string) (news.Entity, bool) { return ResolveActorAt(text, time.Time{}) }

// ResolveActorAt is ResolveActor for a phrase written at a given time: an
// office resolves to its holder then ("US secretary of state" in 2015 → John
// Kerry). The zero time means the latest known holder.
func ResolveActorAt(text string, at time.Time) (news.Entity, bool) {
	low := lang.Words(text)
	keys := make([]string, len(low))
	for i, w := range low {
		keys[i] = gazKey(w) // "Ukraine's" → "ukraine"
	}
	if h, ok := gaz.officeHolder(keys, at); ok {
		return h, true
	}
	found := -1
	gaz.match(low, text, func(id int) {
		if found < 0 && !gaz.entries[id].place {
			found = id
		}
	})
	if found < 0 {
		return news.Entity{}, false
	}
	return gaz.entries[found].Entity, true
}

// officeHolder finds an office title and its country in the tokens and
// returns the holder at the time (the latest holder for the zero time).
func (g *gazetteer) officeHolder(low []string, at time.Time) (news.Entity, bool) {
	best, bestFrom := -1, -1
	for i, o := range g.offices {
		if !anySeq(low, o.titles) || !anySeq(low, o.countries) {
			continue
		}
		if !at.IsZero() {
			y := at.Year()
			if y < o.from || (o.to != 0 && y > o.to) {
				continue
			}
		}
		if o.from > bestFrom {
			best, bestFrom = i, o.from
		}
	}
	if best < 0 {
		return news.Entity{}, false
	}
	name := g.offices[best].holder
	if id, ok := g.byName(name); ok {
		return g.entries[id].Entity, true
	}
	return news.Entity{Name: name, Kind: "person"}, true
}

func (g *gazetteer) byName(name string) (int, bool) {
	for i, e := range g.entries {
		if e.Name == name {
			return i, true
		}
	}
	return 0, false
}

// anySeq reports whether any of the token sequences occurs in toks.
func anySeq(toks []string, seqs [][]string) bool {
	for _, s := range seqs {
		for i := 0; i+len(s) <= len(toks); i++ {
			if equalTokens(toks[i:i+len(s)], s) {
				return true
			}
		}
	}
	return false
}

func equalTokens(a, b []string) bool {
	for i := range b {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

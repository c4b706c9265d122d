package analyze

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/conflict-digest/conflict-digest/lang"
	"github.com/conflict-digest/conflict-digest/news"
)

// A figure's originator of a generic kind (the table's names in lower
// case: "officials", "government", "medical sources", "emergency workers",
// "hospital", "police") is written as the text names it, in its shortest
// clear form, with the state whose body it is: "according to Turkish
// security sources" is "Turkish security sources", "the government of
// Armenia claims" "Armenian government", "Medics claim" "medics",
// "Israeli Emergency Services" "Israeli emergency services"; a post written
// as a person's title keeps the name it titles ("Prime Minister David
// Cameron", key "government"). The kind alone throws away what a reader
// needs (in a story of two states "government" says nothing). The table's named bodies keep its short names (SOHR,
// UNICEF, SANA). Such a figure's OriginatorKey is the table's name with the
// state's adjective ("Turkish officials"), so that one body's counts group
// across reports that word it apart ("Turkish officials", "Turkey's
// security sources").

// writtenReach is how many sentences before a figure's its originator's
// words are looked for: "the ministry said" stands for the ministry named
// up to eight sentences back.
const writtenReach = 8

// writtenOriginators writes each figure's generic originator as the text
// names it and sets its key. It runs after the figures' scopes are set,
// which compare originators by the table's names.
func writtenOriginators(sents []factSentence, ms []mention) {
	table := make([]string, len(ms)) // the table's names, before any is written out
	for i := range ms {
		table[i] = ms[i].fig.Originator
	}
	for _, head := range []bool{false, true} { // the body's first: a headline's may take one of theirs
		for i := range ms {
			if (ms[i].index < 0) != head {
				continue
			}
			f := &ms[i].fig
			id, ok := genericEntry(f.Originator)
			forces := false
			if !ok {
				if id, forces = stateForcesEntry(f.Originator); !forces {
					continue
				}
			}
			s, m, ok := writtenMatch(sents, &ms[i], id)
			if !ok {
				if head {
					bodyWrittenName(ms, table, i)
				}
				continue
			}
			var name, key string
			if forces {
				name, key = forcesName(s, m)
			} else {
				name, key = writtenName(s, m)
			}
			if name == "" {
				continue
			}
			f.Originator = name
			if key != name {
				f.OriginatorKey = key
			}
		}
	}
}

// bodyWrittenName gives headline mention h, whose generic source no
// sentence near it writes, the name the body's same count of that source
// wrote: "Storm injures 14 ..." over a dateline, and under it "injuring at
// least 14 ..., according to Kenyan officials" — Kenyan officials (the lead
// is no next sentence of the headline's when a dateline stands between).
func bodyWrittenName(ms []mention, table []string, h int) {
	for j := range ms {
		m := &ms[j]
		if m.index < 0 || m.kind != ms[h].kind || m.fig.Value != ms[h].fig.Value || table[j] != table[h] ||
			m.background || m.other || m.fig.Originator == table[j] {
			continue
		}
		ms[h].fig.Originator, ms[h].fig.OriginatorKey = m.fig.Originator, m.fig.OriginatorKey
		return
	}
}

// genericEntry returns the table's entry of a generic kind's name: one the
// table writes in lower case, of a state's or a body's people whose state
// or body a reader needs (writtenKinds), bar the civil defence (a service
// of its own, its aliases its spellings and its rescuers).
func genericEntry(name string) (int, bool) {
	r, _ := utf8.DecodeRuneInString(name)
	if name == "" || !unicode.IsLower(r) || name == "civil defence" {
		return 0, false
	}
	id, ok := tableEntry(name)
	if !ok || !writtenKinds.Has(origs.list[id].kind) {
		return 0, false
	}
	return id, true
}

// stateForcesEntry returns the table's entry of a state's armed forces
// named by the table (kind military, a name in capitals that is no
// acronym: "Israeli military", "US-led coalition"), which a text names by
// many names of its own ("the Israel Defence Forces", "Israel's military",
// "the Israeli army", "U.S. Central Command"): a reader citing the count
// cites the name the text gives, its key the table's name.
func stateForcesEntry(name string) (int, bool) {
	id, ok := tableEntry(name)
	if !ok || origs.list[id].kind != "military" || acronym(name) || name == "Syrian army" {
		return 0, false // the Syrian army: the conventions' one name of the army of a Syrian story, bare "the army" too
	}
	r, _ := utf8.DecodeRuneInString(name)
	return id, unicode.IsUpper(r)
}

// forcesName returns a state's forces' name as the sentence writes it,
// its leading article dropped, its capitals and hyphens as written ("the
// Israel Defence Forces" is "Israel Defence Forces"), and the table's name
// as its key. A name of one word ("Israel confirms") or an acronym ("IDF")
// is the table's name.
func forcesName(s *factSentence, m origMatch) (name, key string) {
	toks := s.toks
	start := m.start
	for start < m.end-1 && lang.IsArticle(toks[start].w) {
		start++
	}
	key = origs.list[m.id].name
	if m.end-start < 2 {
		return key, key
	}
	name = s.text[toks[start].off:toks[m.end-1].end]
	if sameSpelling(strings.ToLower(name), strings.ToLower(key)) || lostPossessive(name) {
		return key, key
	}
	return name, key
}

// lostPossessive reports whether a name holds a state's possessive whose
// apostrophe the text lost ("Russias defence ministry", as texts stripped
// of punctuation write "Russia's"): written so, the name reads as a
// misspelling, and the table's name is the reader's.
func lostPossessive(name string) bool {
	for _, w := range strings.Fields(name) {
		if len(w) > 2 && strings.HasSuffix(w, "s") && !lang.IsCountry(w) && lang.IsCountry(w[:len(w)-1]) {
			return true
		}
	}
	return false
}

// writtenKinds are the table's kinds whose generic names are written as
// the text names them: officials, governments, ministries, police, armies,
// medics, hospitals, health authorities, emergency services. Camps and
// people on the spot (activists, residents, rebels, local or state media,
// aid agencies, a monitor) keep the table's names.
var writtenKinds = lang.WordSetOf(wordSet("government", "military", "medical", "health", "rescue"))

// writtenMatch returns where the text names entry id for a figure: in its
// own sentence the match nearest the number, else in the next sentence,
// else the nearest before it.
func writtenMatch(sents []factSentence, m *mention, id int) (*factSentence, origMatch, bool) {
	order := []int{m.sent, nextSentence(sents, m.sent)}
	for k := 1; k <= writtenReach; k++ {
		order = append(order, m.sent-k)
	}
	for n, si := range order {
		if si < 0 || si >= len(sents) {
			continue
		}
		s := &sents[si]
		s.tokenise()
		if a, ok := attribution(s); n == 0 && ok && a.id == id && slices.Contains(s.origs, a) && !countedByNumber(s, a) {
			return s, a, true // the words that attribute the count, not a name of its story nearer the number
		}
		best, dist := origMatch{}, -1
		for _, o := range s.origs {
			if o.id != id || countedByNumber(s, o) {
				continue // another body, or the people a number counts
			}
			d := 0
			if n == 0 {
				d = min(abs(o.start-m.tok), abs(o.end-1-m.tok))
			}
			if dist < 0 || d < dist {
				best, dist = o, d
			}
		}
		if dist >= 0 {
			return s, best, true
		}
	}
	return nil, origMatch{}, false
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// writtenName returns a generic originator's name as the sentence writes
// it (its leading article dropped, the table's lower-case words in lower
// case) with the adjective of the state written right before it ("Turkish
// security sources", "Turkey's security sources" → "Turkish ...") or after
// it by "of" ("the government of Armenia" → "Armenian government"), and
// its key: the table's name with that adjective. A body of the state's
// (no generic kind of persons) written with the state's possessive keeps
// it as written ("Lebanon’s health ministry", key "Lebanese health
// ministry"): readers copy the possessive of a body (eval/orig4) and write
// the people's adjective of a kind of persons (eval/open cep-56925,
// "Turkish security sources"; round h-orig33).
func writtenName(s *factSentence, m origMatch) (name, key string) {
	toks := s.toks
	start := m.start
	for start < m.end-1 && lang.IsArticle(toks[start].w) { // an article is no part of the name ("the authorities")
		start++
	}
	var words []string
	for _, t := range toks[start:m.end] {
		w := s.text[t.off:t.end]
		if genericWords.Has(t.w) {
			w = t.w
		}
		words = append(words, w)
	}
	adj, owner := "", ""
	for j := m.start - 1; j >= 0 && j >= m.start-3 && !toks[j].punct; j-- {
		if sm := stateAt(toks, j); sm.n > 0 && j+sm.n == m.start && len(sm.ids) == 1 {
			adj = states.list[sm.ids[0]].adj
			if o := origs.list[m.id]; possessiveAt(s, m.start-1) && !o.generic && !genericKinds.Has(o.name) {
				owner = s.text[toks[j].off:toks[m.start-1].end] // "Lebanon’s health ministry": a body, as written
			}
			break
		}
	}
	if adj == "" && m.end+1 < len(toks) && toks[m.end].w == "of" {
		if sm := stateAt(toks, m.end+1); sm.n > 0 && sm.named && len(sm.ids) == 1 {
			adj = states.list[sm.ids[0]].adj // "the government of Armenia"
		}
	}
	name, key = strings.Join(words, " "), origs.list[m.id].name
	if sameSpelling(name, key) && !oneOfMany(name, key) {
		name = key // "governors office", "the officials": the table's name
	}
	if hi := titledHolder(s, start, m.end); hi >= 0 {
		name = s.text[toks[start].off:toks[hi].end] // "Prime Minister David Cameron": the post and who holds it
	}
	if adj != "" && owner != "" {
		name, key = owner+" "+name, adj+" "+key // the key the state's adjective: one body however written
	} else if adj != "" {
		name, key = adj+" "+name, adj+" "+key
	} else if a, ok := attribution(s); ok && a == m {
		if body := ownerName(s, m.start); body != "" {
			name = body + " " + name // the key stays the table's name: one kind of source
		}
	}
	return name, key
}

// titledHolder returns the last token of a person's name that the post
// toks[start:end] titles ("U.K. Prime Minister David Cameron confirms",
// "according to Commissioner James Rovella of the ..."): the post written
// in capitals, as a title before a name is, its last word a post (lang
// PostNoun), and a person's name right after it.
// Readers name such a source by the person or by the post (eval/open
// cep-56748 "David Cameron"; eval/orig2's second reading of the Connecticut
// crash "Commissioner James Rovella"); the post and the name as written say
// both. -1 when the post titles no one.
func titledHolder(s *factSentence, start, end int) int {
	toks := s.toks
	if end <= start || !postNouns.Has(toks[end-1].w) {
		return -1
	}
	for k := start; k < end; k++ {
		if !nameWord(s.text, toks, k) {
			return -1
		}
	}
	hi := knownPersonAt(s, end)
	if lo, h := personNameRun(s, end, 1); hi < 0 && lo == end && h >= lo {
		hi = h
	}
	if next := hi + 1; hi < 0 || next < len(toks) && !toks[next].punct && (toks[next].isNum || !lowerWord(s.text[toks[next].off:toks[next].end])) {
		return -1 // "Governor Visits Site Where 10 Killed": a headline's capitals, no name
	}
	return hi
}

// knownPersonAt returns the last token of a person the gazetteer knows
// whose name opens at token i and closes the name run
// ("Prime Minister Benjamin Netanyahu said"; personNameRun takes no
// gazetteer word), -1 for none.
func knownPersonAt(s *factSentence, i int) int {
	toks := s.toks
	low := make([]string, 0, maxPersonWords)
	for k := i; k < len(toks) && len(low) < maxPersonWords; k++ {
		low = append(low, toks[k].w)
	}
	id, n := gaz.longestAt(low, nil, func() []string {
		out := make([]string, len(low))
		for k := range low {
			out[k] = s.text[toks[i+k].off:toks[i+k].end]
		}
		return out
	}, 0)
	hi := i + n - 1
	if n == 0 || gaz.entries[id].Kind != "person" || !nameWord(s.text, toks, i) || hi+1 < len(toks) && nameWord(s.text, toks, hi+1) {
		return -1
	}
	return hi
}

// apostrophesOut drops a name's apostrophes (sameSpelling, oneOfMany):
// built once, not for each name.
var apostrophesOut = strings.NewReplacer("'", "", "’", "")

// ownerName returns the proper name written right before a generic
// source's words that says whose they are, where those words attribute the
// sentence (not a body it counts or tells of): "Military Academy officials
// confirm" (cep-56705, eval/orig2's fit half: the readers wrote "U.S.
// Military Academy officials"), "West Point officials said", "Yobe State
// ministry of health". "officials" alone tells a reader nothing in a story
// of more than one body, as "government" alone says nothing in a story of
// two states (the state's adjective is taken above). The word next to the
// source's is no other table entry's; words before it may be ("Military
// Academy": a name's word is no source of its own). Two to four
// capitalised words when they open the sentence ("Local officials",
// "Yesterday officials" open with one capitalised word of any kind), one
// or more elsewhere; none that a state's name holds, no weekday or month
// ("On Monday officials said"), none after "and", "or" or "of" (one of
// several owners, or an owner's own post).
func ownerName(s *factSentence, start int) string {
	toks, text := s.toks, s.text
	j := start - 1
	for ; j >= 0 && start-1-j < 4 && nameWord(text, toks, j) && (j < start-1 || !inOrig(s.origs, j)) && stateAt(toks, j).n == 0 &&
		monthNumber(toks[j].w) == 0 && !isWeekday(toks[j].w) && !lang.IsArticle(toks[j].w); j-- {
	}
	n := start - 1 - j
	if n == 0 || j < 0 && n < 2 || j >= 0 && (toks[j].w == "and" || toks[j].w == "or" || toks[j].w == "of" || toks[j].w == "&") {
		return ""
	}
	if j >= 0 && !toks[j].punct && n < 2 && lang.Capitalised(text[toks[j].off:toks[j].end]) {
		return "" // a capitalised word the loop stopped at runs on into the name
	}
	return text[toks[j+1].off:toks[start-1].end]
}

// sameSpelling reports two names of the same words bar apostrophes and a
// plural's "s": "governors office" and "governor's office".
func sameSpelling(a, b string) bool {
	fold := func(s string) []string {
		ws := strings.Fields(apostrophesOut.Replace(s))
		for i, w := range ws {
			ws[i] = strings.TrimSuffix(w, "s")
		}
		return ws
	}
	return slices.Equal(fold(a), fold(b))
}

// oneOfMany reports a written name that is the singular of the table's
// plural name: "an official said" is one official ("official", key
// "officials"), "a medical source" one source, and a reader citing the
// count cites one; "officials said" stays the table's name.
func oneOfMany(written, table string) bool {
	w := strings.Fields(apostrophesOut.Replace(written))
	t := strings.Fields(apostrophesOut.Replace(table))
	if len(w) == 0 || len(w) != len(t) {
		return false
	}
	last := len(w) - 1
	return slices.Equal(w[:last], t[:last]) && t[last] == w[last]+"s" && !strings.HasSuffix(w[last], "s")
}

// genericWords are the words of the table's names written in lower case
// ("security", "sources", "emergency", "services"): a text's capitals on
// them ("Israeli Emergency Services") are its own, not a name's.
var genericWords = lang.WordSetOf(func() map[string]bool {
	rows, err := tsvRows("gazetteer/originators.tsv", 3)
	if err != nil {
		panic(err)
	}
	out := map[string]bool{}
	for _, f := range rows {
		if f[1] == stateKind {
			continue
		}
		list := f[0]
		if len(f) > 3 {
			list += "|" + strings.TrimPrefix(f[3], "!")
		}
		for _, a := range strings.Split(list, "|") {
			if a != "" && a[0] != '=' && strings.ToLower(a) == a {
				for _, w := range strings.Fields(a) {
					out[w] = true
				}
			}
		}
	}
	return out
}())

// CanonicalOriginator returns the table's name of a figure's originator:
// the key's table name without the state's adjective ("Turkish security
// sources", key "Turkish officials" → "officials"; "medics" → "medical
// sources"), a named body's name as it is. The development labels, written
// before originators kept the text's words, write originators so.
func CanonicalOriginator(f news.Figure) string {
	name := f.Originator
	if f.OriginatorKey != "" {
		name = f.OriginatorKey
	}
	if _, ok := tableEntry(name); ok {
		return name
	}
	if rest := StateKind(name); rest != "" {
		if _, ok := genericEntry(rest); ok {
			return rest
		}
	}
	return name
}

// StateKind returns a generic kind a name writes with a state's adjective
// before it ("Turkish security sources" → "security sources"), "" for any
// other name (a named body of the table, "Turkish health ministry", too).
func StateKind(name string) string {
	if _, ok := tableEntry(name); ok {
		return ""
	}
	adj, rest, ok := strings.Cut(name, " ")
	for ok {
		for _, e := range states.list {
			if e.adj == adj {
				if r, _ := utf8.DecodeRuneInString(rest); unicode.IsLower(r) {
					return rest
				}
				return ""
			}
		}
		// a two-word adjective: "South African", "Sri Lankan"
		w, more, ok2 := strings.Cut(rest, " ")
		if !ok2 || strings.Contains(adj, " ") {
			break
		}
		adj, rest, ok = adj+" "+w, more, true
	}
	return ""
}

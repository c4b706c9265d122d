package ask

import (
	"github.com/conflict-digest/conflict-digest/analyze"
	"strconv"
	"strings"

	"github.com/conflict-digest/conflict-digest/lang"
	"github.com/conflict-digest/conflict-digest/news"
)

// Weights of the re-ranking: a term in the title counts 1+wTitle times, the
// best sentence adds wBest of its weight, the date up to wWindow of the
// question's weight.
const (
	wTitle  = 0.2
	wBest   = 0.5
	wWindow = 0.3
	wBM25   = 0.25 // share of bm25 (term counts, length) in the terms' score, against presence
)

// bm25's parameters, with a typical article's length in words.
const (
	bm25K1     = 1.2
	bm25B      = 0.75
	bm25AvgLen = 500
)

// rerank scores one article, whose text's sentences are sents, against
// every term of the question, common ones included: the weight of the terms it holds, more for terms in its title,
// its best sentence, its date against the window and the question's names
// found as phrases.
func (a *Asker) rerank(q *Question, gs []group, total float64, art news.Article, sents []string) candidate {
	c := candidate{art: art}
	m := matchArticle(&c, gs, append([]string{trimOutlet(art.Title)}, tableFigures(sents)...))
	sum, title, bm := 0.0, 0.0, 0.0
	norm := bm25K1 * (1 - bm25B + bm25B*float64(m.length)/bm25AvgLen)
	for gi, g := range gs {
		if m.found[gi] {
			sum += g.idf
			tf := float64(m.tf[gi])
			bm += g.idf * tf * (bm25K1 + 1) / (tf + norm)
		}
		if m.inTitle[gi] {
			title += wTitle * g.idf
		}
	}
	missed, early := missedNames(q, gs, m.found, c.sents), predates(q, art.Published, c.sents)
	c.missingName = len(missed) > 0 || early
	c.rareName = holdsRareName(q, gs, m.found, q.Names)
	c.placeOnly = len(missed) > 0 && !early && len(notPlaces(missed)) == 0 && holdsRareName(q, gs, m.found, notPlaces(q.Names))
	acronymTerms(q, &c, gs)
	for i := range c.sents {
		c.sents[i].score /= total
	}
	c.weights = make([]float64, len(gs))
	for gi, g := range gs {
		c.weights[gi] = g.idf / total
	}
	c.bm25 = plainBM25(q.plain, c.sents)
	c.cover = min(1, sum/total)
	c.score = (1-wBM25)*sum + wBM25*bm + title + wBest*m.best + windowScore(q.Window, art.Published)*wWindow*total
	if holdsName(q, c.sents) {
		c.phrase = true
		c.score += 0.1 * total
	}
	if holdsDay(q.Window, c.sents) || q.week > 0 && holdsWeek(q.week, c.sents) {
		c.score += wDay * total
	}
	return c
}

// wDay is the weight of an article that writes the one day the question
// asks about ("as at 19 September 2019": "as at 19th September, 2019"):
// a series of reports differs most by the day its figures stand at.
const wDay = 0.1

// holdsDay reports whether the window is one day and a sentence writes it
// as a day of the month beside its month, in either order, with or without
// an ordinal ("19 September", "19th September", "September 19").
func holdsDay(w Window, sents []sentence) bool {
	if w.Since.IsZero() || !w.Until.Equal(w.Since.AddDate(0, 0, 1)) {
		return false
	}
	day, month := w.Since.Day(), int(w.Since.Month())
	for _, s := range sents {
		for i := 0; i+1 < len(s.toks); i++ {
			a, b := s.toks[i].low, s.toks[i+1].low
			if d, ok := lang.DayOfMonth(a); ok && d == day && monthOf(b) == month {
				return true
			}
			if d, ok := lang.DayOfMonth(b); ok && d == day && monthOf(a) == month {
				return true
			}
		}
	}
	return false
}

// weekAt returns the number of the week toks[i] names, a "week" written
// after its ordinal ("third week", "3rd week") or before its number ("Week
// 3", "epi-week 24"), else 0.
func weekAt(toks []token, i int) int {
	if !strings.HasSuffix(toks[i].low, "week") {
		return 0
	}
	if i > 0 {
		w := toks[i-1].low
		if n, ok := lang.OrdinalWord(w); ok && n <= 5 { // a month's weeks: first to fifth
			return n
		}
		if n, ok := lang.DayOfMonth(w); ok && w != strings.TrimRight(w, "stndrh") {
			return n
		}
	}
	if i+1 < len(toks) && digitsOnly(toks[i+1].low) && len(toks[i+1].low) <= 2 {
		n, _ := strconv.Atoi(toks[i+1].low)
		return n
	}
	return 0
}

// weekNamed returns the week the question names, else 0.
func weekNamed(toks []token) int {
	for i := range toks {
		if n := weekAt(toks, i); n > 0 {
			return n
		}
	}
	return 0
}

// holdsWeek reports whether a sentence names week n in either form ("Week
// 3 November 2020" for "the third week of November"): a weekly bulletin's
// issues differ by their week as a daily's by its day.
func holdsWeek(n int, sents []sentence) bool {
	for _, s := range sents {
		for i := range s.toks {
			if weekAt(s.toks, i) == n {
				return true
			}
		}
	}
	return false
}

// articleMatch is how an article's sentences match the question's terms.
type articleMatch struct {
	found, inTitle []bool // per group
	tf             []int  // per group: tokens matching
	best           float64
	length         int // tokens
}

// matchArticle tokenizes texts into c's sentences, marks the tokens that
// match the groups, and sets each sentence's (unnormalised) weight.
func matchArticle(c *candidate, gs []group, texts []string) articleMatch {
	m := articleMatch{found: make([]bool, len(gs)), inTitle: make([]bool, len(gs)), tf: make([]int, len(gs))}
	for pos, text := range texts {
		s := sentence{pos: pos, text: text, toks: tokenize(text)}
		s.hit = make([]bool, len(s.toks))
		m.length += len(s.toks)
		for gi, g := range gs {
			n := 0
			if g.df > 0 {
				n = matchTerm(g.term, s.toks, s.hit)
			}
			if n == 0 {
				continue
			}
			m.tf[gi] += n
			s.score += g.idf
			if gi < 64 {
				s.groups |= 1 << gi
			}
			m.found[gi] = true
			m.inTitle[gi] = m.inTitle[gi] || pos == 0
		}
		m.best = max(m.best, s.score)
		c.sents = append(c.sents, s)
	}
	return m
}

// holdsName reports whether the sentences hold one of the question's
// multi-word names as consecutive words.
func holdsName(q *Question, sents []sentence) bool {
	var b strings.Builder
	b.WriteByte(' ')
	for _, s := range sents {
		for _, t := range s.toks {
			b.WriteString(t.low)
			b.WriteByte(' ')
		}
	}
	low := b.String()
	for _, name := range q.Names {
		if strings.Contains(name, " ") && strings.Contains(low, " "+name+" ") {
			return true
		}
	}
	return false
}

// matchTerm marks the tokens that match t and returns how many did. A
// joined word ("Kerry-Lavrov", "US-Russia") matches by any of its parts, as
// the question's joined words are searched by their parts; a part of a
// place name the question joins with a particle or a letter
// ("Mazar-e-Sharif", "Deir-ez-Zor") matches the word the text writes apart
// ("Mazar", "Deir").
func matchTerm(t Term, toks []token, hit []bool) int {
	n := 0
	for i, k := range toks {
		if k.low == t.Word || k.stem == t.Stem || t.Alt != "" && (k.stem == t.Alt || k.low == t.Alt) || partMatch(t, k.low) || linkedPart(t, k.low) || curlyMatch(t, k.low) {
			hit[i] = true
			n++
		}
	}
	return n
}

// linkedPart reports whether low is one of the outer words of a name of
// three or more joined parts that termWords keeps whole ("Mazar-e-Sharif":
// "mazar", "sharif"; not "e", nor a particle).
func linkedPart(t Term, low string) bool {
	if strings.Count(t.Word, "-") < 2 || len(low) < 3 || lang.NameParticle(low, lang.Joined) {
		return false
	}
	for _, p := range strings.Split(t.Word, "-") {
		if p == low {
			return true
		}
	}
	return false
}

// curlyMatch reports whether low is the question's word typeset with a
// curly apostrophe where the question types a straight one ("Sana’a",
// "Cox’s" for "Sana'a", "Cox's").
func curlyMatch(t Term, low string) bool {
	if strings.IndexByte(low, "’"[0]) < 0 || strings.IndexByte(t.Word, '\'') < 0 {
		return false
	}
	return strings.ReplaceAll(low, "’", "'") == t.Word
}

func partMatch(t Term, low string) bool {
	if strings.IndexByte(low, '-') < 0 {
		return false
	}
	for _, p := range strings.Split(low, "-") {
		if p == t.Word || lang.Stem(p) == t.Stem || t.Alt != "" && p == t.Alt {
			return true
		}
	}
	return false
}

// trimOutlet drops the outlet's name from a title ("... | Jordan Times",
// "... - Daily Sabah"): it is not part of the news.
func trimOutlet(title string) string {
	for _, sep := range []string{" | ", " - "} {
		if i := strings.LastIndex(title, sep); i > 0 && len(strings.Fields(title[i+len(sep):])) <= 4 {
			return title[:i]
		}
	}
	return title
}

// holdsBare reports whether the sentences hold a name of the question as
// another transliteration writes it: without the Arabic article the
// question gives it ("Al-Nusra": "Nusra Front"), or with other vowels or
// single letters for double ("Idlib": "Idleb", "Raqqa": "Raqa").
func holdsBare(sents []sentence, t Term) bool {
	bare := t.Word
	if pre, rest, ok := strings.Cut(t.Word, "-"); ok && lang.NameParticle(pre, lang.Joined) && rest != "" {
		bare = rest
	}
	sk := skeleton(bare)
	for _, s := range sents {
		for _, k := range s.toks {
			if k.low == bare || strings.HasSuffix(k.low, "-"+bare) {
				return true
			}
			// Only a word of the same first letter and about the same
			// length can be another spelling: the skeleton is costly.
			if len(sk) > 1 && k.low != "" && k.low[0] == bare[0] && len(k.low)+3 >= len(bare) && len(k.low) <= len(bare)+3 &&
				skeleton(k.low) == sk {
				return true
			}
		}
	}
	return false
}

// skeleton is a name's consonants, a doubled one once, after its first
// letter ("idlib", "idleb": "idlb"; "raqqa", "raqa": "rq").
func skeleton(w string) string {
	var b strings.Builder
	var last rune
	for i, r := range w {
		if i > 0 && strings.ContainsRune("aeiouy", r) || r == last {
			continue
		}
		b.WriteRune(r)
		last = r
	}
	return b.String()
}

// missedNames returns the names the question gives of which the article
// holds no word ("Belgian F-16" is held by "Belgian jets";
// "Paris" is not held by an article on the Paris Agreement's weather... it
// is, and the off-subject rule declines that one). A word is held as the
// question writes it, by its stem, by another transliteration, or as the
// start of a longer word ("Russia": "Russian").
func missedNames(q *Question, gs []group, found []bool, sents []sentence) []string {
	if len(q.Names) == 0 {
		return nil
	}
	held := map[string]bool{}
	for gi, g := range gs {
		if found[gi] || g.term.Name && holdsBare(sents, g.term) {
			held[g.term.Word] = true
		}
	}
	var missed []string
	named := map[string]Term{}
	for _, g := range gs {
		if g.term.Name && (q.Type == TypeState || !commonTerm(q, g)) {
			named[g.term.Word] = g.term
		}
	}
	holds := func(name string) (ok bool, need int) {
		for _, tok := range tokenize(name) {
			for _, w := range termWords(tok) {
				ok = ok || held[w.low] || holdsPrefix(sents, w.low)
				if t, isName := named[w.low]; isName && mustHold(q, t) {
					need++
				}
			}
		}
		return ok, need
	}
	for _, name := range q.Names {
		if q.sources[name] {
			continue
		}
		ok, need := holds(name)
		if need > 0 && !ok && known(name) && !(writtenAcronym(q, name) && holdsFullName(name, sents)) &&
			!impliedCountry(q, name, holds) {
			missed = append(missed, name)
		}
	}
	return missed
}

// impliedCountry reports whether name is a country another name of the
// question lies in, and the article holds that one: a report on "Adamawa
// State" need not write Nigeria, which its reader adds ("in Adamawa State,
// Nigeria").
func impliedCountry(q *Question, name string, holds func(string) (bool, int)) bool {
	c, ok := analyze.LookupPlace(name)
	if !ok || c.Kind != "country" || c.Conflict == "" {
		return false
	}
	for _, other := range q.Names {
		if other == name {
			continue
		}
		if e, ok := analyze.LookupPlace(other); ok && e.Kind != "country" && e.Conflict == c.Conflict {
			if held, _ := holds(other); held {
				return true
			}
		}
	}
	return false
}

// notPlaces returns the names that are not the gazetteer's places (a
// storm, a body, an operation: "Vinta", "NDRRMC"), or are its actors too.
func notPlaces(names []string) []string {
	var out []string
	for _, n := range names {
		if !placeName(n) {
			out = append(out, n)
		}
	}
	return out
}

// placeName reports whether the gazetteer knows a name as a place and not
// as an actor.
func placeName(name string) bool {
	_, place := analyze.LookupPlace(name)
	_, actor := analyze.ResolveActor(name)
	return place && !actor
}

// known reports whether the gazetteer knows a name as a place or an actor:
// the names an answering article must hold. Other names a reader gives —
// an agency, an acronym, a product of one ("OCHA's snapshot", "IED",
// "WFP-supported") — are written many ways or left out by the article
// that answers, so they weigh in the ranking like any word instead.
func known(name string) bool {
	if _, ok := analyze.LookupPlace(name); ok {
		return true
	}
	_, ok := analyze.ResolveActor(name)
	return ok
}

// writtenAcronym reports whether the question writes a name as an acronym of
// three letters or more ("ICC"; not "UN", which most news writes as such).
func writtenAcronym(q *Question, name string) bool {
	return len(name) >= 3 && !strings.Contains(name, " ") && strings.Contains(q.Text, strings.ToUpper(name))
}

// holdsFullName reports whether the sentences hold, as a phrase, the full
// name of the actor the gazetteer knows a name as: a report writes "the
// International Criminal Court" where its reader asks about "the ICC".
func holdsFullName(name string, sents []sentence) bool {
	e, ok := analyze.ResolveActor(name)
	if !ok {
		return false
	}
	full := lang.Words(e.Name)
	if len(full) < 2 || strings.Join(full, " ") == name {
		return false
	}
	for _, s := range sents {
		for i := 0; i+len(full) <= len(s.toks); i++ {
			j := 0
			for j < len(full) && s.toks[i+j].low == full[j] {
				j++
			}
			if j == len(full) {
				return true
			}
		}
	}
	return false
}

// commonName is the share of the indexed sentences past which a name the
// question gives need not be in the answering article, except for the state
// of a place: the country of the war most of the news is about ("Syria")
// is implied by its towns, a rare name ("Paris", "Belgian") is not.
// A name is common only past minCommonName sentences: a small store says
// little about what its news is about.
const (
	commonName    = 0.05
	minCommonName = 100
)

// holdsRareName reports whether the article holds every word of a name the
// question gives, one of them a word most of the news does not hold
// ("Marawi City"; not "Premier League" for an article on the Arab League).
func holdsRareName(q *Question, gs []group, found []bool, names []string) bool {
	byWord := map[string]int{}
	for gi, g := range gs {
		byWord[g.term.Word] = gi
	}
	for _, name := range names {
		all, rare, n := true, false, 0
		for _, tok := range tokenize(name) {
			for _, w := range termWords(tok) {
				gi, ok := byWord[w.low]
				if !ok {
					continue
				}
				n++
				all = all && found[gi]
				rare = rare || found[gi] && !commonTerm(q, gs[gi])
			}
		}
		if n > 0 && all && rare {
			return true
		}
	}
	return false
}

// commonTerm reports whether most of the stored news holds the group's
// word (see commonName).
func commonTerm(q *Question, g group) bool {
	return g.df >= minCommonName && float64(g.df) >= commonName*float64(q.sentences)
}

// holdsPrefix reports whether a word of the sentences starts with w, or w
// with it, both of four letters or more and the longer at most three
// letters more: a country and its adjective ("russia": "russian",
// "malian": "mali").
func holdsPrefix(sents []sentence, w string) bool {
	if len(w) < 4 {
		return false
	}
	for _, s := range sents {
		for _, k := range s.toks {
			long, short := k.low, w
			if len(short) > len(long) {
				long, short = short, long
			}
			if len(short) >= 4 && len(long)-len(short) <= 3 && strings.HasPrefix(long, short) {
				return true
			}
		}
	}
	return false
}

// mustHold reports whether an answering article must hold the term: a word
// of a name the question gives, unless the name is a speaker the gazetteer
// resolved ("the Russian foreign minister": Lavrov).
func mustHold(q *Question, t Term) bool {
	if !t.Name || len(t.Word) < 3 {
		return false
	}
	if len(q.SpeakerNames) == 0 {
		return true
	}
	spoken := strings.ToLower(q.Speaker + " " + strings.Join(q.SpeakerNames, " "))
	return !strings.Contains(spoken, t.Word)
}

// plainBM25 is Okapi bm25 of an article (its sentences) for words weighed
// by idfs: unstemmed words, counted as the index splits them.
func plainBM25(idfs map[string]float64, sents []sentence) float64 {
	if len(idfs) == 0 {
		return 0
	}
	tf := map[string]int{}
	n := 0
	for _, s := range sents {
		for _, t := range s.toks {
			if !hasJoiner(t.low) {
				n++
				if _, ok := idfs[t.low]; ok {
					tf[t.low]++
				}
				continue
			}
			for _, p := range lang.Fields(t.low) {
				n++
				if _, ok := idfs[p]; ok {
					tf[p]++
				}
			}
		}
	}
	norm := bm25K1 * (1 - bm25B + bm25B*float64(n)/bm25AvgLen)
	sum := 0.0
	for w, f := range tf {
		x := float64(f)
		sum += idfs[w] * x * (bm25K1 + 1) / (x + norm)
	}
	return sum
}

// hasJoiner reports whether w holds a hyphen, an apostrophe (straight or
// curly) or a full stop, as strings.ContainsAny(w, "-'’.") does, byte by
// byte: ContainsAny looks each rune of w up in a set that is not ASCII
// (plainBM25 asks it of every token of the candidates).
func hasJoiner(w string) bool {
	for i := 0; i < len(w); i++ {
		switch w[i] {
		case '-', '\'', '.':
			return true
		case "’"[0]:
			if strings.HasPrefix(w[i:], "’") {
				return true
			}
		}
	}
	return false
}

// tableFigures joins each sentence that is only a figure to the sentence
// after it, its label: the "Situation in numbers" tables of agencies'
// reports write "**39,000**" on one line and "# affected children in need
// of assistance" on the next, and the figure answers for the label's
// words. The joined sentence is written plainly ("39,000 affected children
// in need of assistance"), without the table's bold and number signs. A
// report's number on its first line (docNumber) is no figure of a table.
func tableFigures(sents []string) []string {
	var out []string
	for i := 0; i < len(sents); i++ {
		fig, ok := bareFigure(sents[i])
		if !ok || i+1 == len(sents) || i == 0 && docNumber(sents[i]) {
			out = append(out, sents[i])
			continue
		}
		if _, next := bareFigure(sents[i+1]); next {
			out = append(out, sents[i])
			continue
		}
		label := strings.TrimLeft(sents[i+1], "\\#*_ ")
		out = append(out, fig+" "+label)
		i++
	}
	return out
}

// docNumber reports whether the text's first line is a plain run of four
// digits or more ("47016"): the number a library files the report under,
// not a table's figure, which a label follows and a separator groups
// ("39,000").
func docNumber(line string) bool {
	line = strings.TrimSpace(line)
	if len(line) < 4 {
		return false
	}
	for i := 0; i < len(line); i++ {
		if line[i] < '0' || line[i] > '9' {
			return false
		}
	}
	return true
}

// bareFigure returns the figure a sentence holds alone, written plainly
// ("**39,000**" -> "39,000", "**8.5 million**", "**77.2 M**"), and whether
// it holds only that.
func bareFigure(text string) (string, bool) {
	t := strings.TrimSpace(strings.Trim(strings.TrimSpace(text), "*_"))
	ws := strings.Fields(t)
	if len(ws) == 0 || len(ws) > 2 {
		return "", false
	}
	if !digitsOnly(strings.TrimRight(strings.TrimLeft(ws[0], "~<>$"), "%+")) {
		return "", false
	}
	if len(ws) == 2 {
		if _, scale := lang.Scale(strings.ToLower(ws[1])); !scale && ws[1] != "M" && ws[1] != "K" {
			return "", false
		}
	}
	return t, true
}

// digitsOnly reports whether w is a figure: digits with their separators.
func digitsOnly(w string) bool {
	if w == "" || w[0] < '0' || w[0] > '9' {
		return false
	}
	for _, r := range w {
		if (r < '0' || r > '9') && r != ',' && r != '.' {
			return false
		}
	}
	return true
}

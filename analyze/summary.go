package analyze

import (
	"math"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/conflict-digest/conflict-digest/lang"
	"github.com/conflict-digest/conflict-digest/news"
)

// Summary limits: at most three whole sentences, about summaryChars
// characters (one sentence may exceed it alone; none is ever cut).
const (
	summarySentences = 3
	summaryChars     = 400
	summaryScan      = 30 // sentences considered: news puts the event first
	minSummaryWords  = 6
	maxSummaryWords  = 90
	redundancy       = 0.6 // cosine above which a sentence repeats a chosen one
	decisionBonus    = 0.3 // for a talks sentence that tells a decision (StatesDecision)
)

// candidate is a sentence that may enter the summary.
type candidate struct {
	text  string   // cleaned, verbatim from its start
	words []string // of text
	heads []*head  // of words
	orig  string   // as split
	index int
	vec   vector
	score float64
}

// summarize picks one to three sentences for the event: lead position,
// closeness to the article's centroid and to its headline, the sentences
// that carry its figures and category evidence, and most, in a talks report, a sentence
// that tells a decision (a veto, a resolution adopted); returned in article order,
// its asides and clock times tidied (TidySummary).
func summarize(d *doc, an *news.Analysis) string {
	n := len(d.titleWords)
	for _, s := range d.sents[:min(summaryScan, len(d.sents))] {
		n += len(s.words)
	}
	voc := d.arena.vocabulary(n)
	cands := summaryCandidates(d, voc)
	if len(cands) == 0 {
		return ""
	}
	centroid := vector{terms: voc.termsFor(int(voc.n))[:voc.n]} // every word of voc, by its index
	for id := range centroid.terms {
		centroid.terms[id].id = int32(id)
	}
	for _, c := range cands {
		for _, t := range c.vec.terms {
			centroid.terms[t.id].n += t.n
		}
	}
	centroid.setNorm()
	titleHeads, _ := d.wordHeads()
	title := voc.vector(d.titleWords, titleHeads)
	key := keySentences(an)
	talks := slices.Contains(an.Categories, news.Talks)
	for i := range cands {
		c := &cands[i]
		pos := 1 / (1 + 0.35*float64(i))
		c.score = 0.5*pos + 0.35*c.vec.cosineDense(centroid) + 0.25*cosine(c.vec, title)
		if key[c.orig] {
			c.score += 0.1
		}
		if talks && statesDecision(c.heads) {
			c.score += decisionBonus // the session's outcome, not its speeches
		}
	}
	return TidySummary(strings.Join(pickSentences(cands), " "))
}

// summaryCandidates cleans the first sentences and keeps those that read as
// news: long enough, not furniture, not a question, not the headline again.
func summaryCandidates(d *doc, voc *vocabulary) []candidate {
	out := d.arena.cands.take(min(len(d.sents), summaryScan)) // made once, not grown
	for i := range d.sents {
		s := &d.sents[i]
		if s.index >= summaryScan {
			break
		}
		front, _ := s.cutFront() // as classify cut it
		text := cleanFront(front, d.title)
		if strings.HasSuffix(text, "?") || !endsSentence(text) {
			continue // read from the text alone, before a cut one is split
		}
		low, ws, hs := s.lower, s.words, d.sentHeads(i)
		if len(text) != len(s.text) {
			// split again, into room carved from the arena's arrays
			// (lang.CountWords: as many as lang.Words gives)
			low = lang.Lower(text)
			ws = lang.AppendWords(d.arena.cutWords.carve(lang.CountWords(low)), low)
			hs = appendHeads(d.arena.cutHeads.carve(len(ws)), ws)
		}
		if len(ws) < minSummaryWords || len(ws) > maxSummaryWords || isBoilerplate(low, ws) || endsWithDate(ws) {
			continue
		}
		if n := len(out); n > 0 && out[n-1].index == s.index-1 && restatesLonger(out[n-1].words, ws) {
			out[n-1] = candidate{} // the arena's array keeps none of it (keep clears what out holds)
			out = out[:n-1]        // "... were killed. ... were killed during the fighting in Foo.": the lead again, whole
		}
		out = append(out, candidate{text: text, words: ws, heads: hs, orig: s.text, index: s.index, vec: voc.vector(ws, hs)})
	}
	d.arena.cands.keep(out)
	return out
}

// restatesLonger reports a sentence (next) that repeats the one before it
// word for word and goes on: a page that gives its lead twice, the first
// copy cut short before the place and the cause. The longer copy is the
// one a summary gives.
func restatesLonger(prev, next []string) bool {
	if len(next) <= len(prev) || len(prev) < minSummaryWords {
		return false
	}
	n := len(prev)
	if prev[n-1] == "." || prev[n-1] == "!" {
		n-- // the first copy's full stop, where the second goes on
	}
	return slices.Equal(prev[:n], next[:n])
}

// endsSentence reports a sentence that ends with its mark (or a quote after
// it), so that no summary stops mid-sentence.
func endsSentence(s string) bool {
	s = strings.TrimRight(s, "\"'”’)")
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, "!")
}

// keySentences are the sentences that state the facts or earned a category.
func keySentences(an *news.Analysis) map[string]bool {
	key := map[string]bool{}
	for _, f := range []*news.Figure{an.Facts.Killed, an.Facts.Injured, an.Facts.Displaced, an.Facts.Evacuated} {
		if f != nil {
			key[f.Sentence] = true
		}
	}
	for _, ss := range an.Evidence {
		for _, s := range ss {
			key[s] = true
		}
	}
	return key
}

// pickSentences chooses by score under the limits, skipping repeats, and
// returns the texts in article order.
func pickSentences(cands []candidate) []string {
	order := make([]int, len(cands))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { // sort.SliceStable's sort, without its reflection
		switch {
		case cands[a].score > cands[b].score:
			return -1
		case cands[b].score > cands[a].score:
			return 1
		}
		return 0
	})
	var chosen []int
	size := 0
	fits := func(c candidate, n, more int) bool {
		return len(chosen)+n <= summarySentences && (len(chosen) == 0 || size+more+len(c.text) <= summaryChars)
	}
	for _, i := range order {
		c := cands[i]
		if !fits(c, 1, 0) || repeats(c, cands, chosen) {
			continue
		}
		if leansBack(c.words) && !slices.ContainsFunc(chosen, func(j int) bool { return cands[j].index == c.index-1 }) {
			// It enters with the sentence it points at, or not at all.
			p := slices.IndexFunc(cands, func(o candidate) bool { return o.index == c.index-1 })
			if p < 0 || !fits(cands[p], 2, len(c.text)+1) || leansBack(cands[p].words) || repeats(cands[p], cands, chosen) {
				continue
			}
			chosen = append(chosen, p)
			size += len(cands[p].text) + 1
		}
		chosen = append(chosen, i)
		size += len(c.text) + 1
	}
	sort.Ints(chosen)
	out := make([]string, len(chosen))
	for k, i := range chosen {
		out[k] = cands[i].text
	}
	return out
}

// leanReach is how many opening words of a sentence are searched for a
// reference back (leansBack).
const leanReach = 6

// leansBack reports a sentence whose opening words point back at the one
// before it ("The aim of these actions is ...", "We warn against such
// steps", "This move follows ...", "Scores of them were wounded"): without it, a summary reader does not
// know what it speaks of, so it enters a summary only after it. "This
// week" and "such as" point nowhere; "this is" may point at what a
// picture or a quote shows as well as back, and is let be.
func leansBack(ws []string) bool {
	for i, w := range ws[:min(len(ws)-1, leanReach)] {
		next := ws[i+1]
		switch {
		case w == "these" || w == "such" && next != "as":
			return true
		case w == "this" && !lapseUnits.Has(next) && !timeOfDay.Has(next) && next != "is" && next != "was":
			return true
		case (w == "of" && i <= 2 || w == "among" && i == 0) && (next == "them" || next == "those" && i+2 < len(ws) && ws[i+2] != "who"):
			return true // "Scores of them were wounded", "Among them were two medics": the sentence's subject is a part of people told before ("23 people, most of them fighters" is not)
		}
	}
	return false
}

// LeansBack reports a sentence whose opening does not stand on its own: it
// points back at the sentence before it by a demonstrative ("The aim of
// these actions is ...": leansBack) or at a body named there by "the" and
// a common noun ("John Roe, a volunteer with the group, said ...":
// openingBody). No summary opens with it. An article's own summary
// (pickSentences) takes a demonstrative's sentence only right after the
// one it points at; a body's it leaves in its report's order, where
// "according to the observatory" follows the sentence naming it by a
// sentence or two.
func LeansBack(s string) bool {
	ws := strings.Fields(s)
	return leansBack(lang.Words(lang.Lower(s))) || openingBody(ws) != ""
}

// BodyBack returns the common noun by which a sentence points back to a
// body named in an earlier sentence ("group" of "a volunteer with the
// group said", "the group added" closing "... under the rubble, the group
// added": closingBody), "" when it points back to none. A story's summary,
// which mixes reports, takes such a sentence only after one that names the
// body.
func BodyBack(s string) string {
	ws := strings.Fields(s)
	if n := openingBody(ws); n != "" {
		return n
	}
	return closingBody(ws)
}

// backNouns name a body a report has named before when they follow "the"
// in lower case: "a volunteer with the group", "the head of the monitor",
// "a spokesman for the agency".
var backNouns = lang.WordSetOf(lang.ReportingWords(lang.BackNoun))

// openingBody returns the noun by which a sentence's opening words
// (leanReach of them, twice over: who speaks is told there) point back to a
// body, by "the" and a common noun not followed by its name ("a volunteer
// with the group said", not "the group Foo Lawyers said", nor "The group
// said" opening the sentence, which is its subject however the report
// named it).
func openingBody(ws []string) string {
	for i := 1; i+1 < len(ws) && i < 2*leanReach; i++ {
		if !strings.EqualFold(ws[i], "the") {
			continue
		}
		noun := strings.ToLower(strings.TrimRight(ws[i+1], ",.'s’"))
		if !backNouns.Has(noun) || !unicode.IsLower([]rune(ws[i+1])[0]) {
			continue
		}
		if i+2 < len(ws) && !strings.HasSuffix(ws[i+1], ",") {
			if r, _ := utf8.DecodeRuneInString(ws[i+2]); unicode.IsUpper(r) {
				continue // "the group Foo Lawyers said": named here
			}
		}
		return noun
	}
	return ""
}

// closingSayerReach is how many closing words of a sentence closingBody
// reads: "the group said on Tuesday".
const closingSayerReach = 6

// closingBody returns the noun of a sentence's sayer, among its closing
// words, when it is "the" and a body's common noun ("the group added"),
// with no body named by its capitalised words before it ("The four staff
// of the Union of Foo Relief Organisations were in two ambulances, the
// group said" names it: lang.IsBodyHead); "" otherwise.
func closingBody(ws []string) string {
	for i := max(1, len(ws)-closingSayerReach); i+2 < len(ws); i++ {
		noun := strings.TrimRight(ws[i+1], ",.")
		if !strings.EqualFold(ws[i], "the") || !backNouns.Has(noun) || !sayingVerbs.Has(strings.TrimRight(ws[i+2], ",.")) {
			continue
		}
		for _, w := range ws[1:i] {
			w = strings.Trim(w, ",.'\"()")
			if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) &&
				(lang.IsBodyHead(w) || lang.IsBodyHead(strings.TrimSuffix(w, "s"))) {
				return ""
			}
		}
		return noun
	}
	return ""
}

// NameBack returns the short name by which a sentence gives its sayer, a
// body its report names whole elsewhere (named: news.Analysis.NamedWhole):
// "the" and a capitalised word followed by a verb of saying ("The Observatory says ...", "... the
// SOHR said") or following one ("... said the Observatory, adding") that the report writes after another capitalised word of its
// name ("the Syrian Observatory for Human Rights") or spells out in
// brackets ("(SOHR)"), and the sentence itself does not (NamesWhole). ""
// when it gives none. Out of its report a reader does not know which
// observatory or what the SOHR is, so a story's summary gives it only after
// a sentence that names the body whole.
func NameBack(s string, named []string) string {
	ws := strings.Fields(s)
	for i := 0; i+1 < len(ws); i++ {
		w := strings.TrimSuffix(strings.TrimRight(ws[i+1], ",.’'"), "'s")
		if !strings.EqualFold(ws[i], "the") || !lang.Capitalised(w) || lang.IsStop(strings.ToLower(w), lang.Function) {
			continue
		}
		saidAfter := i+2 < len(ws) && sayingVerbs.Has(strings.TrimRight(ws[i+2], ",."))
		// the sayer after its verb: "... said the Observatory, adding", the
		// name's last word (no capitalised word goes on with it)
		saidBefore := i > 0 && sayingVerbs.Has(strings.Trim(ws[i-1], ",.\"”")) &&
			(i+2 >= len(ws) || strings.ContainsAny(ws[i+1], ",.") || !lang.Capitalised(ws[i+2]))
		if !saidAfter && !saidBefore {
			continue
		}
		if slices.Contains(named, w) && !NamesWhole(s, w) {
			return w
		}
	}
	return ""
}

// NamesWhole reports whether s names the body w (NameBack's short name)
// whole: after another capitalised word of its name, which opens no
// sentence ("Syrian Observatory", not "The Observatory"), or spelled out
// before it in brackets ("(SOHR)"). namedWhole reads a whole text so, for
// all its names at once (textNames.read, spelledOut).
func NamesWhole(s, w string) bool {
	if strings.Contains(s, "("+w+")") {
		return true
	}
	ws := strings.Fields(s)
	for i := 1; i < len(ws); i++ {
		prev := ws[i-1]
		if strings.TrimRight(ws[i], ",.’'s") != w && strings.TrimRight(ws[i], ",.") != w {
			continue
		}
		if lang.Capitalised(prev) && !strings.EqualFold(prev, "the") && !strings.HasSuffix(prev, ".") {
			return true
		}
	}
	return false
}

// sayingVerbs close a sentence after its sayer: "the group said".
var sayingVerbs = lang.WordSetOf(lang.ReportingWords(lang.ClosingSayVerb))

// timeOfDay are the parts of a day and the seasons "this" may name: "this
// morning", "this spring".
var timeOfDay = lang.WordSetOf(lang.SpanWords(lang.DayPart))

func repeats(c candidate, cands []candidate, chosen []int) bool {
	for _, j := range chosen {
		if cosine(c.vec, cands[j].vec) > redundancy {
			return true
		}
	}
	return false
}

// vector is a bag of content words with its Euclidean norm.
type vector struct {
	terms []term // ascending by id
	norm  float64
}

// term is a word of a vector: its index in the vocabulary and its count.
type term struct {
	id int32
	n  float64
}

// vocabulary numbers the content words of one article's summary
// candidates and headline, so that their vectors hold indexes, not words.
// It remembers the stop words it met too (as -1), so that a word is looked
// up once a sentence, not once in the stop words and once here.
type vocabulary struct {
	ids   *lang.WordIDs // content word -> index; stop word -> -1
	n     int32         // content words
	block []term        // where the vectors' terms are cut from (termsFor)
}

// termsFor returns an empty, zeroed slice with room for n terms, cut from
// the vocabulary's block (its cap set, so that no append runs into the
// next vector's), or allocated when the block is full.
func (voc *vocabulary) termsFor(n int) []term {
	start := len(voc.block)
	if start+n > cap(voc.block) {
		return make([]term, 0, n)
	}
	voc.block = voc.block[:start+n]
	return voc.block[start : start : start+n]
}

func (v *vector) setNorm() {
	var n float64
	for _, t := range v.terms {
		n += t.n * t.n
	}
	v.norm = math.Sqrt(n)
}

// vector counts the content words of a sentence, ws with their heads hs,
// numbering those voc does not hold yet.
func (voc *vocabulary) vector(ws []string, hs []*head) vector {
	var buf [maxSummaryWords]int32
	ids := buf[:0]
	for i, w := range ws {
		if len(w) < 3 {
			continue
		}
		ref, ok := voc.ids.Ref(w)
		if !ok {
			*ref = -1
			if !hs[i].is(dcSummaryStop) {
				*ref = voc.n
				voc.n++
			}
		}
		id := *ref
		if id >= 0 {
			ids = append(ids, id)
		}
	}
	slices.Sort(ids)
	v := vector{terms: voc.termsFor(len(ids))}
	for i, id := range ids {
		if i > 0 && id == ids[i-1] {
			v.terms[len(v.terms)-1].n++
			continue
		}
		v.terms = append(v.terms, term{id: id, n: 1})
	}
	v.setNorm()
	return v
}

// cosine is the cosine of two vectors of one vocabulary. (The counts are
// whole numbers, so the sums are exact in any order.)
func cosine(a, b vector) float64 {
	if a.norm == 0 || b.norm == 0 {
		return 0
	}
	var dot float64
	for i, j := 0, 0; i < len(a.terms) && j < len(b.terms); {
		switch x, y := a.terms[i], b.terms[j]; {
		case x.id < y.id:
			i++
		case x.id > y.id:
			j++
		default:
			dot += x.n * y.n
			i, j = i+1, j+1
		}
	}
	return dot / (a.norm * b.norm)
}

// cosineDense is cosine(v, d) for a d that holds every word of the
// vocabulary v was counted in, at its index.
func (v vector) cosineDense(d vector) float64 {
	if v.norm == 0 || d.norm == 0 {
		return 0
	}
	var dot float64
	for _, t := range v.terms {
		dot += t.n * d.terms[t.id].n
	}
	return dot / (v.norm * d.norm)
}

// summaryStops are the words that do not make two sentences alike: function
// words and verbs of saying.
const summaryStops = lang.Function | lang.Reporting

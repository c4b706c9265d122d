package analyze

import (
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/conflict-digest/conflict-digest/lang"
	"github.com/conflict-digest/conflict-digest/news"
)

// figureKind describes how one kind of figure (killed, injured, ...) is
// written: words that follow the number ("12 people were killed") and verbs
// that precede it ("killing 12").
type figureKind struct {
	name   string
	bit    uint16       // the kind's bit in kindWords
	after  lang.WordSet // "killed", "dead": NUM ... WORD
	before lang.WordSet // "killing", "kills": WORD ... NUM
	// afterWords and beforeWords are after and before as maps, for the
	// tables built from them
	afterWords, beforeWords map[string]bool
	// phrases ending just before the number ("claimed the lives of",
	// "martyrdom of", "evacuation of"), as the last two words.
	beforeOf map[[2]string]bool
	toll     bool // "the death toll rose to N" counts
}

// wordSet makes a set of words for membership tests.
func wordSet(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// figureKindOf is the figure kind named, its words read from lang's
// lexicon/figures.tsv; toll for the kind a death toll counts.
func figureKindOf(name string, toll bool) figureKind {
	after, before := lang.FigureAfter(name), lang.FigureBefore(name)
	return figureKind{name: name, after: lang.WordSetOf(after), before: lang.WordSetOf(before),
		afterWords: after, beforeWords: before, beforeOf: lang.FigureOf(name), toll: toll}
}

var (
	killedKind     = figureKindOf(news.FigureKilled, true)
	injuredKind    = figureKindOf(news.FigureInjured, false)
	displacedKind  = figureKindOf(news.FigureDisplaced, false)
	evacuatedKind  = figureKindOf(news.FigureEvacuated, false)
	affectedKind   = figureKindOf(news.FigureAffected, false)
	treatedKind    = figureKindOf(news.FigureTreated, false)
	detainedKind   = figureKindOf(news.FigureDetained, false)
	abductedKind   = figureKindOf(news.FigureAbducted, false)
	missingKind    = figureKindOf(news.FigureMissing, false)
	casualtiesKind = figureKindOf(news.FigureCasualties, false)
)

// figureKinds are every kind the extractor finds, the four of Facts' own
// fields first.
var figureKinds = []*figureKind{&killedKind, &injuredKind, &displacedKind, &evacuatedKind,
	&affectedKind, &treatedKind, &detainedKind, &abductedKind, &missingKind, &casualtiesKind}

// kindWords maps each word of a kind (after it, before it, or opening its
// "... of" phrase) to the kinds it is a word of, as bits.
var kindWords = func() map[string]uint16 {
	m := map[string]uint16{}
	for i, k := range figureKinds {
		k.bit = 1 << i
		for w := range k.afterWords {
			m[w] |= k.bit
		}
		for w := range k.beforeWords {
			m[w] |= k.bit
		}
	}
	return m
}()

// phraseKinds maps the first word of each kind's "... of" phrases
// ("martyrdom of", "evacuation of") and the words of a toll to their kinds.
var phraseKinds = func() map[string]uint16 {
	m := map[string]uint16{"toll": killedKind.bit, "tolls": killedKind.bit, "victims": killedKind.bit, "victim": killedKind.bit,
		"homes":     displacedKind.bit, // "driven from their homes"
		"life":      killedKind.bit,    // "lost their life"
		"mortality": killedKind.bit,    // "3 mortality cases were registered" (deathCountNoun)
		"arrived":   displacedKind.bit, // "92,000 refugees ... have arrived"
		"bring":     displacedKind.bit, "brings": displacedKind.bit, "brought": displacedKind.bit,
		"bringing": displacedKind.bit} // "Latest arrivals bring the number of new refugees to 16,250"
	for _, k := range figureKinds {
		for pair := range k.beforeOf {
			m[pair[0]] |= k.bit
		}
	}
	return m
}()

// anyKindWords is kindWords and phraseKinds in one map, for kindsIn's one
// lookup a token.
var anyKindWords = func() map[string]uint16 {
	m := make(map[string]uint16, len(kindWords)+len(phraseKinds))
	for w, bits := range kindWords {
		m[w] |= bits
	}
	for w, bits := range phraseKinds {
		m[w] |= bits
	}
	return m
}()

// kindsIn returns the kinds a sentence may state a figure of: those with a
// word in it.
func kindsIn(toks []ftok) uint16 {
	var bits uint16
	for j := range toks {
		t := &toks[j] // not a copy of the token for each word
		bits |= t.kinds()
		if t.w == "death" && doneToDeath(toks, j) {
			bits |= killedKind.bit // "shot to death", "stabbed to death"
		}
		if t.w == "shelter" && j > 0 && seekWords.Has(toks[j-1].w) {
			bits |= displacedKind.bit // "have sought shelter"
		}
		if t.w == "registered" || t.w == "registrations" || t.w == "registration" || t.w == "since" {
			bits |= displacedKind.bit // "39,150 refugees have been registered", "55,500 Refugees in Sudan since 7 November" (registeredCount)
		}
	}
	if bits&killedKind.bit != 0 && bits&injuredKind.bit != 0 {
		bits |= casualtiesKind.bit // "killed or wounded 3,000": casualties
	}
	return bits
}

// notDeath are the participles before "to death" that tell of no death:
// "sentenced to death" is a verdict, "frightened to death" a figure of speech.
var notDeath = lang.WordSetOf(lang.DeathWords(lang.NotDeath))

// doneToDeath reports "to death" after a participle at toks[j] ("shot to
// death", "knifed and beaten to death", "burned to death"): the people
// counted before it were killed, as "shot dead" says.
func doneToDeath(toks []ftok, j int) bool {
	if toks[j].w != "death" || j < 2 || toks[j-1].w != "to" {
		return false
	}
	p := toks[j-2].w
	return (strings.HasSuffix(p, "ed") || p == "shot" || p == "beaten" || p == "burnt" || p == "put") && !notDeath.Has(p)
}

// gunnedDown reports "gunned down" at j, a killing told after its count
// ("Two police officers are gunned down"); before the count the pair is
// killedKind's beforeOf ("gunmen gunned down three guards").
func gunnedDown(toks []ftok, j int) bool {
	return toks[j].w == "gunned" && j+1 < len(toks) && toks[j+1].w == "down"
}

// maxFigures bounds the other figures reported for one article: a table of
// numbers yields no more than this.
const maxFigures = 40

// extractFacts finds the figures of the article's main event, the other
// figures it states with their scope, and the durations it states.
// published (zero when unknown) dates the article, to tell an earlier
// event's figures by their date; outlet (the article's SourceName, "" when
// unknown) is the outlet that carries it, whose own reporters name no
// originator.
func extractFacts(d *doc, published time.Time, outlet string) news.Facts {
	arena := tokArenas.Get().(*tokArena)
	defer arena.release() // the sentences and their tokens are read here only
	sents := factSentences(d, arena)
	wl := weeklyLead(d)
	ms, src := findAll(sents, arena.takeMentions(), factsDate(d, published), published, wl)
	arena.keepMentions(ms) // no mention is added after findAll; release clears them
	epidemicDeaths(sents, ms)
	epidemicAside(d, sents, ms)
	ownOutlet(ms, outlet)
	rankOriginators(sents, src, ms)
	digestOthers(sents, ms)
	bulletinOthers(d, ms)
	highlightsOthers(d, ms)
	hubOthers(d, sents, ms)
	weeklyOthers(ms, sents, wl)
	var f news.Facts
	mains := map[*figureKind]int{}
	for _, k := range figureKinds {
		if i := chooseMain(sents, ms, k); i >= 0 {
			mains[k] = i
			if k == &killedKind {
				otherIncidentsInjured(sents, ms, i)
			}
		}
	}
	scopeFigures(ms, mains)
	writtenOriginators(sents, ms) // after the scopes, which compare the table's names
	bodyHeadOriginators(sents, ms)
	relayVia(sents, ms, outlet)
	for _, k := range figureKinds[:4] {
		if i, ok := mains[k]; ok {
			fig := ms[i].fig
			switch k {
			case &killedKind:
				f.Killed = &fig
			case &injuredKind:
				f.Injured = &fig
			case &displacedKind:
				f.Displaced = &fig
			case &evacuatedKind:
				f.Evacuated = &fig
			}
		}
	}
	f.Figures = otherFigures(ms, mains)
	f.Durations = durations(sents)
	markSpans(d, &f)
	return f
}

// factsDate is the day the article speaks from, to tell an earlier event's
// figures by their date: its published time, or the dateline its text
// prints when that is later (a corpus may give as published the day of the
// event reported: "April 11 2017 ... On April 4 a chemical weapons incident
// ... claimed the lives of some 80 people" with published 4 April).
func factsDate(d *doc, published time.Time) time.Time {
	// the words of the first sentences that hold datelineReach words: the
	// doc's first words, the sentences' words being the doc's in order
	n := 0
	for i := 0; i < len(d.sents) && n < datelineReach; i++ {
		n = d.sents[i].at + len(d.sents[i].words)
	}
	if dl, _, ok := dateline(d.words[:n]); ok && dl.After(published) {
		return dl
	}
	return published
}

// factSentence is a sentence tokenised for fact extraction; index -1 is the
// title. Sentences that state no number keep toks nil until an attribution
// is looked up in them.
type factSentence struct {
	text   string
	lower  string // text lower-cased, once asked for (low)
	toks   []ftok
	index  int
	para   int // the paragraph's number, -1 for a part of the headline
	hasNum bool
	origs  []origMatch // originators named in it, once toks is set
	// redefined are the table's acronyms the article spells out as another
	// body's ("Rapid Support Forces (RSF)"): no match of the table there
	redefined []string
	arena     *tokArena     // where toks is cut from (nil: allocated)
	figs      bool          // it states a figure of a kind (set before attribution)
	attr      attributed    // what attribution found, once asked after toks is set
	wsrc      writtenAnswer // what writtenSource found, once asked after toks is set
}

// writtenAnswer is writtenSource's answer for a sentence, kept because the
// attribution rules ask it of a sentence again and again.
type writtenAnswer struct {
	name      string
	party, ok bool
	asked     bool
}

// attributed is attribution's answer for a sentence, kept because the
// source rules ask it again of the same sentences (its own, the one before,
// the one after).
type attributed struct {
	m         origMatch
	ok, asked bool
}

// maxFactSentences bounds the work on very long articles: main-event figures
// are stated early.
const maxFactSentences = 60

func factSentences(d *doc, arena *tokArena) []factSentence {
	parts := titleParts(d.title)
	redef := redefinedAcronyms(d)
	out := d.arena.facts.take(len(parts) + min(len(d.sents), maxFactSentences)) // made once, not grown
	for _, t := range parts {
		fs := factSentence{text: t, index: -1, para: -1, hasNum: true, arena: arena, redefined: redef}
		fs.tokenise()
		out = append(out, fs)
	}
	for i := range d.sents {
		if i >= maxFactSentences {
			break
		}
		s := &d.sents[i]
		fs := factSentence{text: s.text, lower: s.lower, index: s.index, para: s.para, hasNum: mayStateFigure(s), arena: arena, redefined: redef}
		if fs.hasNum {
			fs.tokenise()
		}
		out = append(out, fs)
	}
	d.arena.facts.keep(out)
	return out
}

func newFactSentence(text string, index int, hasNum bool, arena *tokArena) factSentence {
	s := factSentence{text: text, index: index, hasNum: hasNum, arena: arena}
	if hasNum {
		s.tokenise()
	}
	return s
}

// tokenise sets toks and origs, once.
func (s *factSentence) tokenise() {
	if s.toks != nil {
		return
	}
	s.toks = titleDots(s.text, ftokensIn(s.arena, s.text, s.low()))
	if s.toks == nil {
		s.toks = []ftok{}
	}
	s.origs = origs.find(s.text, s.toks)
	if len(s.redefined) > 0 {
		s.origs = slices.DeleteFunc(s.origs, func(m origMatch) bool {
			return m.end == m.start+1 && slices.Contains(s.redefined, s.text[s.toks[m.start].off:s.toks[m.start].end])
		})
	}
}

// low returns the sentence lower-cased: the doc's copy for a sentence of
// the text, made once for a part of the headline.
func (s *factSentence) low() string {
	if s.lower == "" {
		s.lower = lang.Lower(s.text)
	}
	return s.lower
}

// mayStateFigure is a cheap test that skips sentences with no digit, no
// number word, no amount word and no "-long": they state no figure or
// duration.
func mayStateFigure(s *sentence) bool {
	if hasDigit(s.text) {
		return true
	}
	person := false
	for _, w := range s.words {
		head, _, _ := strings.Cut(w, "-") // "three-day", "twenty-five"
		if isCardinal(head) || w == "dozen" || bigScale(w) || isAmount(w) || strings.HasSuffix(w, "-long") {
			return true
		}
		person = person || (s.index <= personLead && personNounSet.Has(w))
	}
	return person // "a child and a woman were killed"
}

// otherFigures lists the figures that are not a main one of the four
// kinds: named kinds, parts, other sources' counts, other events' and
// background figures, amounts in words. A restatement of a main figure is
// left out, and so are numbers repeated within a kind and scope.
func otherFigures(ms []mention, mains map[*figureKind]int) []news.Figure {
	isMain := map[int]bool{}
	mainVal := map[*figureKind]int64{}
	for k, i := range mains {
		isMain[i] = true
		mainVal[k] = ms[i].fig.Value
	}
	// the kept mentions' indexes first, so that the figures (a few hundred
	// bytes each) are copied once into an array of their number, not grown
	var keep [maxFigures]int
	n := 0
	for i := range ms {
		if n == maxFigures {
			break
		}
		m := &ms[i]
		main := k4(m.kind) && isMain[i]
		restated := m.fig.Scope == news.ScopeMain && m.fig.Value == mainVal[m.kind] && m.fig.Value > 0
		if main || (k4(m.kind) && restated) || sameFigureAt(ms, keep[:n], &m.fig) {
			continue
		}
		keep[n] = i
		n++
	}
	if n == 0 {
		return nil
	}
	out := make([]news.Figure, n)
	for k, i := range keep[:n] {
		out[k] = ms[i].fig
	}
	return out
}

// sameFigureAt reports a figure of the mentions ms[at...] (those
// otherFigures keeps) with f's kind, scope, value and word (otherFigures
// keeps the first; it keeps at most maxFigures, so a scan costs less than
// a map of them).
func sameFigureAt(ms []mention, at []int, f *news.Figure) bool {
	for _, i := range at {
		if o := &ms[i].fig; o.Value == f.Value && o.Scope == f.Scope && o.Kind == f.Kind && o.Word == f.Word {
			return true
		}
	}
	return false
}

// k4 reports whether k is one of the four kinds with a field of its own.
func k4(k *figureKind) bool {
	return k == &killedKind || k == &injuredKind || k == &displacedKind || k == &evacuatedKind
}

// titleParts splits a headline that runs on into its report's opening
// sentences (as some feeds give a report's title and lead as one line:
// "Inside SAMS's clinic in Bangladesh Since August, 646,000 refugees have
// fled ... . According to the MSF report, at least 6,700 died ...") at its
// full stops, so that a source named in one sentence is not taken for
// another's. Each part stays a headline part (index -1). A headline of one
// sentence is one part.
func titleParts(title string) []string {
	if title == "" {
		return nil
	}
	var out []string
	start := 0
	for i := 0; i+2 < len(title); i++ {
		if title[i] != '.' || title[i+1] != ' ' || !sentenceOpens(title[i+2:]) || !wordBeforeStop(title[start:i]) {
			continue
		}
		out = append(out, title[start:i+1])
		start = i + 2
	}
	return append(out, title[start:])
}

// sentenceOpens reports text that opens a sentence: a capital letter, or
// a quotation mark or emphasis before one.
func sentenceOpens(s string) bool {
	s = strings.TrimLeft(s, "*_\"“‘'[")
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// wordBeforeStop reports a full stop after a word of three letters or more
// or a number: not the dot of an initial or a short abbreviation ("U.N.",
// "Mr.", "No.").
func wordBeforeStop(s string) bool {
	n := 0
	for n < len(s) {
		r, size := utf8.DecodeLastRuneInString(s[:len(s)-n])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			break
		}
		if unicode.IsDigit(r) {
			return true
		}
		n += size
	}
	return n >= 3
}

// epidemicDeaths marks as another event's (the epidemic's) the deaths a
// sentence counts as an epidemic's running total: beside its cases counted
// (confirmed, suspected, new, cumulative), its case fatality rate or its
// recovered ("2,905 confirmed cases and 58 deaths, CFR of 2.0%", "46,000 people have
// recovered, and 2,300 have died"). A disease's running total is no event's
// death toll (GUIDE.md: the toll of the main event an article reports), as
// a war's sitrep that counts an outbreak's dead beside its own tells it.
// Only beside other deaths: where the epidemic's count is the only toll
// the text gives, the outbreak is the event it reports and its dead are
// that event's toll, as the development labels have it ("5000 cases ...
// with 61 deaths reported" in a cholera report); an outbreak's dead told
// as its news ("14 people have died of dengue fever in the city") stay its
// toll too.
func epidemicDeaths(sents []factSentence, ms []mention) {
	var epidemic, other bool
	for i := range ms {
		if m := &ms[i]; m.kind == &killedKind && !m.background && !m.other {
			if epidemicCount(sents[m.sent].toks) {
				epidemic = true
			} else {
				other = true
			}
		}
	}
	if !epidemic || !other {
		return
	}
	for i := range ms {
		if m := &ms[i]; m.kind == &killedKind && !m.background && !m.other && epidemicCount(sents[m.sent].toks) {
			m.other = true
		}
	}
}

// epidemicCount reports whether toks count an epidemic's running total: a
// case fatality rate, cases counted as a disease's are ("confirmed cases",
// "positive cases", "new cases"), cases beside deaths, or the sick who have
// recovered beside the dead. A disease named alone is not enough: "five
// new deaths due to COVID-19" is the day's news.
func epidemicCount(toks []ftok) bool {
	cases, deaths := false, false
	for i := range toks {
		t := &toks[i]
		switch {
		case t.w == "cfr" || t.w == "fatality" && i+1 < len(toks) && toks[i+1].w == "rate":
			return true
		case t.w == "recoveries" || t.w == "recovered" && i > 0 && (toks[i-1].w == "have" || toks[i-1].w == "has"):
			return true // the sick who recovered beside the dead
		case t.w == "cases":
			if i > 0 && caseWords.Has(toks[i-1].w) {
				return true
			}
			cases = true
		case t.w == "case" && i > 0 && caseWords.Has(toks[i-1].w):
			return true
		case t.w == "deaths":
			deaths = true
		}
	}
	return cases && deaths // "17,314,834 cases with 311,150 deaths"
}

// outbreakWords tell of an epidemic in a sentence or a headline: its name,
// its cases, its tests and vaccines.
var outbreakWords = lang.WordSetOf(lang.CauseWords(lang.OutbreakWord))

// epidemicAside marks as another event's the deaths an epidemic's running
// count gives (epidemicCount: "As of 23 February, there have been 3,882
// reported cases and 136 deaths") in a report that is not about the
// epidemic: its headline names none, and fewer than a third of its
// sentences speak of one. Such a report (an agency's operational update,
// a hub-by-hub bulletin) strings its items under headings, the outbreak's
// tally being one of them, and has no one main event (GUIDE.md: a bulletin
// of many items has no main figure); a report whose headline names the
// outbreak, or whose sentences mostly follow it (a health ministry's
// "Situation Report 61"), keeps its toll.
func epidemicAside(d *doc, sents []factSentence, ms []mention) {
	found := false
	for i := range ms {
		if m := &ms[i]; m.kind == &killedKind && !m.other && epidemicCount(sents[m.sent].toks) {
			found = true
			break
		}
	}
	if !found || outbreakTitle(d.titleRuns()) {
		return
	}
	n, talk := 0, 0
	for i := range d.sents {
		if i >= maxFactSentences {
			break
		}
		n++
		for _, w := range d.sents[i].words {
			if outbreakWords.Has(w) || diseaseWords[w] {
				talk++
				break
			}
		}
	}
	if talk*3 >= n {
		return
	}
	for i := range ms {
		if m := &ms[i]; m.kind == &killedKind && epidemicCount(sents[m.sent].toks) {
			m.other = true
		}
	}
}

// outbreakTitle reports a headline that names an epidemic ("borno state
// covid-19 weekly sitrep", "TAB-Ebola-DRC-Feb-2021"), its words cut at
// every dash: ws are its runs (titleRuns).
func outbreakTitle(ws []string) bool {
	for _, w := range ws {
		if outbreakWords.Has(w) || diseaseWords[w] {
			return true
		}
	}
	return false
}

var caseWords = lang.WordSetOf(lang.CauseWords(lang.CaseState))

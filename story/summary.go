package story

import (
	"cmp"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/conflict-digest/conflict-digest/analyze"
	"github.com/conflict-digest/conflict-digest/lang"
	"github.com/conflict-digest/conflict-digest/news"
)

// reputable outlets are preferred for a story's headline: wire agencies and
// outlets with corrections policies, over state and partisan media.
var reputable = map[string]bool{
	"reuters": true, "afp": true, "ap": true, "associatedpress": true, "bbc": true, "aljazeera": true,
	"theguardian": true, "guardian": true, "nytimes": true, "washingtonpost": true, "reliefweb": true,
	"ocha": true, "un": true, "dpa": true, "efe": true, "ansa": true, "npr": true, "ft": true,
}

// reputableBonus is added to a member's centrality for its headline.
const reputableBonus = 0.15

// headline returns the cleaned title of the member whose title and lead are
// most like the others' (cosine to the sum of the others, which costs one
// pass however many members there are), preferring reputable outlets and
// clean titles (no broken characters); among those nearly as central
// (headlineRecency), the one of the newest development heads the story:
// the latest event day its analysis gives (a late reprint of the first
// report does not), then the title that states a toll of the story
// (figures, digits: headlineFigures), then one in neutral words over a
// party's ("Terrorists", "Foil": loadedWords) telling no less, then the
// later day, then one not of a party's outlet (headRank), then the latest
// report. Of a title of two headlines its report's lead tells one
// (ownClause), and a party's "terrorists" are militants (neutralWords).
// Members must be in order of publication.
func headline(ms []Member, texts []*memberText, figures []string) string {
	vecs := make([]map[string]float32, len(ms))
	sum := map[string]float32{}
	for i := range ms {
		vecs[i] = texts[i].vec
		for t, n := range vecs[i] {
			sum[t] += n
		}
	}
	heads := make([]string, len(ms))
	scores := make([]float64, len(ms))
	anyClean := false
	anyPlain := false
	for i := range ms {
		heads[i] = texts[i].head
		anyClean = anyClean || cleanTitle(heads[i], texts[i])
	}
	for i := range ms {
		_, _, glued := gluedSource(heads[i])
		anyPlain = anyPlain || cleanTitle(heads[i], texts[i]) && !glued
	}
	dropOutgrown(heads, ms, figures)
	dropOutvoted(heads, ms)
	bestScore := math.Inf(-1)
	for i := range ms {
		if _, _, glued := gluedSource(heads[i]); glued && anyPlain {
			heads[i] = "" // a source glued to its claim reads as another sentence
		}
		if heads[i] == "" || (anyClean && !cleanTitle(heads[i], texts[i])) {
			heads[i] = ""
			continue
		}
		scores[i] = cosineRest(vecs[i], sum)
		if reputable[squash(ms[i].source())] {
			scores[i] += reputableBonus
		}
		bestScore = max(bestScore, scores[i])
	}
	days := make([]time.Time, len(ms))
	var newest time.Time
	for i := range ms {
		margin := headlineRecency
		if statesFigure(heads[i], figures) {
			// an outlet's standing is no reason to keep a count the item
			// shows out of its headline: "Dozens killed" (Reuters) yields
			// to "Opposition says 1,300 killed" of the same attack
			margin += reputableBonus
		}
		if heads[i] == "" || scores[i] < bestScore-margin {
			heads[i] = ""
			continue
		}
		d, err := time.Parse(time.DateOnly, ms[i].Analysis.EventDate)
		if err != nil {
			d = ms[i].published().UTC().Truncate(24 * time.Hour)
		}
		days[i] = d
		if d.After(newest) {
			newest = d
		}
	}
	// The newest development: the candidates of its day or the day before
	// (a toll updated on Sunday about Saturday's bombing), the one stating
	// the story's toll first, then one in neutral words, then the later
	// day, then one not of a party's outlet, then the later report
	// (headRank).
	best, bestRank := -1, headRank{}
	for i := range ms {
		if heads[i] == "" || days[i].Before(newest.Add(-24*time.Hour)) {
			continue
		}
		if r := rankHead(heads[i], &ms[i], days[i], figures); best < 0 || r.atLeast(bestRank) {
			best, bestRank = i, r
		}
	}
	if best < 0 {
		return ""
	}
	h := neutralWords(ownClause(heads[best], textLead(ms[best].Article.Text, ms[best].Analysis.Sentences, clauseLead)))
	if src, claim, glued := gluedSource(h); glued {
		return src + ": " + claim
	}
	return h
}

// clauseLead is how many of a report's first sentences tell which clause
// of its two-headline title is its event (ownClause).
const clauseLead = 4

// gluedSource splits a headline stripped of its punctuation that opens with
// the source it quotes, glued to the claim: "Syrian Civil Defence US Russia
// regime attacked aid convoy" is "Syrian Civil Defence" and "US Russia
// regime attacked aid convoy", which read as one sentence tell the source
// among the attackers. The source ends with a word of attributionTails
// among the first five words, and the claim opens with a capital and goes
// on in sentence case, so a title-case headline or "UN says ..." is left
// alone.
func gluedSource(h string) (source, claim string, ok bool) {
	if h == "" || strings.ContainsAny(h, ",:;|\"'“”‘’()-–—") {
		return "", "", false
	}
	ws := strings.Fields(h)
	for k := 1; k <= 5 && k+4 <= len(ws); k++ {
		for _, tail := range attributionTails {
			n := k - len(tail)
			if n < 0 || !hasTail(ws[n:k], tail) || !unicode.IsUpper([]rune(ws[0])[0]) {
				continue
			}
			next := []rune(ws[k])
			if !unicode.IsUpper(next[0]) || !sentenceCase(ws[k+1:]) || noAttribution(ws[k]) {
				continue
			}
			return strings.Join(ws[:k], " "), strings.Join(ws[k:], " "), true
		}
	}
	return "", "", false
}

// headlineRecency is how much less central than the most central headline
// a newer one may be and still head the story.
const headlineRecency = 0.1

// cleanTitle reports whether a headline reads as written: its title had no
// replacement characters of a broken encoding ("Syria \ufffd_chemical
// attack\ufffd_"), which its cleaning mends only as well as it can.
func cleanTitle(h string, t *memberText) bool { return h != "" && !t.garbled }

// headlineFigures are the tolls a story's item shows, as digits: the
// larger of its latest and highest killed figures ("126"), and where each
// named originator's killed count stands (its line's newest: "1300" of
// "Syrian opposition: 1300 killed in chemical attack"; and a count of that
// day inside the range it ends with, which does not outgrow it: the same
// opposition's "between 1,000 and 1,800"), so that a title
// stating a source's count heads the story over one stating none ("Dozens
// killed in bombardment near Damascus") when the largest count is no
// title's; nil when it has none.
func headlineFigures(figs []news.StoryFigure) []string {
	var out []string
	add := func(v int64) {
		if s := strconv.FormatInt(v, 10); v > 0 && !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	for _, f := range figs {
		if f.Kind != "killed" {
			continue
		}
		add(max(f.Latest.Value, f.High.Value))
		for _, l := range f.Lines {
			if l.Originator == "" || len(l.Steps) == 0 {
				continue
			}
			top := l.Steps[len(l.Steps)-1]
			add(top.Value)
			for _, st := range l.Steps {
				if dayOf(st.Published).Equal(dayOf(top.Published)) && isRange(top.Figure) && top.Low <= st.Value {
					add(st.Value) // inside the source's range of that day, not outgrown by it: "at least 1,300; between 1,000 and 1,800"
				}
			}
		}
		break
	}
	return out
}

// dropOutgrown clears each headline that tells its report's toll as an
// amount the story's count has outgrown ("Dozens killed in gas attack"
// beside a named 1,300: outgrownAmount), when a headline that does not is
// left to head the story.
func dropOutgrown(heads []string, ms []Member, figures []string) {
	var most int64
	for _, f := range figures {
		if v, err := strconv.ParseInt(f, 10, 64); err == nil {
			most = max(most, v)
		}
	}
	if most == 0 {
		return
	}
	out := make([]bool, len(heads))
	left := false
	for i, h := range heads {
		out[i] = h != "" && outgrownAmount(h, ms[i].Analysis.Facts, most)
		left = left || h != "" && !out[i]
	}
	for i := range heads {
		if out[i] && left {
			heads[i] = ""
		}
	}
}

// dropOutvoted clears each headline whose death count contradicts the
// count most of the story's reports give, when a headline that states that
// count is left to head the story: "Strike on clinic kills 5 medics" beside
// two reports of four medics killed reads as a figure error above a summary
// and figure lines that say four. Most is more than half of the reports
// that give a death count (Facts.Killed), and at least two; a tie decides
// nothing. An outlet votes once: its reprint or its second report of the
// same count is no second witness against another outlet's ("16 killed in
// Aleppo" twice from one site beside a monitor's 25 killed across the
// north). A headline contradicts it when it states its own report's count
// (statesCount) and that is another.
func dropOutvoted(heads []string, ms []Member) {
	votes := map[int64]int{}
	voted := map[string]bool{}
	outlets := map[string]bool{}
	for i := range ms {
		k := ms[i].Analysis.Facts.Killed
		if k == nil || k.Value <= 0 {
			continue
		}
		src := squash(ms[i].source())
		outlets[src] = true
		if key := src + "\x00" + strconv.FormatInt(k.Value, 10); !voted[key] {
			voted[key] = true
			votes[k.Value]++
		}
	}
	n := len(outlets)
	var most int64
	for v, c := range votes {
		if c >= 2 && 2*c > n {
			most = v
		}
	}
	if most == 0 {
		return
	}
	out := make([]bool, len(heads))
	left := false
	for i, h := range heads {
		k := ms[i].Analysis.Facts.Killed
		out[i] = h != "" && k != nil && k.Value != most && statesCount(h, k.Value) && !statesCount(h, most)
		left = left || h != "" && statesCount(h, most)
	}
	for i := range heads {
		if out[i] && left {
			heads[i] = ""
		}
	}
}

// statesCount reports whether headline h states the number v, as digits
// or as a word ("Four medics killed": lang.Cardinal).
func statesCount(h string, v int64) bool {
	if statesNumber(h, "", v) {
		return true
	}
	for _, w := range lang.Words(h) {
		if c, ok := lang.Cardinal(strings.ToLower(w)); ok && c == v {
			return true
		}
	}
	return false
}

// statesFigure reports a headline that states one of figures
// (headlineFigures) as a death toll: a count of the killed and the hurt
// together ("175 fighters killed, injured", "40 dead and wounded", "30
// casualties": tellsCasualties) states none, though the figure lines may
// hold it as killed, so it takes no precedence over its story's other
// headlines.
func statesFigure(h string, figures []string) bool {
	if h == "" || len(figures) == 0 || tellsCasualties(h) {
		return false
	}
	for _, f := range figures {
		if v, err := strconv.ParseInt(f, 10, 64); err == nil && statesNumber(h, "", v) {
			return true // "1,300" as well as "1300"
		}
	}
	return false
}

// cosineRest is the cosine of v with sum minus v: how like the other
// members a member is.
func cosineRest(v, sum map[string]float32) float64 {
	var dot, nv, nr float64
	for t, x := range sum {
		r := float64(x - v[t])
		nr += r * r
	}
	for t, x := range v {
		nv += float64(x * x)
		dot += float64(x) * float64(sum[t]-x)
	}
	if nv == 0 || nr == 0 {
		return 0
	}
	return dot / math.Sqrt(nv*nr)
}

func cosine(a, b map[string]float32) float64 {
	var dot, na, nb float64
	for t, x := range a {
		na += float64(x * x)
		if y, ok := b[t]; ok {
			dot += float64(x * y)
		}
	}
	for _, y := range b {
		nb += float64(y * y)
	}
	if na == 0 || nb == 0 {
		return 0
	}
	return dot / math.Sqrt(na*nb)
}

// Summary limits: a sentence shorter than minWords is a fragment or a
// dateline, one longer than maxWords a run-on the splitter could not cut.
const (
	summarySentences = 3
	summaryChars     = 450
	minWords         = 6
	maxWords         = 70
	redundant        = 0.5 // word overlap above which a sentence repeats one chosen
	sentencesPerDoc  = 5
	leadBonus        = 0.3 // for a member's first candidate; half for its second...
	decisionBonus    = 0.3 // for a talks story's sentence that tells a decision
	// evidenceChars bounds a summary that takes a further sentence that
	// earned the story its section (the talks a minister held, after his
	// call): why it is in its section is worth a longer summary.
	evidenceChars = 600
	// changeTerms is how many terms an evidence sentence shares with the
	// sentence that told the story's change for it to tell that change.
	changeTerms = 2
)

// candidate is a sentence that may go into a story's summary.
type candidate struct {
	text   string
	terms  map[string]float32
	member int
	rank   int // among the member's candidates: its summary's, then its lead's
	// pos is where the sentence stands in its report's lead, from 1 (0:
	// past the lead, or not known): the sentence before it, pos-1, is the
	// one it may point back at (analyze.LeansBack).
	pos   int
	score float64
	// toll is its report's main killed count when the sentence states it
	// (sameToll), else 0.
	toll int64
	// hurt is its report's main injured count when the sentence states it
	// (sameToll), else 0.
	hurt int64
	// nameBack is the short name by which it gives a sayer its report
	// names whole elsewhere (analyze.NameBack: "the Observatory"), else "".
	nameBack string
	// meant are the places its report named in the sentence nearest
	// before it, for a sentence past the lead that names a place by its
	// kind (placesBefore); nil else.
	meant []string
}

// summary picks one to three sentences from the members' summaries and
// leads (of its reports, not commentary on them: newsReports): those
// closest to the centroid of all of them (what most outlets report), with
// a bonus for a member's first sentences (news puts the event first and
// background later), skipping any that repeats a chosen one, in order of
// publication and position. A talks story's sentence that tells a decision
// (analyze.StatesDecision: a veto, a resolution adopted) ranks as a lead
// does: it is the session's news. For a story that is first about talks,
// a ceasefire or humanitarian news (primary), the sentence that earned it
// that category leads, so that a reader sees why it is in its section.
// Its sentences then agree with the headline (headline): the sentence
// stating the headline's count leads (leadWithHeadline), a later one
// telling another toll with no source gives way (agreeingCounts), and one
// that points back at a group enters only after the sentence that names
// it (introduced); a nationwide round-up gives way to the sentence telling
// the headline's place (headlinePlace); when none of the sentences a digest shows states the
// headline's count, the report's sentence that does comes second (withHeadlineCount). A talks,
// ceasefire or humanitarian story whose first
// two sentences (those a digest shows) tell nothing of its section then
// takes the best evidence sentence second (withSectionEvidence). An
// attack's summary that does not say who claimed it takes a report's lead
// sentence that does second (withResponsibility). Its asides and clock
// times are tidied (analyze.TidySummary), and sources told by "the"
// before any are named are introduced (sourcesIntroduced).
func summary(ms []Member, texts []*memberText, primary news.Category, tc *TextCache, lined map[int64]bool, headline string) string {
	ms, texts = newsReports(ms, texts)
	cands := summaryCandidates(texts)
	if len(cands) == 0 {
		return fallbackSummary(ms)
	}
	withTolls(cands, ms)
	centroid := map[string]float32{}
	for _, c := range cands {
		for t, n := range c.terms {
			centroid[t] += n
		}
	}
	for i := range cands {
		cands[i].score = cosine(cands[i].terms, centroid) + leadBonus/float64(cands[i].rank+1)
		if primary == news.Talks && analyze.StatesDecision(cands[i].text) {
			cands[i].score += decisionBonus // what the session decided, not its speeches
		}
	}
	order := slices.Clone(cands)
	slices.SortStableFunc(order, func(a, b candidate) int { return cmp.Compare(b.score, a.score) })
	var chosen []candidate
	size := 0
	evidence := evidenceOf(ms, primary)
	for _, c := range order {
		if len(chosen) == summarySentences {
			break
		}
		if len(chosen) > 0 && size+len(c.text) > summaryChars && !(isEvidence(c, evidence) && size+len(c.text) <= evidenceChars) {
			break
		}
		if repeats(c, chosen) {
			continue
		}
		chosen = append(chosen, c)
		size += len(c.text) + 1
	}
	slices.SortFunc(chosen, func(a, b candidate) int {
		if a.member != b.member {
			return a.member - b.member
		}
		return a.rank - b.rank
	})
	chosen = eventFirst(chosen, cands, ms)
	all := append(cands, evidenceCandidates(ms, primary, tc)...)
	chosen = leadWith(chosen, all, ownEvidence(ms, primary, all, headline))
	chosen = leadWithChange(chosen, all, evidenceOf(ms, primary), changeSentences(ms, primary))
	if d := distinct(chosen); len(d) < len(chosen) {
		chosen = refill(d, order, len(chosen))
	}
	chosen = withNewest(chosen, cands, ms)
	chosen = newestToll(chosen, cands, ms)
	chosen = linedCounts(chosen, cands, ms, lined)
	chosen = reactionsAfter(chosen, cands, ms, primary)
	chosen = ownEventFirst(chosen)
	chosen = headlinePlace(chosen, cands, headline)
	h := headlineToll(headline, ms)
	chosen = leadWithHeadline(chosen, cands, ms, h, primary)
	chosen = agreeingCounts(chosen, cands, ms, h, lined)
	chosen = quotesLast(chosen)
	chosen = standAloneFirst(chosen, cands)
	chosen = introduced(chosen, cands)
	chosen = tollOnce(chosen, order)
	chosen = oneEvent(chosen, headline)
	chosen = namesKnown(chosen, ms)
	chosen = newsBeforeStanding(chosen)
	chosen = withHeadlineCount(chosen, cands, ms, h, primary, headline, tc)
	chosen = withSectionEvidence(chosen, all, ms, primary, evidenceOf(ms, primary), headline)
	chosen = withResponsibility(chosen, cands, primary)
	out := make([]string, len(chosen))
	for i, c := range chosen {
		out[i] = c.text
	}
	sourcesIntroduced(out)
	return analyze.TidySummary(strings.Join(out, " "))
}

// distinct drops each sentence of chosen that repeats one before it: the
// evidence sentence that leadWith put first may say what a chosen one says
// (a quote and its paraphrase).
func distinct(chosen []candidate) []candidate {
	var out []candidate
	for _, c := range chosen {
		if !repeats(c, out) {
			out = append(out, c)
		}
	}
	return out
}

// refill brings a summary that lost a repeat back to n sentences with the
// next best candidates of order (by score) that repeat none chosen, within
// the limits.
func refill(chosen, order []candidate, n int) []candidate {
	size := 0
	for _, c := range chosen {
		size += len(c.text) + 1
	}
	for _, c := range order {
		if len(chosen) >= min(n, summarySentences) {
			break
		}
		if size+len(c.text) > summaryChars ||
			slices.ContainsFunc(chosen, func(x candidate) bool { return x.text == c.text }) || repeats(c, chosen) {
			continue
		}
		chosen = append(chosen, c)
		size += len(c.text) + 1
	}
	return chosen
}

// withNewest makes the second sentence of a summary the newest
// development's, when the story's reports come from more than one day and
// neither of the first two sentences comes from a report of its last day:
// a reader of the two sentences a digest shows learns what the story is and
// where it stands now (the UN resumed its convoys; the inspectors were let
// in), not only how it began. The newest development is the best-scoring
// of the first two sentences of the reports of the latest event day (not
// of the latest publication: a late reprint of the first report tells
// nothing new), the later report on a tie; one that repeats the first
// sentence is not taken, nor is a person's relayed statement (personQuote)
// or a sentence of a report that leads with one: one more voice is not
// where the story stands.
func withNewest(chosen, cands []candidate, ms []Member) []candidate {
	if len(chosen) == 0 {
		return chosen
	}
	days := make([]time.Time, len(ms))
	var newest, first time.Time
	for i := range ms {
		d, err := time.Parse(time.DateOnly, ms[i].Analysis.EventDate)
		if err != nil {
			continue
		}
		days[i] = d
		if d.After(newest) {
			newest = d
		}
		if first.IsZero() || d.Before(first) {
			first = d
		}
	}
	if !newest.After(first) {
		return chosen // one day's reports: the summary tells it already
	}
	for _, c := range chosen[:min(2, len(chosen))] {
		if c.member < len(days) && days[c.member].Equal(newest) {
			return chosen
		}
	}
	// A report that leads with a person's statement relays that
	// person's voice: its sentences are not the newest development.
	relays := map[int]bool{}
	for _, c := range cands {
		if c.rank == 0 && personQuote(c.text) {
			relays[c.member] = true
		}
	}
	best := -1
	for i, c := range cands {
		if c.member >= len(days) || !days[c.member].Equal(newest) || c.rank > 1 || repeats(c, chosen[:1]) ||
			relays[c.member] || personQuote(c.text) {
			continue
		}
		if best < 0 || c.score > cands[best].score || c.score == cands[best].score && c.member > cands[best].member {
			best = i
		}
	}
	if best < 0 {
		return chosen
	}
	out := []candidate{chosen[0], cands[best]}
	for _, c := range chosen[1:] {
		if c.text != cands[best].text {
			out = append(out, c)
		}
	}
	var size int
	for i, c := range out {
		if size += len(c.text) + 1; i >= 2 && (i >= summarySentences || size > summaryChars) {
			return out[:i]
		}
	}
	return out
}

// newestToll keeps a summary from telling a toll the story's reports have
// outgrown: a chosen sentence that states its report's death toll below the
// newest toll (the highest of the latest day whose reports give one), given
// on an earlier day or by the newest toll's own source, is
// replaced by a sentence that states the newest, where one is a candidate,
// else left out; a summary keeps at least one sentence. Tolls only grow as
// reports come in, so "At least 43 were killed" beside a toll of 126 is the
// story's past, not its state.
func newestToll(chosen, cands []candidate, ms []Member) []candidate {
	tolls := make([]int64, len(ms))
	days := make([]time.Time, len(ms))
	var lastDay time.Time
	var newest int64
	newestBy := map[string]bool{} // who gave the newest toll
	for i := range ms {
		f := ms[i].Analysis.Facts.Killed
		if f == nil || f.Value <= 0 {
			continue
		}
		tolls[i], days[i] = f.Value, dayOf(ms[i].reported())
		switch d := days[i]; {
		case d.After(lastDay):
			lastDay, newest = d, f.Value
		case d.Equal(lastDay):
			newest = max(newest, f.Value)
		}
	}
	if newest == 0 {
		return chosen
	}
	for i := range ms {
		if tolls[i] == newest && days[i].Equal(lastDay) {
			newestBy[nameOf(*ms[i].Analysis.Facts.Killed, ms[i].source())] = true
		}
	}
	states := func(c candidate, v int64) bool {
		return c.member < len(ms) && v > 0 && statesNumber(c.text, ms[c.member].Analysis.Facts.Killed.Text, v)
	}
	// A toll is outgrown when it was given on an earlier day, or on the
	// same day by whoever gave the newest (sources differ on one day).
	isStale := func(c candidate) bool {
		if c.member < len(tolls) && tolls[c.member] == 0 {
			return outgrownAmount(c.text, ms[c.member].Analysis.Facts, newest)
		}
		if c.member >= len(tolls) || tolls[c.member] >= newest || !states(c, tolls[c.member]) {
			return false
		}
		m := &ms[c.member]
		return days[c.member].Before(lastDay) || newestBy[nameOf(*m.Analysis.Facts.Killed, m.source())]
	}
	if !slices.ContainsFunc(chosen, isStale) {
		return chosen
	}
	out := replaceFirst(chosen, cands, isStale, func(n candidate) bool {
		return n.member < len(tolls) && tolls[n.member] == newest && states(n, newest)
	})
	if len(out) == 0 {
		for _, c := range cands {
			if !isStale(c) && (len(out) == 0 || c.score > out[0].score) {
				out = []candidate{c}
			}
		}
	}
	if len(out) == 0 {
		return chosen[:1]
	}
	return out
}

// lineCounts are the killed counts the story's figure lines show (each
// step of each originator's line, and the figure's ends), for linedCounts.
func lineCounts(figs []news.StoryFigure) map[int64]bool {
	out := map[int64]bool{}
	for _, f := range figs {
		if f.Kind != news.FigureKilled {
			continue
		}
		for _, v := range []int64{f.Low.Value, f.High.Value, f.Latest.Value} {
			out[v] = v > 0
		}
		for _, l := range f.Lines {
			for _, st := range l.Steps {
				out[st.Value] = st.Value > 0
				if st.Low > 0 {
					out[st.Low] = true
				}
			}
		}
	}
	return out
}

// unlinedCount reports a candidate that states a killed count its
// report's analysis found (its main count or another figure) that the
// story's figure lines (lined) do not show: "A total of 1500 people have
// fallen victims, a council member said", a count the analysis could not
// give the main event (no originator, another event's), beside lines of
// 213 and 640. A reader is told a third toll with no line to weigh it by.
func unlinedCount(c candidate, ms []Member, lined map[int64]bool) bool {
	for _, g := range killedOf(c, ms) {
		if g.Scope != news.ScopePart && !nearLined(g.Value, lined) && statesNumber(c.text, g.Text, g.Value) {
			return true
		}
	}
	return false
}

// killedOf returns the killed counts the analysis of c's report found:
// its main count first, then its other figures of that kind.
func killedOf(c candidate, ms []Member) []news.Figure {
	if c.member >= len(ms) {
		return nil
	}
	f := &ms[c.member].Analysis.Facts
	var out []news.Figure
	if f.Killed != nil && f.Killed.Value > 0 {
		out = append(out, *f.Killed)
	}
	for _, g := range f.Figures {
		if (g.Kind == news.FigureKilled || g.Kind == "") && g.Value > 0 {
			out = append(out, g)
		}
	}
	return out
}

// statesLined reports a candidate that states a killed count of its
// report's analysis that the figure lines show.
func statesLined(c candidate, ms []Member, lined map[int64]bool) bool {
	for _, g := range killedOf(c, ms) {
		if lined[g.Value] && statesNumber(c.text, g.Text, g.Value) {
			return true
		}
	}
	return false
}

// statesMainLined reports a candidate that states its report's main killed
// count, one the figure lines show.
func statesMainLined(c candidate, ms []Member, lined map[int64]bool) bool {
	if c.member >= len(ms) {
		return false
	}
	k := ms[c.member].Analysis.Facts.Killed
	return k != nil && k.Scope != news.ScopePart && lined[k.Value] && statesNumber(c.text, k.Text, k.Value)
}

// nearLined reports a count within a tenth of one the lines show: "more
// than 60" of the 62 a line gives is the line's count, rounded.
func nearLined(v int64, lined map[int64]bool) bool {
	for l, ok := range lined {
		if ok && 10*abs64(v-l) <= max(v, l) {
			return true
		}
	}
	return false
}

func abs64(v int64) int64 {
	if v < 0 {
		return -v
	}
	return v
}

// linedCounts keeps a summary from stating a killed count its figure lines
// do not show (unlinedCount), unless it states its report's main count as
// the lines show it (statesMainLined: the lead that gives the item's toll
// stays though it adds a count since the offensive began; dropped, it left
// a subset to tell the story, issue 13, 2017: "10 killed in Tabqa" under a
// headline of 35): such a sentence is replaced by the best
// candidate that states a lined count (statesLined), repeats no sentence
// kept and is not chosen already; else left out (not filled with another
// voice's quote). A summary keeps at least one
// sentence (the first chosen, when every candidate states such a count).
func linedCounts(chosen, cands []candidate, ms []Member, lined map[int64]bool) []candidate {
	if !anyLined(lined) {
		// No killed line to contradict: a talks story's sentence of the
		// Council "seeking clarity on reports that … killed 1300" is its
		// reason to be under Talks, not a toll beside other tolls.
		return chosen
	}
	bad := func(c candidate) bool { return unlinedCount(c, ms, lined) && !statesMainLined(c, ms, lined) }
	if !slices.ContainsFunc(chosen, bad) {
		return chosen
	}
	out := replaceFirst(chosen, cands, bad, func(n candidate) bool {
		return !bad(n) && statesLined(n, ms, lined)
	})
	if len(out) == 0 {
		return chosen[:1]
	}
	return out
}

// replaceFirst keeps the chosen sentences that are not bad, puts in the
// place of the first bad one the best-scored candidate that fits (not a
// repeat of one kept, not one chosen already), and drops the other bad
// ones. It returns nothing when every chosen sentence is bad and no
// candidate fits: the caller decides what stays then.
func replaceFirst(chosen, cands []candidate, bad, fits func(candidate) bool) []candidate {
	var out []candidate
	replaced := false
	for _, c := range chosen {
		if !bad(c) {
			out = append(out, c)
			continue
		}
		if replaced {
			continue
		}
		replaced = true
		best := -1
		for i, n := range cands {
			if fits(n) && !repeats(n, out) && !slices.ContainsFunc(chosen, func(x candidate) bool { return x.text == n.text }) &&
				(best < 0 || n.score > cands[best].score) {
				best = i
			}
		}
		if best >= 0 {
			out = append(out, cands[best])
		}
	}
	return out
}

// anyLined reports whether the figure lines show any killed count.
func anyLined(lined map[int64]bool) bool {
	for _, ok := range lined {
		if ok {
			return true
		}
	}
	return false
}

// outgrownAmount reports a sentence that tells its report's toll as an
// amount ("Dozens of people were killed") whose least reading is below the
// story's newest count: a first telling without a number, which the count
// a source later named supersedes, whatever the day.
func outgrownAmount(sent string, f news.Facts, newest int64) bool {
	return amountOutgrown(sent, f, newest, false)
}

// amountOutgrown is outgrownAmount; told, it asks that sent be the
// sentence the amount was read in (a title's "kills hundreds" is not the
// lead's "doctors treated hundreds").
func amountOutgrown(sent string, f news.Facts, newest int64, told bool) bool {
	for _, g := range f.Figures {
		if g.Kind != news.FigureKilled || g.Scope != news.ScopeMain || g.Word == "" || g.Value != 0 {
			continue
		}
		if told && !strings.Contains(g.Sentence, sent) && !strings.Contains(sent, g.Sentence) {
			continue
		}
		least, ok := lang.Amount(g.Word) // one word: "tens of thousands" reads as no 20
		if ok && least < newest && strings.Contains(strings.ToLower(sent), g.Word) {
			return true
		}
	}
	return false
}

// statesNumber reports whether sentence s states the number v: as digits
// ("43", "1,400", "1400") or as the figure's own words (text: "Thirty-five").
func statesNumber(s, text string, v int64) bool {
	if text != "" && strings.Contains(strings.ToLower(s), strings.ToLower(text)) {
		return true
	}
	plain, grouped := strconv.FormatInt(v, 10), groupThousands(v)
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return r != ',' && !unicode.IsDigit(r) }) {
		if w = strings.Trim(w, ","); w == plain || w == grouped {
			return true
		}
	}
	return false
}

// evidenceOf returns the sentences that earned the members category c,
// none for violence (a violent event's report says so in any sentence) or
// no category.
func evidenceOf(ms []Member, c news.Category) []string {
	if c == "" || c == news.Violence {
		return nil
	}
	var out []string
	for i := range ms {
		out = append(out, ms[i].Analysis.Evidence[c]...)
	}
	return out
}

// ownEvidence is evidenceOf without the sentences that, as candidates of
// cands, tell background or another event (ownEvent, after the headline):
// "More than 11 million people have been displaced across the country"
// earned a report its category, yet leading an item it tells the war,
// not the item's news; nor those that name a road or their sayer as told
// before (pointsFurther), which cannot open a summary.
func ownEvidence(ms []Member, c news.Category, cands []candidate, headline string) []string {
	ev := evidenceOf(ms, c)
	return slices.DeleteFunc(ev, func(e string) bool {
		return slices.ContainsFunc(cands, func(o candidate) bool {
			return isEvidence(o, []string{e}) && (!ownEvent(o, []string{headline}, ms) || pointsFurther(o))
		})
	})
}

// evidenceCandidates are the sentences that earned the members category c
// as candidates that rank below every other (score -1): the sentence that
// says why a story is in its section may lie past the leads summary reads,
// and only stands in when no lead says it. Cleaned and bounded as the
// others are.
func evidenceCandidates(ms []Member, c news.Category, tc *TextCache) []candidate {
	if c == "" || c == news.Violence {
		return nil
	}
	var out []candidate
	for i := range ms {
		for _, e := range ms[i].Analysis.Evidence[c] {
			if cand := tc.evidence(e, ms[i].Article.Title, ms[i].source()); cand != nil {
				cand := *cand
				cand.member = i
				if placeBack(cand.text) {
					cand.meant = placesBefore(&ms[i], cand.text) // "the province" of its report's sentence before
				}
				out = append(out, cand)
			}
		}
	}
	return out
}

// evidenceCandidate is evidence sentence e of a member of title and source
// as a candidate (member 0), nil when it is refused.
func evidenceCandidate(e, title, source string) *candidate {
	e, ok := cleanSentence(e, title, source)
	ws := lang.Words(e)
	if !ok || len(ws) < minWords || len(ws) > maxWords || lang.LeansOnBefore(ws[0]) || !startsSentence(e) || quoteTail(e) {
		return nil
	}
	return &candidate{text: e, terms: sentenceTerms(ws), rank: math.MaxInt32, score: -1}
}

// startsSentence reports whether s begins as a sentence does (a capital, a
// digit or a quote), not inside one a cleaner cut ("week Russia
// implemented ..." of "Last week Russia implemented ...").
func startsSentence(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune("\"'“‘", r)
}

// leadWith puts first the best candidate that is an evidence sentence,
// unless one already leads; it replaces the last chosen when the summary
// is full. Candidates are cleaned sentences: one matches evidence when
// either contains the other. An evidence sentence that leans on an earlier
// sentence of its report (antecedent) follows that sentence, so that the
// summary never opens with "Zarif made the call ..." before the sentence
// that says who Zarif is and what he called for.
func leadWith(chosen, cands []candidate, evidence []string) []candidate {
	if len(evidence) == 0 {
		return chosen
	}
	is := func(c candidate) bool {
		return slices.ContainsFunc(evidence, func(e string) bool {
			return strings.Contains(e, c.text) || strings.Contains(c.text, e)
		})
	}
	if len(chosen) > 0 && is(chosen[0]) {
		return chosen
	}
	if i := slices.IndexFunc(chosen, is); i > 0 {
		return withAntecedent(append(append([]candidate{chosen[i]}, chosen[:i]...), chosen[i+1:]...), cands)
	}
	best := -1
	for i, c := range cands {
		if is(c) && (best < 0 || c.score > cands[best].score) {
			best = i
		}
	}
	if best < 0 {
		return chosen
	}
	if len(chosen) >= summarySentences {
		chosen = chosen[:summarySentences-1]
	}
	return withAntecedent(append([]candidate{cands[best]}, chosen...), cands)
}

// eventFirst opens a summary with a sentence that tells the event itself
// when the chosen first sentence is a person's statement a report relays
// (personQuote: "A total of 1500 people have fallen victims ... Kurdish
// National Council member Mustafa Sino said") or a reaction to the event
// (lang.ReactionOpening: "World leaders have responded to the claim ..."):
// the first chosen that is a member's lead (its first sentence) whose
// report names the event's day in its title or lead (EventDateBy "text")
// and a place there, and is neither itself, goes first; else such a lead
// among the other candidates (cands) does, in place of the last chosen
// when the summary is full (quotesLast then puts a person's statement after
// the other sentences). A summary with
// no such sentence is left alone, and so is one that opens with an
// outlet's or a body's own report.
func eventFirst(chosen, cands []candidate, ms []Member) []candidate {
	tells := func(c candidate) bool {
		if c.rank != 0 || c.member < 0 || c.member >= len(ms) || personQuote(c.text) || lang.ReactionOpening(c.text) {
			return false
		}
		a := &ms[c.member].Analysis
		return a.EventDateBy == "text" && slices.ContainsFunc(a.Places, func(e news.Entity) bool { return e.Lead })
	}
	if len(chosen) == 0 || !(personQuote(chosen[0].text) || lang.ReactionOpening(chosen[0].text)) {
		return chosen
	}
	if i := slices.IndexFunc(chosen, tells); i >= 0 {
		chosen = append(append([]candidate{chosen[i]}, chosen[:i]...), chosen[i+1:]...)
	} else if j := slices.IndexFunc(cands, func(c candidate) bool { return tells(c) && !repeats(c, chosen) }); j >= 0 {
		if len(chosen) >= summarySentences {
			chosen = chosen[:summarySentences-1]
		}
		chosen = append([]candidate{cands[j]}, chosen...)
	}
	return chosen
}

// reactionsAfter opens a summary with what happened when its first
// sentence is a reaction to it (lang.ReactionOpening: "Marwah called on
// the international community to ...", "The coalition condemned the
// bombing ..."), which the sentence that earned the story its section
// (leadWith) or the report's own order may put first. A sentence that
// tells the event is one that states its report's main killed count
// (statesMain), or a report's lead, and is neither a reaction nor a
// person's relayed statement: the first chosen one goes first, the others
// keep their order; else the best candidate that tells the event, in
// place of the last when the summary is full. A
// talks story is left alone: its statements, calls and condemnations are
// its news. So is a summary with nothing else to open with.
func reactionsAfter(chosen, cands []candidate, ms []Member, primary news.Category) []candidate {
	if primary == news.Talks || len(chosen) == 0 || !lang.ReactionOpening(chosen[0].text) {
		return chosen
	}
	event := func(c candidate) bool {
		return (c.rank == 0 || statesMain(c, ms)) && !lang.ReactionOpening(c.text) && !personQuote(c.text)
	}
	if i := slices.IndexFunc(chosen, event); i > 0 {
		return append(append([]candidate{chosen[i]}, chosen[:i]...), chosen[i+1:]...)
	}
	best := -1
	for i, c := range cands {
		if !event(c) || repeats(c, chosen) {
			continue
		}
		if best < 0 || c.score > cands[best].score {
			best = i
		}
	}
	return putFirst(chosen, cands, best)
}

// putFirst puts cands[best] before the chosen, in place of the last
// chosen when the summary is full; chosen as they are when best < 0.
func putFirst(chosen, cands []candidate, best int) []candidate {
	if best < 0 {
		return chosen
	}
	if len(chosen) >= summarySentences {
		chosen = chosen[:summarySentences-1]
	}
	return append([]candidate{cands[best]}, chosen...)
}

// tollOnce drops each chosen sentence after the first that tells the toll
// an earlier one told (sameToll), and a sentence after it that pointed back
// to it, and brings the summary back to its length
// with the best candidates of order that repeat none kept and tell no toll
// of their own (an earlier report's smaller one would read as a
// contradiction): the lead stays, only a later retelling goes.
func tollOnce(chosen, order []candidate) []candidate {
	var out []candidate
	dropped := false
	for _, c := range chosen {
		if slices.ContainsFunc(out, func(d candidate) bool { return sameToll(c, d) }) {
			dropped = true
			continue
		}
		if dropped && len(out) > 0 && refillPointsBack(c, out) {
			continue // it pointed back to the retelling just dropped
		}
		out = append(out, c)
	}
	if len(out) == len(chosen) {
		return chosen
	}
	size := 0
	for _, c := range out {
		size += len(c.text) + 1
	}
	for _, c := range order {
		if len(out) >= len(chosen) {
			break
		}
		if size+len(c.text) > summaryChars || slices.ContainsFunc(chosen, func(x candidate) bool { return x.text == c.text }) ||
			repeats(c, out) || c.toll > 0 || slices.ContainsFunc(out, func(d candidate) bool { return sameToll(c, d) }) || analyze.LeansBack(c.text) || refillPointsBack(c, out) {
			continue
		}
		out = append(out, c)
		size += len(c.text) + 1
	}
	return out
}

// refillPointsBack reports a sentence that points back ("... the group
// added") coming in to fill a gap after a sentence other than the one of
// its own report just before it: the name it points to there is not the
// one it meant (a monitor's "the group" read after "The Islamic State group
// claims ...").
func refillPointsBack(c candidate, out []candidate) bool {
	if !pointsBack(c) {
		return false
	}
	last := out[len(out)-1]
	return !(c.pos > 1 && last.member == c.member && last.pos == c.pos-1)
}

// minSameToll is the least count two sentences must both state as their
// reports' main toll to tell the same fact (sameToll): "a woman and her
// son were killed" may be told of two shellings of one day.
const minSameToll = 3

// withTolls sets each candidate's toll: its report's main killed count,
// when the sentence states it (statesMain, or as a word: "ten civilians");
// and its hurt, the report's main injured count, when it states it in
// figures or the count's own words.
func withTolls(cands []candidate, ms []Member) {
	for i := range cands {
		c := &cands[i]
		if c.member < 0 || c.member >= len(ms) {
			continue
		}
		if h := ms[c.member].Analysis.Facts.Injured; h != nil && h.Value >= minSameToll && h.Scope != news.ScopePart &&
			statesNumber(c.text, h.Text, h.Value) {
			c.hurt = h.Value
		}
		k := ms[c.member].Analysis.Facts.Killed
		if k == nil || k.Value < minSameToll || k.Scope == news.ScopePart {
			continue
		}
		if statesNumber(c.text, k.Text, k.Value) || statesCount(c.text, k.Value) {
			c.toll = k.Value
		}
	}
}

// statesMain reports a candidate that states its report's main killed
// count.
func statesMain(c candidate, ms []Member) bool {
	if c.member < 0 || c.member >= len(ms) {
		return false
	}
	k := ms[c.member].Analysis.Facts.Killed
	return k != nil && k.Value > 0 && k.Scope != news.ScopePart && statesNumber(c.text, k.Text, k.Value)
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// ownEventFirst opens a summary with the story's own event when its first
// sentence opens with another event's change of state told as what came
// before (analyze.OpensWithChangeAsBackground: "After the army declared the
// ceasefire over, troops began an assault ..."): the first chosen sentence
// that does not, and is no person's relayed statement, goes first (a
// report's lead before others) and the other follows it. A digest shows that change as an item of its own (the
// truce's end), and a reader told it first here reads it twice.
func ownEventFirst(chosen []candidate) []candidate {
	if len(chosen) < 2 || !analyze.OpensWithChangeAsBackground(chosen[0].text) {
		return chosen
	}
	own := func(c candidate) bool { return !analyze.OpensWithChangeAsBackground(c.text) && !personQuote(c.text) }
	i := slices.IndexFunc(chosen[1:], func(c candidate) bool { return c.rank == 0 && own(c) }) // a report's lead
	if i < 0 {
		i = slices.IndexFunc(chosen[1:], own)
	}
	if i < 0 {
		return chosen
	}
	i++
	return append(append([]candidate{chosen[i]}, chosen[:i]...), chosen[i+1:]...)
}

// standAloneFirst opens a summary with a sentence that stands on its own
// when the first chosen leans on one before it in its report (analyze.LeansBack: "John
// Roe, a volunteer with the group, said ...") or, past its report's first
// sentence, names a road or its sayer as told before (pointsFurther: "the
// new pressure on the road has driven up prices"): the first chosen that does
// not goes first; else the best earlier candidate of that report that does
// not is put before it, in place of the last chosen when the summary is full.
// A reaction (lang.ReactionOpening: "The council condemned the bombing
// ...") is not put first: reactionsAfter put the event before it; nor is a
// sentence past its report's first that opens with the event by a definite
// noun ("The bombing came ahead of ...": opensAlone).
func standAloneFirst(chosen, cands []candidate) []candidate {
	if len(chosen) == 0 || !leansOn(chosen[0]) && (chosen[0].pos == 1 || !pointsFurther(chosen[0])) {
		return chosen
	}
	if i := slices.IndexFunc(chosen[1:], opensAlone); i >= 0 {
		i++
		return append(append([]candidate{chosen[i]}, chosen[:i]...), chosen[i+1:]...)
	}
	best := -1
	for i, c := range cands {
		if c.member == chosen[0].member && c.rank < chosen[0].rank && opensAlone(c) && (best < 0 || c.rank < cands[best].rank) {
			best = i
		}
	}
	return putFirst(chosen, cands, best)
}

// withResponsibility makes the second sentence of a violence story's
// summary one of its reports' lead sentences in which a group claims the
// attack ("The militant group claimed responsibility for the bombing"),
// when none of chosen says who claimed it: who struck is the news a reader
// looks for after what happened, and the digest shows two sentences. A
// chosen claim further down moves up; else the best-scoring such sentence
// is taken, and the chosen ones after the first follow it within the
// summary's limits.
func withResponsibility(chosen, cands []candidate, primary news.Category) []candidate {
	if primary != news.Violence || len(chosen) == 0 {
		return chosen
	}
	if k := slices.IndexFunc(chosen, func(c candidate) bool { return claimsAttack(c.text) }); k >= 0 {
		if k >= 2 { // chosen already, but past what a digest shows
			c := chosen[k]
			chosen = slices.Insert(slices.Delete(slices.Clone(chosen), k, k+1), 1, c)
		}
		return chosen
	}
	best := -1
	for i, c := range cands {
		if c.pos > 0 && claimsAttack(c.text) && !repeats(c, chosen[:1]) && !claimOfEarlier(c, cands) &&
			(best < 0 || c.score > cands[best].score) {
			best = i
		}
	}
	if best < 0 {
		return chosen
	}
	out := []candidate{chosen[0], cands[best]}
	size := len(chosen[0].text) + len(cands[best].text) + 1
	for _, c := range chosen[1:] {
		if len(out) == summarySentences || size+len(c.text)+1 > summaryChars {
			break
		}
		out = append(out, c)
		size += len(c.text) + 1
	}
	return out
}

// claimOfEarlier reports a claim sentence c whose report's sentence before
// it opens on an earlier time ("In March two blasts occurred ... The group
// claimed responsibility for the attack."): its "the attack" is that
// earlier one, not the story's.
func claimOfEarlier(c candidate, cands []candidate) bool {
	if c.pos <= 1 {
		return false
	}
	for _, d := range cands {
		if d.member == c.member && d.pos == c.pos-1 {
			return lang.OpensWithEarlierTime(lang.Words(d.text))
		}
	}
	return false
}

// claimsAttack reports a sentence in which someone claims responsibility
// ("claimed responsibility for the attack", "has claimed responsibility",
// "claiming responsibility"), not one that denies or awaits a claim ("no
// group has claimed responsibility", "did not claim").
func claimsAttack(s string) bool {
	ws := lang.Words(s)
	for i := 1; i < len(ws); i++ {
		if ws[i] != "responsibility" || !strings.HasPrefix(ws[i-1], "claim") {
			continue
		}
		for _, w := range ws[:i-1] {
			if w == "no" || w == "not" || w == "nobody" || w == "yet" {
				return false
			}
		}
		return true
	}
	return false
}

// quotesLast puts a person's relayed statement (personQuote) after the
// other sentences after the first: its count is one more voice, and the
// second sentence a digest shows is better spent on another report.
func quotesLast(chosen []candidate) []candidate {
	if len(chosen) < 3 {
		return chosen
	}
	rest := slices.Clone(chosen[1:])
	slices.SortStableFunc(rest, func(a, b candidate) int {
		return cmp.Compare(b2i(personQuote(a.text)), b2i(personQuote(b.text)))
	})
	return append(chosen[:1:1], rest...)
}

// personQuote reports a sentence that ends with a named person's word: two
// capitalised words, then "said" or "says" ("... Mustafa Sino said."),
// where a body's ("the humanitarian organisation said Tuesday", "the
// Syrian Observatory for Human Rights said": lang.IsBodyHead) or an
// outlet's own report does not.
func personQuote(s string) bool {
	ws := strings.Fields(strings.TrimRight(s, ".!\"' ”"))
	n := len(ws)
	if n < 3 || (ws[n-1] != "said" && ws[n-1] != "says") || lang.IsBodyHead(ws[n-2]) {
		return false
	}
	for _, w := range ws[n-3 : n-1] {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || lang.IsStop(strings.ToLower(w), lang.Function) {
			return false
		}
	}
	return true
}

// isEvidence reports whether candidate c is one of the evidence sentences
// (either contains the other: candidates are cleaned).
func isEvidence(c candidate, evidence []string) bool {
	return slices.ContainsFunc(evidence, func(e string) bool {
		return strings.Contains(e, c.text) || strings.Contains(c.text, e)
	})
}

// changeSentences are the sentences in which the members' analyses told a
// change of state of category c (news.StateChange.Sentence): a headline or
// a lead sentence.
func changeSentences(ms []Member, c news.Category) []string {
	if c == "" {
		return nil
	}
	var out []string
	for i := range ms {
		for _, ch := range ms[i].Analysis.Changes {
			if ch.Change.Category() == c && ch.Sentence != "" {
				out = append(out, ch.Sentence)
			}
		}
	}
	return out
}

// leadWithChange puts first the evidence sentence that tells the story's
// change of state — the one sharing the most terms (at least changeTerms)
// with a sentence its analysis told the change in — so that a story filed
// under Ceasefire for a truce that ended opens with the truce's end ("A
// ceasefire brokered last week has ended"), not with the violations it
// recounts. A headline told the change, and its report's text tells it in
// other words; chosen is returned as it is when no evidence sentence does.
func leadWithChange(chosen, cands []candidate, evidence, told []string) []candidate {
	if len(told) == 0 || len(chosen) == 0 {
		return chosen
	}
	terms := map[string]bool{}
	for _, s := range told {
		for t := range sentenceTerms(lang.Words(s)) {
			terms[t] = true
		}
	}
	shared := func(c candidate) int {
		n := 0
		for t := range c.terms {
			if terms[t] {
				n++
			}
		}
		return n
	}
	best, bestN := -1, changeTerms-1
	for i, c := range cands {
		if !isEvidence(c, evidence) {
			continue
		}
		if n := shared(c); n > bestN || (n == bestN && best >= 0 && c.score > cands[best].score) {
			best, bestN = i, n
		}
	}
	if best < 0 || shared(chosen[0]) >= bestN {
		return chosen
	}
	out := []candidate{cands[best]}
	for _, c := range chosen {
		if c.text != cands[best].text {
			out = append(out, c)
		}
	}
	return withAntecedent(out[:min(len(out), summarySentences)], cands)
}

// withAntecedent puts before the first of chosen the sentence it leans on,
// when it has one among cands, taking it from where it was chosen or
// dropping the last chosen to make room.
func withAntecedent(chosen, cands []candidate) []candidate {
	a, ok := antecedent(chosen[0], cands)
	if !ok {
		return chosen
	}
	out := []candidate{a}
	for _, c := range chosen {
		if c.text != a.text {
			out = append(out, c)
		}
	}
	return out[:min(len(out), summarySentences)]
}

// antecedent returns the earlier sentence of e's report that e leans on:
// e opens by naming its subject by a surname alone ("Zarif made the call
// ...", not a place) that the earlier sentence gives whole ("... Mohammad
// Javad Zarif has reiterated ..."), as news does at a second mention.
func antecedent(e candidate, cands []candidate) (candidate, bool) {
	first, rest, _ := strings.Cut(e.text, " ")
	next, _, _ := strings.Cut(rest, " ")
	r, _ := utf8.DecodeRuneInString(first)
	n, _ := utf8.DecodeRuneInString(next)
	if !unicode.IsUpper(r) || !unicode.IsLower(n) || lang.IsStop(strings.ToLower(first), lang.Function) {
		return candidate{}, false
	}
	if _, place := analyze.LookupPlace(first); place {
		return candidate{}, false // "Syria has denied ...": a place, no second mention
	}
	var out candidate
	found := false
	for _, c := range cands {
		if c.member != e.member || c.rank >= e.rank || c.text == e.text || (found && c.rank >= out.rank) {
			continue
		}
		if lang.FullName(c.text, first) {
			out, found = c, true
		}
	}
	return out, found
}

// fallbackSummary is the first member summary, else the first sentence of
// the first text, for stories whose sentences the filters all refused.
func fallbackSummary(ms []Member) string {
	for i := range ms {
		if s := strings.TrimSpace(ms[i].Analysis.Summary); s != "" {
			return analyze.TidySummary(s)
		}
	}
	for i := range ms {
		if s := textLead(ms[i].Article.Text, ms[i].Analysis.Sentences, 1); len(s) > 0 {
			return analyze.TidySummary(s[0])
		}
	}
	return ""
}

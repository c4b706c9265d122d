package analyze

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

	"github.com/conflict-digest/conflict-digest/news"
)

// lex is the compiled lexicon; a malformed lexicon is a programming error
// that the package's tests catch.
var lex = mustMatcher(lexicon)

func mustMatcher(s string) *matcher {
	m, err := newMatcher(s)
	if err != nil {
		panic(err)
	}
	return m
}

// leadSentences is how many sentences of the text count as the lead.
const leadSentences = 4

// scored is one sentence (or the title) with the cues found in it.
type scored struct {
	text  string
	w     weights
	index int                // position in the text; -1 for the title
	bgf   [nFeatures]float32 // per feature: 1 for news, down to 0.25 for background
}

// scoreSentences matches the lexicon against the title and every sentence.
// Once a page's tail of links to other stories begins, nothing after it
// counts.
func scoreSentences(d *doc) []scored {
	out := make([]scored, 0, len(d.sents)+1)
	if d.title != "" && !titleRepeated(d) {
		low := strings.ToLower(d.title)
		out = append(out, newScored(d.title, words(low), -1))
	}
	tail := false
	seen := make(map[string]bool, len(d.sents))
	for i := range d.sents {
		s := &d.sents[i]
		sc := newScored(s.text, s.words, s.index)
		tail = tail || sc.w[fBoiler] >= 1
		if tail || seen[s.lower] {
			// Past the article's end, or a sentence the page repeats
			// (a timeline printed twice): it adds nothing.
			sc.bgf = [nFeatures]float32{}
		}
		seen[s.lower] = true
		out = append(out, sc)
	}
	return out
}

func newScored(text string, ws []string, index int) scored {
	sc := scored{text: text, index: index}
	var sp spans
	lex.match(ws, &sc.w, &sp)
	if at := longWar(ws); at >= 0 {
		sp.addBackground(at, 0.8)
	}
	if sc.w[fNotEvent] > 0 {
		sc.w[fAid] = min(sc.w[fAid], 0.3)
		sc.w[fCeasefire] = min(sc.w[fCeasefire], 0.3)
		sc.w[fHumanitarian] = min(sc.w[fHumanitarian], 0.3)
	}
	if sc.w[fRhetoric] > 0 {
		sc.w[fTalks] *= 1 - 0.7*sc.w[fRhetoric]
	}
	humanitarianOf(&sc.w, &sp)
	// A timeline entry ("January 2017 Russia and Turkey agree...") is
	// background as a whole; page furniture counts for nothing.
	whole := 1 - min(1, sc.w[fBoiler])
	if index > 0 && datedEntry(ws) {
		whole *= 0.4
	}
	for f := range sc.bgf {
		sc.bgf[f] = whole * (1 - 0.75*sp.background(feature(f)))
	}
	return sc
}

// backgroundReach is how many words a background phrase colours: "since
// the truce collapsed last year" is history; the strike reported in the
// same sentence's other clause is not.
const backgroundReach = 10

// background is how strongly the background phrases of a sentence bear on
// the cues of feature f: fully when near them, a little when far.
func (sp *spans) background(f feature) float32 {
	var bg float32
	for _, b := range sp.bg[:sp.nbg] {
		w := b.w
		if b.at < sp.first[f]-backgroundReach || b.at > sp.last[f]+backgroundReach {
			w *= 0.3
		}
		bg = max(bg, w)
	}
	return min(bg, 1)
}

// humanitarianOf folds the humanitarian types into the humanitarian
// feature. Siege and health cues in a sentence that reports an attack are
// details of the attack (the wounded taken to hospital, the besieged
// district that was shelled), which is violence news.
func humanitarianOf(w *weights, sp *spans) {
	plight := max(w[fSiege], w[fHealth])
	if w[fViolence] >= 0.8 {
		plight *= 0.6
	}
	first, last := sp.first[fHumanitarian], sp.last[fHumanitarian]
	if w[fHumanitarian] == 0 {
		first, last = 1<<30, -1
	}
	for f := fAid; f <= fAppeal; f++ {
		if w[f] > 0 {
			first, last = min(first, sp.first[f]), max(last, sp.last[f])
		}
	}
	sp.first[fHumanitarian], sp.last[fHumanitarian] = first, last
	w[fHumanitarian] = max(w[fHumanitarian], w[fAid], w[fAccess],
		w[fEvacuation], w[fDisplacement], w[fAppeal], plight)
}

// titleRepeated reports whether the text opens with the headline, as pages
// copied whole often do; the headline then counts once, as the lead.
func titleRepeated(d *doc) bool {
	if len(d.sents) == 0 {
		return false
	}
	tw := words(strings.ToLower(d.title))
	sw := d.sents[0].words
	if len(tw) == 0 || len(sw) < len(tw) {
		return false
	}
	for i := 0; i+len(tw) <= len(sw) && i <= 8; i++ {
		if slices.Equal(sw[i:i+len(tw)], tw) {
			return true
		}
	}
	return false
}

var months = map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true,
	"july": true, "august": true, "september": true, "october": true, "november": true, "december": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
}

// datedEntry reports a sentence that opens with a full date ("January 2017
// Russia and Turkey agree...", "22 Dec 2016 The regime declares..."): past
// the first sentence, that is a timeline of earlier events.
func datedEntry(ws []string) bool {
	if len(ws) < 3 {
		return false
	}
	a, b, c := ws[0], ws[1], ws[2]
	switch {
	case months[a] && isYear(b):
		return true
	case months[a] && isDayNumber(b) && isYear(c):
		return true
	case isDayNumber(a) && months[b] && isYear(c):
		return true
	}
	return false
}

// longWar returns where a "six-year war" or "five-year-old conflict" is
// named, or -1: the war told as a whole is background.
func longWar(ws []string) int {
	for i := 0; i+1 < len(ws); i++ {
		w := ws[i]
		if !strings.HasSuffix(w, "-year") && !strings.HasSuffix(w, "-year-old") && !strings.HasSuffix(w, "-year-long") {
			continue
		}
		switch ws[i+1] {
		case "war", "conflict", "crisis", "uprising", "civil":
			return i
		}
	}
	return -1
}

// evidenceOf is how far one sentence's cue counts as news of feature f.
func (s *scored) evidenceOf(f feature) float32 {
	return s.w[f] * s.bgf[f]
}

// profile sums where and how much an article speaks of one feature.
type profile struct {
	title float32 // evidence in the headline
	lead  float32 // sum over the lead sentences
	total float32 // sum over the text
	run   int     // most cue sentences in any window of three
	count int     // sentences with a cue
	peak  float32 // the strongest evidence of any one sentence
	// snippet is a text of a sentence or two with no headline.
	snippet bool
	n       int // sentences in the text
}

func profileOf(ss []scored, f feature) profile {
	var p profile
	var hits []int
	for i := range ss {
		s := &ss[i]
		e := s.evidenceOf(f)
		p.peak = max(p.peak, e)
		if s.index < 0 {
			p.title = e
			continue
		}
		p.n++
		p.total += e
		if s.index < leadSentences {
			p.lead += e
		}
		if e >= 0.5 {
			p.count++
			hits = append(hits, s.index)
		}
	}
	for i := range hits {
		k := 1
		for k+i < len(hits) && hits[i+k]-hits[i] < 3 {
			k++
		}
		p.run = max(p.run, k)
	}
	return p
}

// rule says how one category is decided: the headline counts most, the
// lead in full, the rest of the text at late, and a run of cue sentences (a
// paragraph devoted to the event) adds run.
type rule struct {
	cat       news.Category
	feat      feature
	late      float32
	run       float32
	threshold float32
}

// rules were fitted on the development half of the labelled set; the
// held-back half scores alike.
var rules = [...]rule{
	{news.Talks, fTalks, 0.75, 0, 1.1},
	{news.Ceasefire, fCeasefire, 0.5, 0.5, 0.75},
	{news.Humanitarian, fHumanitarian, 0.4, 0.5, 1.25},
	{news.Violence, fViolence, 0.5, 0.5, 0.75},
}

// snippetSentences is the length up to which a text without a headline is
// read as a snippet.
const snippetSentences = 2

// titleWeight is how much more the headline counts than a lead sentence.
const titleWeight = 1.5

func (r *rule) score(p profile) float32 {
	s := titleWeight*p.title + p.lead + r.late*(p.total-p.lead)
	if p.run >= 2 {
		s += r.run
	}
	if p.snippet {
		// A snippet is all lead: its one or two sentences carry the
		// weight a headline would.
		s *= titleWeight
	}
	return s
}

// classify sets the categories, ceasefire status, humanitarian types,
// evidence and scores of an article.
func classify(d *doc, an *news.Analysis) {
	ss := scoreSentences(d)
	an.Scores = make(map[news.Category]float64, len(rules))
	for i := range rules {
		r := &rules[i]
		p := profileOf(ss, r.feat)
		p.snippet = d.title == "" && len(d.sents) <= snippetSentences
		s := r.score(p)
		an.Scores[r.cat] = float64(s / (s + r.threshold))
		if s < r.threshold {
			continue
		}
		an.Categories = append(an.Categories, r.cat)
		if an.Evidence == nil {
			an.Evidence = make(map[news.Category][]string, len(rules))
		}
		an.Evidence[r.cat] = evidence(ss, r.feat)
	}
	if an.Has(news.Ceasefire) {
		an.CeasefireStatus = statusOf(statusScores(ss))
	}
	if an.Has(news.Humanitarian) {
		an.HumanitarianTypes = typesOf(typeScores(ss))
	}
}

// typeThreshold is the evidence a humanitarian type needs; an article with
// the humanitarian label and no type that reaches it gets its strongest.
const typeThreshold = 0.5

func typesOf(ty [7]float32) []news.HumanitarianType {
	var out []news.HumanitarianType
	best := 0
	for k, v := range ty {
		if v >= typeThreshold {
			out = append(out, news.HumanitarianTypes[k])
		}
		if v > ty[best] {
			best = k
		}
	}
	if len(out) == 0 && ty[best] > 0 {
		out = append(out, news.HumanitarianTypes[best])
	}
	return out
}

// weightOf is how much a sentence's position counts: the headline and lead
// in full, the rest of the text at half.
func weightOf(s *scored) float32 {
	if s.index < leadSentences {
		return 1
	}
	return 0.5
}

// statusScores sums the evidence for each ceasefire state over the sentences
// that speak of a ceasefire.
func statusScores(ss []scored) [4]float32 {
	var st [4]float32
	for i := range ss {
		s := &ss[i]
		e := s.evidenceOf(fCeasefire) * weightOf(s)
		if e < 0.3 {
			continue
		}
		if s.index < 0 {
			e *= 2 // a headline states the news of the day
		}
		// "could collapse", "before the deal can be implemented": a state
		// spoken of as possible is still a proposal.
		hypo := 1 - 0.7*s.w[fHypo]
		st[0] += e * max(s.w[fProposed], 0.5*s.w[fHypo])
		st[1] += e * s.w[fInEffect] * hypo
		st[2] += e * s.w[fViolated] * hypo
		st[3] += e * s.w[fCollapsed] * hypo
	}
	return st
}

// typeScores sums the evidence for each humanitarian type.
func typeScores(ss []scored) [7]float32 {
	var ty [7]float32
	for i := range ss {
		s := &ss[i]
		for k := range ty {
			ty[k] += s.evidenceOf(fAid+feature(k)) * weightOf(s)
		}
	}
	return ty
}

// maxEvidence is how many sentences are kept as evidence for a label.
const maxEvidence = 3

// evidence returns the sentences that count most for feature f, best first.
func evidence(ss []scored, f feature) []string {
	type cand struct {
		i int
		e float32
	}
	var best []cand
	for i := range ss {
		e := ss[i].evidenceOf(f) * weightOf(&ss[i])
		if e < 0.25 {
			continue
		}
		best = append(best, cand{i, e})
	}
	slices.SortStableFunc(best, func(a, b cand) int { return cmp.Compare(b.e, a.e) })
	out := make([]string, 0, min(len(best), maxEvidence))
	for _, c := range best[:min(len(best), maxEvidence)] {
		out = append(out, ss[c.i].text)
	}
	return out
}

// statusOf picks the most recent state the evidence supports: a collapse
// ends the story, breaches come after the truce took effect, and a proposal
// counts only when it outweighs talk of a truce in force.
func statusOf(st [4]float32) news.CeasefireStatus {
	proposed, inEffect, violated, collapsed := st[0], st[1], st[2], st[3]
	switch {
	case collapsed >= 0.5 && collapsed >= violated:
		return news.CeasefireCollapsed
	case violated >= 0.3:
		return news.CeasefireViolated
	case proposed >= 0.5 && proposed > inEffect:
		return news.CeasefireProposed
	}
	return news.CeasefireInEffect
}

// isDayNumber reports whether w is a day of the month written in digits.
func isDayNumber(w string) bool {
	n, err := strconv.Atoi(w)
	return err == nil && len(w) <= 2 && n >= 1 && n <= 31
}

package analyze

import (
	"cmp"
	"slices"

	"github.com/conflict-digest/conflict-digest/lang"
	"github.com/conflict-digest/conflict-digest/news"
)

// profile sums where and how much an article speaks of one feature.
type profile struct {
	title   float32 // evidence in the headline
	lead    float32 // sum over the lead sentences
	total   float32 // sum over the text
	run     int     // most cue sentences in any window of four (a wire paragraph)
	strong  int     // most strong cue sentences (strongCue) in a row, strongGap apart at most
	snippet bool    // a text of a sentence or two with no headline
	wire    bool    // a headline and a lead of a sentence or two: all news
	peak    float32 // the strongest evidence of one sentence
}

// profileOf sums the evidence for feature f; past the lead, a sentence
// counts only with evidence of floor or more. A text longer than a snippet
// that comes without a headline opens with the sentence that does a
// headline's work (head, headSentence; -1 for a text under a headline): it
// counts as one.
func profileOf(ss []scored, f feature, head int, floor float32) profile {
	var p profile
	var hits []int
	strong, prevStrong := 0, -2
	broken := f == fViolence && brokenInLead(ss)
	for i := range ss {
		s := &ss[i]
		// Violence keeps the text's first four sentences as its lead:
		// the paragraph past an agency report's headings tells the
		// fighting as the cause of the displacement it counts, and read
		// as the lead it gave violence to reports their readers did not
		// (rwp7 fit, h-agency1).
		// A sentence of the paragraph past the headings that dates its
		// event to a day of the report's own period (ownDay) tells the
		// period's fighting, the update's own news: it is the lead. So
		// is one that tells it over the span the update covers
		// (ownSpan: "during the previous two weeks, clashes and
		// airstrikes continued", "the recent escalation of
		// hostilities").
		lead := s.leadOf(f) && (f != fViolence || s.index < leadSentences || s.ownDay || s.ownSpan)
		e := s.evidenceOf(f)
		p.peak = max(p.peak, e)
		if s.index < 0 || s.index == head {
			p.title = e
			continue
		}
		if lead || e >= floor {
			p.total += e
		}
		if lead || (f == fCeasefire && (s.breach || s.calm) && e >= 0.5) || (broken && e >= strongCue) {
			p.lead += e
		}
		if e >= 0.5 {
			hits = append(hits, s.index)
		}
		if e >= strongCue && (s.point || s.record) && !lead && f == fViolence {
			// A bullet point of its own that tells fighting in full is a
			// paragraph given to it: the agency made it a point. So is
			// the civilian casualties an agency confirmed or verified,
			// its own record of the attacks (recordedToll).
			p.run = max(p.run, 2)
			p.strong = max(p.strong, 2)
		}
		if e >= strongCue {
			if s.index-prevStrong > strongGap {
				strong = 0
			}
			strong++
			prevStrong = s.index
			p.strong = max(p.strong, strong)
		}
	}
	for i := range hits {
		k := 1
		for k+i < len(hits) && hits[i+k]-hits[i] < 4 {
			k++
		}
		p.run = max(p.run, k)
	}
	return p
}

// brokenTruce is the violated cue of a sentence that tells a truce broken
// ("the ceasefire was violated", "breaches of the truce"), not one feared
// or strained.
const brokenTruce = 0.9

// brokenInLead reports a headline or lead that tells a truce broken: the
// attacks the article tells after it, wherever they stand, are the breach's
// substance (the labelling guide: "a truce broken by shelling is ceasefire
// + violence"), not a passing mention ("South Sudan's ceasefire violated
// hours after taking effect ... later on Saturday, rebels said government
// forces launched a heavy attack on the town").
func brokenInLead(ss []scored) bool {
	for i := range ss {
		s := &ss[i]
		if s.lead && s.w[fCeasefire] >= 0.5 && s.w[fViolated] >= brokenTruce && s.w[fHypo] == 0 {
			return true
		}
	}
	return false
}

// rule says how one category is decided: the headline counts most, the
// lead in full, the rest of the text at late, and a run of cue sentences (a
// paragraph devoted to the event) adds run. Some sentence must hold
// evidence of peak at least: hints alone ("envoy", "meeting", "agreed
// to", "Geneva") scattered over an agency's report of other business do
// not add up to peace talks. Past the lead, a sentence with less evidence
// than floor counts for nothing: a long monitors' report's passing
// "access", "hospital" and "buses" do not add up to a humanitarian story.
// When no paragraph is given to the category, the rest of the text counts
// at late*lone: for humanitarian and violence none, as the labelling
// guide has it (the headline, the lead or a paragraph given to it; agencies'
// reports name clashes in passing); FA-KES labels talks and ceasefire told
// in scattered sentences, so they keep it.
//
// In a report longer than longReport sentences (an agency's situation
// report, a council's record of a debate), past the lead a sentence counts
// for talks only with more than a hint (longFloor): such a report names a
// visit's meetings, a school's "conflict resolution" lessons, a director
// who "met with" a family, a pupils' "discussion" — each a hint of 0.3,
// the cap of aid business's meetings — and a dozen of them added up to
// more than one sentence of talks in the lead (a Gaza situation report
// whose only talks was the Secretary-General saying Jerusalem must be
// resolved through negotiations). A news article that tells talks in
// scattered sentences is shorter (FA-KES: a median of ten sentences), and
// keeps its hints: with the floor at every length, FA-KES talks lost a
// true positive (26 → 25 of 29).
type rule struct {
	cat       news.Category
	feat      feature
	late      float32
	run       float32
	threshold float32
	peak      float32
	floor     float32
	lone      float32
	longFloor float32
}

// longReport is the length, in sentences, past which a text is read as a
// long report (rule.longFloor).
const longReport = 20

// rules were fitted on the development part of the labelled set (the
// articles whose number is not a multiple of five); the held-back part
// scores alike.
var rules = [...]rule{
	{news.Talks, fTalks, 0.75, 0, 1.1, 0.6, 0, 1, 0.35},
	{news.Ceasefire, fCeasefire, 0.5, 0.5, 0.75, 0, 0, 1, 0},
	{news.Humanitarian, fHumanitarian, 0.4, 0.5, 1.25, 0, 0.5, 0, 0},
	{news.Violence, fViolence, 0.5, 0.5, 0.75, 0, 0, 0, 0},
}

// bodyRun is how many cue sentences in a window of four make a paragraph
// given over to violence that the headline and lead do not tell.
const bodyRun = 3

// bodyOnly reports violence told neither in the headline nor in the lead,
// in no paragraph of its own: the "clashes" and "attacks" a situation
// report or a council meeting names past its lead while it tells of aid,
// appeals or talks, the labelling guide's passing mention. Two cue
// sentences side by side in a report of fifty are such a mention; a
// paragraph of three is the story.
func (r *rule) bodyOnly(p profile) bool {
	return r.feat == fViolence && p.title+p.lead < 0.5 && p.run < bodyRun && p.strong < 2
}

// strongCue is the evidence of a sentence that tells fighting in full
// (clashes, shelling, an attack that killed): two such sentences side by
// side, or with one sentence between them (strongGap), past the lead are a
// paragraph given to the fighting, as an
// agency's "Situation update (including security)" gives it ("fighting
// between the government and the rebels continued on the northern front.
// In the south, clashes continued in the province"). The passing mention
// of the labelling guide is one sentence, or weaker words (destroyed,
// deaths, abducted) beside it.
const strongCue = 0.8

// strongGap is how far apart, in sentences, two strong cue sentences may
// stand in one paragraph of fighting ("a spike in attacks of armed groups.
// On 2 January, an attack killed 105 in two villages. Further to the
// attack, ...").
const strongGap = 2

// snippetSentences is the length up to which a text without a headline is
// read as a snippet.
const snippetSentences = 2

// wireSentences is the length up to which a text under a headline is read
// as a wire item's lead: a headline and a sentence or two, the whole report.
const wireSentences = 2

// wireWeight is how much more a wire item's evidence counts: where a long
// article would tell its news again over the next sentences, a wire
// item's lead is all there is.
var wireWeight float32 = 1.15

// titleWeight is how much more the headline counts than a lead sentence.
const titleWeight = 1.5

func (r *rule) score(p profile) float32 {
	late := r.late
	if p.run < 2 || r.bodyOnly(p) {
		late *= r.lone
	}
	s := titleWeight*p.title + p.lead + late*(p.total-p.lead)
	if p.run >= 2 {
		s += r.run
	}
	if p.snippet {
		// A snippet is all lead: its one or two sentences carry the
		// weight a headline would.
		s *= titleWeight
	}
	if p.wire {
		s *= wireWeight
	}
	return s
}

// classify sets the categories, ceasefire status, humanitarian types,
// evidence and scores of an article. A category's score is s/(s+threshold)
// of its rule's score s: in [0, 1), and 0.5 is the decision line. The rules
// decide (applyRules); the learned layer of model.go is measured beside
// them by cmd/train and does not decide (README, "The learned layer").
func classify(d *doc, an *news.Analysis) {
	ss := scoreSentences(d)
	rr := applyRules(d, ss)
	an.Scores = make(map[news.Category]float64, len(rules))
	for i := range rules {
		an.Scores[rules[i].cat] = float64(rr.score[i])
	}
	for i := range rules {
		if !rr.decided[i] {
			continue
		}
		if an.Evidence == nil {
			an.Evidence = make(map[news.Category][]string, len(rules))
		}
		an.Categories = append(an.Categories, rules[i].cat)
		an.Evidence[rules[i].cat] = withStateChange(d, evidence(ss, rules[i].feat), ss, rules[i].cat, rules[i].feat)
	}
	if an.Has(news.Ceasefire) {
		an.CeasefireStatus = rr.decision
	}
	if an.Has(news.Humanitarian) {
		an.HumanitarianTypes = typesOf(typeScores(ss))
	}
}

// weightOf is how much a sentence's position counts: the headline and lead
// in full, the rest of the text at half.
func weightOf(s *scored) float32 {
	if s.lead {
		return 1
	}
	return 0.5
}

// maxEvidence is how many sentences are kept as evidence for a label.
const maxEvidence = 3

// quotePieceWeight is how much a piece of a quotation counts as evidence:
// a sentence with a quotation mark left open or closed from the one before
// ("Aleppo is almost under siege\" Abu Yassine said.") reads as half a
// thought where a digest shows it alone, so a sentence of the report's own
// words that tells as much goes first (issue 13, 2016-06-13 window: a
// humanitarian item could show none of its siege).
const quotePieceWeight = 0.5

// evidence returns the sentences that count most for feature f, best first.
func evidence(ss []scored, f feature) []string {
	type cand struct {
		i int
		e float32
	}
	var best []cand
	for i := range ss {
		e := ss[i].evidenceOf(f) * weightOf(&ss[i])
		if quoteMarks(ss[i].text)%2 == 1 {
			e *= quotePieceWeight
		}
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

// A report of the day's strikes often tells, in a paragraph of its own
// past the lead, that a process of aid, an evacuation or talks stopped or
// went on again: "UN resumes aid deliveries: a UN convoy was due to
// deliver aid on Thursday after a 48-hour suspension". The best evidence
// sentences are the lead's, so such a sentence was in no evidence list and
// no story could show it (issue 13, 2016 window: the UN convoys resumed
// after the aid-convoy attack while another item still said aid was
// suspended). withStateChange carries it.

// stateWords tell that a process stopped or went on again, as done (a
// plea "to halt flights" or a call "to resume talks" is no change).
var stateWords = lang.ProcessWords(lang.ProcessState)

// processWords name the process a change of state must be of for a
// category: aid, its convoys and deliveries, an evacuation or a siege for
// humanitarian; talks or negotiations for talks.
var processWords = map[news.Category]map[string]bool{
	news.Humanitarian: lang.ProcessWords(lang.AidProcess),
	news.Talks:        lang.ProcessWords(lang.TalksProcess),
}

// tellsStateChange reports whether the words whose heads are hs tell a
// process of category c stopped or went on again: a state word and a
// process word of c.
func tellsStateChange(hs []*head, c news.Category) bool {
	proc := processClass(c)
	if proc == 0 {
		return false
	}
	state, of := false, false
	for _, h := range hs {
		state = state || h.is(dcState)
		of = of || h.is(proc)
	}
	return state && of
}

// withStateChange returns the evidence ev of category c with, after it,
// the first sentence past the lead that tells a process of c stopped or
// went on again (tellsStateChange), when none of ev tells one: the newest
// state of aid, an evacuation or talks that a report tells beside its
// lead's event. A sentence past the article's end or repeated (no weight
// for the category) is none.
func withStateChange(d *doc, ev []string, ss []scored, c news.Category, f feature) []string {
	if processClass(c) == 0 {
		return ev
	}
	for _, e := range ev {
		if tellsStateChange(d.headsOf(e), c) {
			return ev
		}
	}
	for i := range ss {
		s := &ss[i]
		// s is d's sentence s.index: its words are the doc's (lang.Words(s.text))
		if s.lead || s.bgf[f] == 0 || !tellsStateChange(d.sentHeads(s.index), c) {
			continue
		}
		return append(ev, s.text)
	}
	return ev
}

package analyze

import (
	"math"
	"slices"
	"strings"

	"github.com/conflict-digest/conflict-digest/lang"
	"github.com/conflict-digest/conflict-digest/news"
)

// A learned second look at the relevance gate (issues 13 item 4 and 14): a
// regularised logistic regression that reads an article the rules' gate
// let in and says whether it is about armed conflict at all. It may only
// take an article out, never let one in. Its features are the gate's
// evidence (which kind let it in, each section's counts in the headline,
// the lead and the text, where the first armed word stands, the share of
// sentences with armed or violent words, conflict places and armed
// parties), the aid sector's own business (coordination, funding,
// development, health, agriculture, climate), the report's form and length,
// the learned layer's dense features (the rules' category scores) and
// hashed word n-grams of the headline and lead and words of the whole text.
// `go run ./cmd/train -gatecv` cross-validates it against the rules alone
// (README, "A learned gate").

// gateEvidenceKinds are the evidence names relevanceOf gives an article it
// lets in (gateCounts.evidence), in a fixed order for the features.
var gateEvidenceKinds = []string{
	"armed word in the headline or lead",
	"refugees in the headline",
	"war in the headline",
	"violence, war or refugees beside a conflict place",
	"war and violence in one sentence",
	"displacement or aid beside a conflict place",
	"diplomacy beside a conflict place",
	"displacement with an armed word",
	"violence or war with an armed party",
	"a text dense with armed words",
}

// aidSectorStems are word beginnings of the aid sector's own business, the
// genre the rules' gate lets in from a war's country though no war is its
// subject: coordination and funding, development, health programmes,
// agriculture and the climate. Each is matched against one word (a prefix
// of it): the list once held "food secur" and "el nino", which no word
// (lang.Words splits at spaces) could begin with, so they never matched
// and were dropped; reading them as phrases would move the trained gate.
var aidSectorStems = lang.StemList(lang.AidSectorStem)

// subjectStems are word beginnings of the subjects an agency report from a
// war's country has when the war is not its chief subject: health and
// epidemics, natural disasters, food security, migration and markets. The
// "chief subject" features ask whether the headline and the lead name one
// of them and nothing of war.
var subjectStems = [][]string{
	lang.StemList(lang.HealthSubject),
	lang.StemList(lang.DisasterSubject),
	lang.StemList(lang.FoodSubject),
	lang.StemList(lang.MigrationSubject),
	lang.StemList(lang.MarketSubject),
}

// Dimensions of a gate feature vector: the dense features, then the
// headline-and-lead n-grams (as the learned layer's), then words of the
// whole text.
const (
	gateSubject   = 180 // the chief-subject features (subjectFeatures)
	gateSubjectN  = 4*5 + 3
	gateDense     = 220
	gateWordsBase = gateDense + 1<<hashBits
	gateDims      = gateWordsBase + 1<<hashBits
)

// GateSample is what the learned gate reads of one article, with what the
// rules decided of it.
type GateSample struct {
	x sparse
	// Relevant: the rules' gate lets the article in; Evidence names why.
	Relevant bool
	Evidence string
	// Categorised: the rules give it a category (after their gate).
	Categorised bool
}

// NewGateSample reads a as Analyze does, up to the gate's decision and the
// rules' categories.
func NewGateSample(a *news.Article) GateSample {
	r, ok := readRules(a)
	if !ok {
		return GateSample{}
	}
	d, rr, gi, c, rel := r.d, r.rr, r.gi, r.c, r.rel
	s := GateSample{Relevant: rel.Relevant, Evidence: rel.Detail}
	if rel.Relevant {
		s.Categorised = len(rr.cats()) > 0
	}
	s.x = gateFeatures(d, &rr, &gi, &c, rel)
	return s
}

// gateFeatures builds the learned gate's input for one article.
func gateFeatures(d *doc, rr *ruleResult, gi *gateInput, c *gateCounts, rel news.Relevance) sparse {
	var x sparse
	x.add(0, 1)
	o := 1
	for i, k := range gateEvidenceKinds {
		x.add(o+i, b2f(rel.Detail == k))
	}
	o += len(gateEvidenceKinds) // 11
	for s := 0; s < len(gateSections) && s < 31; s++ {
		x.add(o+3*s, float32(min(c.title[s], 3))/3)
		x.add(o+3*s+1, float32(min(c.lead[s], 6))/6)
		x.add(o+3*s+2, float32(math.Log1p(float64(c.text[s]))/math.Log(64)))
	}
	o += 3 * 31 // 104
	x.add(o, float32(min(c.density, 30)/30))
	x.add(o+1, float32(min(c.reliefDensity(*gi), 30)/30))
	x.add(o+2, b2f(gi.leadPlace))
	x.add(o+3, b2f(gi.anyPlace))
	x.add(o+4, b2f(gi.party))
	x.add(o+5, b2f(gi.group))
	x.add(o+6, b2f(gi.leadSide))
	o += 7 // 111
	shares, first := sentenceShares(gi)
	for i, v := range shares {
		x.add(o+i, v)
	}
	o += len(shares)
	x.add(o, first)
	x.add(o+1, float32(math.Log1p(float64(len(d.sents)))/math.Log(200)))
	x.add(o+2, float32(math.Log1p(float64(paragraphs(d)))/math.Log(50)))
	x.add(o+3, b2f(reportLength(d) > 0))
	x.add(o+4, b2f(d.title != ""))
	o += 5
	aid, aidLead := aidShares(d)
	x.add(o, aid)
	x.add(o+1, aidLead)
	o += 2
	// the learned layer's dense features: the rules' category scores,
	// where their evidence stands, the ceasefire's state cues
	m := features(d, rr, gi, c, rel.Relevant)
	for k, i := range m.idx {
		if int(i) >= denseFeatures {
			break
		}
		if i > 0 {
			x.add(o+int(i)-1, m.val[k])
		}
	}
	subjectFeatures(&x, gi, c)
	// the learned layer's n-grams of the headline and lead
	for k, i := range m.idx {
		if int(i) >= denseFeatures {
			x.add(gateDense+int(i)-denseFeatures, m.val[k])
		}
	}
	addTextWords(&x, d)
	return x
}

// sentenceShares returns the share of the text's sentences (up to the
// gate's tokens) with an armed word, a word of violence, of war, of
// displacement, of aid and of diplomacy; and where the first sentence with
// an armed word stands (0 the headline or first sentence, 1 none).
func sentenceShares(gi *gateInput) ([6]float32, float32) {
	secs := [6]int{gateSections["armed"], gateSections["force"], gateSections["war"], gateSections["crisis"], gateSections["aid"], gateSections["diplomacy"]}
	var n [6]int
	first := float32(1)
	for i, ws := range gi.text {
		cs := gateAll.countsHeads(ws, gi.textHeads[i])
		for k, s := range secs {
			if cs[s] > 0 {
				n[k]++
			}
		}
		if cs[secs[0]] > 0 && first == 1 {
			first = float32(i) / float32(len(gi.text))
		}
	}
	if gateAll.counts(gi.title)[secs[0]] > 0 {
		first = 0
	}
	var out [6]float32
	for k := range n {
		out[k] = float32(n[k]) / float32(max(len(gi.text), 1))
	}
	return out, first
}

// subjectFeatures adds, for each subject of subjectStems, whether the
// headline names it, whether the lead does, the share of the text's
// sentences that do, and whether it is the chief subject (the headline or
// lead names it and no armed, violent or war word); then whether the
// headline and lead name war at all, whether the text tells of war in at
// most one sentence, and whether both hold of a report whose headline or
// lead names another subject.
func subjectFeatures(x *sparse, gi *gateInput, c *gateCounts) {
	warTL := 0
	for _, k := range []string{"armed", "force", "war"} {
		warTL += c.title[gateSections[k]] + c.lead[gateSections[k]]
	}
	warSents := 0
	for i, ws := range gi.text {
		cs := gateAll.countsHeads(ws, gi.textHeads[i])
		if cs[gateSections["armed"]]+cs[gateSections["force"]]+cs[gateSections["war"]] > 0 {
			warSents++
		}
	}
	other := false
	for k, stems := range subjectStems {
		o := gateSubject + 4*k
		head, lead := hasStem(gi.title, stems), hasStem(gi.lead, stems)
		n := 0
		for _, ws := range gi.text {
			if hasStem(ws, stems) {
				n++
			}
		}
		chief := (head || lead) && warTL == 0
		other = other || chief
		x.add(o, b2f(head))
		x.add(o+1, b2f(lead))
		x.add(o+2, float32(n)/float32(max(len(gi.text), 1)))
		x.add(o+3, b2f(chief))
	}
	o := gateSubject + 4*len(subjectStems)
	x.add(o, b2f(warTL > 0))
	x.add(o+1, b2f(warSents <= 1))
	x.add(o+2, b2f(other && warSents <= 1))
}

// hasStem reports a word of ws that begins with one of stems.
func hasStem(ws []string, stems []string) bool {
	for _, w := range ws {
		for _, st := range stems {
			if strings.HasPrefix(w, st) {
				return true
			}
		}
	}
	return false
}

// aidShares returns the share of sentences naming the aid sector's own
// business (aidSectorStems) in the text and in the headline and lead.
func aidShares(d *doc) (float32, float32) {
	has := func(ws []string) bool {
		for _, w := range ws {
			for _, st := range aidSectorStems {
				if strings.HasPrefix(w, st) {
					return true
				}
			}
		}
		return false
	}
	n, lead := 0, b2f(has(d.titleWords))
	for i, s := range d.sents {
		if has(s.words) {
			n++
			if i < gateLead {
				lead++
			}
		}
	}
	return float32(n) / float32(max(len(d.sents), 1)), lead / (gateLead + 1)
}

// addTextWords adds the hashed words of the whole text (function stop
// words left out), each with weight 1+log(count), scaled to unit length.
func addTextWords(x *sparse, d *doc) {
	counts := map[int32]float64{}
	for _, s := range d.sents {
		hs := appendNgrams(nil, s.words, 'w')
		for _, h := range hs {
			counts[h]++
		}
	}
	keys := make([]int32, 0, len(counts))
	var norm float64
	for h, n := range counts {
		keys = append(keys, h)
		v := 1 + math.Log(n)
		norm += v * v
	}
	slices.Sort(keys)
	norm = math.Sqrt(max(norm, 1))
	for _, h := range keys {
		x.add(gateWordsBase+int(h), float32((1+math.Log(counts[h]))/norm))
	}
}

// GateModel is the learned gate: the weights of a logistic regression
// whose probability is that an article the rules let in is not about
// armed conflict.
type GateModel struct {
	w []float32
}

// NotWar returns the model's probability that s is not about armed
// conflict.
func (m *GateModel) NotWar(s *GateSample) float64 {
	return sigmoid(dot(m.w, &s.x))
}

// TrainGate fits a GateModel to samples (those the rules let in) and
// whether each is not about armed conflict, each class weighted so that
// both weigh the same in the loss; l2 is the penalty. Deterministic, as
// Train: full-batch Adagrad from zero in the given order.
func TrainGate(samples []GateSample, notWar []bool, l2 float64, steps int) *GateModel {
	pos := 0
	for _, y := range notWar {
		if y {
			pos++
		}
	}
	wPos, wNeg := 1.0, 1.0
	if pos > 0 && pos < len(notWar) {
		wPos = float64(len(notWar)) / float64(2*pos)
		wNeg = float64(len(notWar)) / float64(2*(len(notWar)-pos))
	}
	cfg := TrainConfig{L2: l2, Rate: DefaultTrain.Rate, Steps: steps}
	w := make([]float64, gateDims)
	acc := make([]float64, gateDims)
	grad := make([]float64, gateDims)
	for range cfg.Steps {
		clear(grad)
		for k := range samples {
			x := &samples[k].x
			y, cw := 0.0, wNeg
			if notWar[k] {
				y, cw = 1, wPos
			}
			g := float64(cw * (sigmoid(dot64(w, x)) - y))
			for j, i := range x.idx {
				grad[i] += float64(g * float64(x.val[j]))
			}
		}
		adagrad(w, grad, acc, cfg)
	}
	return &GateModel{w: round32(w)}
}

// WithoutSubject returns s without its chief-subject features, to weigh
// what they add.
func (s GateSample) WithoutSubject() GateSample {
	var x sparse
	for k, i := range s.x.idx {
		if i < gateSubject || i >= gateSubject+gateSubjectN {
			x.idx = append(x.idx, i)
			x.val = append(x.val, s.x.val[k])
		}
	}
	s.x = x
	return s
}

// Dense returns s with its dense features only (the gate's evidence,
// counts and shares, the form, the rules' scores), no words: with a few
// dozen examples of a class, words are what a model overfits on.
func (s GateSample) Dense() GateSample {
	n := 0
	for n < len(s.x.idx) && s.x.idx[n] < gateDense {
		n++
	}
	s.x = sparse{idx: s.x.idx[:n:n], val: s.x.val[:n:n]}
	return s
}

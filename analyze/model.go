package analyze

import (
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/conflict-digest/conflict-digest/lang"
	"github.com/conflict-digest/conflict-digest/news"
)

// The learned layer over the rules: a regularised logistic regression per
// category and a softmax for the ceasefire status, over what the rules
// found (each category's score, where its evidence stands: headline, lead
// or later, a paragraph given to it), the state cues of the ceasefire, the
// relevance gate's signal and hashed word n-grams of the headline and lead.
// It is trained by `go run ./cmd/train` from the committed labelled files
// (README, "The learned layer"); its weights are embedded below.

// denseFeatures is how many features come from the rules and the gate;
// the hashed n-grams follow them.
const denseFeatures = 44

// hashBits is the size, as a power of two, of the n-gram hash space.
const hashBits = 12

// modelDims is the length of a feature vector.
const modelDims = denseFeatures + 1<<hashBits

// ngramSentences is how many sentences of the text give n-grams: the lead
// and a little more, where the guide says the news is told.
const ngramSentences = leadSentences + 2

// statusOrder is the order of the ceasefire states in the status head.
var statusOrder = [4]news.CeasefireStatus{
	news.CeasefireProposed, news.CeasefireInEffect, news.CeasefireViolated, news.CeasefireCollapsed,
}

// sparse is a feature vector: ascending indexes and their values.
type sparse struct {
	idx []int32
	val []float32
}

func (x *sparse) add(i int, v float32) {
	if v != 0 {
		x.idx = append(x.idx, int32(i))
		x.val = append(x.val, v)
	}
}

// ruleResult is what the rules decided of one article, and why.
type ruleResult struct {
	score    [len(rules)]float32 // s/(s+threshold), 0.5 the decision line
	prof     [len(rules)]profile
	later    [len(rules)]float32 // strongest evidence past the lead
	decided  [len(rules)]bool
	status   [4]float32           // statusScores
	decision news.CeasefireStatus // statusOf(status), whatever the categories
}

// applyRules runs the hand-written rules over the scored sentences.
func applyRules(d *doc, ss []scored) ruleResult {
	var rr ruleResult
	// A post's furniture ("LIVE updates: aje.io/x", "Read more: …") makes
	// no snippet longer.
	n := len(d.sents)
	if n > snippetSentences && n <= 2*snippetSentences+1 {
		n = d.newsSentences()
	}
	snippet := d.title == "" && n <= snippetSentences
	head := -1
	if d.title == "" && !snippet {
		head = headSentence(d)
	}
	series := seriesUpdateRuns(d.titleRuns())
	for i := range rules {
		r := &rules[i]
		floor := r.floor
		if len(d.sents) > longReport {
			floor = max(floor, r.longFloor)
		}
		p := profileOf(ss, r.feat, head, floor)
		if r.feat == fTalks && series && p.title < talksHint {
			// The lead's sentence of talks stands in for the headline
			// an update's series took (seriesUpdate).
			if e := leadTalks(d, ss); e > 0 {
				p.title, p.lead = e, p.lead-e
			}
		}
		if r.feat == fTalks && len(d.sents) > recordLength && quietHeadTalks(ss) {
			// A record or a report of more than recordLength sentences
			// whose headline and lead tell no talks (a hint at most) is
			// about other business: the speakers of a debate on an
			// agency's funding who each call for a settlement, a rights
			// commission's visit whose closing pages urge the parties to
			// respect an agreement (issue 14, h-talks13: ReliefWeb 2017
			// development rw-2312394, rw-2389114). Its body's talks are
			// the labelling guide's passing mentions, however many.
			p.total = p.lead
		}
		p.snippet = snippet
		p.wire = d.title != "" && n <= wireSentences
		rr.prof[i] = p
		s := r.score(p)
		rr.score[i] = s / (s + r.threshold)
		rr.decided[i] = s >= r.threshold && p.peak >= r.peak
		for k := range ss {
			if ss[k].index >= leadSentences {
				rr.later[i] = max(rr.later[i], ss[k].evidenceOf(r.feat))
			}
		}
	}
	var ended, breached, cue float32
	rr.status, ended, breached, cue = statusScores(ss)
	rr.decision = statusOf(rr.status, ended, breached)
	if c := &rules[ceasefireRule]; rr.decided[ceasefireRule] && cue < developed && !inLead(ss, c.feat) {
		// A truce named only past the lead, in sentences that tell no
		// development of it ("stressing the importance of maintaining the
		// fragile ceasefire"), is a passing mention: the labelling guide's
		// background, not ceasefire news. The score stays what the cues
		// gave (the learned layer reads it); the decision is the rules'.
		rr.decided[ceasefireRule] = false
	}
	rr.withDealAid(d, ss, head)
	return rr
}

// recordLength is the length, in sentences, past which a text is read as
// a record or a long report (a council's or an assembly's record of a
// debate, an agency's situation report, a commission's statement), not a
// news story: twice longReport. No news article of the development sets
// that its readers gave talks runs longer (FA-KES: 38 sentences at most,
// CNN/Daily Mail 37), and a long report's readers count its headline and
// lead, not scattered mentions (the ReliefWeb readers' rule: "a category
// counts only when the article reports it in the headline, in the first
// four sentences, or in a paragraph given over to it").
const recordLength = 2 * longReport

// quietHeadTalks reports a headline and lead that hold no more than a
// hint of talks (below talksHint+0.2: the 0.3 of an aid meeting, the 0.4
// of a treaty named): no sentence there tells the war's diplomacy.
func quietHeadTalks(ss []scored) bool {
	for i := range ss {
		if ss[i].diplomacyLead() && ss[i].evidenceOf(fTalks) >= talksHint+0.2 {
			return false
		}
	}
	return true
}

// ceasefireRule is the index of the ceasefire rule in rules.
const ceasefireRule = 1

// inLead reports evidence of f in the headline or the lead, or a truce
// told holding by the calm it brought (scored.calm), wherever it stands.
func inLead(ss []scored, f feature) bool {
	for i := range ss {
		if (ss[i].leadOf(f) || f == fCeasefire && ss[i].calm) && ss[i].evidenceOf(f) >= 0.3 {
			return true
		}
	}
	return false
}

var peakTalks float32 = 0.65

// cats returns the categories the rules decided, in the order of rules.
func (rr *ruleResult) cats() []news.Category {
	var out []news.Category
	for i := range rules {
		if rr.decided[i] {
			out = append(out, rules[i].cat)
		}
	}
	return out
}

// features builds the model's input for one article.
func features(d *doc, rr *ruleResult, gi *gateInput, c *gateCounts, relevant bool) sparse {
	var x sparse
	x.add(0, 1)
	for i := range rules {
		p, o := &rr.prof[i], 1+7*i
		x.add(o, rr.score[i])
		x.add(o+1, b2f(rr.decided[i]))
		x.add(o+2, min(p.title, 1))
		x.add(o+3, min(p.lead, 2)/2)
		x.add(o+4, min(p.total-p.lead, 4)/4)
		x.add(o+5, b2f(p.run >= 2)+0.5*b2f(p.snippet))
		x.add(o+6, rr.later[i])
	}
	for k := range rr.status {
		x.add(29+k, min(rr.status[k], 2)/2)
	}
	for k := range statusOrder {
		x.add(33+k, b2f(rr.decision == statusOrder[k]))
	}
	x.add(37, b2f(relevant))
	x.add(38, float32(min(c.density, 20)/20))
	x.add(39, float32(min(c.armedTL, 5))/5)
	x.add(40, b2f(gi.leadPlace))
	x.add(41, b2f(gi.party))
	x.add(42, float32(min(len(d.sents), 60))/60)
	x.add(43, b2f(d.title != ""))
	addNgrams(&x, d)
	return x
}

func b2f(b bool) float32 {
	if b {
		return 1
	}
	return 0
}

// addNgrams adds the hashed word unigrams and bigrams of the headline and
// of the first sentences (stop words of the function tier left out), each
// once, scaled so that the n-gram part has unit length.
func addNgrams(x *sparse, d *doc) {
	hs := make([]int32, 0, 256)
	hs = appendNgrams(hs, d.titleWords, 'h')
	for _, s := range d.sents[:min(len(d.sents), ngramSentences)] {
		hs = appendNgrams(hs, s.words, 'b')
	}
	slices.Sort(hs)
	hs = slices.Compact(hs)
	v := float32(1 / math.Sqrt(float64(max(len(hs), 1))))
	for _, h := range hs {
		x.add(denseFeatures+int(h), v)
	}
}

// appendNgrams appends the hashes of the words of ws and of their pairs,
// in the part of the article named by part.
func appendNgrams(hs []int32, ws []string, part byte) []int32 {
	prev := uint32(0)
	for _, w := range ws {
		if lang.IsStop(w, lang.Function) {
			continue
		}
		h := fnvString(fnvByte(fnvOffset, part), w)
		hs = append(hs, int32(h>>(32-hashBits)))
		if prev != 0 {
			hs = append(hs, int32(fnvString(fnvByte(prev, ' '), w)>>(32-hashBits)))
		}
		prev = h
	}
	return hs
}

const (
	fnvOffset = 2166136261
	fnvPrime  = 16777619
)

func fnvByte(h uint32, b byte) uint32 { return (h ^ uint32(b)) * fnvPrime }

func fnvString(h uint32, s string) uint32 {
	for i := 0; i < len(s); i++ {
		h = fnvByte(h, s[i])
	}
	return h
}

// Model is the learned layer: one logistic regression per category (in
// the order of the rules) and a softmax over the ceasefire states.
type Model struct {
	cat    [len(rules)][]float32
	status [4][]float32
	line   [len(rules)]float32 // the probability from which each category is given
	// free and ext are the settings of TrainConfig.Free and of Genre or
	// Lead: a model of either is measured by cmd/train and never encoded.
	free, ext bool
}

// dims is the length of the category heads' weights.
func (m *Model) dims() int {
	if m.ext {
		return extDims
	}
	return modelDims
}

// modelMagic opens an encoded Model.
const modelMagic = "cdlr2"

// MarshalBinary encodes m: a magic, the dimensions, then the decision
// lines and the weights as little-endian float32.
func (m *Model) MarshalBinary() ([]byte, error) {
	if m.free || m.ext {
		return nil, errors.New("encode model: a setting of round h-learn3 (Free, Genre, Lead) is measured, not shipped")
	}
	out := []byte(modelMagic)
	out = binary.LittleEndian.AppendUint32(out, modelDims)
	for _, v := range m.line {
		out = binary.LittleEndian.AppendUint32(out, math.Float32bits(v))
	}
	for _, w := range m.heads() {
		for _, v := range *w {
			out = binary.LittleEndian.AppendUint32(out, math.Float32bits(v))
		}
	}
	return out, nil
}

// UnmarshalBinary decodes what MarshalBinary encoded.
func (m *Model) UnmarshalBinary(data []byte) error {
	heads := m.heads()
	want := len(modelMagic) + 4 + 4*len(m.line) + 4*modelDims*len(heads)
	if len(data) != want || string(data[:len(modelMagic)]) != modelMagic ||
		binary.LittleEndian.Uint32(data[len(modelMagic):]) != modelDims {
		return fmt.Errorf("decode model: %w", errors.New("not a model of this analyser's features"))
	}
	data = data[len(modelMagic)+4:]
	for i := range m.line {
		m.line[i] = math.Float32frombits(binary.LittleEndian.Uint32(data))
		data = data[4:]
	}
	for _, w := range heads {
		*w = make([]float32, modelDims)
		for i := range *w {
			(*w)[i] = math.Float32frombits(binary.LittleEndian.Uint32(data))
			data = data[4:]
		}
	}
	return nil
}

func (m *Model) heads() []*[]float32 {
	var hs []*[]float32
	for i := range m.cat {
		hs = append(hs, &m.cat[i])
	}
	for i := range m.status {
		hs = append(hs, &m.status[i])
	}
	return hs
}

func dot(w []float32, x *sparse) float64 {
	var s float64
	for k, i := range x.idx {
		s += float64(w[i]) * float64(x.val[k])
	}
	return s
}

func sigmoid(z float64) float64 { return 1 / (1 + math.Exp(-z)) }

// prior is what the rules say, as the model's starting point: a category's
// log-odds log(s/threshold), so that a model of zero weights decides as the
// rules do, and a margin for the rules' ceasefire state. The L2 penalty
// then pulls the model towards the rules, not towards nothing.
type prior struct {
	cat    [len(rules)]float64
	status [4]float64
}

// priorLimit bounds a category's prior log-odds.
const priorLimit = 6

// statusMargin is the log-odds lead the rules' ceasefire state starts with.
const statusMargin = 2

func priorOf(rr *ruleResult) prior {
	var p prior
	for i, sc := range rr.score {
		z := -float64(priorLimit)
		if sc > 0 {
			z = math.Log(float64(sc) / float64(1-sc))
		}
		p.cat[i] = max(-priorLimit, min(priorLimit, z))
	}
	for k := range statusOrder {
		if rr.decision == statusOrder[k] {
			p.status[k] = statusMargin
		}
	}
	return p
}

// probs returns the probability of each category, in the order of rules,
// of an article of features x (extended, xx, for a model of Genre or Lead).
func (m *Model) probs(x, xx *sparse, pr *prior) [len(rules)]float64 {
	var p [len(rules)]float64
	if m.ext {
		x = xx
	}
	for i := range m.cat {
		z := dot(m.cat[i], x)
		if !m.free {
			z += pr.cat[i]
		}
		p[i] = sigmoid(z)
	}
	return p
}

// statusOf returns the most likely ceasefire state.
func (m *Model) statusOf(x *sparse, pr *prior) news.CeasefireStatus {
	best, bestZ := 0, math.Inf(-1)
	for k := range m.status {
		if z := pr.status[k] + dot(m.status[k], x); z > bestZ {
			best, bestZ = k, z
		}
	}
	return statusOrder[best]
}

//go:embed model/weights.bin
var modelData []byte

// learned is the embedded model, or nil when its weights do not fit this
// analyser's features (then the rules decide alone).
var learned = func() *Model {
	var m Model
	if err := m.UnmarshalBinary(modelData); err != nil {
		return nil
	}
	return &m
}()

// reportLength is the form of an agency's or a monitor's report, read at
// run time: the number of sentences of a text that does not open as a wire
// story, 0 for a wire story (an agency tag before a dash in the first words,
// "BEIRUT (Reuters) -", "... (AFP) —"). cmd/train gates the learned layer on
// it: the model decides only from a length its cross-validation chose.
func reportLength(d *doc) int {
	if len(d.sents) == 0 || wireOpening(d.sents[0].text) {
		return 0
	}
	return len(d.sents)
}

// paragraphs is the number of paragraphs of the text of d.
func paragraphs(d *doc) int {
	if len(d.sents) == 0 {
		return 0
	}
	return d.sents[len(d.sents)-1].para + 1
}

// wireOpening reports a wire dateline among the first words of a text: an
// agency tag in brackets before a dash ("BEIRUT (Reuters) -", "(AFP)—"),
// not an acronym in brackets ("the World Food Programme (WFP) said").
func wireOpening(s string) bool {
	fs := strings.Fields(s)
	for i, w := range fs[:min(len(fs), 8)] {
		tag, rest, ok := strings.Cut(w, ")")
		if !ok || !strings.HasPrefix(tag, "(") || !isAgencyTag(tag) || strings.Trim(rest, "-–—") != "" {
			continue
		}
		if rest != "" || (i+1 < len(fs) && strings.Trim(fs[i+1], "-–—") == "") {
			return true
		}
	}
	return false
}

package analyze

import (
	"math"
	"slices"

	"github.com/conflict-digest/conflict-digest/news"
)

// Sample is what the learned layer reads of one article, with what the
// rules decided of it; NewSample makes one for training and measurement.
type Sample struct {
	x        sparse
	xx       sparse // x and, past modelDims, the genre block and the lead's n-grams (extFeatures)
	tx       sparse // what a talks head of cues and talks words reads (talksFeatures)
	prior    prior
	relevant bool
	report   int // reportLength
	paras    int // paragraphs of the text
	sents    int // sentences of the text, the headline apart
	titled   bool
	talksAny bool // the rules' talks decision, whatever the gate
	// Rules and RuleStatus are the rules' decision: no category when the
	// relevance gate turns the article away.
	Rules      []news.Category
	RuleStatus news.CeasefireStatus
}

// ruleRead is what Analyze reads of an article up to the relevance gate's
// decision and the rules' categories: what the learned layers start from.
type ruleRead struct {
	d   *doc
	gi  gateInput
	c   gateCounts
	rel news.Relevance
	rr  ruleResult
	ss  []scored // the scored sentences the rules read
}

// readRules reads a as Analyze does, up to the gate's decision and the
// rules' categories; false for an article in a language the analysis does
// not read.
func readRules(a *news.Article) (ruleRead, bool) {
	title, text := readAs(a.Title, a.Text)
	d := newDoc(title, text)
	d.year = yearOf(a.Published)
	if l := docLanguage(d, title, text); l != "" && l != English {
		return ruleRead{}, false
	}
	places, actors := entities(d)
	r := ruleRead{d: d, gi: newGateInput(d, places, actors)}
	r.c = countGate(r.gi)
	r.rel = relevanceOf(r.gi, r.c)
	r.ss = scoreSentences(d)
	r.rr = applyRules(d, r.ss)
	return r, true
}

// NewSample reads a as Analyze does, up to the decision of its categories.
func NewSample(a *news.Article) Sample {
	r, ok := readRules(a)
	if !ok {
		return Sample{}
	}
	d, rr, gi, c, rel := r.d, r.rr, r.gi, r.c, r.rel
	x := features(d, &rr, &gi, &c, rel.Relevant)
	s := Sample{x: x, xx: extFeatures(d, &x), prior: priorOf(&rr), tx: talksFeatures(d, r.ss), relevant: rel.Relevant, report: reportLength(d), paras: paragraphs(d), sents: len(d.sents), titled: d.title != "", talksAny: rr.decided[talksRule]}
	if rel.Relevant {
		s.Rules = rr.cats()
		if slices.Contains(s.Rules, news.Ceasefire) {
			s.RuleStatus = rr.decision
		}
	}
	return s
}

// Predict returns the categories and ceasefire status the model gives s:
// none for an article the relevance gate turns away or that is not read.
func (m *Model) Predict(s *Sample) ([]news.Category, news.CeasefireStatus) {
	var lines [len(rules)]float64
	for i, l := range m.line {
		lines[i] = float64(l)
	}
	return m.Decide(s, lines)
}

// Decide is Predict with the given decision lines (one probability per
// category, in the order of rules): cross-validation chooses them.
func (m *Model) Decide(s *Sample, lines [len(rules)]float64) ([]news.Category, news.CeasefireStatus) {
	if !s.relevant {
		return nil, news.CeasefireNone
	}
	var cats []news.Category
	for i, p := range m.probs(&s.x, &s.xx, &s.prior) {
		if p >= lines[i] {
			cats = append(cats, rules[i].cat)
		}
	}
	if !slices.Contains(cats, news.Ceasefire) {
		return cats, news.CeasefireNone
	}
	return cats, m.statusOf(&s.x, &s.prior)
}

// Probs returns the model's probability of each category for s (talks,
// ceasefire, humanitarian, violence), whether or not the relevance gate
// keeps it: cross-validation compares them with the rules' decision.
func (m *Model) Probs(s *Sample) [len(rules)]float64 { return m.probs(&s.x, &s.xx, &s.prior) }

// Relevant reports whether the relevance gate keeps the article of s.
func (s *Sample) Relevant() bool { return s.relevant }

// ReportLength is the sentences of the article of s when it has the form
// of a report (paragraphs, no wire dateline), else 0: the genre a gate of
// the learned layer reads.
func (s *Sample) ReportLength() int { return s.report }

// Paragraphs is the number of paragraphs of the text of s.
func (s *Sample) Paragraphs() int { return s.paras }

// Status is the ceasefire state the model gives s.
func (m *Model) Status(s *Sample) news.CeasefireStatus { return m.statusOf(&s.x, &s.prior) }

// Label is the gold of one training article.
type Label struct {
	Categories []news.Category
	Status     news.CeasefireStatus // of a ceasefire article; "" when unknown
	// Untold are the categories the label does not tell (a talks part of
	// AG News says talks or not, and not whether there was aid): their
	// heads do not learn from the article.
	Untold []news.Category
}

// TrainConfig sets the regularisation and the optimiser of Train.
type TrainConfig struct {
	L2       float64    // weight of the L2 penalty of the category heads, towards the rules' decision
	StatusL2 float64    // the same for the ceasefire status head, which learns from few articles
	Lines    [4]float64 // the probability from which each category is given (talks, ceasefire, humanitarian, violence)
	Rate     float64    // Adagrad step size
	Steps    int        // full passes over the data
	// StatusOnly trains the ceasefire status head alone (the category
	// heads stay zero: the rules' decision); cross-validation of the
	// status is then quick.
	StatusOnly bool
	// Free, Genre and Lead give the category heads room to differ from
	// the rules (modelroom.go; measured by cmd/train, never shipped): no
	// prior from the rules' log-odds (the penalty pulls towards zero), the
	// genre block, the lead's n-grams. The status head is as it was.
	Free, Genre, Lead bool
}

// DefaultTrain is the configuration the embedded weights were trained with:
// the penalty and decision lines that the rule of `go run ./cmd/train -cv`
// picks on the 5 folds of all the data (each category's line by its F1,
// then the penalty with the best mission micro-F1 whose ceasefire status is
// no worse than the rules'). The status head, which learns from some 40
// articles, keeps the strongest penalty.
var DefaultTrain = TrainConfig{L2: 1, StatusL2: 10, Rate: 0.2, Steps: 300, Lines: [4]float64{0.3, 0.5, 0.4, 0.5}}

// Train fits a model to the samples and their labels (in the same order).
// It is deterministic: full-batch Adagrad from zero weights, examples summed
// in their given order, no randomness; the weights are rounded to float32.
func Train(samples []Sample, labels []Label, cfg TrainConfig) *Model {
	m := &Model{free: cfg.Free, ext: cfg.extended()}
	for i, l := range cfg.Lines {
		m.line[i] = float32(l)
	}
	catXs := samples
	if m.ext {
		catXs = make([]Sample, len(samples))
		for k := range samples {
			catXs[k].prior = samples[k].prior
			for j, i := range samples[k].xx.idx {
				if cfg.inBlock(i) {
					catXs[k].x.add(int(i), samples[k].xx.val[j])
				}
			}
		}
	}
	for i := range rules {
		if cfg.StatusOnly {
			m.cat[i] = make([]float32, m.dims())
			continue
		}
		ys := make([]float64, len(samples))
		for k := range labels {
			ys[k] = b2f64(slices.Contains(labels[k].Categories, rules[i].cat))
			if slices.Contains(labels[k].Untold, rules[i].cat) {
				ys[k] = untold
			}
		}
		m.cat[i] = round32(fitLogistic(catXs, ys, i, cfg, m.dims()))
	}
	var xs []Sample
	var ys []int
	for k := range labels {
		if c := slices.Index(statusOrder[:], labels[k].Status); c >= 0 && slices.Contains(labels[k].Categories, news.Ceasefire) {
			xs, ys = append(xs, samples[k]), append(ys, c)
		}
	}
	sc := cfg
	sc.L2 = cfg.StatusL2
	for k, w := range fitSoftmax(xs, ys, sc) {
		m.status[k] = round32(w)
	}
	return m
}

// untold marks an article whose label does not tell a head's category.
const untold = -1

func b2f64(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

func round32(w []float64) []float32 {
	out := make([]float32, len(w))
	for i, v := range w {
		out[i] = float32(v)
	}
	return out
}

// fitLogistic minimises the mean logistic loss plus L2/2 |w|² (the bias
// too: the prior is the rules) by full-batch Adagrad.
func fitLogistic(xs []Sample, ys []float64, head int, cfg TrainConfig, dims int) []float64 {
	w := make([]float64, dims)
	acc := make([]float64, dims)
	grad := make([]float64, dims)
	for range cfg.Steps {
		clear(grad)
		for k := range xs {
			if ys[k] == untold {
				continue
			}
			x := &xs[k].x
			pr := xs[k].prior.cat[head]
			if cfg.Free {
				pr = 0
			}
			g := sigmoid(pr+dot64(w, x)) - ys[k]
			for j, i := range x.idx {
				grad[i] += float64(g * float64(x.val[j]))
			}
		}
		adagrad(w, grad, acc, cfg)
	}
	return w
}

// fitSoftmax fits one weight vector per class to minimise the mean
// cross-entropy plus L2/2 |w|², by full-batch Adagrad.
func fitSoftmax(xs []Sample, ys []int, cfg TrainConfig) [4][]float64 {
	var w, acc, grad [4][]float64
	for c := range w {
		w[c], acc[c], grad[c] = make([]float64, modelDims), make([]float64, modelDims), make([]float64, modelDims)
	}
	for range cfg.Steps {
		for c := range grad {
			clear(grad[c])
		}
		for k := range xs {
			x := &xs[k].x
			p := softmax(w, x, &xs[k].prior)
			for c := range w {
				g := p[c] - b2f64(ys[k] == c)
				for j, i := range x.idx {
					grad[c][i] += float64(g * float64(x.val[j]))
				}
			}
		}
		for c := range w {
			adagrad(w[c], grad[c], acc[c], cfg)
		}
	}
	return w
}

func softmax(w [4][]float64, x *sparse, pr *prior) [4]float64 {
	var z [4]float64
	top := math.Inf(-1)
	for c := range w {
		z[c] = pr.status[c] + dot64(w[c], x)
		top = max(top, z[c])
	}
	var sum float64
	for c := range z {
		z[c] = math.Exp(z[c] - top)
		sum += z[c]
	}
	for c := range z {
		z[c] /= sum
	}
	return z
}

// adagrad adds the penalty's gradient to grad and takes one step. The
// explicit conversions keep the compiler from fusing multiply-adds, so that
// the weights are the same bit for bit wherever they are trained.
func adagrad(w, grad, acc []float64, cfg TrainConfig) {
	for i := range w {
		g := grad[i]
		g += float64(cfg.L2 * w[i])
		if g == 0 {
			continue
		}
		acc[i] += float64(g * g)
		w[i] -= float64(cfg.Rate*g) / (math.Sqrt(acc[i]) + 1e-8)
	}
}

func dot64(w []float64, x *sparse) float64 {
	var s float64
	for k, i := range x.idx {
		s += float64(w[i] * float64(x.val[k]))
	}
	return s
}

package analyze

import (
	"math"
	"slices"
	"strings"
	"sync"

	"github.com/conflict-digest/conflict-digest/lang"
)

// A talks head for short items (issue 14, "agreements and negotiations in
// other wars"): the talks category's logistic regression alone, trained by
// `go run ./cmd/train -talks` on the committed talks labels of short wire
// snippets as well as the training articles. It is measured by
// cross-validation beside the rules and does not decide (README, "The
// learned layer").

// Sentences is the number of sentences of the text of s (the headline
// apart); Titled reports a headline.
func (s *Sample) Sentences() int { return s.sents }

// Titled reports whether the article of s has a headline of its own.
func (s *Sample) Titled() bool { return s.titled }

// RuleTalksScore is the rules' talks score of s, s/(s+threshold).
func (s *Sample) RuleTalksScore() float64 { return sigmoid(s.prior.cat[talksRule]) }

// RulesTalksUngated is the rules' talks decision of s whether or not the
// relevance gate keeps it.
func (s *Sample) RulesTalksUngated() bool { return s.talksAny }

// talksRule is the index of the talks rule in rules.
const talksRule = 0

// TalksFeatures names what a talks head reads.
type TalksFeatures int

const (
	// TalksLayer: the learned layer's features (the rules' and the gate's,
	// hashed n-grams of the headline and lead).
	TalksLayer TalksFeatures = iota
	// TalksWords: the layer's n-grams and a bias alone, a second opinion
	// independent of the rules' cues.
	TalksWords
	// TalksCues: the layer's rule and gate features, the evidence of each
	// diplomacy cue feature (talksCueFeatures) in the headline and lead and
	// past them, and n-grams of talks words (talksWordGrams): what may
	// carry from one war's talks to another's, no place or party's name.
	TalksCues
	// TalksCuesOnly: TalksCues without the n-grams of talks words.
	TalksCuesOnly
)

// TalksHead is a logistic regression of the talks category alone,
// starting from the rules' log-odds as the learned layer's heads do, or
// (fromRules false) from even odds, the rules' score one feature among
// the others.
type TalksHead struct {
	w         []float32
	fromRules bool
	feats     TalksFeatures
}

// TrainTalks fits a talks head to the samples and whether each is talks
// (in the same order); deterministic, as Train. TalksWords starts from
// even odds whatever fromRules says.
func TrainTalks(samples []Sample, talks []bool, cfg TrainConfig, fromRules bool, feats TalksFeatures) *TalksHead {
	ys := make([]float64, len(talks))
	for k, t := range talks {
		ys[k] = b2f64(t)
	}
	h := &TalksHead{fromRules: fromRules && feats != TalksWords, feats: feats}
	if !h.fromRules || feats != TalksLayer {
		samples = slices.Clone(samples)
		for k := range samples {
			if !h.fromRules {
				samples[k].prior.cat[talksRule] = 0
			}
			samples[k].x = h.input(&samples[k])
		}
	}
	h.w = round32(fitLogistic(samples, ys, talksRule, cfg, modelDims))
	return h
}

// input is the feature vector the head reads of s.
func (h *TalksHead) input(s *Sample) sparse {
	switch h.feats {
	case TalksWords:
		return keep(&s.x, func(i int32) bool { return i == 0 || i >= denseFeatures })
	case TalksCues, TalksCuesOnly:
		x := keep(&s.x, func(i int32) bool { return i < denseFeatures })
		for k, i := range s.tx.idx {
			if h.feats == TalksCues || i < talksGramBase {
				x.add(int(i), s.tx.val[k])
			}
		}
		return x
	}
	return s.x
}

// keep is x with the features whose index in says.
func keep(x *sparse, in func(int32) bool) sparse {
	var out sparse
	for k, i := range x.idx {
		if in(i) {
			out.add(int(i), x.val[k])
		}
	}
	return out
}

// Prob is the head's probability that s is talks.
func (h *TalksHead) Prob(s *Sample) float64 {
	var z float64
	if h.fromRules {
		z = s.prior.cat[talksRule]
	}
	if h.feats == TalksLayer {
		return sigmoid(z + dot(h.w, &s.x))
	}
	x := h.input(s)
	return sigmoid(z + dot(h.w, &x))
}

// talksCueFeatures are the cue features whose evidence a TalksCues head
// reads: diplomacy and what the rules hold is not it, and the violence and
// truce beside it.
var talksCueFeatures = []feature{
	fTalks, fNotTalks, fParley, fTreaty, fTerms, fEndAim, fRhetoric, fStrife, fByForce,
	fCauseEnvoy, fUNTheme, fAssembly, fWarWork, fAidWork, fViolence, fCeasefire, fProposed,
}

// talksCueBase is where the cue evidence stands in a talks feature vector
// (after the layer's rule and gate features); talksGramBase where the
// n-grams of talks words do, in talksGramBits buckets.
const (
	talksCueBase  = denseFeatures
	talksGramBase = talksCueBase + 64
	talksGramBits = hashBits - 1
)

// talksFeatures is what a TalksCues head reads of an article beyond the
// learned layer's rule and gate features: each cue feature's strongest
// evidence in the headline and lead and past them, and the hashed
// unigrams and bigrams of the headline and first sentences that hold a
// word of the talks lexicon (talksVocab), scaled to unit length.
func talksFeatures(d *doc, ss []scored) sparse {
	var x sparse
	for k, f := range talksCueFeatures {
		var lead, later float32
		for i := range ss {
			if ss[i].lead {
				lead = max(lead, ss[i].evidenceOf(f))
			} else {
				later = max(later, ss[i].evidenceOf(f))
			}
		}
		x.add(talksCueBase+2*k, min(lead, 2)/2)
		x.add(talksCueBase+2*k+1, min(later, 2)/2)
	}
	hs := appendTalksGrams(nil, d.titleWords)
	for _, s := range d.sents[:min(len(d.sents), ngramSentences)] {
		hs = appendTalksGrams(hs, s.words)
	}
	slices.Sort(hs)
	hs = slices.Compact(hs)
	v := float32(1 / math.Sqrt(float64(max(len(hs), 1))))
	for _, h := range hs {
		x.add(talksGramBase+int(h), v)
	}
	return x
}

// appendTalksGrams appends the hashes of the talks words of ws (in their
// lexicon form, talksWord) and of the pairs of neighbouring words (stop
// words of the function tier left out) one of which is a talks word.
func appendTalksGrams(hs []int32, ws []string) []int32 {
	prev, prevTalk := "", false
	for _, w := range ws {
		if lang.IsStop(w, lang.Function) {
			continue
		}
		t, ok := talksWord(w)
		if ok {
			w = t
			hs = append(hs, int32(fnvString(fnvOffset, w)>>(32-talksGramBits)))
		}
		if prev != "" && (ok || prevTalk) {
			hs = append(hs, int32(fnvString(fnvByte(fnvString(fnvOffset, prev), ' '), w)>>(32-talksGramBits)))
		}
		prev, prevTalk = w, ok
	}
	return hs
}

// talksWord returns w as the talks lexicon has it (a plural's singular, a
// prefix cue's prefix: "negotiators" is "negotiat"), and whether it is a
// word of the lexicon's diplomacy cues at all.
func talksWord(w string) (string, bool) {
	v := talksVocab()
	if v.words[w] {
		return w, true
	}
	if t, ok := strings.CutSuffix(w, "s"); ok && v.words[t] {
		return t, true
	}
	for _, p := range v.prefixes {
		if strings.HasPrefix(w, p) {
			return p, true
		}
	}
	return "", false
}

// talksVocab is the words of the cues of talks, parley, treaty and terms
// in the lexicon: their plain words (function stop words left out) and
// the stems of their prefix words ("negotiat*").
var talksVocab = sync.OnceValue(func() (v struct {
	words    map[string]bool
	prefixes []string
}) {
	v.words = map[string]bool{}
	for _, c := range lex.cues {
		if c.feat != fTalks && c.feat != fParley && c.feat != fTreaty && c.feat != fTerms {
			continue
		}
		for _, t := range c.toks {
			switch {
			case strings.HasSuffix(t, "*") && !strings.ContainsAny(t[:len(t)-1], "*_#"):
				v.prefixes = append(v.prefixes, t[:len(t)-1])
			case strings.ContainsAny(t, "*_#"), lang.IsStop(t, lang.Function), len(t) < 3:
			default:
				v.words[t] = true
			}
		}
	}
	slices.Sort(v.prefixes)
	v.prefixes = slices.Compact(v.prefixes)
	return v
})

package analyze

import "slices"

// A talks head for short items (issue 14, "agreements and negotiations in
// other wars"): the talks category's logistic regression alone, over the
// learned layer's features, trained by `go run ./cmd/train -talks` on the
// committed talks labels of short wire snippets as well as the training
// articles. It is measured by cross-validation beside the rules and does
// not decide (README, "The learned layer").

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

// TalksHead is a logistic regression of the talks category alone,
// starting from the rules' log-odds as the learned layer's heads do, or
// (fromRules false) from even odds, the rules' score one feature among
// the others.
type TalksHead struct {
	w         []float32
	fromRules bool
	words     bool // the n-grams and a bias only: no rule or gate feature
}

// TrainTalks fits a talks head to the samples and whether each is talks
// (in the same order); deterministic, as Train.
// With words, it reads the n-grams and a bias alone (and starts from even
// odds): a second opinion independent of the rules' cues.
func TrainTalks(samples []Sample, talks []bool, cfg TrainConfig, fromRules, words bool) *TalksHead {
	ys := make([]float64, len(talks))
	for k, t := range talks {
		ys[k] = b2f64(t)
	}
	h := &TalksHead{fromRules: fromRules && !words, words: words}
	if !h.fromRules {
		samples = slices.Clone(samples)
		for k := range samples {
			samples[k].prior.cat[talksRule] = 0
			if words {
				samples[k].x = wordsOnly(&samples[k].x)
			}
		}
	}
	h.w = round32(fitLogistic(samples, ys, talksRule, cfg))
	return h
}

// wordsOnly is x with the bias and the n-grams only.
func wordsOnly(x *sparse) sparse {
	var out sparse
	for k, i := range x.idx {
		if i == 0 || i >= denseFeatures {
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
	if h.words {
		x := wordsOnly(&s.x)
		return sigmoid(dot(h.w, &x))
	}
	return sigmoid(z + dot(h.w, &s.x))
}

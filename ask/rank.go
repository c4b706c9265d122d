package ask

import (
	"strings"

	"github.com/conflict-digest/conflict-digest/news"
)

// Weights of the re-ranking: a term in the title counts 1+wTitle times, the
// best sentence adds wBest of its weight, the date up to wWindow of the
// question's weight.
var (
	wTitle  = 0.2
	wBest   = 0.5
	wWindow = 0.3
)

// rerank scores one article against every term of the question, common ones
// included: the weight of the terms it holds, more for terms in its title,
// its best sentence, its date against the window and the question's names
// found as phrases.
func (a *Asker) rerank(q *Question, gs []group, total float64, art news.Article) candidate {
	c := candidate{art: art}
	texts := append([]string{art.Title}, a.opts.Split(art.Text)...)
	found := make([]bool, len(gs))
	inTitle := make([]bool, len(gs))
	best := 0.0
	for pos, text := range texts {
		s := sentence{pos: pos, text: text, toks: tokenize(text)}
		s.hit = make([]bool, len(s.toks))
		w := 0.0
		for gi, g := range gs {
			if g.df == 0 || !matchTerm(g.term, s.toks, s.hit) {
				continue
			}
			w += g.idf
			found[gi] = true
			if pos == 0 {
				inTitle[gi] = true
			}
		}
		s.score = w / total
		best = max(best, w)
		c.sents = append(c.sents, s)
	}
	sum := 0.0
	for gi, g := range gs {
		if found[gi] {
			sum += g.idf
		}
		if inTitle[gi] {
			sum += wTitle * g.idf
		}
	}
	c.cover = min(1, sum/total)
	c.score = sum + wBest*best + windowScore(q.Window, art.Published)*wWindow*total
	low := " " + strings.Join(tokenWords(texts), " ") + " "
	for _, name := range q.Names {
		if strings.Contains(name, " ") && strings.Contains(low, " "+name+" ") {
			c.phrase = true
			c.score += 0.1 * total
		}
	}
	return c
}

// matchTerm marks the tokens that match t and reports whether any did.
func matchTerm(t Term, toks []token, hit []bool) bool {
	ok := false
	for i, k := range toks {
		if k.low == t.Word || k.stem == t.Stem {
			hit[i] = true
			ok = true
		}
	}
	return ok
}

// tokenWords returns the lower-cased words of texts in order.
func tokenWords(texts []string) []string {
	var out []string
	for _, t := range texts {
		for _, k := range tokenize(t) {
			out = append(out, k.low)
		}
	}
	return out
}

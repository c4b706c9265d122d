package analyze

import (
	"math"
	"slices"
	"sort"
	"strings"

	"github.com/conflict-digest/conflict-digest/lang"
	"github.com/conflict-digest/conflict-digest/news"
)

// Summary limits: at most three whole sentences, about summaryChars
// characters (one sentence may exceed it alone; none is ever cut).
const (
	summarySentences = 3
	summaryChars     = 400
	summaryScan      = 30 // sentences considered: news puts the event first
	minSummaryWords  = 6
	maxSummaryWords  = 90
	redundancy       = 0.6 // cosine above which a sentence repeats a chosen one
	decisionBonus    = 0.3 // for a talks sentence that tells a decision (StatesDecision)
)

// candidate is a sentence that may enter the summary.
type candidate struct {
	text  string   // cleaned, verbatim from its start
	words []string // of text
	orig  string   // as split
	index int
	vec   vector
	score float64
}

// summarize picks one to three sentences for the event: lead position,
// closeness to the article's centroid and to its headline, the sentences
// that carry its figures and category evidence, and most, in a talks report, a sentence
// that tells a decision (a veto, a resolution adopted); returned in article order,
// its asides and clock times tidied (TidySummary).
func summarize(d *doc, an *news.Analysis) string {
	cands := summaryCandidates(d)
	if len(cands) == 0 {
		return ""
	}
	n := 0
	for _, c := range cands {
		n += len(c.vec.m)
	}
	centroid := vector{m: make(map[string]float64, n)} // made once, not grown
	for _, c := range cands {
		for w, v := range c.vec.m {
			centroid.m[w] += v
		}
	}
	centroid.setNorm()
	title := termVector(d.titleWords)
	key := keySentences(an)
	talks := slices.Contains(an.Categories, news.Talks)
	for i := range cands {
		c := &cands[i]
		pos := 1 / (1 + 0.35*float64(i))
		c.score = 0.5*pos + 0.35*cosine(c.vec, centroid) + 0.25*cosine(c.vec, title)
		if key[c.orig] {
			c.score += 0.1
		}
		if talks && statesDecision(c.words) {
			c.score += decisionBonus // the session's outcome, not its speeches
		}
	}
	return TidySummary(strings.Join(pickSentences(cands), " "))
}

// summaryCandidates cleans the first sentences and keeps those that read as
// news: long enough, not furniture, not a question, not the headline again.
func summaryCandidates(d *doc) []candidate {
	var out []candidate
	for i := range d.sents {
		s := &d.sents[i]
		if s.index >= summaryScan {
			break
		}
		front, _ := s.cutFront() // as classify cut it
		text := cleanFront(front, d.title)
		low, ws := s.lower, s.words
		if len(text) != len(s.text) {
			low = strings.ToLower(text)
			ws = lang.Words(low)
		}
		if len(ws) < minSummaryWords || len(ws) > maxSummaryWords || strings.HasSuffix(text, "?") ||
			!endsSentence(text) || isBoilerplate(low, ws) || endsWithDate(ws) {
			continue
		}
		out = append(out, candidate{text: text, words: ws, orig: s.text, index: s.index, vec: termVector(ws)})
	}
	return out
}

// endsSentence reports a sentence that ends with its mark (or a quote after
// it), so that no summary stops mid-sentence.
func endsSentence(s string) bool {
	s = strings.TrimRight(s, "\"'”’)")
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, "!")
}

// keySentences are the sentences that state the facts or earned a category.
func keySentences(an *news.Analysis) map[string]bool {
	key := map[string]bool{}
	for _, f := range []*news.Figure{an.Facts.Killed, an.Facts.Injured, an.Facts.Displaced, an.Facts.Evacuated} {
		if f != nil {
			key[f.Sentence] = true
		}
	}
	for _, ss := range an.Evidence {
		for _, s := range ss {
			key[s] = true
		}
	}
	return key
}

// pickSentences chooses by score under the limits, skipping repeats, and
// returns the texts in article order.
func pickSentences(cands []candidate) []string {
	order := make([]int, len(cands))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return cands[order[a]].score > cands[order[b]].score })
	var chosen []int
	size := 0
	for _, i := range order {
		c := cands[i]
		if len(chosen) == summarySentences || (len(chosen) > 0 && size+len(c.text) > summaryChars) {
			continue
		}
		if repeats(c, cands, chosen) {
			continue
		}
		chosen = append(chosen, i)
		size += len(c.text) + 1
	}
	sort.Ints(chosen)
	out := make([]string, len(chosen))
	for k, i := range chosen {
		out[k] = cands[i].text
	}
	return out
}

func repeats(c candidate, cands []candidate, chosen []int) bool {
	for _, j := range chosen {
		if cosine(c.vec, cands[j].vec) > redundancy {
			return true
		}
	}
	return false
}

// vector is a bag of content words with its Euclidean norm.
type vector struct {
	m    map[string]float64
	norm float64
}

func (v *vector) setNorm() {
	var n float64
	for _, x := range v.m {
		n += x * x
	}
	v.norm = math.Sqrt(n)
}

// termVector counts the content words of a sentence.
func termVector(ws []string) vector {
	// The content words first, so that the map is made at their number,
	// not at the sentence's (half of which are function words).
	var buf [maxSummaryWords]string
	content := buf[:0]
	for _, w := range ws {
		if len(w) < 3 || lang.IsStop(w, summaryStops) {
			continue
		}
		content = append(content, w)
	}
	v := vector{m: make(map[string]float64, len(content))}
	for _, w := range content {
		v.m[w]++
	}
	v.setNorm()
	return v
}

func cosine(a, b vector) float64 {
	if a.norm == 0 || b.norm == 0 {
		return 0
	}
	if len(a.m) > len(b.m) {
		a, b = b, a
	}
	var dot float64
	for w, x := range a.m {
		dot += x * b.m[w]
	}
	return dot / (a.norm * b.norm)
}

// summaryStops are the words that do not make two sentences alike: function
// words and verbs of saying.
const summaryStops = lang.Function | lang.Reporting

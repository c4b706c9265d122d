package analyze

import (
	"math"
	"strings"

	"github.com/conflict-digest/conflict-digest/lang"
)

// A learned choice of a figure's originator among the sources the rules can
// see (issue 10, "Who says it"): each figure's candidates are the rules'
// choice, "" (the outlet's own count) and every source named in the
// figure's sentence, the sentences around it, the headline and the lead
// (table names and names as written), each with features of where and how
// it is named; a linear ranker (softmax over the candidates, trained by
// `go run ./cmd/train -orig`) scores them. The rules' choice is a feature.

// origCand is one source a figure's originator may be, with its features.
type origCand struct {
	name  string
	party bool
	f     [origFeatures]float32
}

// The features of a candidate (origFeatureNames names them).
const (
	ofEmpty      = iota // "": the outlet's own count
	ofRule              // the rules chose it
	ofSame              // named in the figure's sentence
	ofPrev1             // named in the sentence before
	ofPrev2             // two sentences before
	ofNext1             // in the sentence after
	ofNext2             // two after
	ofHead              // in the headline
	ofLead              // in the lead (the first body sentence)
	ofBefore            // named before the number in its sentence
	ofNear              // nearness to the number in its sentence: 1/(1+d/4)
	ofCueAfter          // an attribution word within three tokens after the name
	ofAccording         // "according to" before the name
	ofAttr              // the attribution of its sentence (the rules' reading) names it
	ofSrc               // the rules' source of the figure's sentence (sources: own or carried)
	ofClause            // the second clause's source at the number (clauseSource)
	ofRelay             // named before "told": the relayed source
	ofParty             // a party to the fighting
	ofTable             // a name of the originator table
	ofWritten           // a name as written (writtenSource)
	ofKindSayer         // a source by kind (kindSayer)
	ofCount             // log(1 + sentences of the article naming it)
	ofOtherFigs         // the rules gave it to another figure of the article
	ofSameFigs          // the rules gave it to another figure of the sentence
	ofEmptyNoSrc        // "" and the figure's sentence names no source
	ofEmptyTitle        // "" and the figure is the headline's
	ofEmptyBack         // "" and the figure is background or another event's
	ofComma             // a comma between the name and the number
	ofFirst             // the first source the article names
	ofEmptyRule         // "" and the rules named a source (the rules' source is not "")
	ofFar               // named in the article farther than the window
	ofPhrase            // the words right before an attribution word or after "according to", as written
	ofPath              // the rules' choice, by the rule that gave it (rulePaths of them, mention.path)
	origFeatures = ofPath + rulePaths
)

// origFeatureNames names the features, in order (the trainer prints them).
var origFeatureNames = [origFeatures]string{"empty", "rule", "same", "prev1", "prev2", "next1", "next2", "head", "lead",
	"before", "near", "cue-after", "according", "attr", "src", "clause", "relay", "party", "table", "written", "kind-sayer",
	"count", "other-figs", "same-figs", "empty-no-src", "empty-title", "empty-back", "comma", "first", "empty-rule-named", "far", "phrase",
	"path-none", "path-cue-subject", "path-party-agent", "path-says-before", "path-carrier-written", "path-kind-sayer",
	"path-written", "path-generic-body", "path-table-own", "path-table-next", "path-table-relay", "path-told-person", "path-after"}

// origWindow is how many sentences before and after a figure's sentence
// its candidates are looked for in.
const origWindow = 2

// origCandidates returns mention i's candidates, the rules' choice first,
// "" first (the rules' choice) or second. src are the sentences' sources (sources).
func origCandidates(sents []factSentence, src []int, ms []mention, i int) []origCand {
	m := &ms[i]
	var out []origCand
	at := map[string]int{}
	add := func(name string, party bool) *origCand {
		k := strings.ToLower(name)
		if j, ok := at[k]; ok {
			return &out[j]
		}
		at[k] = len(out)
		out = append(out, origCand{name: name, party: party})
		return &out[len(out)-1]
	}
	r := add(m.fig.Originator, m.fig.PartyClaim)
	r.f[ofRule] = 1
	r.f[ofPath+int(m.path)] = 1
	e := add("", false)
	e.f[ofEmpty] = 1
	if m.fig.Originator != "" {
		e.f[ofEmptyRule] = 1
	}
	if m.index < 0 {
		e.f[ofEmptyTitle] = 1
	}
	if m.background || m.other {
		e.f[ofEmptyBack] = 1
	}
	s := &sents[m.sent]
	// the sentences looked in and what each is to the figure
	type look struct {
		si   int
		feat int
	}
	var looks []look
	for d := -origWindow; d <= origWindow; d++ {
		si := m.sent + d
		if si < 0 || si >= len(sents) {
			continue
		}
		f := [...]int{ofPrev2, ofPrev1, ofSame, ofNext1, ofNext2}[d+origWindow]
		looks = append(looks, look{si, f})
	}
	for si := range sents {
		if sents[si].index < 0 {
			looks = append(looks, look{si, ofHead})
		} else if sents[si].index == 0 {
			looks = append(looks, look{si, ofLead})
		} else if si < m.sent-origWindow || si > m.sent+origWindow {
			looks = append(looks, look{si, ofFar})
		}
	}
	// near sets the features of where a name at toks[a:b] of the figure's
	// sentence stands from its number
	near := func(c *origCand, t *factSentence, a, b int) {
		d := m.tok - b
		if a > m.tok {
			d = a - m.tok
		} else {
			c.f[ofBefore] = 1
		}
		c.f[ofNear] = max(c.f[ofNear], float32(1/(1+float64(max(d, 0))/4)))
		lo, hi := min(b, m.tok), max(a, m.tok)
		for j := lo; j < hi && j < len(t.toks); j++ {
			if t.toks[j].w == "," {
				c.f[ofComma] = 1
				break
			}
		}
	}
	first := true
	for _, l := range looks {
		t := &sents[l.si]
		t.tokenise()
		for _, om := range t.origs {
			name, party, ok := candName(sents, src, om.id)
			if !ok {
				continue
			}
			c := add(name, party)
			c.f[l.feat] = 1
			c.f[ofTable] = 1
			if party {
				c.f[ofParty] = 1
			}
			if l.feat != ofSame {
				continue
			}
			near(c, t, om.start, om.end)
			for j := om.end; j < len(t.toks) && j <= om.end+3; j++ {
				if isCue(t.toks, j) {
					c.f[ofCueAfter] = 1
					break
				}
			}
			if accordingTo(t.toks, om.start) {
				c.f[ofAccording] = 1
			}
			if om.end < len(t.toks) && t.toks[om.end].w == "told" {
				c.f[ofRelay] = 1
			}
		}
		if n, p, ok := writtenSource(t); ok {
			c := add(n, p)
			c.f[l.feat] = 1
			c.f[ofWritten] = 1
		}
		for _, ph := range cuePhrases(t) {
			c := add(ph.name, false)
			c.f[l.feat] = 1
			c.f[ofPhrase] = 1
			if l.feat == ofSame {
				near(c, t, ph.start, ph.end)
				if ph.according {
					c.f[ofAccording] = 1
				} else {
					c.f[ofCueAfter] = 1
				}
			}
		}
		if l.feat == ofSame {
			continue
		}
		if n, p, ok := kindSayer(t, 0); ok {
			c := add(n, p)
			c.f[l.feat] = 1
			c.f[ofKindSayer] = 1
		}
	}
	if n, p, ok := kindSayer(s, m.tok); ok {
		c := add(n, p)
		c.f[ofSame] = 1
		c.f[ofKindSayer] = 1
		if p {
			c.f[ofParty] = 1
		}
	}
	if a, ok := attribution(s); ok {
		if n, p, ok := candName(sents, src, a.id); ok {
			add(n, p).f[ofAttr] = 1
		}
	}
	if src[m.sent] >= 0 {
		if n, p, ok := candName(sents, src, src[m.sent]); ok {
			add(n, p).f[ofSrc] = 1
		}
	}
	if c := clauseSource(s, m.tok); c >= 0 {
		if n, p, ok := candName(sents, src, c); ok {
			add(n, p).f[ofClause] = 1
		}
	}
	for j := range ms {
		if j == i || ms[j].fig.Originator == "" {
			continue
		}
		c := add(ms[j].fig.Originator, ms[j].fig.PartyClaim)
		c.f[ofOtherFigs] = 1
		if ms[j].sent == m.sent {
			c.f[ofSameFigs] = 1
		}
	}
	if len(s.origs) == 0 {
		if _, _, ok := writtenSource(s); !ok {
			e.f[ofEmptyNoSrc] = 1
		}
	}
	// how often the article names each candidate, and the first it names
	counts := map[string]int{}
	firstName := ""
	for si := range sents {
		t := &sents[si]
		if t.toks == nil {
			continue
		}
		seen := map[string]bool{}
		for _, om := range t.origs {
			if n, _, ok := candName(sents, src, om.id); ok {
				k := strings.ToLower(n)
				if first {
					firstName, first = k, false
				}
				if !seen[k] {
					seen[k] = true
					counts[k]++
				}
			}
		}
	}
	for j := range out {
		k := strings.ToLower(out[j].name)
		if n := counts[k]; n > 0 {
			out[j].f[ofCount] = float32(math.Log1p(float64(n)))
		}
		if k != "" && k == firstName {
			out[j].f[ofFirst] = 1
		}
		if out[j].party {
			out[j].f[ofParty] = 1
		}
	}
	return out
}

// candName is the name a table entry is given as a figure's originator in
// this article, as the rules name it (a generic monitor as the one the
// article names, a bare army as the article's, a body narrowed to the
// article's conflict); ok is false for an outlet, which originates nothing.
func candName(sents []factSentence, src []int, id int) (string, bool, bool) {
	o := origs.list[id]
	if carrier(o.kind) {
		return "", false, false
	}
	if o.generic {
		if n := namedMonitor(sents); n >= 0 {
			id = n
		}
	}
	if id == bareArmy {
		id = armyOf(sents, src, id)
	}
	if s, ok := inSyria[id]; ok && leadConflict(sents) == "syria" {
		id = s
	}
	id = narrowed(sents, id)
	n, p := origs.source(id)
	return n, p, n != ""
}

// origScore is a candidate's score under weights w (origFeatures of them).
func origScore(w []float32, c *origCand) float32 {
	var s float32
	for k := range c.f {
		s += w[k] * c.f[k]
	}
	return s
}

// origPick returns the index of the best-scoring candidate, the first of a
// tie (the rules' choice when all score alike).
func origPick(w []float32, cs []origCand) int {
	best, bs := 0, float32(math.Inf(-1))
	for j := range cs {
		if s := origScore(w, &cs[j]); s > bs {
			best, bs = j, s
		}
	}
	return best
}

// origHook, when set (by the candidates' dump of the tests), is given every
// figure's candidates after the rules chose its originator.
var origHook func(ms []mention, cands [][]origCand)

// rankOriginators gives the candidates of the article's figures to
// origHook. The rules' choice stands: the learned ranker is not adopted
// (testdata/figures/README.md, "h-attrml").
func rankOriginators(sents []factSentence, src []int, ms []mention) {
	if origHook == nil {
		return
	}
	cands := make([][]origCand, len(ms))
	for i := range ms {
		cands[i] = origCandidates(sents, src, ms, i)
	}
	origHook(ms, cands)
}

// OriginatorRow is one labelled figure's candidates, as
// TestOriginatorCandidates writes them and cmd/train reads them: the rules'
// choice first, "" first or second.
type OriginatorRow struct {
	Set   string           `json:"set"`
	ID    string           `json:"id"`
	Kind  string           `json:"kind"`
	Value int64            `json:"value"`
	Gold  string           `json:"gold"`
	Cands []OriginatorCand `json:"cands"`
}

// OriginatorCand is a candidate's name, party and features.
type OriginatorCand struct {
	Name  string    `json:"n"`
	Party bool      `json:"p,omitempty"`
	F     []float32 `json:"f"`
}

// OriginatorFeatures names the originator ranker's features, in the order of
// its weights (cmd/train prints and drops them by name).
func OriginatorFeatures() []string { return origFeatureNames[:] }

// phraseSkip are the words between a sayer and its attribution word ("the
// army has also said"); phraseStop end the sayer's words.
var (
	phraseSkip = lang.WordSetOf(lang.AuxiliaryWords(lang.SayerSkip))
	phraseStop = lang.WordSetOf(lang.JoinerWords(lang.SayerPhraseStop))
)

// cuePhrase is a sayer read as written: toks[start:end], after "according
// to" or before an attribution word.
type cuePhrase struct {
	name       string
	start, end int
	according  bool
}

// maxPhraseWords bounds a sayer read as written.
const maxPhraseWords = 4

// cuePhrases returns the words a sentence gives its attribution words as
// their sayer, as written: up to maxPhraseWords words right before an
// attribution word ("the ambulance service said": "ambulance service") and
// after "according to", without determiners: candidates the table and the
// written-name readers do not know.
func cuePhrases(s *factSentence) []cuePhrase {
	toks := s.toks
	var out []cuePhrase
	according := false
	phrase := func(a, b int) {
		if a < b {
			out = append(out, cuePhrase{s.text[toks[a].off:toks[b-1].end], a, b, according})
		}
	}
	for j := range toks {
		if toks[j].w == "according" && j+1 < len(toks) && toks[j+1].w == "to" {
			a := j + 2
			for a < len(toks) && lang.IsArticle(toks[a].w) {
				a++
			}
			b := a
			for b < len(toks) && b < a+maxPhraseWords && !toks[b].punct && !toks[b].isNum && !phraseStop.Has(toks[b].w) {
				b++
			}
			according = true
			phrase(a, b)
			according = false
			continue
		}
		if !isCue(toks, j) {
			continue
		}
		b := j
		for b > 0 && phraseSkip.Has(toks[b-1].w) {
			b--
		}
		a := b
		for a > 0 && a > b-maxPhraseWords && !toks[a-1].punct && !toks[a-1].isNum && !phraseStop.Has(toks[a-1].w) {
			a--
		}
		phrase(a, b)
	}
	return out
}

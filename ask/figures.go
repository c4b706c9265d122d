package ask

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/conflict-digest/conflict-digest/analyze"
	"github.com/conflict-digest/conflict-digest/lang"
	"github.com/conflict-digest/conflict-digest/news"
)

// FactReader is what a store offers when it keeps each article's analysed
// facts; New uses it when the SentenceSearcher implements it. With it,
// count questions answer from the analysis's scoped figures, with their
// qualifier and originator: the main event's toll, not a number that only
// stands near the question's words (the 35,000 people an aid convoy fed).
type FactReader interface {
	// ArticleFacts returns the facts of the stored articles among ids;
	// unknown ids and articles without an analysis are left out.
	ArticleFacts(ctx context.Context, ids []int64) (map[int64]news.Facts, error)
}

// factCands is how many of the best candidates get their facts read.
const factCands = 5

// kindWords map the stems of a question's words to the kind of figure it
// asks for; the first found wins.
var kindWords = []struct {
	stems []string
	kind  string
}{
	{[]string{"wound", "injur", "hurt"}, news.FigureInjured},
	{[]string{"kill", "dead", "die", "death", "toll", "fatal", "casualt", "massacr", "execut", "live"}, news.FigureKilled},
	{[]string{"evacu"}, news.FigureEvacuated},
	{[]string{"displac", "fled", "flee", "uproot"}, news.FigureDisplaced},
	{[]string{"arrest", "detain", "detaine"}, news.FigureDetained},
	{[]string{"kidnap", "abduct"}, news.FigureAbducted},
	{[]string{"miss"}, news.FigureMissing},
	{[]string{"treat", "patient"}, news.FigureTreated},
	{[]string{"affect"}, news.FigureAffected},
}

// personUnits are what a count of people is of ("how many civilians").
var personUnits = lang.StemList(lang.PersonUnit)

// questionKind returns the kind of figure a count question asks for, ""
// when it counts something else (missiles, breaches, buses).
func questionKind(q *Question) string {
	if q.Type != TypeCount || q.proportion() {
		return "" // the analysis's figures are counts, never a part of a whole in per cent
	}
	if len(q.Units) > 0 && !hasPrefixIn(q.Units[0], personUnits) && !isKindStem(q.Units[0]) {
		return "" // "how many buses", "how many breaches"
	}
	for _, kw := range kindWords {
		for _, t := range tokenize(q.Text) {
			for _, s := range kw.stems {
				if strings.HasPrefix(t.stem, s) || strings.HasPrefix(t.low, s) {
					return kw.kind
				}
			}
		}
	}
	return ""
}

func hasPrefixIn(s string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

func isKindStem(s string) bool {
	for _, kw := range kindWords {
		if hasPrefixIn(s, kw.stems) {
			return true
		}
	}
	return false
}

// readFacts sets the facts of the best candidates, for a count question of
// a known kind.
func (a *Asker) readFacts(ctx context.Context, q *Question, cands []candidate) error {
	if a.facts == nil || questionKind(q) == "" || len(cands) == 0 {
		return nil
	}
	n := min(len(cands), factCands)
	ids := make([]int64, n)
	for i := range ids {
		ids[i] = cands[i].art.ID
	}
	fs, err := a.facts.ArticleFacts(ctx, ids)
	if err != nil {
		return fmt.Errorf("read facts: %w", err)
	}
	for i := range cands[:n] {
		if f, ok := fs[cands[i].art.ID]; ok {
			cands[i].facts = &f
		}
	}
	return nil
}

// totalWords ask for a cumulative figure: background tolls then answer.
var totalWords = lang.QuestionWords(lang.TotalAsked)

// scopeBonus is how much a figure of the asked kind is favoured by its
// scope: the main event's first, then another source's count of it, then a
// part (more when the question names its group), another event's, and
// background only when the question asks for a total.
func scopeBonus(q *Question, f *news.Figure) float64 {
	switch f.Scope {
	case news.ScopeMain, "":
		return 0.5
	case news.ScopeAlternative:
		return 0.35
	case news.ScopePart:
		if namedPart(q, f) {
			return 0.55
		}
		return 0.2
	case news.ScopeOtherEvent:
		return 0.25
	}
	for _, t := range tokenize(q.Text) {
		if totalWords[t.low] {
			return 0.5
		}
	}
	return 0.0
}

// namedPart reports whether f is a part of an event's toll whose group the
// question names ("how many children were among the dead").
func namedPart(q *Question, f *news.Figure) bool {
	return f.Scope == news.ScopePart && f.Who != "" && strings.Contains(strings.ToLower(q.Text), f.Who)
}

// figureAt returns the article's figure of kind that the number v in
// sentence text states, or nil.
func figureAt(f *news.Facts, kind, text string, v float64) *news.Figure {
	text = strings.TrimSpace(text)
	match := func(g *news.Figure) bool {
		return g != nil && g.Kind != "" && g.Kind == kind && (float64(g.Value) == v || float64(g.Low) == v) &&
			strings.TrimSpace(g.Sentence) == text
	}
	if g := f.Main(kind); g != nil {
		c := *g
		c.Kind, c.Scope = kind, news.ScopeMain
		if match(&c) {
			return g
		}
	}
	for i := range f.Figures {
		if match(&f.Figures[i]) {
			return &f.Figures[i]
		}
	}
	return nil
}

// figureSpans re-weighs a sentence's count spans by the article's figures:
// a figure of the asked kind gets its scope's bonus and names its
// originator; any other number is no answer to the question.
func figureSpans(q *Question, f *news.Facts, s *sentence, sps []span) []span {
	kind := questionKind(q)
	named := analyze.OriginatorsIn(q.Text)
	casualties := strings.Contains(strings.ToLower(q.Text), "casualt") // the killed and the injured together
	elsewhere := otherEventNamed(q, f, kind)
	base := make([]float64, len(sps))
	for i := range sps {
		base[i] = sps[i].bonus
	}
	defer converted(q, s, sps, base)
	for i := range sps {
		sp := &sps[i]
		g := figureAt(f, kind, s.text, sp.value)
		if g == nil {
			sp.bonus -= 0.05 // not a figure of the asked kind: rarely the answer
			if !casualties && otherKind(f, kind, s.text, sp.value) {
				sp.bonus -= otherKindPenalty // "5 civilians dead" when the injured are asked
			}
			continue
		}
		isMain := g.Scope == news.ScopeMain || g.Scope == "" || g == f.Main(kind)
		switch {
		case !isMain && eventNamed(q, f, kind, g):
			sp.bonus += namedEventBonus // "how many ... in the Korvan neighbourhood" of another event's toll
			sp.named, sp.event = true, true
		case isMain && elsewhere:
			sp.bonus += scopeBonus(q, &news.Figure{Scope: news.ScopeOtherEvent}) // the question is about another event
		default:
			sp.bonus += scopeBonus(q, g)
			sp.main = isMain
			sp.named = namedPart(q, g)
		}
		switch {
		case g.Originator != "" && (slices.Contains(named, g.Originator) || slices.Contains(named, analyze.CanonicalOriginator(*g))):
			sp.bonus += 0.3 // "according to UNICEF, how many ..."
			sp.named = true
		case len(named) > 0 && g.Originator != "":
			sp.bonus -= 0.3 // another's count is not the one asked for
		}
		if g.Originator != "" {
			who := g.Originator
			if g.PartyClaim {
				who += ", a party to the fighting"
			}
			sp.text += " (" + who + ")"
		}
	}
	return sps
}

// converted hands the bonus a figure in brackets earns as the article's
// figure to the count before it that it converts, when that count is of
// what the question counts: "at least 3,845 families (approximately 19,225
// individuals)" answers how many families, though the analysis counts
// the individuals. base holds the spans' bonuses before the figures'.
func converted(q *Question, s *sentence, sps []span, base []float64) {
	for i := 1; i < len(sps); i++ {
		c, p := &sps[i], &sps[i-1]
		if c.bonus <= base[i] || p.to+1 != c.from || !strings.Contains(s.text[s.toks[p.to].end:s.toks[c.from].start], "(") ||
			!containsStem(q.Units, s.toks[p.to].stem) || containsStem(q.Units, s.toks[c.to].stem) {
			continue
		}
		p.bonus, c.bonus = base[i-1]+(c.bonus-base[i]), base[i]
		p.main, p.named, p.event, c.main, c.named, c.event = c.main, c.named, c.event, false, false, false
	}
}

// otherKindPenalty marks down a number the analysis reads as a figure of
// another kind than the one asked: the dead of a sentence that also gives
// the injured are no answer to how many were injured.
const otherKindPenalty = 0.25

// otherKind reports whether the number v in sentence text is, by the
// article's figures, a figure of another kind than kind — neither a count
// of casualties (killed and injured together) nor asked by one.
func otherKind(f *news.Facts, kind, text string, v float64) bool {
	if kind == "" || kind == news.FigureCasualties {
		return false
	}
	text = strings.TrimSpace(text)
	for _, k := range []string{news.FigureKilled, news.FigureInjured, news.FigureDisplaced, news.FigureEvacuated} {
		if g := f.Main(k); k != kind && g != nil && (float64(g.Value) == v || float64(g.Low) == v) && strings.TrimSpace(g.Sentence) == text {
			return true
		}
	}
	for i := range f.Figures {
		g := &f.Figures[i]
		if g.Kind != "" && g.Kind != kind && g.Kind != news.FigureCasualties &&
			(float64(g.Value) == v || float64(g.Low) == v) && strings.TrimSpace(g.Sentence) == text {
			return true
		}
	}
	return false
}

// namedEventBonus is the scope bonus of a figure of another event, a part
// or the background whose event the question names: a named part's.
const namedEventBonus = 0.55

// eventNamed reports whether the question names the event of g, a figure
// of kind that is not its report's main one: the question gives a place
// with its kind ("the Seif al-Dawla neighbourhood"), g's sentence names that
// place, and the sentences of the main figure and its parts do not, but
// name another place of that kind (the toll of "al-Midan neighbourhood").
// A place the main event's sentences do not set beside another of its
// kind is no evidence: "Khogyani district in Nangarhar" may be where the
// report's main displacement began, though the analysis counts it apart.
// A source's name is no event's, nor is a month or a day.
func eventNamed(q *Question, f *news.Facts, kind string, g *news.Figure) bool {
	m := f.Main(kind)
	if g.Scope == news.ScopeAlternative || m == nil || g.Sentence == m.Sentence {
		return false
	}
	// the sentences of the main event: its toll's and its parts'
	mains := []string{strings.ToLower(m.Sentence)}
	for i := range f.Figures {
		if h := &f.Figures[i]; h.Kind == kind && h.Scope == news.ScopePart && h.Sentence != g.Sentence {
			mains = append(mains, strings.ToLower(h.Sentence))
		}
	}
	gs := strings.ToLower(g.Sentence)
	for _, n := range q.Names {
		if len(n) < 3 || calendarName(n) || len(analyze.OriginatorsIn(n)) > 0 || !containsWord(gs, n) {
			continue
		}
		pk := placeKindOf(q.Text, n)
		if pk == "" {
			continue
		}
		named, other := false, false
		for _, ms := range mains {
			named = named || containsWord(ms, n)
			other = other || strings.Contains(ms, pk)
		}
		if !named && other {
			return true
		}
	}
	return false
}

// placeKinds are the nouns a question places an event with after its name,
// as their stems (both spellings of "neighbourhood").
var placeKinds = lang.StemList(lang.PlaceKindStem)

// placeKindOf returns the stem of the place noun that names n in the
// question — its last word, or the word after it ("Ormeni neighbourhood") —
// or "".
func placeKindOf(text, n string) string {
	words := strings.Fields(n)
	low := strings.ToLower(text)
	after := ""
	if i := strings.Index(low, n); i >= 0 {
		if rest := strings.Fields(low[i+len(n):]); len(rest) > 0 {
			after = strings.Trim(rest[0], ".,;:?!'’")
		}
	}
	for _, w := range []string{words[len(words)-1], after} {
		for _, k := range placeKinds {
			if strings.HasPrefix(w, k) {
				return k
			}
		}
	}
	return ""
}

// otherEventNamed reports whether the question names the event of one of
// the report's figures of kind other than its main one.
func otherEventNamed(q *Question, f *news.Facts, kind string) bool {
	if kind == "" || f.Main(kind) == nil {
		return false
	}
	for i := range f.Figures {
		if g := &f.Figures[i]; g.Kind == kind && g.Scope != news.ScopeMain && eventNamed(q, f, kind, g) {
			return true
		}
	}
	return false
}

// calendarName reports whether a name is a month's or a day's.
func calendarName(n string) bool {
	for _, w := range strings.Fields(n) {
		if _, ok := lang.Month(w); ok {
			return true
		}
		if _, ok := lang.Weekday(w); ok {
			return true
		}
	}
	return false
}

// containsWord reports whether s holds w whole (not inside a longer word).
// Unlike digest's containsWords, a hyphen joins words here: a place asked
// of is "al-Hamadaniyeh", not "Hamadaniyeh" inside it.
func containsWord(s, w string) bool {
	for i := 0; ; {
		j := strings.Index(s[i:], w)
		if j < 0 {
			return false
		}
		j += i
		before := j == 0 || !isWordByte(s[j-1])
		after := j+len(w) == len(s) || !isWordByte(s[j+len(w)])
		if before && after {
			return true
		}
		i = j + 1
	}
}

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= '0' && b <= '9' || b == '-' || b >= 0x80
}

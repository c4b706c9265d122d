package analyze

import (
	"strings"

	"github.com/conflict-digest/conflict-digest/news"
)

// figureKind describes how one kind of figure (killed, injured, ...) is
// written: words that follow the number ("12 people were killed") and verbs
// that precede it ("killing 12").
type figureKind struct {
	after  map[string]bool // "killed", "dead": NUM ... WORD
	before map[string]bool // "killing", "kills": WORD ... NUM
	// phrases ending just before the number ("claimed the lives of",
	// "martyrdom of", "evacuation of"), as the last two words.
	beforeOf map[[2]string]bool
	toll     bool // "the death toll rose to N" counts
}

// wordSet makes a set of words for membership tests.
func wordSet(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

var (
	killedKind = figureKind{
		after: wordSet("killed", "dead", "died", "die", "dies", "martyred", "martyrs", "slain", "executed", "perished",
			"deaths", "fatalities", "murdered", "massacred", "beheaded", "bodies", "lives"),
		before: wordSet("kill", "kills", "killed", "killing", "executed", "executing", "execute", "executes",
			"crucified", "crucifies", "crucify", "crucifying",
			"massacred", "slaughtered", "slew", "murdered", "beheaded"),
		beforeOf: map[[2]string]bool{{"lives", "of"}: true, {"martyrdom", "of"}: true, {"deaths", "of"}: true,
			{"death", "of"}: true, {"killing", "of"}: true, {"execution", "of"}: true, {"bodies", "of"}: true},
		toll: true,
	}
	injuredKind = figureKind{
		after:  wordSet("injured", "wounded", "hurt", "injuries"),
		before: wordSet("injuring", "wounding", "injured", "wounded", "injure", "injures", "wounds", "wound"),
	}
	displacedKind = figureKind{
		after:    wordSet("displaced", "fled", "uprooted", "homeless"),
		before:   wordSet("displacing", "displaced", "uprooting", "uprooted"),
		beforeOf: map[[2]string]bool{{"displacement", "of"}: true},
	}
	evacuatedKind = figureKind{
		after:    wordSet("evacuated", "evacuees"),
		before:   wordSet("evacuating", "evacuated", "evacuate", "evacuates"),
		beforeOf: map[[2]string]bool{{"evacuation", "of"}: true, {"departure", "of"}: true},
	}
)

// extractFacts finds the figures of the article's main event and the
// durations it states.
func extractFacts(d *doc, an *news.Analysis) news.Facts {
	sents := factSentences(d)
	var f news.Facts
	f.Killed = mainFigure(sents, &killedKind)
	f.Injured = mainFigure(sents, &injuredKind)
	f.Displaced = mainFigure(sents, &displacedKind)
	f.Evacuated = mainFigure(sents, &evacuatedKind)
	f.Durations = durations(sents)
	return f
}

// factSentence is a sentence tokenised for fact extraction; index -1 is the
// title.
type factSentence struct {
	text  string
	toks  []ftok
	index int
}

// maxFactSentences bounds the work on very long articles: main-event figures
// are stated early.
const maxFactSentences = 60

func factSentences(d *doc) []factSentence {
	out := make([]factSentence, 0, 16)
	if d.title != "" {
		out = append(out, factSentence{text: d.title, toks: ftokens(d.title), index: -1})
	}
	for i, s := range d.sents {
		if i >= maxFactSentences {
			break
		}
		if !mayStateFigure(&s) {
			continue
		}
		out = append(out, factSentence{text: s.text, toks: ftokens(s.text), index: s.index})
	}
	return out
}

// mayStateFigure is a cheap test that skips sentences with no digit, no
// number word and no "-long": they state no figure or duration.
func mayStateFigure(s *sentence) bool {
	for i := 0; i < len(s.text); i++ {
		if isDigit(s.text[i]) {
			return true
		}
	}
	for _, w := range s.words {
		head, _, _ := strings.Cut(w, "-") // "three-day", "twenty-five"
		if smallNumbers[head] > 0 || w == "dozen" || strings.HasSuffix(w, "-long") {
			return true
		}
	}
	return false
}

// mention is one figure a sentence states.
type mention struct {
	fig        news.Figure
	index      int  // sentence index, -1 for the title
	update     bool // stated as a (new) toll: "the death toll rose to N"
	background bool // a cumulative or past figure, not the main event's
}

// closeWithin is the last sentence where a count a little larger than the
// first one is taken as the same event's latest toll.
const closeWithin = 2

// mainFigure returns the figure of the main event: the first one stated in
// the headline or lead, raised to a later "toll rose to"; nil when no sentence
// states one.
func mainFigure(sents []factSentence, k *figureKind) *news.Figure {
	var ms []mention
	for _, s := range sents {
		ms = append(ms, findMentions(s, k)...)
	}
	best := -1
	for i, m := range ms {
		if m.background {
			continue
		}
		if best < 0 {
			best = i
		}
		break
	}
	if best < 0 {
		return nil
	}
	anchor := ms[best]
	chosen := anchor
	for _, m := range ms[best+1:] {
		if m.background || m.fig.Value <= chosen.fig.Value {
			continue
		}
		close := m.fig.Value*2 <= anchor.fig.Value*3 && m.index <= closeWithin
		if (m.update && m.fig.Value <= anchor.fig.Value*5) || close {
			chosen = m
		}
	}
	fig := chosen.fig
	return &fig
}

package analyze

import (
	"strings"
	"time"
	"unicode/utf8"

	"github.com/conflict-digest/conflict-digest/lang"
)

// doc is an article prepared once for every analysis step.
type doc struct {
	title      string
	titleWords []string   // lower-cased word tokens of the title; read only, as a sentence's words
	sents      []sentence // of the text, in order; the title is not among them
	words      []string   // the sentences' words in order (the array they share); read only
	// titleHeads and heads are the heads of titleWords and words, looked
	// up once a reader asks (wordHeads)
	titleHeads, heads []*head
	arena             *docArena // where the arrays above and the analysis's biggest are made
	// year is the year the article was published, 0 when unknown: the
	// disputes of the table are read as of it (disputes.go)
	year int
	// month is the month it was published, 0 when unknown: a month named
	// before it dates history (inEarlierMonth)
	month time.Month
	// runs are titleRuns(title), cut once runsCut (four rules read them)
	runs    []string
	runsCut bool
}

// titleRuns returns titleRuns(d.title), cut once; read only.
func (d *doc) titleRuns() []string {
	if !d.runsCut {
		d.runs, d.runsCut = titleRuns(d.title), true
	}
	return d.runs
}

// sentence is one sentence of the text with its position.
type sentence struct {
	text  string   // as written
	lower string   // lower-cased
	words []string // lower-cased word tokens (letters, digits, inner '-' and '\'')
	index int      // position in the article, from 0
	para  int      // paragraph number, from 0
	at    int      // where words stand in the doc's words
	// front and frontLower are text and lower from where cutFront says
	// the sentence starts, once frontCut; both classify and the summary
	// read them.
	front, frontLower string
	frontCut          bool
}

// cutFront returns the sentence and its lower case after the furniture a
// page glued in front of it (cutFront), cut once.
func (s *sentence) cutFront() (string, string) {
	if !s.frontCut {
		s.front, s.frontLower = cutFront(s.text, s.lower)
		s.frontCut = true
	}
	return s.front, s.frontLower
}

func newDoc(title, text string) *doc { return newDocIn(new(docArena), title, text) }

// newDocIn is newDoc with its arrays made in arena.
func newDocIn(arena *docArena, title, text string) *doc {
	d := &doc{title: strings.TrimSpace(title), arena: arena}
	d.titleWords = lang.Words(d.title)
	text = capText(text)
	// The sentences' words share one array (capped, so that no append to
	// one sentence's words runs into the next's).
	all := arena.words.take(len(text)/5 + 1)
	d.sents = arena.sents.take(len(text)/100 + 1) // about one sentence per 100 bytes
	// one paragraph's sentences at a time, copied into d.sents
	var split [32]string
	for p, para := range lang.Paragraphs(text) {
		for _, s := range lang.AppendSentences(split[:0], para) {
			low := lang.Lower(s)
			start := len(all)
			all = lang.AppendWordsAsWritten(all, low) // low is lower-cased already (lang.Lower of it is itself)
			words := all[start:len(all):len(all)]
			d.sents = append(d.sents, sentence{text: s, lower: low, words: words, index: len(d.sents), para: p, at: start})
		}
	}
	d.words = all[:len(all):len(all)]
	arena.words.keep(all)
	arena.sents.keep(d.sents)
	return d
}

// wordHeads returns the heads of the title's words and of d.words (the
// sentences' words, in order), looked up at the first call.
func (d *doc) wordHeads() (title, words []*head) {
	if d.heads == nil {
		hs := d.arena.heads.take(len(d.titleWords) + len(d.words))
		hs = appendHeads(hs, d.titleWords)
		hs = appendHeads(hs, d.words)
		d.arena.heads.keep(hs)
		n := len(d.titleWords)
		d.titleHeads, d.heads = hs[:n:n], hs[n:]
	}
	return d.titleHeads, d.heads
}

// sentHeads returns the heads of the words of sentence i.
func (d *doc) sentHeads(i int) []*head {
	_, hs := d.wordHeads()
	s := &d.sents[i]
	end := s.at + len(s.words)
	return hs[s.at:end:end]
}

// wordsOf returns lang.Words(text) for a text the analysis carries (the
// title or a sentence, as evidence): the doc's words when it is one of its
// own, split again only when not.
func (d *doc) wordsOf(text string) []string {
	if text == d.title {
		return d.titleWords
	}
	for i := range d.sents {
		if d.sents[i].text == text {
			return d.sents[i].words
		}
	}
	return lang.Words(text)
}

// headsOf returns the heads of d.wordsOf(text): the doc's for a text of
// its own, looked up for another.
func (d *doc) headsOf(text string) []*head {
	title, _ := d.wordHeads()
	if text == d.title {
		return title
	}
	for i := range d.sents {
		if d.sents[i].text == text {
			return d.sentHeads(i)
		}
	}
	return headsOf(lang.Words(text))
}

// texts returns the sentences of the text as written, in order: what the
// analysis carries (news.Analysis.Sentences) so that no later step splits
// the text again.
func (d *doc) texts() []string {
	out := make([]string, len(d.sents))
	for i, s := range d.sents {
		out[i] = s.text
	}
	return out
}

// Sentences splits text into sentences as the analyser does (lang.Sentences:
// paragraphs at line breaks, then sentence ends). Like Analyze it reads no
// more than the first 64 KB. The sentence index and the question answerer
// use it for articles stored without their sentences, so that a sentence's
// position means the same to both.
func Sentences(text string) []string {
	return lang.Sentences(capText(text))
}

// capText cuts text to maxText bytes at a rune boundary.
func capText(text string) string {
	if len(text) > maxText {
		text = text[:maxText]
		for !utf8.ValidString(text) && len(text) > 0 {
			text = text[:len(text)-1]
		}
	}
	return text
}

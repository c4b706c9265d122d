package main

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/conflict-digest/conflict-digest/news"
)

// Why an answer taken from the right report is wrong (-spancauses), read
// off the answerer's debug log of its best scored spans ("ask span").
const (
	spanInSentence = "in the answer's sentence, another span chosen"
	spanUncut      = "in the answer's sentence, no span holds it"
	spanNear       = "in another sentence's span, within 0.1 of the chosen"
	spanFar        = "in another sentence's span, further behind"
	spanShort      = "no span holds it, one is a part of it (cut short)"
	spanNone       = "no span holds it nor a part of it"
	spanUnwritten  = "not written so in the report"
)

var spanCauseOrder = []string{spanInSentence, spanUncut, spanNear, spanFar, spanShort, spanNone, spanUnwritten}

// loggedSpan is one "ask span" line of the answerer's debug log.
type loggedSpan struct {
	id, sentence, text string
	score              float64
}

// spanCause returns why the answer text, cited first from the right
// report (first, its sentence sentence), misses the reader's answer want,
// from the spans the answerer logged (best first) and the report's text;
// "" when the answer is right or none was given.
func spanCause(want, text, first, sentence string, spans []loggedSpan, report string) string {
	w := normAnswer(want)
	if text == "" || w == "" || strings.Contains(normAnswer(text), w) {
		return ""
	}
	// the citation clips a long sentence ("…"): the span's is whole
	cut := strings.TrimSuffix(sentence, "…")
	in := func(s loggedSpan) bool {
		return s.sentence == sentence || cut != sentence && strings.HasPrefix(s.sentence, cut)
	}
	var own []loggedSpan // the cited report's spans, best first
	for _, s := range spans {
		if s.id == first {
			own = append(own, s)
		}
	}
	holds := slices.IndexFunc(own, func(s loggedSpan) bool { return strings.Contains(normAnswer(s.text), w) })
	// the chosen span: the answer's own in its sentence, else that
	// sentence's best
	chosen := slices.IndexFunc(own, func(s loggedSpan) bool { return in(s) && strings.HasPrefix(text, s.text) })
	if chosen < 0 {
		chosen = slices.IndexFunc(own, in)
	}
	switch {
	case chosen >= 0 && strings.Contains(normAnswer(own[chosen].sentence), w) || strings.Contains(normAnswer(sentence), w):
		if holds >= 0 && in(own[holds]) {
			return spanInSentence
		}
		return spanUncut
	case holds >= 0 && chosen >= 0 && own[chosen].score-own[holds].score < 0.1:
		return spanNear
	case holds >= 0:
		return spanFar
	case slices.ContainsFunc(own, func(s loggedSpan) bool { return strings.Contains(w, normAnswer(s.text)) }):
		return spanShort
	case !strings.Contains(normAnswer(report), w):
		return spanUnwritten
	}
	return spanNone
}

// spanCounts counts the wrong answers of the right report by cause.
type spanCounts map[string]int

// print writes one line of totals.
func (sc spanCounts) print(out io.Writer, name string) {
	var parts []string
	n := 0
	for _, c := range spanCauseOrder {
		if sc[c] > 0 {
			parts = append(parts, fmt.Sprintf("%s %d", c, sc[c]))
			n += sc[c]
		}
	}
	if len(parts) == 0 {
		parts = []string{"none"}
	}
	fmt.Fprintf(out, "  %-6s wrong answers of the right report %d: %s\n", name, n, strings.Join(parts, "; "))
}

// reportTexts maps each article's id to its title and text.
func reportTexts(arts []news.Article) map[string]string {
	m := make(map[string]string, len(arts))
	for _, a := range arts {
		m[a.ExternalID] = a.Title + "\n" + a.Text
	}
	return m
}

package analyze

import (
	"strings"
	"unicode/utf8"
)

// A page's headline line (a paragraph of its own with no closing stop, as
// a page read with no headline of its own carries it at the top) may stand
// over lines that are no sentences of its report: a photo's caption ("A
// picture shows Islamic State military doing a military exercise") or its
// credit ("Israel Army"). The sentence after the headline that lends it a
// source, or the name its source is written as, is the lead below them,
// not such a line (round h-orig11: eval/named fit 47d8ed510d, 0f179b5a34).

// pageLineReach is how many such lines the headline's next sentence is
// looked for past.
const pageLineReach = 2

// nextSentence returns the sentence after si that tells si's report on:
// si+1, or, when si is a line of its own, the first after it that is no
// caption or credit line (pageLine) within pageLineReach.
func nextSentence(sents []factSentence, si int) int {
	n := si + 1
	if n >= len(sents) || !ownLine(sents, si) {
		return n
	}
	for k := 0; k < pageLineReach && n+1 < len(sents) && pageLine(sents, n); k++ {
		n++
	}
	return n
}

// ownLine reports sentence si a paragraph of its own with no closing stop
// (headlineLine's test, for any sentence).
func ownLine(sents []factSentence, si int) bool {
	if si > 0 && sents[si-1].para == sents[si].para || si+1 < len(sents) && sents[si+1].para == sents[si].para {
		return false
	}
	t := strings.TrimRight(sents[si].text, " ")
	last, _ := utf8.DecodeLastRuneInString(t)
	return t != "" && !strings.ContainsRune(".!?:;\"”’'", last)
}

// pageLine reports sentence si a line of its own that states no number
// and attributes nothing: a caption or a credit, not the report's lead.
func pageLine(sents []factSentence, si int) bool {
	s := &sents[si]
	if s.hasNum || !ownLine(sents, si) {
		return false
	}
	s.tokenise()
	if _, ok := attribution(s); ok {
		return false
	}
	_, _, ok := writtenSource(s)
	return !ok
}

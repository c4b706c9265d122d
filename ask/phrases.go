package ask

import (
	"strings"

	"github.com/conflict-digest/conflict-digest/lang"
)

// Answers cut by phrase structure: readers who saw no code answer with a
// noun phrase ("the closure of the Tarem border crossing", "two boys and a
// teacher", "the lack of clean water"), function words, figures and
// lower-case words inside, which the runs of capitals and the gaps of four
// words between the question's words (gapSpans) cannot hold. The spans
// are scored as before and the chosen one widened to its phrase: noun
// phrases as spans of their own, beside the others, answered a name
// question with a phrase (q-news3 fit −1) and raised no report half.

// maxPhrase is the most words a phrase answer holds.
const maxPhrase = 12

// widens are the types whose answer is widened to its noun phrase
// (widen); a count, a date or a quote is cut by its own rules.
var widens = map[Type]bool{TypeOther: true, TypeName: true, TypePerson: true, TypePlace: true}

// widen returns the noun phrase of s that holds the chosen span p and
// its answer text (a span that opens on a verb, to the end of the phrase
// it closes in), up to the question's own words, else the text: readers
// answer "what stopped the trade" with the whole phrase ("the closure of
// the Tarem border crossing"), and "who was killed" with "two boys and a
// teacher", where the best scored run of words is a part of it. Only the
// text grows, so what the span answered it still answers (askbench, all
// files: report halves +6, fit halves +1).
func widen(s *sentence, p pick, text string) string {
	from, to, ok := phraseAround(s, p.from, p.to)
	if !ok && p.to > p.from {
		// a gap run that opens on a verb ("delivered food"): on to the end
		// of the phrase its last word stands in
		if _, end, held := phraseAround(s, p.to, p.to); held {
			from, to, ok = p.from, end, true
		}
	}
	if !ok {
		return text
	}
	// the question's own words are no answer: "the delegate of Sri Lanka"
	// for which country's delegate widens no further than "Sri Lanka"
	for k := p.from - 1; k >= from; k-- {
		if s.hit[k] {
			from = k + 1
			break
		}
	}
	for k := p.to + 1; k <= to; k++ {
		if s.hit[k] {
			to = k - 1
			break
		}
	}
	for from < p.from && (isStop(s.toks[from].low) && !lang.IsDeterminer(s.toks[from].low)) {
		from++ // "of Sri Lanka"
	}
	for to > p.to && isStop(s.toks[to].low) {
		to-- // "the closure of"
	}
	if to-from >= maxPhrase {
		return text // a run-on the chunker could not part
	}
	if ph := joinSpan(s, from, to); strings.Contains(strings.ToLower(ph), strings.ToLower(text)) {
		return ph
	}
	return text // a name written otherwise than the sentence ("al-Maleh", a province added)
}

// phraseAround returns the noun phrase of s (lang.NounPhrases) that holds
// the span [from, to] and more, when one does.
func phraseAround(s *sentence, from, to int) (int, int, bool) {
	if from < 0 || to >= len(s.toks) || from > to {
		return 0, 0, false
	}
	low := make([]string, len(s.toks))
	for i, t := range s.toks {
		low[i] = t.low
	}
	for _, p := range lang.NounPhrases(low, func(i int) rune { return gapRune(s, i) }) {
		if p[0] <= from && to <= p[1] && p[1]-p[0] > to-from {
			return p[0], p[1], true
		}
	}
	return 0, 0, false
}

// gapRune tells lang.NounPhrases what separates tokens i and i+1 (lang.Gap).
func gapRune(s *sentence, i int) rune { return lang.Gap(s.text[s.toks[i].end:s.toks[i+1].start]) }

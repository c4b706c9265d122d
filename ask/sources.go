package ask

import (
	"strings"

	"github.com/conflict-digest/conflict-digest/analyze"
	"github.com/conflict-digest/conflict-digest/lang"
)

// A reader who has a report in hand names its publisher: "per the Red
// Cross dengue operation update", "described in OCHA's fact sheet",
// "according to FEMA". The publisher is seldom written in the report's
// own text (ReliefWeb keeps it beside the record, not in it), so such a
// name is no name the answering article must hold; it still weighs in the
// ranking like any word.

// reportNouns are the documents a publisher puts out.
var reportNouns = lang.ReportingWords(lang.PublisherDocument)

// sourceLead are the words that introduce a report's source.
var sourceLead = lang.ReportingWords(lang.SourceLead)

// sourceReach is how many words may stand between a publisher's name and
// the report noun ("the Red Cross dengue operation update").
const sourceReach = 4

// publisherNames returns the names of toks (as contentTerms lower-cases them)
// written as the publisher of a report: right after "per" or "according
// to", or followed within sourceReach lower-case words by a report noun.
// A place is never a publisher: "the Syria report" is about Syria.
func publisherNames(toks []token) map[string]bool {
	var out map[string]bool
	for i := 0; i < len(toks); {
		j := i
		for j < len(toks) && nameToken(toks, j) {
			j++
		}
		if j == i {
			i++
			continue
		}
		name := make([]string, 0, j-i)
		for _, t := range toks[i:j] {
			name = append(name, t.low)
		}
		full := strings.Join(name, " ")
		if (sourceBefore(toks, i) || reportAfter(toks, j)) && !isPlace(full) {
			if out == nil {
				out = map[string]bool{}
			}
			out[full] = true
		}
		i = j
	}
	return out
}

// nameToken is contentTerms' test of a word of a capitalised name.
func nameToken(toks []token, i int) bool {
	t := toks[i]
	return i > 0 && isCapitalized(t) && !genericCaps[t.low] && !isCalendarWord(t.low)
}

// sourceBefore reports whether the name starting at i follows "per" or
// "according to" (an article between: "per the IFRC").
func sourceBefore(toks []token, i int) bool {
	k := i - 1
	if k >= 0 && (toks[k].low == "the" || toks[k].low == "to") {
		k--
	}
	if k >= 0 && toks[k].low == "to" {
		k--
	}
	return k >= 0 && sourceLead[toks[k].low]
}

// reportAfter reports whether a report noun follows the name ending
// before j within sourceReach lower-case words, dates and figures.
func reportAfter(toks []token, j int) bool {
	for k := j; k < len(toks) && k < j+sourceReach+1; k++ {
		t := toks[k]
		if reportNouns[t.low] || reportNouns[strings.TrimSuffix(t.low, "s")] {
			return true
		}
		if isCapitalized(t) && !isCalendarWord(t.low) || !isWordOrFigure(t) {
			return false
		}
	}
	return false
}

// isWordOrFigure reports whether a token is a word or a figure, not a
// mark that ends a phrase.
func isWordOrFigure(t token) bool {
	for _, r := range t.low {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r > 127 {
			return true
		}
	}
	return false
}

// isPlace reports whether the gazetteer knows a name as a place.
func isPlace(name string) bool {
	_, ok := analyze.LookupPlace(name)
	return ok
}

package analyze

import (
	"strings"
	"time"
)

// An earlier attack the article names before it tells its toll: "last
// week's attack on the town" (the corpus writes "last weeks"), "the 4 April
// attack". A later count of "the attack", with no date of its own, is that
// attack's toll recalled ("The attack killed at least 87 people"), in a
// report of a later event (a Security Council session): background.

// pastMarks open a phrase that puts an event in an earlier week or month.
var pastMarks = [][]string{
	{"last", "week"}, {"last", "weeks"}, {"last", "week's"}, {"last", "month"}, {"last", "months"}, {"last", "month's"},
	{"previous", "week"}, {"previous", "weeks"}, {"previous", "week's"},
}

// pastEventNoun returns the event noun ("attack") that sentence s puts in
// an earlier week ("last week's attack") or dates more than three days
// before published ("the 4 April attack", "the attack of April 4"); "" for
// none.
func pastEventNoun(s *factSentence, published time.Time) string {
	low := s.low()
	if !s.hasNum && !strings.Contains(low, "last week") && !strings.Contains(low, "last month") && !strings.Contains(low, "previous week") {
		return "" // no mark of the past, no date: not worth tokenising
	}
	s.tokenise()
	for j := range s.toks {
		t := &s.toks[j]
		if !t.is(wcEventNoun) {
			continue
		}
		if pastMarkBefore(s.toks, j) {
			return t.w
		}
		if d, ok := phraseDate(s.toks, j, published); ok && !published.IsZero() {
			if age := midnight(published).Sub(d); age > datedEventAge && age < 300*24*time.Hour {
				return t.w
			}
		}
	}
	return ""
}

// pastMarkBefore reports a past mark within the three words before the
// noun at j: "last week's attack", "last weeks chemical attack".
func pastMarkBefore(toks []ftok, j int) bool {
	for _, m := range pastMarks {
		for k := j - len(m); k >= 0 && k >= j-len(m)-2; k-- {
			if toks[k].w == m[0] && toks[k+1].w == m[1] {
				return true
			}
		}
	}
	return false
}

// recallsPastEvent reports a count at i whose clause's attack is the
// earlier one named before (noun): "the attack", "the chemical attack",
// with no date of its own.
func recallsPastEvent(toks []ftok, i int, noun string) bool {
	if noun == "" {
		return false
	}
	for j := i - 1; j >= 0 && j >= i-datedEventReach; j-- {
		if toks[j].w == ";" || toks[j].w == "." || toks[j].isNum && !toks[j].year {
			return false // another clause, or another count between
		}
		if !toks[j].is(wcEventNoun) {
			continue
		}
		definite := j > 0 && toks[j-1].w == "the" || j > 1 && toks[j-2].w == "the" && !toks[j-1].punct
		return toks[j].w == noun && definite
	}
	return false
}

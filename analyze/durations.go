package analyze

import (
	"github.com/conflict-digest/conflict-digest/lang"
	"github.com/conflict-digest/conflict-digest/news"
)

// unitHours converts a duration unit to hours.
var unitHours = lang.SpanHours()

// pauseWords make a plain "72 hours" a duration worth reporting: the length of
// a truce, a pause or a deadline.
var pauseWords = lang.TruceWords(lang.PauseWord)

// maxDurations bounds the durations reported for one article.
const maxDurations = 5

// durations finds stated lengths of time: "48-hour", "three-day", "a
// week-long truce", and "72 hours" in a sentence about a pause in fighting.
func durations(sents []factSentence) []news.Duration {
	var out []news.Duration
	seen := map[int]bool{}
	for _, s := range sents {
		pause := false
		for i := range s.toks {
			if s.toks[i].is(wcPause) {
				pause = true
				break
			}
		}
		for i := range s.toks {
			if !s.toks[i].is(wcUnit) && (i+1 >= len(s.toks) || !s.toks[i+1].is(wcUnit)) {
				continue // durationAt reads a unit at i or after it: none here
			}
			h, span, ok := durationAt(s.toks, i, pause)
			if !ok || seen[h] || len(out) >= maxDurations {
				continue
			}
			seen[h] = true
			out = append(out, news.Duration{Hours: h, Text: s.text[span[0]:span[1]], Sentence: s.text})
		}
	}
	return out
}

// durationAt reads a duration starting at toks[i]: its hours and its byte
// span in the sentence.
func durationAt(toks []ftok, i int, pause bool) (int, [2]int, bool) {
	t := toks[i]
	if i+1 >= len(toks) {
		return 0, [2]int{}, false
	}
	n := toks[i+1]
	per, isUnit := 0, false
	if n.is(wcUnit) {
		per, isUnit = unitHours[n.w]
	}
	if i+2 < len(toks) && (toks[i+2].w == "ago" || (toks[i+2].w == "old" && toks[i+2].hyph)) {
		return 0, [2]int{}, false // a point in time or an age, not a length
	}
	switch {
	case t.isNum && isUnit && !t.year && (n.hyph || pause):
		if t.num <= 0 || t.num > 10_000 {
			return 0, [2]int{}, false
		}
		return int(t.num) * per, [2]int{t.off, n.end}, true
	case !t.isNum && t.is(wcUnit) && n.hyph && n.w == "long" && (i == 0 || !toks[i-1].isNum):
		return unitHours[t.w], [2]int{t.off, n.end}, true
	}
	return 0, [2]int{}, false
}

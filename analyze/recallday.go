package analyze

import (
	"time"

	"github.com/conflict-digest/conflict-digest/lang"
)

// The toll of an earlier attack in a relative clause: "Saturday's claims
// come after an attack on the eastern suburbs on Wednesday that activists
// say killed more than 130 people", in a report whose lead tells of
// Saturday. The count is that attack's, not the article's event's.

// relReach is how far before a count its clause's "that" or "which" may
// stand ("that activists say killed more than 130").
const relReach = 6

// antecedentReach is how far before the "that" the attack and its weekday
// may be named ("an attack on the eastern suburbs of Damascus on Wednesday").
const antecedentReach = 12

// leadWeekday returns the weekday the article's lead names first (its
// first sentence, else the second), ok false when neither names one.
func leadWeekday(sents []factSentence) (day time.Weekday, ok bool) {
	leadUntil(sents, func(s *factSentence) bool {
		day, ok = dayOf(s.toks)
		return ok
	})
	return day, ok
}

// leadUntil calls f on the lead's sentences (the body's first two), each
// tokenised, in order, until it returns true.
func leadUntil(sents []factSentence, f func(*factSentence) bool) {
	for i := range sents {
		if sents[i].index < 0 {
			continue
		}
		if sents[i].index > 1 {
			return
		}
		sents[i].tokenise()
		if f(&sents[i]) {
			return
		}
	}
}

// otherDayClause reports a count at i in a relative clause of an attack
// that the sentence dates by another weekday than the lead's (lead, ok
// false when the lead names none): an earlier event's toll recalled.
func otherDayClause(toks []ftok, i int, lead time.Weekday, ok bool) bool {
	if !ok {
		return false
	}
	rel := -1
	for j := i - 1; j >= 1 && j >= i-relReach; j-- {
		if toks[j].punct {
			return false
		}
		if toks[j].w == "that" || toks[j].w == "which" {
			rel = j
			break
		}
	}
	if rel < 0 {
		return false
	}
	event, day := false, false
	for j := rel - 1; j >= 0 && j >= rel-antecedentReach; j-- {
		if toks[j].punct && toks[j].w != "," {
			break
		}
		if toks[j].is(wcEventNoun) {
			event = true
		}
		if d, ok := lang.Weekday(toks[j].w); ok && !day {
			if d == lead {
				return false // the lead's own day: the event reported
			}
			day = true
		}
	}
	return event && day
}

package ask

import (
	"strings"
	"time"

	"github.com/conflict-digest/conflict-digest/lang"
)

// eventCount is a count the question states of the event it asks about
// ("an air strike that killed 15 civilians, including four children"): the
// figure and the stem of what it counts. A question about one event among
// many alike (the strikes of one province in one month) tells it from the
// others by its toll as much as by its place or its day.
type eventCount struct {
	value float64
	unit  string
	kind  byte // what befell them: 'k' killed, 'i' injured, 0 unknown
}

// countReach is how many words after a figure may name what it counts
// ("15 Syrian civilians", "70 regime and rebel fighters").
const countReach = 3

// notCounted reports the words after a figure that measure time, distance or a
// share rather than count the event's people or things: a report of the
// same event writes its hours and kilometres otherwise as often as not.
func notCounted(w string) bool {
	return lang.Unit(w, lang.TimeUnit|lang.DistanceUnit|lang.ShareUnit)
}

// countsOf reads the counts written in a sentence: each figure (digits or
// number words, not a year, not a day of a date) with the words after it,
// up to countReach and short of the next figure, as what it may count.
// visit is called with the figure's first token, its value, each of those
// words' stems (peopleUnit for the words of people at large) and the
// figure's kind (figureKind).
func countsOf(s *sentence, visit func(at int, v float64, unit string, kind byte)) {
	for i := 0; i < len(s.toks); i++ {
		t := s.toks[i]
		if isNumber(t) && lang.IsYear(t.low) {
			continue
		}
		v, j, ok := readNumber(s, i)
		if !ok || v == 0 {
			continue
		}
		if i > 0 && monthOf(s.toks[i-1].low) > 0 || j+1 < len(s.toks) && monthOf(s.toks[j+1].low) > 0 {
			i = j
			continue // a day of a date ("October 13", "1 July")
		}
		for k := j + 1; k <= j+countReach && k < len(s.toks); k++ {
			w := s.toks[k]
			if _, _, num := readNumber(s, k); num || notCounted(w.low) {
				break
			}
			if !isStop(w.low) {
				unit := w.stem
				if peopleWords[w.low] {
					unit = peopleUnit
				}
				visit(i, v, unit, figureKind(s, i, j))
			}
		}
		i = j
	}
}

// questionCounts returns the counts a question states, each figure with
// the first word after it that is no function word.
func questionCounts(text string, toks []token) []eventCount {
	s := sentence{text: text, toks: toks}
	var out []eventCount
	last := -1
	countsOf(&s, func(at int, v float64, unit string, kind byte) {
		if at != last { // the first word counted only
			out = append(out, eventCount{value: v, unit: unit, kind: kind})
			last = at
		}
	})
	return out
}

// otherCount reports whether sentence s counts a thing the question
// counts ("87 civilians") by other figures only, of the same befalling
// (figureKind) and none of them near the question's (near): a sentence of another event that shares the question's
// words ("a chemical attack ... killing at least 87 civilians including 31
// children" for the strike that "killed 15 civilians, including four
// children").
func otherCount(q *Question, s *sentence) bool {
	if len(q.counts) == 0 {
		return false
	}
	other, same := false, false
	countsOf(s, func(_ int, v float64, unit string, kind byte) {
		for _, c := range q.counts {
			if c.unit == unit && c.kind == kind && kind != 0 {
				if near(c.value, v) {
					same = true
				} else {
					other = true
				}
			}
		}
	})
	return other && !same
}

// revised is the factor within which two counts of one thing may be one
// toll: revised as the wounded die ("15" then "18"), or counted by another
// source ("at least 22", "24"). Another event's toll sharing the
// question's words is seldom so near ("87 civilians" for 15); at 1.5
// another strike's "26 people" passed for "18 civilians" (q-news3, fit
// half: a first citation lost).
const revised = 1.25

// near reports whether counts a and b are within revised of each other.
func near(a, b float64) bool { return a <= b*revised && b <= a*revised }

// wOtherCount is what a span loses in a sentence counting the question's
// thing otherly (otherCount).
const wOtherCount = 0.3

// peopleWords count people at large: a toll of "people" and one of
// "civilians" count the same dead.
var peopleWords = lang.PeopleWords(lang.PeopleAtLarge)

const peopleUnit = "\x00people"

// kindReach is how far from a figure the word saying what befell those it
// counts is looked for.
const kindReach = 5

// figureKind says what befell those counted by the figure at tokens
// [i, j]: killed ('k') or injured ('i'), read from the nearest word of
// either within kindReach ("killing at least 87 civilians", "100 people
// had also been injured"); 0 when none is near. Two counts of one thing
// are of one event's toll only when the same befell both.
func figureKind(s *sentence, i, j int) byte {
	for d := 1; d <= kindReach; d++ {
		for _, k := range [2]int{i - d, j + d} {
			if k < 0 || k >= len(s.toks) {
				continue
			}
			if c := kindOf(s.toks[k].low); c != 0 {
				return c
			}
		}
	}
	return 0
}

// kindOf reads a word as killing ('k') or injuring ('i').
func kindOf(w string) byte {
	switch {
	case strings.HasPrefix(w, "kill") || strings.HasPrefix(w, "martyr") || w == "dead" || w == "death" || w == "deaths" ||
		w == "die" || w == "died" || w == "dies" || w == "dying":
		return 'k'
	case strings.HasPrefix(w, "injur") || strings.HasPrefix(w, "wound") || w == "hurt":
		return 'i'
	}
	return 0
}

// askedDay is the day a count question asks about: its day of the week,
// and its month and day of the month when it names a date (month 0 when
// it names only a weekday).
type askedDay struct {
	weekday time.Weekday
	month   time.Month
	day     int
}

// dayAsked returns the day a count question asks about: the weekday it
// names ("how many died on Friday") or the one date it names ("on 4 June
// 2016").
func dayAsked(q *Question) (askedDay, bool) {
	if q.Type != TypeCount {
		return askedDay{}, false
	}
	for _, w := range lang.Fields(strings.ToLower(q.Text)) {
		if d, ok := lang.Weekday(w); ok {
			return askedDay{weekday: d}, true
		}
	}
	if w := q.Window; !w.Since.IsZero() && !w.Until.IsZero() && w.Until.Sub(w.Since) <= 24*time.Hour {
		return askedDay{weekday: w.Since.Weekday(), month: w.Since.Month(), day: w.Since.Day()}, true
	}
	return askedDay{}, false
}

// otherDay reports whether sentence s names days (of the week, or of a
// month when the question names a date) and not the one asked: its count
// is another day's toll ("on Friday killed two children and injured 27"
// for the rocket that fell on Saturday, "on 3 June" for 4 June).
func otherDay(d askedDay, s *sentence) bool {
	named := false
	for i, t := range s.toks {
		if wd, ok := lang.Weekday(t.low); ok {
			if wd == d.weekday {
				return false
			}
			named = true
		}
		m, ok := lang.Month(t.low)
		if !ok || d.month == 0 {
			continue
		}
		for _, k := range []int{i - 1, i + 1} {
			if k < 0 || k >= len(s.toks) {
				continue
			}
			if n, ok := lang.DayOfMonth(s.toks[k].low); ok {
				if m == d.month && n == d.day {
					return false
				}
				named = true
			}
		}
	}
	return named
}

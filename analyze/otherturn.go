package analyze

import (
	"strings"
	"time"

	"github.com/conflict-digest/conflict-digest/lang"
)

// Two ways a report's later sentence tells another event than its lead's,
// whose figures are then that event's (ScopeOtherEvent), not the lead's:
//
//   - it goes on with the event the sentence before it turned to ("Also on
//     Saturday a bomb exploded aboard a bus near Homs, killing a woman. The
//     Observatory said the blast also wounded more than 20 people." in a
//     report led by an air strike on Idlib): followsOtherEvent;
//   - it opens on an earlier day than the lead's own ("On Friday rockets
//     hit al-Furqan, killing 44 civilians." in a report led by Saturday's
//     shelling): otherDayOpening.
//
// A count the headline states is the headline's event's whatever the
// sentence's turn (statedInHeadline).

// act classes of a fight, by the start of its words: an air strike, a
// blast (whatever the word for it), shelling.
const (
	actStrike uint8 = 1 << iota
	actBlast
	actShelling
)

// actStarts give each class the starts of its words, longer first where one
// holds another ("bombard" before "bomb").
var actStarts = []struct {
	start string
	class uint8
}{
	{"strike", actStrike}, {"airstrike", actStrike}, {"raid", actStrike}, {"warplane", actStrike}, {"jet", actStrike},
	{"bombard", actShelling}, {"shell", actShelling}, {"mortar", actShelling}, {"rocket", actShelling},
	{"artillery", actShelling},
	{"bomb", actBlast}, {"blast", actBlast}, {"explos", actBlast}, {"explod", actBlast}, {"suicide", actBlast},
	{"ied", actBlast},
}

// actFirstTwo has bit b&31 of entry a set for each start of actStarts that
// opens with the bytes a, b: a word whose first two bytes have no bit
// begins with none.
var actFirstTwo = func() (t [256]uint32) {
	for _, a := range actStarts {
		t[a.start[0]] |= 1 << (a.start[1] & 31)
	}
	return t
}()

// actOf returns the act class a word tells, 0 for none ("attack" tells no
// class: any act is one).
func actOf(w string) uint8 {
	if len(w) < 3 || actFirstTwo[w[0]]>>(w[1]&31)&1 == 0 {
		return 0 // every start is three bytes or more; most words open as none does
	}
	for _, a := range actStarts {
		if strings.HasPrefix(w, a.start) {
			if a.start == "ied" && w != "ied" && w != "ieds" {
				continue
			}
			if a.start == "jet" && w != "jet" && w != "jets" {
				continue
			}
			return a.class
		}
	}
	return 0
}

// actsOf returns the act classes a sentence's words tell.
func actsOf(toks []ftok) uint8 {
	var out uint8
	for i := range toks {
		if t := &toks[i]; !t.punct && !t.isNum {
			out |= actOf(t.w)
		}
	}
	return out
}

// leadFacts is what the lead tells that the two rules ask, each read once,
// when first asked (most articles never ask).
type leadFacts struct {
	acts              uint8     // leadActs
	day               time.Time // leadOwnDay, with night and dayOK
	night, dayOK      bool      //
	actsRead, dayRead bool      // acts, day read
}

// actsOfLead returns the lead's act classes (leadActs), read once.
func (l *leadFacts) actsOfLead(sents []factSentence) uint8 {
	if !l.actsRead {
		l.acts, l.actsRead = leadActs(sents), true
	}
	return l.acts
}

// ownDay returns the day the lead dates its own event by (leadOwnDay), ok
// false when it dates none or tells a period's toll (periodLead); read once.
func (l *leadFacts) ownDay(sents []factSentence, ref time.Time) (day time.Time, night, ok bool) {
	if !l.dayRead {
		l.day, l.night, l.dayOK = leadOwnDay(sents, ref)
		l.dayOK = l.dayOK && !periodLead(sents)
		l.dayRead = true
	}
	return l.day, l.night, l.dayOK
}

// leadActs returns the act classes of the headline and the first sentence
// of the body: the acts of the event the report leads with.
func leadActs(sents []factSentence) uint8 {
	var out uint8
	for i := range sents {
		if sents[i].index > 0 {
			break
		}
		sents[i].tokenise()
		out |= actsOf(sents[i].toks)
	}
	return out
}

// definiteReach is how many words after "the" the noun of an act may stand:
// "the blast", "the bus blast".
const definiteReach = 2

// turnReach is how many sentences back the one that turned to another
// event may stand: "Also on Saturday a bomb exploded aboard a bus ... It
// gave no further details about the explosion ... The Observatory said the
// blast also wounded more than 20 people."
const turnReach = 3

// followsOtherEvent reports a body sentence that names by "the" an act
// ("the blast") of a class the lead does not tell, and that one of the
// sentences before it turned to (otherEventMark: "Also on Saturday ...")
// or, up to it, told: the act it names is that event's, the last one told.
// Neither it nor those sentences may tell an act of the lead's classes
// (leadActs): the report is back at its news.
func followsOtherEvent(sents []factSentence, si int, l *leadFacts) bool {
	s := &sents[si]
	named := definiteActs(s.toks)
	if s.index <= 0 || named == 0 {
		return false
	}
	lead := l.actsOfLead(sents)
	if actsOf(s.toks)&lead != 0 {
		return false
	}
	var told uint8
	for p := si - 1; p >= 0 && p >= si-turnReach && sents[p].index > 0; p-- {
		prev := &sents[p]
		prev.tokenise()
		acts := actsOf(prev.toks)
		if acts&lead != 0 {
			return false
		}
		told |= acts
		if otherEventMark(prev.toks) {
			return named&told != 0
		}
	}
	return false
}

// definiteActs returns the act classes a sentence names by "the" ("the
// blast", "the bus blast").
func definiteActs(toks []ftok) uint8 {
	var out uint8
	for j := range toks {
		if toks[j].w != "the" {
			continue
		}
		for k := j + 1; k < len(toks) && k <= j+definiteReach && !toks[k].punct; k++ {
			out |= actOf(toks[k].w)
		}
	}
	return out
}

// leadOwnDay returns the day the lead (the first two sentences of the body)
// dates its own event by a weekday or "yesterday", counted back from ref;
// not a day a source spoke on ("a monitor said on Saturday"). ok is false
// when it dates none.
func leadOwnDay(sents []factSentence, ref time.Time) (day time.Time, night, ok bool) {
	leadUntil(sents, func(s *factSentence) bool {
		ws := plainWords(s.toks)
		own, _ := relativeDay(ws, len(ws), ref)
		day, night, ok = own.d, own.by == DatedByNight, own.by != ""
		return ok
	})
	return day, night, ok
}

// periodLead reports a lead (headline and first two sentences of the body)
// that tells a toll of a period or of a campaign's days ("in the last 24
// hours", "over two days", "for a second day"): an earlier day's count may
// be its part, no other event's.
func periodLead(sents []factSentence) bool {
	for i := range sents {
		if sents[i].index > 1 {
			break
		}
		sents[i].tokenise()
		toks := sents[i].toks
		for j, t := range toks {
			if t.w == "hours" || t.w == "days" || t.w == "day" && j > 0 && dayOrdinal(toks[j-1].w) {
				return true
			}
		}
	}
	return false
}

// dayOrdinal reports a word that before "day" counts a campaign's days:
// "a second day", "the third straight day" (the ordinals "second" to
// "seventh", and dayCounters).
func dayOrdinal(w string) bool {
	n, ok := lang.OrdinalWord(w)
	return ok && n >= 2 && n <= 7 || dayCounters.Has(w)
}

// dayCounters count a campaign's days as an ordinal does: "the third
// straight day", "another day".
var dayCounters = lang.WordSetOf(lang.DeterminerWords(lang.DayCounter))

// plainWords returns a sentence's words without its punctuation marks.
func plainWords(toks []ftok) []string {
	out := make([]string, 0, len(toks))
	for _, t := range toks {
		if !t.punct {
			out = append(out, t.w)
		}
	}
	return out
}

// dayOpeners may stand before "on" and a weekday that opens a sentence:
// "Earlier on Friday", "Late on Friday".
var dayOpeners = lang.WordSetOf(lang.AuxiliaryWords(lang.DayOpener))

// otherDayOpening reports a sentence si that opens on a weekday ("On Friday
// ...", "Earlier on Friday ...", "Late Friday ...") whose day, counted back
// from ref, is before the day the lead dates its own event (leadOwnDay; not
// when the lead tells a period's toll, periodLead): an
// earlier event the report tells after its news. Where either day is a
// night's ("late Friday", "Thursday night"), which another report may date
// the next day, it must be two days before.
func otherDayOpening(sents []factSentence, si int, ref time.Time, l *leadFacts) bool {
	toks := sents[si].toks
	if ref.IsZero() || len(toks) == 0 {
		return false
	}
	if w := toks[0].w; w != "on" && w != "yesterday" && !dayOpeners.Has(w) && !isWeekday(strings.TrimSuffix(w, "'s")) {
		return false // the common case, asked first
	}
	ws := plainWords(toks[:min(len(toks), 4)])
	i := 0
	if len(ws) > 0 && dayOpeners.Has(ws[0]) {
		i++
	}
	if i < len(ws) && ws[i] == "on" {
		i++
	}
	if i >= len(ws) {
		return false
	}
	d, by := dayWordAt(ws, i, ref) // a weekday or "yesterday"
	if by == "" {
		return false
	}
	lead, leadNight, ok := l.ownDay(sents, ref)
	if !ok {
		return false
	}
	gap := 1
	if leadNight || by == DatedByNight {
		gap = 2
	}
	return !d.After(lead.AddDate(0, 0, -gap))
}

// statedInHeadline reports a count of m's kind and value that the headline
// states (ms holds the mentions found before m's sentence, the headline's
// first).
func statedInHeadline(ms []mention, m *mention) bool {
	for i := range ms {
		if ms[i].index < 0 && ms[i].kind == m.kind && ms[i].fig.Value == m.fig.Value {
			return true
		}
	}
	return false
}

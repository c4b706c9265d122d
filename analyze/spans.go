package analyze

import (
	"slices"
	"strings"
	"unicode"

	"github.com/conflict-digest/conflict-digest/lang"
	"github.com/conflict-digest/conflict-digest/news"
)

// What a figure's sentence tells of its count beyond the count itself,
// decided here, where the sentence is read, and carried to stories and
// digests (issue 14.4): whether it is gathered over months
// (Figure.OverMonths: a rights group's report of 69 civilians killed
// "during and after months of fighting") and whether the sentence sums the
// killed and the injured (Figure.KilledInjuredSum: a headline's "88 Killed &
// Injured"). A digest weighs neither as a sign of its period's course.

// markSpans sets each figure's OverMonths and KilledInjuredSum from its
// sentence, and what it tells of how its count was told (markTold), each
// sentence lower-cased and looked over once (an article's figures share a
// few). A sentence of d's text is not lower-cased or split again: its
// lower case and words are d's (sentenceMarks.words).
func markSpans(d *doc, f *news.Facts) {
	read := d.arena.marks.take(4 + len(f.Figures)) // made once, not grown
	scratch := d.arena.spanWords.take(0)
	mark := func(g *news.Figure) {
		if g == nil || g.Sentence == "" {
			return
		}
		k := slices.IndexFunc(read, func(m sentenceMarks) bool { return m.s == g.Sentence })
		if k < 0 {
			var m sentenceMarks
			m, scratch = marksIn(d, g.Sentence, scratch)
			k, read = len(read), append(read, m)
		}
		markTold(g, &read[k])
	}
	for _, g := range []*news.Figure{f.Killed, f.Injured, f.Displaced, f.Evacuated} {
		mark(g)
	}
	for i := range f.Figures {
		mark(&f.Figures[i])
	}
	d.arena.marks.keep(read)
	d.arena.spanWords.keep(scratch)
}

// sentenceMarks is what a figure's sentence s tells of any count in it:
// over months (months), a killed-and-injured sum (sum); and whether it
// holds the words a recent period (period) or a weekday (weekday) needs,
// so that a sentence without them is not split into words for each count.
type sentenceMarks struct {
	s                            string
	low                          string   // s lower-cased (lang.Lower, as strings.ToLower)
	ws                           []string // lang.Words(s), split once a count asks (words)
	months, sum, period, weekday bool
}

// words returns lang.Words of the sentence, split at the first call.
func (m *sentenceMarks) words() []string {
	if m.ws == nil {
		m.ws = lang.Words(m.low) // lower-casing again leaves low as it is
	}
	return m.ws
}

// marksOf reads sentence s once for sentenceMarks.
func marksOf(s string) sentenceMarks {
	m, _ := marksLow(s, lang.Lower(s), nil, nil)
	return m
}

// marksIn is marksOf for a sentence of an analysis of d: a sentence of
// d's text has d's lower case and words (which are lang.Words of it, and
// read only here); scratch is room for lowSpans' words, returned grown.
func marksIn(d *doc, s string, scratch []string) (sentenceMarks, []string) {
	for i := range d.sents {
		if t := &d.sents[i]; t.text == s {
			return marksLow(s, t.lower, t.words, scratch)
		}
	}
	return marksLow(s, lang.Lower(s), nil, scratch)
}

// marksLow is marksOf given s lower-cased (low) and, when known, its words
// (ws: lang.Words(s)); scratch as marksIn's.
func marksLow(s, low string, ws, scratch []string) (sentenceMarks, []string) {
	m := sentenceMarks{s: s, low: low, ws: ws}
	m.months, m.sum, scratch = lowSpansIn(low, scratch)
	m.period = (strings.Contains(low, "day") || strings.Contains(low, "week") || strings.Contains(low, "month")) &&
		(strings.Contains(low, "recent") || strings.Contains(low, "past") || strings.Contains(low, "last"))
	m.weekday = lang.HoldsWeekday(low)
	return m, scratch
}

// markTold sets g's marks from its sentence's (m): over months, a
// killed-and-injured sum, told over a recent period (markPeriod), on which
// day (givenOn), by which described monitor (monitorDescription). Stories
// and digests read the fields.
func markTold(g *news.Figure, m *sentenceMarks) {
	g.OverMonths, g.KilledInjuredSum = m.months, m.sum
	if m.period {
		markPeriodOf(g, m)
	}
	if m.weekday {
		g.GivenOn = givenOn(m, g.Text)
	}
	g.MonitorDescribed = monitorDescription(g.Originator, g.Sentence)
}

// markPeriod sets g.RecentPeriod: whether the words that tell its count
// (CountQuote: the quotation it stands in, else its sentence) count over a
// span of days up to the report (lang.TellsPeriod). A quote without "day",
// "week" or "month" is not split into words.
func markPeriod(g *news.Figure) {
	if g == nil || g.Sentence == "" {
		return
	}
	m := sentenceMarks{s: g.Sentence, low: lang.Lower(g.Sentence)}
	markPeriodOf(g, &m)
}

// markPeriodOf is markPeriod given the marks of g's sentence (m): a count
// told in the whole sentence reads m's lower case and words.
func markPeriodOf(g *news.Figure, m *sentenceMarks) {
	quote := countQuoteLow(m.s, m.low, g.Text)
	whole := quote == m.s
	q := m.low
	if !whole {
		q = lang.Lower(quote)
	}
	if !strings.Contains(q, "day") && !strings.Contains(q, "week") && !strings.Contains(q, "month") {
		return
	}
	if whole {
		g.RecentPeriod = lang.TellsPeriod(m.words())
		return
	}
	g.RecentPeriod = lang.TellsPeriod(lang.Words(q))
}

// lowSpans is sentenceSpans of a lower-cased sentence. Most sentences hold
// none of the words either needs ("month", "year", "since", "between";
// "injur…", "wound…"), and are not split into words.
func lowSpans(low string) (months, sum bool) {
	months, sum, _ = lowSpansIn(low, nil)
	return months, sum
}

// lowSpansIn is lowSpans with the words split into scratch (returned
// grown), read here only.
func lowSpansIn(low string, scratch []string) (months, sum bool, _ []string) {
	months = strings.Contains(low, "month") || strings.Contains(low, "year") || strings.Contains(low, "since") || strings.Contains(low, "between")
	sum = strings.Contains(low, "injur") || strings.Contains(low, "wound")
	if !months && !sum {
		return false, false, scratch
	}
	if cap(scratch) < len(low)/4 {
		scratch = make([]string, 0, len(low)/4)
	}
	ws := appendLowerWords(scratch[:0], low)
	months, sum = months && spansMonths(ws), sum && tellsSum(ws)
	clear(ws) // no text kept in the room while it waits
	return months, sum, ws[:0]
}

// lowerWords splits a lower-cased sentence into its runs of letters and
// digits, cut from it, and its "&" and "," as words of their own.
func lowerWords(low string) []string {
	return appendLowerWords(make([]string, 0, len(low)/4), low)
}

// appendLowerWords appends lowerWords(low) to out.
func appendLowerWords(out []string, low string) []string {
	start := -1
	for i, r := range low {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			out = append(out, low[start:i])
			start = -1
		}
		if r == '&' || r == ',' {
			out = append(out, low[i:i+1])
		}
	}
	if start >= 0 {
		out = append(out, low[start:])
	}
	return out
}

var (
	sumDeathWords = lang.WordSetOf(lang.DeathWords(lang.SumKilled))
	sumHarmWords  = lang.WordSetOf(lang.DeathWords(lang.SumHarmed))
)

// tellsSum reports the killed and the injured counted as one in the words
// ws of a sentence: a word of death followed by one of harm, next to it or
// after "and", "&", "or" or a comma ("Killed & Injured", "Kills, Injures
// 88", "Killed Injured").
func tellsSum(ws []string) bool {
	for i, w := range ws {
		if !sumDeathWords.Has(w) {
			continue
		}
		j := i + 1
		if j < len(ws) && (ws[j] == "and" || ws[j] == "&" || ws[j] == "," || ws[j] == "or") {
			j++
		}
		if j < len(ws) && sumHarmWords.Has(ws[j]) {
			return true
		}
	}
	return false
}

// spansMonths reports a sentence (its words ws) that counts over months or
// years: "months of", "N months", "since January", "between March and
// June", "over the past year", "this year".
func spansMonths(ws []string) bool {
	for i, w := range ws {
		switch {
		case (w == "months" || w == "years") && (i == 0 || ws[i-1] != "in") &&
			(i+1 >= len(ws) || ws[i+1] != "old"):
			// not "the heaviest attack in months", "ten years old"
			return true
		case (w == "since" || w == "between") && i+1 < len(ws) && (isMonthWord(ws[i+1]) || lang.IsYear(ws[i+1])):
			return true
		case w == "year" && i > 0 && slices.Contains([]string{"past", "last", "this"}, ws[i-1]):
			return true
		}
	}
	return false
}

// isMonthWord reports a month's name (lang.Month), not "may".
func isMonthWord(w string) bool {
	m, ok := lang.Month(w)
	return ok && m != 0 && w != "may"
}

// CountQuote is the part of sentence s that tells a count (its words
// text): the quotation it stands in, when it stands in one, else s. A
// sentence whose full stop after a closing quote was lost ("... 40 more
// were killed near the farms" Reports also said that the groups lost 100
// during the last five days.) tells another count after the quote: its
// words are not the quoted count's.
func CountQuote(s, text string) string {
	return countQuoteLow(s, strings.ToLower(s), text)
}

// countQuoteLow is CountQuote given s lower-cased (low).
func countQuoteLow(s, low, text string) string {
	i := strings.Index(low, strings.ToLower(text))
	if text == "" || i < 0 {
		return s
	}
	if quoteMarks(s[:i])%2 == 0 {
		return s // not inside a quotation
	}
	open := strings.LastIndexFunc(s[:i], quoteRune)
	end := strings.IndexFunc(s[i:], quoteRune)
	if end < 0 {
		return s[open:]
	}
	return s[open : i+end+1]
}

// quoteRune reports a double quotation mark.
func quoteRune(r rune) bool { return r == '"' || r == '“' || r == '”' }

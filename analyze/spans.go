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
// few).
func markSpans(f *news.Facts) {
	var read []sentenceMarks
	mark := func(g *news.Figure) {
		if g == nil || g.Sentence == "" {
			return
		}
		k := slices.IndexFunc(read, func(m sentenceMarks) bool { return m.s == g.Sentence })
		if k < 0 {
			k, read = len(read), append(read, marksOf(g.Sentence))
		}
		markTold(g, &read[k])
	}
	for _, g := range []*news.Figure{f.Killed, f.Injured, f.Displaced, f.Evacuated} {
		mark(g)
	}
	for i := range f.Figures {
		mark(&f.Figures[i])
	}
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
	low := lang.Lower(s)
	m := sentenceMarks{s: s, low: low}
	m.months, m.sum = lowSpans(low)
	m.period = (strings.Contains(low, "day") || strings.Contains(low, "week") || strings.Contains(low, "month")) &&
		(strings.Contains(low, "recent") || strings.Contains(low, "past") || strings.Contains(low, "last"))
	m.weekday = lang.HoldsWeekday(low)
	return m
}

// markTold sets g's marks from its sentence's (m): over months, a
// killed-and-injured sum, told over a recent period (markPeriod), on which
// day (givenOn), by which described monitor (monitorDescription). Stories
// and digests read the fields.
func markTold(g *news.Figure, m *sentenceMarks) {
	g.OverMonths, g.KilledInjuredSum = m.months, m.sum
	if m.period {
		markPeriod(g)
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
	q := lang.Lower(CountQuote(g.Sentence, g.Text))
	if !strings.Contains(q, "day") && !strings.Contains(q, "week") && !strings.Contains(q, "month") {
		return
	}
	g.RecentPeriod = lang.TellsPeriod(lang.Words(q))
}

// lowSpans is sentenceSpans of a lower-cased sentence. Most sentences hold
// none of the words either needs ("month", "year", "since", "between";
// "injur…", "wound…"), and are not split into words.
func lowSpans(low string) (months, sum bool) {
	months = strings.Contains(low, "month") || strings.Contains(low, "year") || strings.Contains(low, "since") || strings.Contains(low, "between")
	sum = strings.Contains(low, "injur") || strings.Contains(low, "wound")
	if !months && !sum {
		return false, false
	}
	ws := lowerWords(low)
	return months && spansMonths(ws), sum && tellsSum(ws)
}

// lowerWords splits a lower-cased sentence into its runs of letters and
// digits, cut from it, and its "&" and "," as words of their own.
func lowerWords(low string) []string {
	out := make([]string, 0, len(low)/4)
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
	i := strings.Index(strings.ToLower(s), strings.ToLower(text))
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

package ask

import (
	"strconv"
	"strings"
	"time"

	"github.com/conflict-digest/conflict-digest/lang"
)

// A figure's period: reports give one figure per period side by side
// ("increased to 874,000 in November, up from 837,000 in September"), and
// a question about one month wants the figure written beside it.
// periodFit is the bonus (or, for another month, the penalty) of a figure
// whose nearest month lies within periodReach words of it, for a question
// about a month or days of one. The same for a question about a year (the
// year nearest the figure) was tried and dropped: it changed no fit half's
// answer and lost one of dev-questions-4's report half.
const (
	periodReach = 5
	periodBonus = 0.1
)

// periodFit returns periodBonus when the month or year written nearest
// the figure at tokens [i, j] is the question's, -periodBonus when it is
// another, else 0. A strict window ("last week") dates reports, not
// figures; a window of more than one month says nothing.
func periodFit(q *Question, s *sentence, i, j int) float64 {
	w := q.Window
	if w.Strict || w.Since.IsZero() || w.Until.IsZero() {
		return 0
	}
	days := w.Until.Sub(w.Since).Hours() / 24
	if days > 32 || w.Since.Month() != w.Until.AddDate(0, 0, -1).Month() {
		return 0
	}
	k := nearest(s, i, j, func(t token) bool { return monthOf(t.low) > 0 && isCapitalized(t) })
	if k < 0 && len(s.toks) > 2 && s.toks[0].low == "in" && monthOf(s.toks[1].low) > 0 && isCapitalized(s.toks[1]) {
		k = 1 // "In November WFP, both directly and through partners, provided food to 1,160,000 people": the sentence's time
	}
	switch {
	case k < 0:
		return 0
	case k >= 1 && boundWords[s.toks[k-1].low] || k >= 2 && boundWords[s.toks[k-2].low]:
		return 0 // "655,000 arrivals since 25 August": a total to date, of no one month
	case monthOf(s.toks[k].low) != int(w.Since.Month()):
		return -periodBonus
	}
	if y := yearAfter(s, k); y != 0 && y != w.Since.Year() {
		return -periodBonus
	}
	return periodBonus
}

// boundWords make a month the bound of a period, not the period.
var boundWords = lang.PrepositionWords(lang.BoundWord)

// nearest returns the token nearest the figure at [i, j] within
// periodReach words for which is holds, the later on a tie, or -1.
func nearest(s *sentence, i, j int, is func(token) bool) int {
	for d := 1; d <= periodReach; d++ {
		if k := j + d; k < len(s.toks) && is(s.toks[k]) {
			return k
		}
		if k := i - d; k >= 0 && is(s.toks[k]) {
			return k
		}
	}
	return -1
}

// yearAfter returns the year written just after the month at k ("November
// 2016", "12 November 2016"), or 0.
func yearAfter(s *sentence, k int) int {
	for m := k + 1; m < len(s.toks) && m <= k+2; m++ {
		if lang.IsYear(s.toks[m].low) {
			y, _ := strconv.Atoi(s.toks[m].low)
			return y
		}
	}
	return 0
}

// baselineReach is how many words before a figure a comparison's cue is
// looked for.
const baselineReach = 8

// baselineFit returns -periodBonus for a figure written as the baseline
// of a comparison ("a sharp increase from the preceding quarter when 746
// incidents were reported", "compared to 534 cases in the third quarter",
// "up from 837,000"): reports give the figure of their period, then the
// one it is compared with, and a question asks for the first unless it
// names the earlier period itself.
func baselineFit(q *Question, s *sentence, i int) float64 {
	if q.says(earlierWords...) {
		return 0
	}
	for k := i - 1; k >= 0 && k >= i-baselineReach; k-- {
		if strings.ContainsAny(s.text[s.toks[k].end:s.toks[k+1].start], ";:") {
			return 0
		}
		switch w := s.toks[k].low; {
		case w == "compared", w == "preceding", w == "previous":
			return -periodBonus
		case w == "from" && k > 0 && (s.toks[k-1].low == "up" || s.toks[k-1].low == "down"):
			return -periodBonus
		case w == "from" && k >= i-2 && changedTo(s, i):
			return -periodBonus // "from SYP 100/bundle to SYP 200/bundle": the price before the change
		}
	}
	return 0
}

// changedTo reports whether "to" and a new figure follow the figure at
// token i within a few words, as "from X to Y" writes a change: the figure
// at i is the old one.
func changedTo(s *sentence, i int) bool {
	for k := i + 1; k < len(s.toks) && k <= i+4; k++ {
		if s.toks[k].low != "to" {
			continue
		}
		for n := k + 1; n < len(s.toks) && n <= k+2; n++ {
			if _, _, ok := readNumber(s, n); ok || codeAmount(s.toks[n].low) > 0 {
				return true
			}
		}
		return false
	}
	return false
}

// earlierWords ask about the earlier period of a comparison.
var earlierWords = lang.StemList(lang.EarlierPeriod)

// A report's own period: agency reports are issues of a series whose title
// names the month, the days or the year they cover ("Situation Report No. 3,
// 1 - 31 March 2021", "flash update ... 03092021"). A question about a
// month or a day of another year's issue is not answered by this one: its
// figures are of its own period ("In March, 11,888 children ...").
// reportLag is how long after the period asked about a report may still
// give its figures (a quarterly review, a later sitrep's recap).
const reportLag = 92 * 24 * time.Hour

// titlePeriod returns the time the title of a report names last: a month
// with its year, a date of eight digits, or else a year alone.
func titlePeriod(title string) (from, until time.Time, ok bool) {
	ws := lang.Fields(title)
	var year time.Time
	for i, w := range ws {
		if m, isMonth := lang.Month(strings.ToLower(w)); isMonth && i+1 < len(ws) {
			if y, isYear := lang.Year(ws[i+1]); isYear {
				from = time.Date(y, m, 1, 0, 0, 0, 0, time.UTC)
				until, ok = from.AddDate(0, 1, 0), true
			}
		}
		if d, isDate := lang.CompactDate(w); isDate {
			from, until, ok = d, d.AddDate(0, 0, 1), true
		}
		if y, isYear := lang.Year(w); isYear {
			year = time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)
		}
	}
	if !ok && !year.IsZero() {
		return year, year.AddDate(1, 0, 0), true
	}
	return from, until, ok
}

// otherPeriod reports whether report c's title names a period that cannot
// hold the one question q asks about (a window of a year or less): one
// that ends before it starts, or starts reportLag or more after its end.
func otherPeriod(q *Question, c *candidate) bool {
	w := q.Window
	if w.Strict || w.Since.IsZero() || w.Until.IsZero() || w.Until.Sub(w.Since) > 366*24*time.Hour {
		return false
	}
	from, until, ok := titlePeriod(c.art.Title)
	return ok && (!until.After(w.Since) || !from.Before(w.Until.Add(reportLag)))
}

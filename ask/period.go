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

// earlierAfter reports whether the figure ending at token j is dated, in
// the plain words after it, to the period before the report's own ("From
// 0.75 million yaba tablets seized last week, the seizure increased to
// 1.38 million this week": qa3-rwp7-f22247486a-0): a baseline, as
// baselineFit's cues before a figure make one.
func earlierAfter(q *Question, s *sentence, j int) bool {
	if q.says(earlierWords...) || q.says("last") {
		return false
	}
	for k := j + 1; k+1 < len(s.toks) && k <= j+baselineReach && plainGap(s, k-1); k++ {
		if lang.EarlierPeriodAt(s.toks[k].low, s.toks[k+1].low) && plainGap(s, k) {
			return true
		}
	}
	return false
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

// An issue's day: a reader names the issue of a series by its day ("IOM
// DTM's 2 May 2022 flash update", "the weekly update of 21 December 2020")
// or dates the figure as the issue's title does ("as of 19 December 2022",
// "as of the end of September 2022"), and an issue whose title names
// another day gives that day's figures, however many of the question's
// words its sentences hold.
// issueSlack is how far apart the question's day and a title's may lie
// (a report dated the day after its data).
const issueSlack = 2 * 24 * time.Hour

// issueNouns name an issue of a report series; monthEarly, monthMid and
// monthLate the part of a month "as of" may name ("as of the end of").
var (
	issueNouns = lang.BulletinWords(lang.IssueNoun)
	monthEarly = lang.BulletinWords(lang.MonthEarly)
	monthMid   = lang.BulletinWords(lang.MonthMid)
	monthLate  = lang.BulletinWords(lang.MonthLate)
)

// issueWindow returns the days of the issue the question names: a day,
// month and year written right before a report's noun (two words may come
// between: "2 May 2022 flash update"), right after "of" following it ("the
// weekly update of 21 December 2020") or right after "as of"; or a month
// and year after "as of", the part of it the words between name ("as of
// the end of September 2022": its last eleven days or so).
func issueWindow(text string) (Window, bool) {
	ws := lang.Fields(strings.ToLower(text))
	for i := 0; i+2 < len(ws); i++ {
		if ws[i] == "as" && ws[i+1] == "of" {
			if w, ok := asOf(ws, i+2); ok {
				return w, true
			}
		}
		d, ok := dayAt(ws, i)
		if !ok {
			continue
		}
		for k := i + 3; k < len(ws) && k <= i+5; k++ {
			if issueNouns[ws[k]] {
				return Window{Since: d, Until: d.AddDate(0, 0, 1)}, true
			}
		}
		if i >= 2 && ws[i-1] == "of" && issueNouns[ws[i-2]] {
			return Window{Since: d, Until: d.AddDate(0, 0, 1)}, true
		}
	}
	return Window{}, false
}

// asOf reads the day or month written from ws[k] on after "as of": "19
// December 2022", "the end of September 2022", "late May 2019", "March
// 2021".
func asOf(ws []string, k int) (Window, bool) {
	if k < len(ws) && ws[k] == "the" {
		k++
	}
	part := ""
	if k < len(ws) && (monthEarly[ws[k]] || monthMid[ws[k]] || monthLate[ws[k]]) {
		part = ws[k]
		k++
		if k < len(ws) && ws[k] == "of" {
			k++
		}
	}
	if k+2 < len(ws) && part == "" {
		if d, ok := dayAt(ws, k); ok {
			return Window{Since: d, Until: d.AddDate(0, 0, 1)}, true
		}
	}
	if k+1 >= len(ws) {
		return Window{}, false
	}
	m, isMonth := lang.Month(ws[k])
	y, isYear := lang.Year(ws[k+1])
	if !isMonth || !isYear {
		return Window{}, false
	}
	first := time.Date(y, m, 1, 0, 0, 0, 0, time.UTC)
	switch {
	case monthEarly[part]:
		return Window{Since: first, Until: first.AddDate(0, 0, 11)}, true
	case monthMid[part]:
		return Window{Since: first.AddDate(0, 0, 9), Until: first.AddDate(0, 0, 21)}, true
	case monthLate[part]:
		return Window{Since: first.AddDate(0, 0, 19), Until: first.AddDate(0, 1, 0)}, true
	}
	return Window{Since: first, Until: first.AddDate(0, 1, 0)}, true
}

// dayAt reads the date written as day, month and year at ws[i:i+3].
func dayAt(ws []string, i int) (time.Time, bool) {
	day, err := strconv.Atoi(ws[i])
	if err != nil || day < 1 || day > 31 {
		return time.Time{}, false
	}
	m, isMonth := lang.Month(ws[i+1])
	y, isYear := lang.Year(ws[i+2])
	if !isMonth || !isYear {
		return time.Time{}, false
	}
	d := time.Date(y, m, day, 0, 0, 0, 0, time.UTC)
	return d, d.Day() == day
}

// titleDay returns the day a report's title names last: eight digits
// ("20220506"), a year, month and day ("2022-05-06"), a day, month and
// year ("6 May 2022") or a day and month ("10 May", year 0).
func titleDay(title string) (time.Time, bool) {
	ws := lang.Fields(strings.ToLower(title))
	var day time.Time
	ok := false
	for i, w := range ws {
		if d, isDate := lang.CompactDate(w); isDate {
			day, ok = d, true
		}
		if i+1 < len(ws) && dayMonth(ws, i) {
			d, _ := strconv.Atoi(w)
			m, _ := lang.Month(ws[i+1])
			day, ok = time.Date(0, m, d, 0, 0, 0, 0, time.UTC), true // "sitrep en 10 may": the year is the question's
		}
		if i+2 >= len(ws) {
			continue
		}
		if d, isDate := dayAt(ws, i); isDate {
			day, ok = d, true
		}
		if len(w) == 4 && len(ws[i+1]) == 2 && len(ws[i+2]) == 2 {
			if d, isDate := lang.CompactDate(w + ws[i+1] + ws[i+2]); isDate {
				day, ok = d, true
			}
		}
	}
	return day, ok
}

// otherIssue reports whether report c is an issue of another day than the
// days w the question names (ok false when it names none).
func otherIssue(w Window, ok bool, c *candidate) bool {
	t, dated := issueTitleDay(w, ok, c)
	return dated && (w.Since.Sub(t) > issueSlack || t.Sub(w.Until.AddDate(0, 0, -1)) > issueSlack)
}

// sameIssue reports whether report c's title names a day of the days w the
// question names: the issue it asks about.
func sameIssue(w Window, ok bool, c *candidate) bool {
	_, dated := issueTitleDay(w, ok, c)
	return dated && !otherIssue(w, ok, c)
}

// issueTitleDay returns the day report c's title names (titleDay), in the
// year of the days w when the title names none, and whether the question
// and the title both name one.
func issueTitleDay(w Window, ok bool, c *candidate) (time.Time, bool) {
	if !ok {
		return time.Time{}, false
	}
	t, dated := titleDay(c.art.Title)
	if dated && t.Year() == 0 {
		t = time.Date(w.Since.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
	}
	return t, dated
}

// dayMonth reports whether ws[i:i+2] is a day and a month with no year after
// them ("10 may").
func dayMonth(ws []string, i int) bool {
	d, err := strconv.Atoi(ws[i])
	if err != nil || d < 1 || d > 31 {
		return false
	}
	if _, isMonth := lang.Month(ws[i+1]); !isMonth {
		return false
	}
	if i+2 == len(ws) {
		return true
	}
	_, isYear := lang.Year(ws[i+2])
	return !isYear
}

// A period written by its two days: a reader names a cumulative figure by
// the period the report gives it for ("How many confirmed cases did
// Bangladesh record between 8 March and 20 December 2020"), and the report
// writes the figure in the sentence that writes those two days ("Between 8
// March and 20 December 2020, ... there were 500,713 confirmed"), beside a
// week's figures that name no such period (qa2-rwp7-3cce5026ba-0). Another
// issue of a series writes the same opening day with its own last one
// ("between 8 March 2020 and 11 April 2021"): its figure is of another
// period (qa3-rwp7-c9f3ab2d0a-0). Any outlet's cumulative figures are
// written so.

// wDayRange is the bonus of the spans of a sentence writing the question's
// two days, and the penalty of one writing its first day with another last.
const wDayRange = 0.1

// dayPair is a day of a month (the year aside: "8 March and 20 December
// 2020" writes it once).
type dayPair struct{ day, month int }

// dayRange returns the two days "between D1 and D2" or "from D1 to D2"
// writes in ws (lower-case words, lang.Fields), day first ("8 march").
func dayRange(ws []string) (a, b dayPair, ok bool) {
	dayAt := func(i int) (dayPair, int, bool) {
		if i+1 >= len(ws) {
			return dayPair{}, 0, false
		}
		d, err := strconv.Atoi(ws[i])
		m, isMonth := lang.Month(ws[i+1])
		if err != nil || d < 1 || d > 31 || !isMonth {
			return dayPair{}, 0, false
		}
		n := 2
		if i+2 < len(ws) {
			if _, isYear := lang.Year(ws[i+2]); isYear {
				n = 3
			}
		}
		return dayPair{d, int(m)}, n, true
	}
	for i, w := range ws {
		if w != "between" && w != "from" {
			continue
		}
		x, n, ok := dayAt(i + 1)
		if !ok {
			continue
		}
		k := i + 1 + n
		if k < len(ws) && (ws[k] == "and" || ws[k] == "to" || ws[k] == "until") {
			k++
		}
		if y, _, ok := dayAt(k); ok {
			return x, y, true
		}
	}
	return dayPair{}, dayPair{}, false
}

// dayRangeFit returns wDayRange when sentence s writes the two days of the
// question's period (qa, qb), -wDayRange when it writes the first with
// another last, else 0.
func dayRangeFit(qa, qb dayPair, s *sentence) float64 {
	a, b, ok := dayRange(lang.Fields(strings.ToLower(s.text)))
	switch {
	case !ok || a != qa:
		return 0
	case b == qb:
		return wDayRange
	}
	return -wDayRange
}

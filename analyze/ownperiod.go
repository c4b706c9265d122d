package analyze

import (
	"time"

	"github.com/conflict-digest/conflict-digest/lang"
)

// monthSet is a set of months of the year (bit m for time.Month m).
type monthSet uint16

func (ms monthSet) has(m time.Month) bool { return ms&(1<<m) != 0 }

// ownMonths returns the months a report's headline names as its period:
// "Yemen Update 1-21 September 2018", "UNICEF Nigeria December 2018
// sitrep", "Monthly News Brief - September 2017", "DTM Flash Update
// 2019-05-23", "20180719 Humanitarian Update". An agency's update dates the
// period's events by their day ("On 10 July, airstrikes struck two cars"),
// where a news report names the week's by their weekday and a day of a
// month for an earlier event (datedOn, datedEntry): a day of the month its
// headline names is the report's own news (issue 14, h-viol2). "May" counts
// only beside a number ("May 2019", "23 May"): "may" is a verb too.
func ownMonths(title string) monthSet {
	var ms monthSet
	ws := titleRuns(title)
	for i, w := range ws {
		if m, ok := lang.Month(w); ok {
			if w == "may" && !(i > 0 && isNumber(ws[i-1]) || i+1 < len(ws) && isNumber(ws[i+1])) {
				continue
			}
			ms |= 1 << m
			continue
		}
		if m, ok := isoMonth(ws, i); ok {
			ms |= 1 << m
		}
	}
	return ms
}

// isoMonth reads the month of a date written in digits at ws[i]: a year
// followed by a month and a day ("2019-05-23", cut by titleRuns into three
// runs) or eight digits ("20180719").
func isoMonth(ws []string, i int) (time.Month, bool) {
	w := ws[i]
	if len(w) == 8 && isNumber(w) && lang.IsYear(w[:4]) {
		return monthOfDigits(w[4:6], w[6:])
	}
	if len(w) == 4 && lang.IsYear(w) && i+2 < len(ws) && len(ws[i+1]) == 2 && isNumber(ws[i+1]) && isNumber(ws[i+2]) {
		return monthOfDigits(ws[i+1], ws[i+2])
	}
	return 0, false
}

// monthOfDigits reads a month and a day written in two digits each.
func monthOfDigits(mm, dd string) (time.Month, bool) {
	m := int(mm[0]-'0')*10 + int(mm[1]-'0')
	if m < 1 || m > 12 || len(dd) != 2 || !isDay(dd) {
		return 0, false
	}
	return time.Month(m), true
}

func isNumber(w string) bool {
	if w == "" {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}

// dayReach is how many words after a dating "on" or a sentence's opening
// the month of the date stands within ("on 10 July", "on July 10",
// "13 September 2017:").
const dayReach = 3

// ownDay reports a date at ws[at] whose month is one of own: the report's
// own period, no earlier event.
func ownDay(ws []string, at int, own monthSet) bool {
	if own == 0 || at < 0 {
		return false
	}
	for k := at; k < min(len(ws), at+dayReach); k++ {
		if m, ok := lang.Month(ws[k]); ok {
			return own.has(m)
		}
	}
	return false
}

package analyze

import (
	"time"

	"github.com/conflict-digest/conflict-digest/lang"
)

// period is the months, and the years, a report's headline names as its
// period (ownPeriod): bit m of months for time.Month m, bit y-periodBase
// of years for year y.
type period struct {
	months uint16
	years  uint64
}

// periodBase is the first year a period's years can hold; it holds 64.
const periodBase = 1990

func (p *period) addMonth(m time.Month) { p.months |= 1 << m }

func (p *period) addYear(y int) {
	if y >= periodBase && y < periodBase+64 {
		p.years |= 1 << (y - periodBase)
	}
}

func (p period) hasMonth(m time.Month) bool { return p.months&(1<<m) != 0 }

// hasYear reports year y among the period's years, or any year when the
// headline named none.
func (p period) hasYear(y int) bool {
	return p.years == 0 || y >= periodBase && y < periodBase+64 && p.years&(1<<(y-periodBase)) != 0
}

// ownPeriod returns the months and years a report's headline names as its
// period: "Yemen Update 1-21 September 2018", "UNICEF Nigeria December
// 2018 sitrep", "Monthly News Brief - September 2017", "DTM Flash Update
// 2019-05-23", "20180719 Humanitarian Update". An agency's update dates the
// period's events by their day ("On 10 July, airstrikes struck two cars"),
// where a news report names the week's by their weekday and a day of a
// month for an earlier event (datedOn, datedEntry): a day of the month its
// headline names is the report's own news (issue 14, h-viol2). "May" counts
// only beside a number ("May 2019", "23 May"): "may" is a verb too.
func ownPeriod(title string) period { return ownPeriodRuns(titleRuns(title)) }

// ownPeriodRuns is ownPeriod of a headline's runs (titleRuns).
func ownPeriodRuns(ws []string) period {
	var p period
	for i, w := range ws {
		if m, ok := lang.Month(w); ok {
			if w == "may" && !(i > 0 && isNumber(ws[i-1]) || i+1 < len(ws) && isNumber(ws[i+1])) {
				continue
			}
			p.addMonth(m)
			continue
		}
		if y, m, ok := isoDate(ws, i); ok {
			p.addMonth(m)
			p.addYear(y)
			continue
		}
		if y, ok := lang.Year(w); ok && p.months != 0 {
			p.addYear(y)
		}
	}
	if p.months == 0 {
		return period{}
	}
	return p
}

// isoDate reads the year and month of a date written in digits at ws[i]:
// a year followed by a month and a day ("2019-05-23", cut by titleRuns
// into three runs) or eight digits ("20180719").
func isoDate(ws []string, i int) (int, time.Month, bool) {
	w := ws[i]
	if len(w) == 8 && isNumber(w) {
		if y, ok := lang.Year(w[:4]); ok {
			m, ok := monthOfDigits(w[4:6], w[6:])
			return y, m, ok
		}
	}
	if y, ok := lang.Year(w); ok && len(w) == 4 && i+2 < len(ws) && len(ws[i+1]) == 2 && isNumber(ws[i+1]) && isNumber(ws[i+2]) {
		m, ok := monthOfDigits(ws[i+1], ws[i+2])
		return y, m, ok
	}
	return 0, 0, false
}

// monthOfDigits reads a month and a day written in two digits each.
func monthOfDigits(mm, dd string) (time.Month, bool) {
	m := int(mm[0]-'0')*10 + int(mm[1]-'0')
	if m < 1 || m > 12 || len(dd) != 2 || !isDay(dd) {
		return 0, false
	}
	return time.Month(m), true
}

// isNumber reports a word of digits only.
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

// periodDay reports a date at ws[at] in the months of p, in one of its
// years when the date names one ("13 September 2017" under "September
// 2017"; "13 September 2015" under it is a timeline's): the report's own
// period, no earlier event.
func periodDay(ws []string, at int, p period) bool {
	if p.months == 0 || at < 0 {
		return false
	}
	for k := at; k < min(len(ws), at+dayReach); k++ {
		m, ok := lang.Month(ws[k])
		if !ok {
			continue
		}
		if !p.hasMonth(m) {
			return false
		}
		for j := k + 1; j < min(len(ws), k+3); j++ {
			if y, ok := lang.Year(ws[j]); ok {
				return p.hasYear(y)
			}
		}
		return true
	}
	return false
}

// spanReach is how many words after "between" or "from" the word that
// closes a span of days ("and", "to") may stand: "between 27 August and
// 04 September".
const spanReach = 4

// ownDated reports a sentence dated to a day of the period p a report's
// headline names (ownPeriod): "on 10 July" (datedOn) or a span of days
// whose last day is the period's ("between 27 August and 04 September"
// under "DTM Flash Update 2018-09-09"). An update tells the period's
// incidents so, in the paragraph past its heading lines; a war told as a
// standing condition names no day, and an earlier event's day is no day
// of the period (issue 14, h-viol12: rwp8 fit f74bcfad99, a02ed18d9e).
func ownDated(ws []string, p period) bool {
	if p.months == 0 {
		return false
	}
	if at := datedOn(ws); at >= 0 && periodDay(ws, at, p) {
		return true
	}
	for i, w := range ws {
		if w != "between" && w != "from" {
			continue
		}
		for k := i + 2; k < min(len(ws), i+2+spanReach); k++ {
			switch ws[k] {
			case "and", "to", "until", "till", "through":
				if k+1 < len(ws) && isDay(ws[k+1]) && periodDay(ws, k+1, p) {
					return true
				}
			}
		}
	}
	return false
}

// ownSpan returns the words [from, to) of the first phrase of ws that
// names the period an update covers up to its own day
// (lang.UpdatePeriodAt: "during the previous two weeks", "since DTM's last
// update", "the recent escalation"), from -1 when there is none.
func ownSpan(ws []string) (int, int) {
	for i := range ws {
		if to := lang.UpdatePeriodAt(ws, i); to > i {
			return i, to
		}
	}
	return -1, -1
}

package lang

import (
	"sort"
	"strconv"
	"strings"
	"time"
)

// months maps the lower-case names of months, full and short ("sept"
// too), to their month. "may" is both: its short name is the word itself.
var months = map[string]time.Month{
	"january": time.January, "february": time.February, "march": time.March, "april": time.April,
	"may": time.May, "june": time.June, "july": time.July, "august": time.August,
	"september": time.September, "october": time.October, "november": time.November, "december": time.December,
	"jan": time.January, "feb": time.February, "mar": time.March, "apr": time.April, "jun": time.June,
	"jul": time.July, "aug": time.August, "sep": time.September, "sept": time.September,
	"oct": time.October, "nov": time.November, "dec": time.December,
}

// monthSmall is months as the lookups read it.
var monthSmall = smallTableOf(months)

// Month returns the month a lower-case word names, full or short ("jan",
// "sept"). "may" and "march" are months here; telling them from the verbs
// is the caller's business.
func Month(w string) (time.Month, bool) {
	v, ok := monthSmall.get(w)
	return time.Month(v), ok
}

// MonthPattern is a regular expression alternation (no group) of the
// month names Month knows, longest first, for patterns that must read a
// date where a word list cannot be consulted ("1-31 July 2020" alone on a
// line).
func MonthPattern() string {
	return monthAlternation(func(string) bool { return true }, func(w string) string { return w })
}

// ShortMonthPattern is MonthPattern for the short names only ("jan",
// "sept"; not "may"), in lower case: a pattern reads them with (?i).
func ShortMonthPattern() string {
	return monthAlternation(isShortMonth, func(w string) string { return w })
}

// FullMonthPattern is MonthPattern for the full names only, capitalised as
// they are written in prose ("January", "May"), for case-sensitive patterns.
func FullMonthPattern() string {
	full := func(w string) bool { m, _ := Month(w); return len(w) == len(m.String()) }
	return monthAlternation(full, func(w string) string { return strings.ToUpper(w[:1]) + w[1:] })
}

// monthAlternation joins the month names keep accepts, each written by
// form, longest first (so an alternation tries "sept" before "sep").
func monthAlternation(keep func(string) bool, form func(string) string) string {
	names := make([]string, 0, len(months))
	for w := range months {
		if keep(w) {
			names = append(names, form(w))
		}
	}
	sort.Slice(names, func(i, j int) bool {
		if len(names[i]) != len(names[j]) {
			return len(names[i]) > len(names[j])
		}
		return names[i] < names[j]
	})
	return strings.Join(names, "|")
}

// isShortMonth reports a month's short name ("jan", "sept"), which a period
// may follow without ending a sentence.
func isShortMonth(w string) bool {
	m, ok := Month(w)
	return ok && w != "may" && len(w) < len(m.String())
}

// weekdays maps the lower-case names of the days of the week to their day.
var weekdays = map[string]time.Weekday{
	"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday,
	"thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday,
}

// weekdaySmall is weekdays as the lookups read it.
var weekdaySmall = smallTableOf(weekdays)

// shortWeekdays are the short names datelines and headlines use.
var shortWeekdays = map[string]time.Weekday{
	"sun": time.Sunday, "mon": time.Monday, "tue": time.Tuesday, "tues": time.Tuesday,
	"wed": time.Wednesday, "thu": time.Thursday, "thur": time.Thursday, "thurs": time.Thursday,
	"fri": time.Friday, "sat": time.Saturday,
}

// shortWeekdaySmall is shortWeekdays as the lookups read it.
var shortWeekdaySmall = smallTableOf(shortWeekdays)

// Weekday returns the day of the week a lower-case word names in full
// ("monday"). Short names ("sat", "sun") are English words too; see
// ShortWeekday.
func Weekday(w string) (time.Weekday, bool) {
	v, ok := weekdaySmall.get(w)
	return time.Weekday(v), ok
}

// HoldsWeekday reports whether lower-case text low holds a weekday's full
// name anywhere ("said on wednesday"): a test before splitting a sentence
// into words for Weekday.
func HoldsWeekday(low string) bool {
	// every name ends in "day": one pass for the "day"s of low, each read
	// back for a name, instead of a pass for each name
	for at := 0; ; {
		i := strings.Index(low[at:], "day")
		if i < 0 {
			return false
		}
		i += at
		for w := range weekdays {
			if strings.HasSuffix(low[:i+len("day")], w) {
				return true
			}
		}
		at = i + 1
	}
}

// ShortWeekday returns the day of the week a lower-case short name names
// ("mon", "tues", "thurs"), as datelines write them.
func ShortWeekday(w string) (time.Weekday, bool) {
	v, ok := shortWeekdaySmall.get(w)
	return time.Weekday(v), ok
}

// RelativeDay returns how many days from the day of speaking a lower-case
// word names: "today" and "tonight" 0, "yesterday" -1, "tomorrow" 1.
func RelativeDay(w string) (int, bool) {
	switch w {
	case "today", "tonight":
		return 0, true
	case "yesterday":
		return -1, true
	case "tomorrow":
		return 1, true
	}
	return 0, false
}

// Year returns the year a word of four digits names, from 1900 to 2099;
// ok is false for any other word.
func Year(w string) (int, bool) {
	if len(w) != 4 || (w[:2] != "19" && w[:2] != "20") || !isDigit(w[2]) || !isDigit(w[3]) {
		return 0, false
	}
	return 1000*int(w[0]-'0') + 100*int(w[1]-'0') + 10*int(w[2]-'0') + int(w[3]-'0'), true
}

// IsYear reports whether w is a year of four digits from 1900 to 2099
// ("2016"): datelines put one in every article of that year.
func IsYear(w string) bool {
	_, ok := Year(w)
	return ok
}

// DayOfMonth reads a day of the month written in digits: "8", "08", "8th",
// "21st"; ok is false outside 1 to 31.
func DayOfMonth(w string) (int, bool) {
	w = strings.TrimRight(w, "stndrh")
	if len(w) == 0 || len(w) > 2 || !isDigit(w[0]) || !isDigit(w[len(w)-1]) {
		return 0, false
	}
	n, err := strconv.Atoi(w)
	return n, err == nil && n >= 1 && n <= 31
}

// MonthOfDate reports the word at i of ws a month's name that a day of
// the month stands before ("17 may", "the night of 7-8 may"): written so,
// "may" and "march" are the month of a date, not the verbs ("On 17 May,
// clashes continued" tells no possibility; issue 14, h-viol13).
func MonthOfDate(ws []string, i int) bool {
	if i <= 0 || i >= len(ws) {
		return false
	}
	if _, ok := Month(ws[i]); !ok {
		return false
	}
	d := ws[i-1]
	if h := strings.LastIndexByte(d, '-'); h >= 0 {
		d = d[h+1:]
	}
	_, ok := DayOfMonth(d)
	return ok
}

// Ordinal writes a day of the month with its suffix, as reports date their
// tables ("18th October, 2019"): 1st, 2nd, 3rd, 4th, 11th, 22nd.
func Ordinal(n int) string {
	suffix := "th"
	switch {
	case n%100 >= 11 && n%100 <= 13:
	case n%10 == 1:
		suffix = "st"
	case n%10 == 2:
		suffix = "nd"
	case n%10 == 3:
		suffix = "rd"
	}
	return strconv.Itoa(n) + suffix
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// CompactDate reads a date written as eight digits without separators, as
// reports name their files: day, month and year ("03092021") or year,
// month and day ("20210903"). ok is false for any other word and for a
// day or month out of range.
func CompactDate(w string) (time.Time, bool) {
	if len(w) != 8 {
		return time.Time{}, false
	}
	for i := 0; i < len(w); i++ {
		if !isDigit(w[i]) {
			return time.Time{}, false
		}
	}
	two := func(s string) int { return 10*int(s[0]-'0') + int(s[1]-'0') }
	date := func(y, m, d int) (time.Time, bool) {
		if m < 1 || m > 12 || d < 1 || d > 31 {
			return time.Time{}, false
		}
		t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
		return t, t.Day() == d
	}
	if y, ok := Year(w[:4]); ok {
		if t, ok := date(y, two(w[4:6]), two(w[6:])); ok {
			return t, true
		}
	}
	if y, ok := Year(w[4:]); ok {
		return date(y, two(w[2:4]), two(w[:2]))
	}
	return time.Time{}, false
}

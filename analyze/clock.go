package analyze

import (
	"regexp"
	"strconv"
	"strings"
)

// Clock times in a summary. The corpus's texts lost their colons, so a
// time reads as a number ("until 200 am", "at 1430 GMT"), and wires add the
// time in another zone as an aside ("at 11 am (0900 GMT)", "200 am [2300
// GMT Monday]") that tells a digest's reader nothing: the aside goes, and
// an hour gets its colon back where the word after it says it is a time.
var (
	reTimeAside = regexp.MustCompile(`\s*[\[(][^\[\]()]{0,30}\b(?:GMT|UTC|local time)\b[^\[\]()]{0,30}[\])]`)
	reBareClock = regexp.MustCompile(`(^|[^\d,.])(\d{1,2})(\d{2})(\s?)(am\b|pm\b|AM\b|PM\b|GMT\b|UTC\b|a\.m\.|p\.m\.)`)
	// reZoneLead is a time zone left alone at a sentence's start, the rest
	// of a wire's dateline stamp ("UTC+3 A total of 1500 people ...")
	reZoneLead = regexp.MustCompile(`(^|[.!?]\s+)(?:UTC|GMT)\s?[+\x{2212}-]\s?\d{1,2}(?::?\d{2})?\s+`)
)

// TidyClock drops the bracketed asides that give a time in another zone
// and restores the colon of an hour written as one number ("200 am" is
// "2:00 am", "1430 GMT" is "14:30 GMT"); a number that cannot be an hour
// stays as it is. A zone stamp left at a sentence's start ("UTC+3"), the
// rest of a dateline, goes too.
func TidyClock(s string) string {
	if !strings.ContainsAny(s, "0123456789") {
		return s
	}
	// The expressions are slow and most summaries hold neither a zone
	// name nor a time: each runs only where it may match.
	if strings.Contains(s, "GMT") || strings.Contains(s, "UTC") || strings.Contains(s, "local time") {
		s = reTimeAside.ReplaceAllString(s, "")
		s = reZoneLead.ReplaceAllString(s, "$1")
	}
	if !mayHoldClock(s) {
		return s
	}
	return reBareClock.ReplaceAllStringFunc(s, func(m string) string {
		p := reBareClock.FindStringSubmatch(m)
		h, _ := strconv.Atoi(p[2])
		mm, _ := strconv.Atoi(p[3])
		limit := 12
		if p[5] == "GMT" || p[5] == "UTC" {
			limit = 23
		}
		if h > limit || mm > 59 || (limit == 12 && h == 0) {
			return m
		}
		return p[1] + p[2] + ":" + p[3] + p[4] + p[5]
	})
}

// mayHoldClock reports what every match of reBareClock holds: a run of
// three or four digits, then perhaps one space, then the first letter of
// a time's word (am, pm, GMT, UTC, a.m., p.m.).
func mayHoldClock(s string) bool {
	for i := 0; i < len(s); {
		if !isDigit(s[i]) {
			i++
			continue
		}
		j := i
		for j < len(s) && isDigit(s[j]) {
			j++
		}
		if n := j - i; n == 3 || n == 4 {
			if j < len(s) && strings.IndexByte(" \t\n\f\r", s[j]) >= 0 {
				j++
			}
			if j < len(s) && strings.IndexByte("apAPGU", s[j]) >= 0 {
				return true
			}
		}
		i = j
	}
	return false
}

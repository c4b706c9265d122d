package analyze

import (
	"strconv"
	"strings"
	"time"

	"github.com/conflict-digest/conflict-digest/lang"
)

// DatedByLater marks an article stamped long before the events its text
// tells: a backgrounder or timeline updated after its page's date ("On
// June 4 2014 ..." in a page stamped 21 August 2013). Its event date is the
// latest day it tells, so that it is not counted among the reports of the
// stamped day's events.
const DatedByLater = "later"

// laterGap is how far after an article's stamp a date it tells must lie
// to show the text was written later: further than any plan or deadline a
// report of the day looks ahead to is usually dated with its year.
const laterGap = 60 * 24 * time.Hour

// laterDates is how many distinct such dates a text must tell: one may be
// a plan ("elections on June 4 2014"); a timeline tells several.
const laterDates = 2

// WrittenLater returns the latest full date (day, month and year) that
// text tells when it tells at least laterDates distinct dates of a later
// year than published and more than laterGap after it: the text was
// written then or later, whatever its stamp.
func WrittenLater(text string, published time.Time) (time.Time, bool) {
	if published.IsZero() || !namesLaterYear(text, published.Year()) {
		return time.Time{}, false
	}
	ws := lang.Words(text)
	seen := map[time.Time]bool{}
	var latest time.Time
	for i := 0; i+2 < len(ws); i++ {
		d, ok := fullDate(ws[i], ws[i+1], ws[i+2])
		if !ok || d.Year() <= published.Year() || d.Sub(published) <= laterGap {
			continue
		}
		seen[d] = true
		if d.After(latest) {
			latest = d
		}
	}
	return latest, len(seen) >= laterDates
}

// namesLaterYear reports whether text holds one of the few years after
// year, a cheap test before the text is read word by word.
func namesLaterYear(text string, year int) bool {
	for y := year + 1; y <= year+5; y++ {
		if strings.Contains(text, strconv.Itoa(y)) {
			return true
		}
	}
	return false
}

// fullDate reads "june 4 2014" or "4 june 2014" from three words.
func fullDate(a, b, c string) (time.Time, bool) {
	if !lang.IsYear(c) {
		return time.Time{}, false
	}
	if m, ok := monthOf(a); ok {
		return makeDate(c, m, b)
	}
	if m, ok := monthOf(b); ok {
		return makeDate(c, m, a)
	}
	return time.Time{}, false
}

package ask

import (
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

// A report of a series (a situation report, a bulletin, a daily update)
// writes its own date in its title ("Situation Report No. 7 (as of 19
// December 2017)", "Bulletin 9, 30 September 2017", "based on information
// received as of 19:30, 17 December 2017"): the numbers of no. 12 and no. 13
// are alike, and a question about a day or a month wants the report of that
// time, not last week's or the next month's. The title's date, when it
// gives one, dates the report for the window in place of its stamp (a
// feed's or an archive's, which may be the day it was filed or none).

// seriesReach is the longest window (in days) a title's date is weighed
// against: a question about a year says nothing of which issue.
const seriesReach = 92

// titleDay returns the last day of the last date the title writes with a
// year ("30 September 2017", "December 2017": its last day), or false.
func titleDay(title string) (time.Time, bool) {
	toks := tokenize(title)
	var last Window
	for i, t := range toks {
		m := monthOf(t.low)
		if m == 0 || (t.low == "may" && !isCapitalized(t)) {
			continue
		}
		if d, ok := dateAt(toks, i, m); ok {
			last = d
		}
	}
	if last.IsZero() {
		return time.Time{}, false
	}
	return last.Until.AddDate(0, 0, -1), true
}

// reportDateScore is windowScore for an article whose title writes its
// date, against a question's window of at most seriesReach days: 1 when
// the report's day falls in the window or the day after it (a report of
// the evening after), falling by a third for each day further either way
// (an earlier issue cannot tell of it, a later one tells of more since).
// ok is false when the title writes no date, the window is open, strict
// or long, or the date lies more than seriesReach days away (a report
// looking back at an old event): windowScore on the stamp decides.
func reportDateScore(w Window, art news.Article) (float64, bool) {
	if w.Strict || w.Since.IsZero() || w.Until.IsZero() || w.Until.Sub(w.Since) > seriesReach*24*time.Hour {
		return 0, false
	}
	d, ok := titleDay(art.Title)
	if !ok {
		return 0, false
	}
	var off time.Duration
	switch last := w.Until.AddDate(0, 0, 1); {
	case d.Before(w.Since):
		off = w.Since.Sub(d)
	case !d.Before(last):
		off = d.Sub(last) + 24*time.Hour
	default:
		return 1, true
	}
	if off > seriesReach*24*time.Hour {
		return 0, false // a report long after looks back ("adopted on 18 September 1997"): no issue of a series
	}
	return 1 / (1 + off.Hours()/24/3), true
}

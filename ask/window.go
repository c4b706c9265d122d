package ask

import (
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/conflict-digest/conflict-digest/lang"
)

// Window is the time a question is about: [Since, Until). A zero bound is
// open.
type Window struct {
	Since time.Time
	Until time.Time
	// Strict windows ("last week", "yesterday") admit only articles
	// published in them: an older report does not answer. Dates of events
	// ("in April 2017") only favour articles near them.
	Strict bool
}

// IsZero reports whether the window is unbounded.
func (w Window) IsZero() bool { return w.Since.IsZero() && w.Until.IsZero() }

// admits reports whether a strict window lets an article published at p in
// (a day of slack either side); a window that is not strict admits all.
func (w Window) admits(p time.Time) bool {
	if !w.Strict || p.IsZero() {
		return !w.Strict
	}
	return (w.Since.IsZero() || !p.Before(w.Since.AddDate(0, 0, -1))) && (w.Until.IsZero() || p.Before(w.Until.AddDate(0, 0, 1)))
}

// union returns the smallest window holding both.
func (w Window) union(o Window) Window {
	if w.IsZero() {
		return o
	}
	if o.Since.Before(w.Since) {
		w.Since = o.Since
	}
	if o.Until.After(w.Until) {
		w.Until = o.Until
	}
	return w
}

// parseWindow finds the dates a question names ("on 8 April 2017", "in late
// September 2017", "in 2016", "last week", "since March 2016") and returns
// the window that holds them all.
func parseWindow(toks []token, now time.Time) Window {
	var w Window
	used := map[int]bool{}
	for i, t := range toks {
		m := monthOf(t.low)
		if m == 0 || (t.low == "may" && !isCapitalized(t) && !mayDated(toks, i)) {
			continue
		}
		if d, ok := dateAt(toks, i, m); ok {
			w = w.union(d)
			markYear(toks, i, used)
		}
	}
	for i, t := range toks {
		if lang.IsYear(t.low) && !used[i] {
			y, _ := strconv.Atoi(t.low)
			start := time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)
			w = w.union(Window{Since: start, Until: start.AddDate(1, 0, 0)})
		}
	}
	if w.IsZero() {
		w = relativeWindow(toks, now)
		w.Strict = !w.IsZero()
	}
	if since(toks) && !w.IsZero() {
		w.Until = now
	}
	return w
}

// mayDated reports whether a lower-case "may" is the month by the figure
// after it: a year or a day ("may 2019", "2 may 2019", "may 2"). Readers
// who write in lower case write the month so; the verb is followed by a
// verb ("may have fled"). Round h-ask56 (eval/askpara.py's lower kind):
// "according to iom dtm's 2 may 2019 flash update" (qa-rwp7-d12df54992-0),
// "in may 2014" (q3-fakes-268-1).
func mayDated(toks []token, i int) bool {
	if i+1 < len(toks) {
		if _, ok := dayNumber(toks[i+1].low); ok || lang.IsYear(toks[i+1].low) {
			return true
		}
	}
	return false
}

// monthOf returns the month a word names, also in "mid-October", else 0.
func monthOf(w string) int {
	for _, p := range []string{"mid-", "early-", "late-"} {
		w = strings.TrimPrefix(w, p)
	}
	if len(w) < 3 {
		return 0
	}
	m, _ := lang.Month(w)
	return int(m)
}

// dateAt reads a date around the month at toks[i]: "8 April 2017", "April 8
// 2017", "late September 2017". A date with no year is not a window.
func dateAt(toks []token, i, month int) (Window, bool) {
	year, day := 0, 0
	for k := i + 1; k < len(toks) && k <= i+6; k++ { // "March 27 and April 10 2015" borrows the year
		if lang.IsYear(toks[k].low) {
			year, _ = strconv.Atoi(toks[k].low)
			break
		}
		if n, ok := dayNumber(toks[k].low); ok && k == i+1 {
			day = n
		}
	}
	if year == 0 {
		return Window{}, false
	}
	if i > 0 && day == 0 {
		if n, ok := dayNumber(toks[i-1].low); ok {
			day = n
		}
	}
	first := time.Date(year, time.Month(month), 1, 0, 0, 0, 0, time.UTC)
	if day > 0 {
		d := first.AddDate(0, 0, day-1)
		return Window{Since: d, Until: d.AddDate(0, 0, 1)}, true
	}
	mod := ""
	if i > 0 {
		mod = toks[i-1].low
	}
	if strings.HasPrefix(toks[i].low, "mid-") {
		mod = "mid"
	}
	switch mod {
	case "early", "beginning":
		return Window{Since: first, Until: first.AddDate(0, 0, 11)}, true
	case "mid", "middle":
		return Window{Since: first.AddDate(0, 0, 9), Until: first.AddDate(0, 0, 21)}, true
	case "late", "end":
		return Window{Since: first.AddDate(0, 0, 19), Until: first.AddDate(0, 1, 0)}, true
	}
	return Window{Since: first, Until: first.AddDate(0, 1, 0)}, true
}

// dayNumber reads a day of the month: "8", "21-22" (the first), "8th".
func dayNumber(w string) (int, bool) {
	if i := strings.IndexByte(w, '-'); i > 0 {
		w = w[:i]
	}
	return lang.DayOfMonth(w)
}

// markYear marks the year token after a month as used.
func markYear(toks []token, i int, used map[int]bool) {
	for k := i + 1; k < len(toks) && k <= i+6; k++ {
		if lang.IsYear(toks[k].low) {
			used[k] = true
			return
		}
	}
}

// relativeWindow reads "yesterday", "last week", "this month", "past 3
// days", "recently" relative to now.
func relativeWindow(toks []token, now time.Time) Window {
	day := time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, time.UTC)
	for i, t := range toks {
		next := ""
		if i+1 < len(toks) {
			next = toks[i+1].low
		}
		if d, ok := lang.RelativeDay(t.low); ok {
			if d == 0 {
				return Window{Since: day, Until: now}
			}
			// "yesterday"; "tomorrow" is the future: no report stored yet
			// tells it (a strict window admits only reports published in it)
			return Window{Since: day.AddDate(0, 0, d), Until: day.AddDate(0, 0, d+1)}
		}
		switch {
		case (t.low == "next" || t.low == "coming" || t.low == "this" && next == "weekend") && unitDays(next) > 0:
			return Window{Since: now, Until: day.AddDate(0, 0, 1+unitDays(next))}
		case (t.low == "last" || t.low == "past" || t.low == "this") && unitDays(next) > 0:
			return Window{Since: day.AddDate(0, 0, -unitDays(next)), Until: now}
		case (t.low == "last" || t.low == "past") && i+2 < len(toks):
			if n, err := strconv.Atoi(next); err == nil && n > 0 && n < 1000 {
				return Window{Since: day.AddDate(0, 0, -n*unitDays(toks[i+2].low)), Until: now}
			}
		// "latest", "now", "currently" set no window: they ask for the
		// newest report however old it is (state questions rank by
		// recency), so a quiet subject does not come back empty.
		case t.low == "recently" || t.low == "recent":
			return Window{Since: day.AddDate(0, 0, -14), Until: now}
		}
	}
	return Window{}
}

func unitDays(w string) int {
	switch strings.TrimSuffix(w, "s") {
	case "day":
		return 1
	case "weekend":
		return 7 // the next one: within a week
	case "week":
		return 7
	case "month":
		return 31
	case "year":
		return 366
	}
	return 0
}

// since reports whether the question asks from a date on ("since April
// 2017"): "since" followed closely by a month or a year.
func since(toks []token) bool {
	for i, t := range toks {
		if t.low != "since" {
			continue
		}
		for _, n := range toks[i+1 : min(len(toks), i+4)] {
			if monthOf(n.low) > 0 || lang.IsYear(n.low) {
				return true
			}
		}
	}
	return false
}

// rareYear is the share of the store's articles (or sentences) under
// which a year is one the news seldom writes: a question about it is
// answered only by a report that writes it or was published in it.
const rareYear = 0.01

// predates reports whether a report published at pub (zero: undated)
// cannot tell what happened in the window asked about: it names none of
// the window's years, and it was published before the window begins or,
// undated, the store seldom writes any of those years (rareYears): "how
// many were displaced in El Fasher in 2024" is not answered by a 2017
// report on El Fasher. A report that names the year answers for its plans
// and forecasts ("the 2018 budget").
func predates(q *Question, pub time.Time, sents []sentence) bool {
	w := q.Window
	if w.Since.IsZero() || !pub.IsZero() && !w.Since.After(pub) {
		return false
	}
	years := windowYears(w)
	for _, s := range sents {
		for _, t := range s.toks {
			if slices.Contains(years, t.low) {
				return false
			}
		}
	}
	if !pub.IsZero() {
		return true
	}
	for _, y := range years {
		if !q.rareYears[y] {
			return false
		}
	}
	return len(years) > 0
}

// windowYears returns the years a window spans, as written ("2024"); none
// for a window of more than ten years.
func windowYears(w Window) []string {
	first, last := w.Since.Year(), w.Since.Year()
	if !w.Until.IsZero() {
		last = max(last, w.Until.Add(-time.Nanosecond).Year())
	}
	if last-first >= 10 {
		return nil
	}
	var ys []string
	for y := first; y <= last; y++ {
		ys = append(ys, strconv.Itoa(y))
	}
	return ys
}

// markRareYears sets q.rareYears: the years among words (with the counts
// of the store's n documents holding each, docs) that fewer than rareYear
// of them hold.
func (q *Question) markRareYears(words []string, docs []int64, n int64) {
	for i, w := range words {
		if !lang.IsYear(w) {
			continue
		}
		if i >= len(docs) || float64(docs[i]) < rareYear*float64(n) {
			if q.rareYears == nil {
				q.rareYears = map[string]bool{}
			}
			q.rareYears[w] = true
		}
	}
}

package main

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// parseSpan reads a length of time: Go's durations (24h, 90m) or whole
// days (7d), which Go's parser lacks and people write.
func parseSpan(s string) (time.Duration, error) {
	s = strings.TrimSpace(s)
	if days, ok := strings.CutSuffix(s, "d"); ok {
		n, err := strconv.Atoi(days)
		if err != nil || n < 0 || n > 100*365 {
			return 0, fmt.Errorf("%q is not a number of days (e.g. 7d)", s)
		}
		return time.Duration(n) * 24 * time.Hour, nil
	}
	d, err := time.ParseDuration(s)
	if err != nil || d < 0 {
		return 0, fmt.Errorf("%q is not a length of time (e.g. 7d, 24h)", s)
	}
	return d, nil
}

// parseWhen reads a --since or --until value, in UTC: "today",
// "yesterday", a span back from now (7d, 24h), a date (2016-08-26) or an
// RFC 3339 time. wholeDay says it named a day (today, yesterday, a date),
// which --until includes to its end.
func parseWhen(s string, now time.Time) (t time.Time, wholeDay bool, err error) {
	now = now.UTC()
	today := time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, time.UTC)
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "today":
		return today, true, nil
	case "yesterday":
		return today.AddDate(0, 0, -1), true, nil
	}
	if t, err := time.Parse(time.DateOnly, s); err == nil {
		return t, true, nil
	}
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t.UTC(), false, nil
	}
	if d, err := parseSpan(s); err == nil {
		return now.Add(-d), false, nil
	}
	return time.Time{}, false, fmt.Errorf("%q is not a time: write today, yesterday, a span back from now (7d, 24h), a date (2016-08-26) or an RFC 3339 time (2016-08-26T12:00:00Z)", s)
}

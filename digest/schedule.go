package digest

import (
	"fmt"
	"strconv"
	"strings"
	"sync"
	"time"
	_ "time/tzdata" // time zones must not depend on the host's zoneinfo

	"github.com/robfig/cron/v3"

	"github.com/conflict-digest/conflict-digest/lang"
	"github.com/conflict-digest/conflict-digest/news"
)

// cronParser reads standard 5-field expressions and descriptors (@daily).
var cronParser = cron.NewParser(cron.Minute | cron.Hour | cron.Dom | cron.Month | cron.Dow | cron.Descriptor)

// scheduleDay returns the day of the week a schedule names, lower case: its
// full name or the three letters cron reads ("mon", "thu"), as lang names
// them; not lang's longer short names ("tues", "thurs"), which a cron field
// may not hold.
func scheduleDay(w string) (time.Weekday, bool) {
	if d, ok := lang.Weekday(w); ok {
		return d, true
	}
	if len(w) == 3 {
		return lang.ShortWeekday(w)
	}
	return 0, false
}

// NormalizeSchedule turns a schedule as a user writes it into a cron
// expression: "hourly" → "0 * * * *", "daily 07:30" → "30 7 * * *",
// "weekly mon 07:30" → "30 7 * * 1"; cron expressions and descriptors
// (@daily) are checked and kept. Errors are EINVALID and say what is wrong.
func NormalizeSchedule(spec string) (string, error) {
	f := strings.Fields(strings.ToLower(strings.TrimSpace(spec)))
	switch {
	case len(f) == 0:
		return "", news.Errorf(news.EINVALID, "empty schedule: use hourly, daily HH:MM, weekly DAY HH:MM or a cron expression")
	case len(f) == 1 && f[0] == "hourly":
		return "0 * * * *", nil
	case f[0] == "daily":
		if len(f) != 2 {
			return "", news.Errorf(news.EINVALID, "schedule %q: write daily HH:MM, e.g. daily 07:30", spec)
		}
		h, m, err := clock(f[1])
		if err != nil {
			return "", err
		}
		return fmt.Sprintf("%d %d * * *", m, h), nil
	case f[0] == "weekly":
		if len(f) != 3 {
			return "", news.Errorf(news.EINVALID, "schedule %q: write weekly DAY HH:MM, e.g. weekly mon 07:30", spec)
		}
		d, ok := scheduleDay(f[1])
		if !ok {
			return "", news.Errorf(news.EINVALID, "schedule %q: %q is not a day of the week (mon, tue, ... sun)", spec, f[1])
		}
		h, m, err := clock(f[2])
		if err != nil {
			return "", err
		}
		return fmt.Sprintf("%d %d * * %d", m, h, d), nil
	}
	expr := strings.Join(strings.Fields(spec), " ")
	if strings.HasPrefix(expr, "TZ=") || strings.HasPrefix(expr, "CRON_TZ=") {
		return "", news.Errorf(news.EINVALID, "schedule %q: give the time zone separately, not in the expression", spec)
	}
	if _, err := cronParser.Parse(expr); err != nil {
		return "", news.WrapError(news.EINVALID, fmt.Sprintf(
			"schedule %q is not hourly, daily HH:MM, weekly DAY HH:MM or a 5-field cron expression", spec), err)
	}
	return expr, nil
}

// clock parses HH:MM on a 24-hour clock.
func clock(s string) (hour, minute int, err error) {
	hh, mm, ok := strings.Cut(s, ":")
	h, err1 := strconv.Atoi(hh)
	m, err2 := strconv.Atoi(mm)
	if !ok || err1 != nil || err2 != nil || h < 0 || h > 23 || m < 0 || m > 59 || len(mm) != 2 {
		return 0, 0, news.Errorf(news.EINVALID, "time %q: write HH:MM on a 24-hour clock, e.g. 07:30", s)
	}
	return h, m, nil
}

// LoadZone returns the named IANA time zone ("" is UTC), or an EINVALID error.
func LoadZone(tz string) (*time.Location, error) {
	if tz == "" {
		return time.UTC, nil
	}
	loc, err := time.LoadLocation(tz)
	if err != nil || strings.EqualFold(tz, "local") {
		return nil, news.Errorf(news.EINVALID, "unknown time zone %q: use an IANA name such as Europe/Berlin", tz)
	}
	return loc, nil
}

// ParseSchedule returns the schedule spec (see NormalizeSchedule) running in
// time zone tz (an IANA name; "" is UTC). Schedules are few and parsed
// for every delivery of a slot (its window's start, whether it is due), so
// each is parsed once: the check that it fires at most hourly steps through
// 30 of its firings, which cost more than the rest of a digest's filter.
func ParseSchedule(spec, tz string) (cron.Schedule, error) {
	key := spec + "\x00" + tz
	schedules.mu.Lock()
	p, ok := schedules.m[key]
	schedules.mu.Unlock()
	if ok {
		return p.s, p.err
	}
	s, err := parseSchedule(spec, tz)
	schedules.mu.Lock()
	if len(schedules.m) < maxParsedSchedules {
		schedules.m[key] = parsedSchedule{s, err}
	}
	schedules.mu.Unlock()
	return s, err
}

// maxParsedSchedules bounds the schedules kept parsed: a subscription's
// spec is normalised to a few forms, and zones are a few hundred.
const maxParsedSchedules = 4096

type parsedSchedule struct {
	s   cron.Schedule
	err error
}

// schedules are the parsed schedules, by spec and zone. A cron.Schedule
// is read only once parsed, so one is shared by every caller.
var schedules = struct {
	mu sync.Mutex
	m  map[string]parsedSchedule
}{m: map[string]parsedSchedule{}}

func parseSchedule(spec, tz string) (cron.Schedule, error) {
	expr, err := NormalizeSchedule(spec)
	if err != nil {
		return nil, err
	}
	if _, err := LoadZone(tz); err != nil {
		return nil, err
	}
	if tz == "" {
		tz = "UTC"
	}
	s, err := cronParser.Parse("CRON_TZ=" + tz + " " + expr)
	if err != nil {
		return nil, news.WrapError(news.EINVALID, fmt.Sprintf("schedule %q in %s", spec, tz), err)
	}
	if tooOften(s) {
		return nil, news.Errorf(news.EINVALID, "schedule %q fires more often than hourly: digests come at most once an hour", spec)
	}
	return s, nil
}

// MinInterval is the shortest time between two digests of a subscription.
const MinInterval = time.Hour

// tooOften reports whether s fires twice within MinInterval during a sample
// of its first firings.
func tooOften(s cron.Schedule) bool {
	t := s.Next(time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC))
	for range 30 {
		next := s.Next(t)
		if next.IsZero() {
			return false
		}
		if next.Sub(t) < MinInterval {
			return true
		}
		t = next
	}
	return false
}

// NextRun returns the first time after after that the schedule fires.
func NextRun(spec, tz string, after time.Time) (time.Time, error) {
	s, err := ParseSchedule(spec, tz)
	if err != nil {
		return time.Time{}, err
	}
	next := s.Next(after)
	if next.IsZero() {
		return time.Time{}, news.Errorf(news.EINVALID, "schedule %q never fires", spec)
	}
	return next, nil
}

// WindowStart is where the next digest of sub begins: its cursor, or, before
// its first delivery, one schedule period before it was created — so the
// first daily digest holds the day's news, not the minutes since /subscribe.
// A schedule that cannot be read falls back to the creation time.
func WindowStart(sub *news.Subscription) time.Time {
	if !sub.Cursor.IsZero() {
		return sub.Cursor
	}
	s, err := ParseSchedule(sub.Schedule, sub.TimeZone)
	if err != nil {
		return sub.Created
	}
	first := s.Next(sub.Created)
	second := s.Next(first)
	if first.IsZero() || second.IsZero() {
		return sub.Created
	}
	return sub.Created.Add(-second.Sub(first))
}

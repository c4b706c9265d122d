package digest

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// DescribeSchedule says a schedule as a member reads it: "every day at
// 07:30 (Berlin)", "every Monday at 08:00 (UTC)", "every hour", "every
// weekday at 06:00 (Kyiv)"; a schedule it cannot say in words is "on a
// custom schedule (Berlin)". Never the cron expression.
func DescribeSchedule(spec, tz string) string {
	expr, err := NormalizeSchedule(spec)
	if err != nil {
		return "on a schedule that cannot be read"
	}
	zone := " (" + ZoneName(tz) + ")"
	switch expr {
	case "@hourly", "@every 1h":
		return "every hour"
	case "@daily", "@midnight":
		return "every day at 00:00" + zone
	case "@weekly":
		return "every Sunday at 00:00" + zone
	}
	f := strings.Fields(expr)
	if len(f) != 5 || f[2] != "*" || f[3] != "*" {
		return "on a custom schedule" + zone
	}
	minute, err1 := strconv.Atoi(f[0])
	if err1 != nil || minute < 0 || minute > 59 {
		return "on a custom schedule" + zone
	}
	if f[1] == "*" && f[4] == "*" {
		if minute == 0 {
			return "every hour"
		}
		return fmt.Sprintf("every hour at :%02d", minute)
	}
	hour, err2 := strconv.Atoi(f[1])
	if err2 != nil || hour < 0 || hour > 23 {
		return "on a custom schedule" + zone
	}
	at := fmt.Sprintf(" at %02d:%02d", hour, minute)
	days, ok := dayWords(f[4])
	if !ok {
		return "on a custom schedule" + zone
	}
	return "every " + days + at + zone
}

// dayWords says a cron day-of-week field: "day", "Friday", "Friday and
// Sunday", "weekday".
func dayWords(field string) (string, bool) {
	switch field {
	case "*":
		return "day", true
	case "1-5", "MON-FRI", "mon-fri":
		return "weekday", true
	}
	var names []string
	for _, d := range strings.Split(field, ",") {
		n, err := strconv.Atoi(d)
		if err != nil {
			if wd, ok := scheduleDay(strings.ToLower(d)); ok {
				n, err = int(wd), nil
			}
		}
		if err != nil || n < 0 || n > 7 {
			return "", false
		}
		names = append(names, time.Weekday(n%7).String()) // cron's 7 is Sunday too
	}
	switch len(names) {
	case 1:
		return names[0], true
	case 2:
		return names[0] + " and " + names[1], true
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1], true
}

// ZoneName names an IANA time zone as people do: its city ("Europe/Berlin"
// is "Berlin", "America/New_York" "New York"); "" and "UTC" are "UTC".
func ZoneName(tz string) string {
	if tz == "" || strings.EqualFold(tz, "utc") || tz == "Etc/UTC" {
		return "UTC"
	}
	name := tz[strings.LastIndex(tz, "/")+1:]
	return strings.ReplaceAll(name, "_", " ")
}

package news

import (
	"testing"
	"time"
)

func TestWidenSpan(t *testing.T) {
	d := func(day int) time.Time { return time.Date(2016, 9, day, 0, 0, 0, 0, time.UTC) }
	for _, tc := range []struct{ first, last, from, to, wantFirst, wantLast time.Time }{
		{d(19), d(21), d(18), d(22), d(18), d(22)},
		{d(19), d(21), d(20), d(20), d(19), d(21)},
		{time.Time{}, time.Time{}, d(20), d(20), d(20), d(20)},
		{d(19), d(21), time.Time{}, time.Time{}, d(19), d(21)},
	} {
		f, l := WidenSpan(tc.first, tc.last, tc.from, tc.to)
		if !f.Equal(tc.wantFirst) || !l.Equal(tc.wantLast) {
			t.Errorf("WidenSpan(%v, %v, %v, %v) = %v, %v; want %v, %v", tc.first, tc.last, tc.from, tc.to, f, l, tc.wantFirst, tc.wantLast)
		}
	}
}

// TestDayStartFrom: the bound the stores compare a story's first event time
// with holds exactly when its event day does (EventDay >= t and < t).
func TestDayStartFrom(t *testing.T) {
	day := time.Date(2016, 9, 23, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct{ in, want time.Time }{
		{time.Time{}, time.Time{}},
		{day, day},
		{day.Add(time.Second), day.Add(24 * time.Hour)},
		{day.Add(-time.Second), day},
		{time.Date(2016, 9, 23, 1, 0, 0, 0, time.FixedZone("Berlin", 7200)), day},
	} {
		if got := DayStartFrom(c.in); !got.Equal(c.want) {
			t.Errorf("DayStartFrom(%v) = %v, want %v", c.in, got, c.want)
		}
	}
	// Against EventDay for event times around a window's edges.
	for _, edge := range []time.Time{day, day.Add(13 * time.Hour), day.Add(-time.Nanosecond)} {
		for _, ev := range []time.Duration{-36 * time.Hour, -time.Hour, -time.Second, 0, time.Second, time.Hour, 30 * time.Hour} {
			s := &Story{EventFirst: edge.Add(ev)}
			byDay := !s.EventDay().Before(edge)
			byBound := !s.EventFirst.Before(DayStartFrom(edge))
			if byDay != byBound {
				t.Errorf("edge %v, event %v: EventDay at or after %v, bound says %v", edge, s.EventFirst, byDay, byBound)
			}
		}
	}
}

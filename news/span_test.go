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

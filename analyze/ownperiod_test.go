package analyze

import (
	"testing"
	"time"
)

// TestOwnMonths: the months a report's headline names as its period, in
// words or in digits; "may" only beside a number.
func TestOwnMonths(t *testing.T) {
	for _, tt := range []struct {
		title string
		want  []time.Month
	}{
		{"Northland Update 1-21 September 2019", []time.Month{time.September}},
		{"Aid Worker Security Monthly Brief - November-December 2019", []time.Month{time.November, time.December}},
		{"Flash Update Eastville 2019-05-23 FINAL", []time.Month{time.May}},
		{"20190719 Humanitarian Update Draft 2", []time.Month{time.July}},
		{"Situation Report 12, 23 May 2019", []time.Month{time.May}},
		{"Fighting may displace thousands more, agencies warn", nil},
		{"Aid reaches camps in the north", nil},
	} {
		var want monthSet
		for _, m := range tt.want {
			want |= 1 << m
		}
		if got := ownMonths(tt.title); got != want {
			t.Errorf("ownMonths(%q) = %b, want %b", tt.title, got, want)
		}
	}
}

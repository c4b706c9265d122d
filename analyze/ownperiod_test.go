package analyze

import (
	"strings"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/lang"
)

// TestOwnPeriod: the months a report's headline names as its period, in
// words or in digits; "may" only beside a number. A date of those months
// in a year the headline does not name is not the period's.
func TestOwnPeriod(t *testing.T) {
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
		var want uint16
		for _, m := range tt.want {
			want |= 1 << m
		}
		if got := ownPeriod(tt.title).months; got != want {
			t.Errorf("ownPeriod(%q).months = %b, want %b", tt.title, got, want)
		}
	}
	p := ownPeriod("Aid Worker Security Monthly Brief - September 2019")
	for _, tt := range []struct {
		sentence string
		at       int
		want     bool
	}{
		{"13 September 2019: In Bria, gunmen attacked a clinic.", 0, true},
		{"13 September 2015: In Bria, gunmen attacked a clinic.", 0, false},
		{"on 13 September, gunmen attacked a clinic.", 0, true},
		{"on 13 August, gunmen attacked a clinic.", 0, false},
	} {
		if got := periodDay(lang.Words(strings.ToLower(tt.sentence)), tt.at, p); got != tt.want {
			t.Errorf("periodDay(%q) = %v, want %v", tt.sentence, got, tt.want)
		}
	}
}

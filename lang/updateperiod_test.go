package lang

import "testing"

// TestUpdatePeriodAt: the phrases an update names its own period by, up to
// its day, and those of an earlier time.
func TestUpdatePeriodAt(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{"since dtm’s last update on 17 may clashes continued", true},
		{"since the previous report 685 families were identified", true},
		{"during the previous two weeks clashes continued", true},
		{"over the past few days airstrikes increased", true},
		{"during the reporting period an attack displaced 6,000", true},
		{"the recent escalation of hostilities", true},
		{"during the previous week clashes continued", false},
		{"over the past few months clashes displaced thousands", false},
		{"since the start of the conflict 27,000 fled", false},
		{"the escalation of hostilities", false},
	} {
		ws := Words(tt.s)
		got := false
		for i := range ws {
			if UpdatePeriodAt(ws, i) > i {
				got = true
			}
		}
		if got != tt.want {
			t.Errorf("%q: %v, want %v", tt.s, got, tt.want)
		}
	}
}

// TestMonthOfDate: "may" after a day of the month is the month.
func TestMonthOfDate(t *testing.T) {
	for _, tt := range []struct {
		s    string
		at   int
		want bool
	}{
		{"on 17 may clashes", 2, true},
		{"the night of 7-8 may injures", 4, true},
		{"clashes may continue", 1, false},
		{"may 17 clashes", 0, false},
	} {
		if got := MonthOfDate(Words(tt.s), tt.at); got != tt.want {
			t.Errorf("%q at %d: %v, want %v", tt.s, tt.at, got, tt.want)
		}
	}
}

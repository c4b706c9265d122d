package analyze

import (
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/lang"
)

// A weekday right after a verb of telling dates the figure's telling; a
// weekday of the event, or none, leaves the report's day.
func TestGivenDay(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want time.Weekday
		ok   bool
	}{
		{"News of the massacre surfaced on Wednesday with the opposition accusing the army of killing between 1000 and 1800 people.", time.Wednesday, true},
		{"The monitor said late on Monday that 40 people were killed in the town.", time.Monday, true},
		{"Rescuers reported Tuesday that 12 bodies were recovered.", time.Tuesday, true},
		{"Air strikes killed 40 people on Monday, the monitor said.", 0, false},
		{"The monitor said the strikes of last week killed 40.", 0, false},
		{"The group said on Monday in 2012 that 40 were killed.", 0, false},
		{"On Tuesday rebel commanders stated that about 70 people were killed in the shelling.", time.Tuesday, true},
		{"Late on Sunday the head of the local council said 25 bodies were found.", time.Sunday, true},
		{"On Tuesday jets killed 40 people in the market the monitor said.", 0, false},
		{"On Tuesday a car bomb exploded near the checkpoint and the army later said 9 died.", 0, false},
	} {
		got, ok := givenDay(lang.Words(tt.s))
		if ok != tt.ok || got != tt.want {
			t.Errorf("%q: %v %v, want %v %v", tt.s, got, ok, tt.want, tt.ok)
		}
	}
}

// A telling whose day opens a "that" clause after the count dates that
// clause, not the count before it (issue 10, fig42: a quote's "40 more"
// dated by "Reports also said on Thursday that ..." after it). The same
// telling before the count dates it. Invented sentences.
func TestGivenDayAfterCountFig42(t *testing.T) {
	for _, tt := range []struct {
		s, count string
		want     time.Weekday
		ok       bool
	}{
		{"\"Some 30 more gunmen were killed near the dam\" Reports also said on Tuesday that the groups lost 90 men this week.", "Some 30", 0, false},
		{"\"Some 30 more gunmen were killed near the dam\" Reports also said on Tuesday that the groups lost 90 men this week.", "90", time.Tuesday, true},
		{"Some 30 gunmen were killed near the dam, the army said on Tuesday.", "Some 30", time.Tuesday, true},
	} {
		got, ok := givenDayOf(lang.Words(tt.s), countWordAt(tt.s, tt.count))
		if ok != tt.ok || got != tt.want {
			t.Errorf("%q (%s): %v %v, want %v %v", tt.s, tt.count, got, ok, tt.want, tt.ok)
		}
	}
}

// initialDayOf: the day an initial or earlier count's sentence names —
// the nearest before the count, else the update's after it (the initial
// count was given no later) — and none for a count not told as initial.
// Invented sentences.
func TestInitialDayOfFig43(t *testing.T) {
	for _, tt := range []struct {
		s, count string
		want     time.Weekday
		ok       bool
	}{
		{"The monitor reported the shelling on Saturday with an initial death toll of 31.", "31", time.Saturday, true},
		{"The group said 40 died, updating an earlier toll on Sunday evening of 15.", "15", time.Sunday, true},
		{"An initial toll of 47 was later updated to 82 on Sunday.", "47", time.Sunday, true},
		{"Officials initially put the toll at 20 after the blast on Friday.", "20", time.Friday, true},
		{"Jets killed 31 people in the town on Saturday, the monitor said.", "31", 0, false},
		{"The first of 12 convoys reached the town on Monday.", "12", 0, false},
	} {
		got, ok := initialDayOf(lang.Words(tt.s), countWordAt(tt.s, tt.count))
		if ok != tt.ok || got != tt.want {
			t.Errorf("%q (%s): %v %v, want %v %v", tt.s, tt.count, got, ok, tt.want, tt.ok)
		}
	}
}

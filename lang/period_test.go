package lang

import "testing"

func TestTellsPeriod(t *testing.T) {
	for s, want := range map[string]bool{
		"At least 40 people were killed in the shelling of the town over the past few days.": true,
		"Raids have killed 25 in recent weeks, the monitor said.":                            true,
		"During the last three days, 60 were wounded.":                                       true,
		"Air strikes killed 12 people in the past 24 hours.":                                 false,
		"A car bomb killed 9 people on Tuesday.":                                             false,
		"The last day of the truce passed quietly, with 3 wounded.":                          false,
	} {
		if got := TellsPeriod(Words(s)); got != want {
			t.Errorf("TellsPeriod(%q) = %v, want %v", s, got, want)
		}
	}
}

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

func TestOpensWithEarlierTime(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{"In March two blasts near the old market killed 40 people.", true},
		{"In 2015 the town was taken by the rebels.", true},
		{"Last month a convoy was hit on the same road.", true},
		{"Earlier this year the group attacked a checkpoint.", true},
		{"But in January the army retook the town.", true},
		{"Previously the group had claimed two attacks.", true},
		{"In May 2016 the same road was shelled.", true},
		{"In the town, 12 people were killed on Sunday.", false},
		{"On Tuesday a car bomb killed 12.", false},
		{"In May we will meet again, the envoy said.", false}, // "may" is read as the verb
		{"Last night's shelling killed three.", false},
	} {
		if got := OpensWithEarlierTime(Words(tt.s)); got != tt.want {
			t.Errorf("OpensWithEarlierTime(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

package lang

import "testing"

func TestSameAct(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"carried", "conducted", true},
		{"staged", "launch", true},
		{Stem("carried"), "conducting", true},
		{"died", "killed", true},
		{"lost", "kill", true},
		{"wounded", "injured", true},
		{"inked", "signed", true},
		{"killed", "injured", false},
		{"signed", "conducted", false},
		{"visited", "visited", true},
		{"visited", "toured", false},
	} {
		if got := SameAct(c.a, c.b); got != c.want {
			t.Errorf("SameAct(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

package lang

import "testing"

func TestActionVerb(t *testing.T) {
	cases := []struct {
		w          string
		verb, noun bool
	}{
		{"kill", true, false}, {"seize", true, false}, {"advance", true, true}, {"kills", false, false}, {"say", false, false},
	}
	for _, c := range cases {
		if verb, noun := ActionVerb(c.w); verb != c.verb || noun != c.noun {
			t.Errorf("%q: got %v %v, want %v %v", c.w, verb, noun, c.verb, c.noun)
		}
	}
}

func TestIsAttackNoun(t *testing.T) {
	for w, want := range map[string]bool{"rocket": true, "shelling": true, "attacks": true, "army": false, "Rocket": false} {
		if got := IsAttackNoun(w); got != want {
			t.Errorf("%q: got %v", w, got)
		}
	}
}

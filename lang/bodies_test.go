package lang

import "testing"

func TestIsBodyHead(t *testing.T) {
	for w, want := range map[string]bool{"Rights": true, "Defence": true, "crescent": true, "Sino": false, "Petrov": false} {
		if got := IsBodyHead(w); got != want {
			t.Errorf("IsBodyHead(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestReactionOpening(t *testing.T) {
	for s, want := range map[string]bool{
		"Regional leaders have responded to the claim by monitors that 300 were killed in the valley.": true,
		"Neighbouring states condemned the shelling of Vellmar on Tuesday.":                            true,
		"The envoy called for an inquiry into the attack.":                                             true,
		"The council called upon the world to protect the people of the valley.":                       true,
		"Rebels accused the army of shelling the suburbs of Vellmar on Tuesday, killing dozens.":       false,
		"Rockets killed 40 people in Vellmar, and the mayor later condemned the attack.":               false,
	} {
		if got := ReactionOpening(s); got != want {
			t.Errorf("ReactionOpening(%q) = %v, want %v", s, got, want)
		}
	}
}

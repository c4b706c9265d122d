package lang

import "testing"

func TestWordSet(t *testing.T) {
	words := map[string]bool{"killed": true, "kilned": true, "shelled": true, "shelved": true, "a": true, "no": false}
	s := WordSetOf(words)
	for _, w := range []string{"killed", "kilned", "shelled", "shelved", "a", "no", "", "b", "kille", "killedx", "Killed"} {
		if got, want := s.Has(w), words[w]; got != want {
			t.Errorf("Has(%q) = %v, want %v", w, got, want)
		}
	}
	for _, m := range []map[string]bool{nil, {"": true}, {"x": true}} {
		s := WordSetOf(m)
		for _, w := range []string{"", "x", "y"} {
			if got, want := s.Has(w), m[w]; got != want {
				t.Errorf("WordSetOf(%v).Has(%q) = %v, want %v", m, w, got, want)
			}
		}
	}
	var zero WordSet
	if zero.Has("x") || zero.Has("") {
		t.Error("the zero WordSet holds a word")
	}
}

func TestWordMap(t *testing.T) {
	m := map[string]int{"killed": 1, "kilned": 2, "": 3, "a": 4}
	tb := WordMapOf(m)
	for _, w := range []string{"killed", "kilned", "", "a", "b", "kill"} {
		if got, want := tb.Get(w), m[w]; got != want {
			t.Errorf("Get(%q) = %d, want %d", w, got, want)
		}
	}
	var zeroMap WordMap[int]
	if zeroMap.Get("x") != 0 {
		t.Error("the zero WordMap holds a word")
	}
}

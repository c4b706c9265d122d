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

func TestWordIDs(t *testing.T) {
	var tb WordIDs
	want := map[string]int32{}
	for round := 0; round < 2; round++ {
		tb.Reset(4)
		clear(want)
		// more words than Reset made room for: the table grows
		for i, w := range []string{"killed", "kilned", "", "a", "shelled", "shelved", "killed", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "p", "q", "r", "s", "aa", "bb"} {
			ref, had := tb.Ref(w)
			if _, ok := want[w]; had != ok {
				t.Fatalf("round %d: Ref(%q) held = %v, want %v", round, w, had, ok)
			}
			if had {
				if *ref != want[w] {
					t.Errorf("Ref(%q) = %d, want %d", w, *ref, want[w])
				}
				continue
			}
			*ref = int32(i)
			want[w] = int32(i)
		}
		for w, id := range want {
			if ref, had := tb.Ref(w); !had || *ref != id {
				t.Errorf("round %d: Ref(%q) = %d, %v; want %d, true", round, w, *ref, had, id)
			}
		}
		tb.Clear()
	}
}

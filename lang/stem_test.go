package lang

import "testing"

func TestStem(t *testing.T) {
	tests := []struct{ in, want string }{
		{"strikes", "strike"}, {"strike", "strike"}, {"killed", "kill"}, {"kills", "kill"},
		{"killing", "kill"}, {"civilians", "civilian"}, {"casualties", "casualty"},
		{"planned", "plan"}, {"shelled", "shell"}, {"shelling", "shell"}, {"bombarded", "bombard"},
		{"marches", "march"}, {"taxes", "tax"}, {"witnesses", "witness"}, {"press", "press"},
		{"idlib", "idlib"}, {"aleppo's", "aleppo"}, {"assad’s", "assad"},
		{"isis", "isis"}, {"status", "status"}, {"centre", "center"}, {"neighbourhoods", "neighborhood"},
		{"gas", "gas"}, {"buses", "bus"}, {"syrias", "syria"}, {"aleppo", "aleppo"}, {"us", "us"}, {"", ""}, {"ties", "tie"}, {"über", "über"},
	}
	for _, tt := range tests {
		if got := Stem(tt.in); got != tt.want {
			t.Errorf("Stem(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// FuzzStem checks that a stem is never longer than its word and that
// stemming a stem changes nothing a second time for plain plurals.
func FuzzStem(f *testing.F) {
	for _, w := range []string{"strikes", "casualties", "planned", "aleppo's", "ies", "\xffing", "centres"} {
		f.Add(w)
	}
	f.Fuzz(func(t *testing.T, w string) {
		if got := Stem(w); len(got) > len(w) {
			t.Errorf("Stem(%q) = %q is longer than the word", w, got)
		}
	})
}

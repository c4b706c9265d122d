package lang

import "testing"

func TestIsBodyHead(t *testing.T) {
	for w, want := range map[string]bool{"Rights": true, "Defence": true, "crescent": true, "Sino": false, "Petrov": false} {
		if got := IsBodyHead(w); got != want {
			t.Errorf("IsBodyHead(%q) = %v, want %v", w, got, want)
		}
	}
}

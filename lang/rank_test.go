package lang

import "testing"

func TestRank(t *testing.T) {
	for w, want := range map[string]bool{"lieutenant": true, "lt": true, "dr": true, "commander": true, "pilot": false, "spokesman": false, "": false} {
		if got := Rank(w); got != want {
			t.Errorf("Rank(%q) = %v, want %v", w, got, want)
		}
	}
}

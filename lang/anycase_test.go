package lang

import (
	"strings"
	"testing"
)

// TestAnyCase: IsStopAnyCase and IsBodyHead read a word as its lower case
// does, ASCII or not, short or long.
func TestAnyCase(t *testing.T) {
	for _, w := range []string{"The", "IN", "of", "Observatory", "RIGHTS", "Çankaya", "Nevertheless", "Extraordinarily-Long-Word", "", "Über"} {
		if got, want := IsStopAnyCase(w, Function), IsStop(strings.ToLower(w), Function); got != want {
			t.Errorf("IsStopAnyCase(%q) = %v, want %v", w, got, want)
		}
		if got, want := IsBodyHead(w), bodyHeads.Has(strings.ToLower(w)); got != want {
			t.Errorf("IsBodyHead(%q) = %v, want %v", w, got, want)
		}
	}
}

package analyze

import (
	"math/rand"
	"strings"
	"testing"
)

// TestNextFieldEightAtATime checks nextField, which skips a word's printable
// ASCII eight bytes at a time, against strings.Fields on random texts of
// letters, ASCII spaces and controls, bytes past ASCII and Unicode spaces.
func TestNextFieldEightAtATime(t *testing.T) {
	parts := []string{"a", "Z", "!", "~", " ", "\t", "\n", "\x01", "\x7f", "\u00a0", "\u2009", "é", "’", "\xff", "--", "abcdefgh", "0123456789"}
	r := rand.New(rand.NewSource(12))
	for range 20000 {
		var b strings.Builder
		for range r.Intn(24) {
			b.WriteString(parts[r.Intn(len(parts))])
		}
		s := b.String()
		var got []string
		for w, rest := nextField(s); w != ""; w, rest = nextField(rest) {
			got = append(got, w)
		}
		want := strings.Fields(s)
		if strings.Join(got, "|") != strings.Join(want, "|") || len(got) != len(want) {
			t.Fatalf("nextField over %q: %q, want %q", s, got, want)
		}
	}
	if w, rest := nextField("  Damascus-based monitor said"); w != "Damascus-based" || rest != " monitor said" {
		t.Errorf("nextField: %q, %q", w, rest)
	}
}

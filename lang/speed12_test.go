package lang

import (
	"math/rand"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestLowerLettersAsBytes checks appendWords and CountWords, which pass a
// word's lower-case letters eight bytes at once (LowerLetters8), against
// the same loop a byte at a time, on random texts of letters of both
// cases, digits, inner marks, spaces, controls and bytes past ASCII.
func TestLowerLettersAsBytes(t *testing.T) {
	parts := []string{"a", "z", "`", "{", "A", "Z", "0", "9", "-", "'", "’", " ", ".", "\x01", "\x7f", "é", "\xff", "abcdefgh", "qwertyuiopas", "al-Furqan"}
	r := rand.New(rand.NewSource(12))
	for range 20000 {
		var b strings.Builder
		for range r.Intn(24) {
			b.WriteString(parts[r.Intn(len(parts))])
		}
		s := b.String()
		got, want := appendWords(nil, s), wordsByBytes(s)
		if !slices.Equal(got, want) || CountWords(s) != len(want) {
			t.Fatalf("words of %q: %q (count %d), want %q", s, got, CountWords(s), want)
		}
	}
	if got := LowerLetters8("shelling of the town"[:8]); got != 8 {
		t.Errorf("LowerLetters8 = %d, want 8", got)
	}
}

// wordsByBytes is appendWords' loop as it was, a byte at a time.
func wordsByBytes(s string) []string {
	var out []string
	for i := 0; i < len(s); {
		n, word := wordStartAt(s, i)
		if !word {
			i += n
			continue
		}
		start := i
		for i += n; i < len(s); {
			if c := s[i]; c < 0x80 {
				if asciiWord[c] == notWord {
					break
				}
				i++
				continue
			}
			r, m := utf8.DecodeRuneInString(s[i:])
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '’' {
				break
			}
			i += m
		}
		out = append(out, s[start:start+trimmedLen(s[start:i])])
	}
	return out
}

package analyze

import (
	"math/rand"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestNextFieldEightAtATime checks nextField, which skips a word's printable
// ASCII eight bytes at a time, against strings.Fields on random texts of
// letters, ASCII spaces and controls, bytes past ASCII and Unicode spaces.
func TestNextFieldEightAtATime(t *testing.T) {
	parts := []string{"a", "Z", "!", "~", " ", "\t", "\n", "\x01", "\x7f", "\u00a0", "\u2009", "é", "’", "\xff", "--", "abcdefgh", "0123456789"}
	r := rand.New(rand.NewSource(12))
	for range 20000 {
		s := randomText(r, parts, 24)
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

// TestWordEndEightAtATime checks wordEnd, which passes a word's lower-case
// letters eight bytes at once (lang.LowerLetters8), against its byte loop
// on random texts, from every offset.
func TestWordEndEightAtATime(t *testing.T) {
	parts := []string{"a", "z", "`", "{", "A", "Z", "0", "9", "'", "’", " ", ".", "-", "é", "\xff", "abcdefgh", "qwertyuiopas"}
	r := rand.New(rand.NewSource(14))
	for range 5000 {
		s := randomText(r, parts, 16)
		for j := range len(s) + 1 {
			if got, want := wordEnd(s, j), wordEndByBytes(s, j); got != want {
				t.Fatalf("wordEnd(%q, %d) = %d, want %d", s, j, got, want)
			}
		}
	}
}

// wordEndByBytes is wordEnd's loop alone, a byte at a time.
func wordEndByBytes(s string, j int) int {
	for j < len(s) {
		c := s[j]
		if alnumByte[c] {
			j++
			continue
		}
		if c < utf8.RuneSelf {
			if c == '\'' && j+1 < len(s) && isLetterAt(s, j+1) {
				j++
				continue
			}
			return j
		}
		r, n := utf8.DecodeRuneInString(s[j:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || (r == '’' && j+n < len(s) && isLetterAt(s, j+n)) {
			j += n
			continue
		}
		return j
	}
	return j
}

// randomText joins fewer than most of parts, drawn at random.
func randomText(r *rand.Rand, parts []string, most int) string {
	var b strings.Builder
	for range r.Intn(most) {
		b.WriteString(parts[r.Intn(len(parts))])
	}
	return b.String()
}

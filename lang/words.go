package lang

import (
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Words returns the lower-cased word tokens of s: runs of letters and digits
// that keep inner hyphens and apostrophes ("al-Furqan", "Thirty-five",
// "Assad's") as one word, as a reader would, without trailing ones.
func Words(s string) []string {
	s = Lower(s) // one copy for the whole text, not one a word
	return appendWords(make([]string, 0, wordsCap(s)), s)
}

// AppendWords appends the words of s to dst as Words finds them and
// returns the extended slice: for a caller that splits many sentences
// into one backing array.
func AppendWords(dst []string, s string) []string {
	return appendWords(dst, Lower(s))
}

// wordsCap is room for the words of s, enough for English prose (about six
// bytes a word with its space), so that the slice is made once, not grown
// from one word by doubling.
func wordsCap(s string) int { return len(s)/5 + 1 }

// Lower returns strings.ToLower(s), s itself when it has no upper case.
// It passes the bytes lower-casing leaves alone eight at a time (lowerRun):
// the analysis lower-cases every sentence it reads, most of it ASCII in
// lower case already.
func Lower(s string) string {
	var b strings.Builder
	done := 0 // s[:done] is written to b, once one rune changed
	for i := lowerRun(s, 0); i < len(s); i = lowerRun(s, i) {
		low, n := rune(s[i])+'a'-'A', 1
		if s[i] >= utf8.RuneSelf {
			r, m := utf8.DecodeRuneInString(s[i:])
			low, n = unicode.ToLower(r), m
			if low == r && (r != utf8.RuneError || m > 1) {
				i += m
				continue // as strings.Map, which writes a broken byte as RuneError
			}
		}
		if done == 0 {
			b.Grow(len(s) + utf8.UTFMax)
		}
		b.WriteString(s[done:i])
		b.WriteRune(low)
		i += n
		done = i
	}
	if done == 0 {
		return s
	}
	b.WriteString(s[done:])
	return b.String()
}

// AppendLowerASCII appends w in lower case to b, false when w is not ASCII
// or longer than b's room (the caller lowers it as strings.ToLower does):
// a short word lowered in an array of the caller's, not a new string.
func AppendLowerASCII(b []byte, w string) ([]byte, bool) {
	if len(w) > cap(b)-len(b) {
		return b, false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return b, false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return b, true
}

// lowerRun returns where, from s[i], the first byte that is an upper-case
// ASCII letter or no ASCII stands, len(s) when none does. Eight bytes are
// tested at once: below 0x80, a byte plus 0x3f reaches 0x80 from 'A' up,
// plus 0x25 from past 'Z' up, and neither sum carries into the next byte.
func lowerRun(s string, i int) int {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	for ; i+8 <= len(s); i += 8 {
		w := s[i : i+8]
		x := uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
			uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56
		if (x|(x+0x3f*ones)&^(x+0x25*ones))&highs != 0 {
			break
		}
	}
	for ; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' {
			return i
		}
	}
	return i
}

// LowerLetters8 returns how many of the eight bytes of w, read at once,
// are lower-case ASCII letters before the first that is none (8 when all
// are): a word's own letters, which appendWords' loop would pass a byte at
// a time. The lowest byte the mask flags is the first that is no such
// letter, exactly: no borrow or carry reaches it from the bytes below.
func LowerLetters8(w string) int {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	x := uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
		uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56
	// a high bit for a byte past ASCII (x), below 'a' (x - 'a'), past 'z' (x + 0x80 - '{')
	return bits.TrailingZeros64((x|(x-'a'*ones)|(x+(0x80-'{')*ones))&highs) >> 3
}

// WordsAsWritten returns the words of s as Words finds them, in their case:
// the i-th is the i-th of Words(s) as written, for names whose case matters
// ("IS", "WHO").
func WordsAsWritten(s string) []string { return appendWords(make([]string, 0, wordsCap(s)), s) }

// AppendWordsAsWritten appends the words of s as WordsAsWritten finds them
// to dst and returns the extended slice: for a caller that splits many
// sentences, one at a time, into one array.
func AppendWordsAsWritten(dst []string, s string) []string { return appendWords(dst, s) }

// Token is one word of a text with where it stands: s[Start:End] is Text.
type Token struct {
	Text       string // as written
	Low        string // lower-cased
	Start, End int    // byte offsets in the text
}

// Tokens returns the words of s as Words finds them, with their spans in s:
// for callers that quote or highlight what they matched.
func Tokens(s string) []Token {
	// appendWords' loop, each word kept with where it starts: finding it
	// again in the text (strings.Index from the last word's end) cost as
	// much as the split (a tenth of /ask's CPU tokenizes its candidates)
	out := make([]Token, 0, wordsCap(s))
	start := -1
	for i, r := range s {
		inner := (r == '-' || r == '\'' || r == '’') && start >= 0
		if unicode.IsLetter(r) || unicode.IsDigit(r) || inner {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			out = appendToken(out, s, start, i)
			start = -1
		}
	}
	if start >= 0 {
		out = appendToken(out, s, start, len(s))
	}
	return out
}

// appendToken appends the word s[start:end] less its trailing hyphens and
// apostrophes.
func appendToken(out []Token, s string, start, end int) []Token {
	w := s[start : start+trimmedLen(s[start:end])]
	return append(out, Token{Text: w, Low: strings.ToLower(w), Start: start, End: start + len(w)})
}

// appendWords appends the words of s: runs of letters and digits with inner
// hyphens and apostrophes, less trailing ones. (One loop a word, no
// callback: it is the analysis's hottest. An ASCII byte is classed by
// asciiWord, with no rune decoding: most of a text is ASCII.)
func appendWords(out []string, s string) []string {
	for i := 0; i < len(s); {
		n, word := 1, false
		if c := s[i]; c < utf8.RuneSelf {
			word = asciiWord[c] == wordRune // wordStartAt's, with no call
		} else {
			n, word = wordStartAt(s, i)
		}
		if !word {
			i += n
			continue
		}
		start := i
		if i += n; i+8 <= len(s) {
			i += LowerLetters8(s[i : i+8])
		}
		for i < len(s) {
			if c := s[i]; c < utf8.RuneSelf {
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

// CountWords returns len(Words(s)) without splitting or lower-casing s:
// lower-casing turns no letter or digit into anything else and nothing
// else into one, so s has its words where its lower case has them.
// (appendWords' loop, counting.)
func CountWords(s string) int {
	words := 0
	for i := 0; i < len(s); {
		n, word := 1, false
		if c := s[i]; c < utf8.RuneSelf {
			word = asciiWord[c] == wordRune
		} else {
			n, word = wordStartAt(s, i)
		}
		if !word {
			i += n
			continue
		}
		words++
		if i += n; i+8 <= len(s) {
			i += LowerLetters8(s[i : i+8])
		}
		for i < len(s) {
			if c := s[i]; c < utf8.RuneSelf {
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
	}
	return words
}

// wordStartAt returns the length of the rune at s[i] and whether a word
// starts with it: a letter or a digit.
func wordStartAt(s string, i int) (int, bool) {
	if c := s[i]; c < utf8.RuneSelf {
		return 1, asciiWord[c] == wordRune
	}
	r, n := utf8.DecodeRuneInString(s[i:])
	return n, unicode.IsLetter(r) || unicode.IsDigit(r)
}

// Classes of an ASCII byte for appendWords.
const (
	notWord   = iota
	wordRune  // a letter or a digit
	innerRune // a hyphen or an apostrophe: inside a word only
)

// asciiWord classes each ASCII byte as unicode.IsLetter, unicode.IsDigit
// and the inner marks do.
var asciiWord = func() (t [utf8.RuneSelf]uint8) {
	for c := range t {
		switch {
		case unicode.IsLetter(rune(c)) || unicode.IsDigit(rune(c)):
			t[c] = wordRune
		case c == '-' || c == '\'':
			t[c] = innerRune
		}
	}
	return t
}()

// trimmedLen is the length of a word without its trailing hyphens and
// apostrophes ("rebels-", "troops’").
func trimmedLen(w string) int {
	n := len(w)
	for n > 0 {
		switch {
		case w[n-1] == '-' || w[n-1] == '\'':
			n--
		case strings.HasSuffix(w[:n], "’"):
			n -= len("’")
		default:
			return n
		}
	}
	return n
}

// Fields splits s at every rune that is neither a letter nor a digit, as a
// full-text index does: "al-Furqan" is "al" and "Furqan". Unlike Words it
// keeps the case.
func Fields(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// CutPossessive returns w without its possessive ending ("Chalabi's",
// "Cox’s": straight or curly apostrophe) and whether it had one.
func CutPossessive(w string) (string, bool) {
	if s, ok := strings.CutSuffix(w, "'s"); ok {
		return s, true
	}
	return strings.CutSuffix(w, "’s")
}

// FileMark reports whether a word as written is a mark a document's file
// name carries in capitals ("camp-profile October-2020 FINAL", "sitrep
// DRAFT v2"): page furniture of a title built from the file name, never a
// name it reports.
func FileMark(w string) bool {
	switch w {
	case "FINAL", "DRAFT", "CLEAN", "REVISED", "UPDATED", "FINALE", "WEB", "PRINT":
		return true
	}
	return false
}

// Plural returns one when n is 1, else many: "1 story", "2 stories" (the
// caller gives both forms; no English plural is guessed).
func Plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// HasWords reports whether ws are the words of want (lower case), in any
// case: ws as written against a phrase's words.
func HasWords(ws, want []string) bool {
	for i, w := range ws {
		if strings.ToLower(w) != want[i] {
			return false
		}
	}
	return true
}

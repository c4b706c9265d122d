package lang

import (
	"strings"
	"unicode"
)

// Words returns the lower-cased word tokens of s: runs of letters and digits
// that keep inner hyphens and apostrophes ("al-Furqan", "Thirty-five",
// "Assad's") as one word, as a reader would, without trailing ones.
func Words(s string) []string {
	var out []string
	scanWords(s, func(start, end int) {
		out = append(out, strings.ToLower(s[start:end])) // no copy when already lower-case ASCII
	})
	return out
}

// WordsAsWritten returns the words of s as Words finds them, in their case:
// the i-th is the i-th of Words(s) as written, for names whose case matters
// ("IS", "WHO").
func WordsAsWritten(s string) []string {
	var out []string
	scanWords(s, func(start, end int) { out = append(out, s[start:end]) })
	return out
}

// Token is one word of a text with where it stands: s[Start:End] is Text.
type Token struct {
	Text       string // as written
	Low        string // lower-cased
	Start, End int    // byte offsets in the text
}

// Tokens returns the words of s as Words finds them, with their spans in s:
// for callers that quote or highlight what they matched.
func Tokens(s string) []Token {
	var out []Token
	scanWords(s, func(start, end int) {
		out = append(out, Token{Text: s[start:end], Low: strings.ToLower(s[start:end]), Start: start, End: end})
	})
	return out
}

// scanWords calls emit with the span of each word of s, in order.
func scanWords(s string, emit func(start, end int)) {
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
			emit(start, start+trimmedLen(s[start:i]))
			start = -1
		}
	}
	if start >= 0 {
		emit(start, start+trimmedLen(s[start:]))
	}
}

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

package lang

import (
	"strings"
	"unicode"
)

// Words returns the lower-cased word tokens of s: runs of letters and digits
// that keep inner hyphens and apostrophes ("al-Furqan", "Thirty-five",
// "Assad's") as one word, as a reader would, without trailing ones.
func Words(s string) []string {
	return appendWords(nil, strings.ToLower(s)) // no copy when s is lower-case ASCII already
}

// WordsAsWritten returns the word tokens of s as Words finds them, in their
// case: the i-th is the i-th of Words(s) as written, for names whose case
// matters ("IS", "WHO").
func WordsAsWritten(s string) []string { return appendWords(nil, s) }

func appendWords(out []string, s string) []string {
	for i := 0; ; {
		start, end, next := nextWord(s, i)
		if start < 0 {
			return out
		}
		out = append(out, s[start:end])
		i = next
	}
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
	for i := 0; ; {
		start, end, next := nextWord(s, i)
		if start < 0 {
			return out
		}
		out = append(out, Token{Text: s[start:end], Low: strings.ToLower(s[start:end]), Start: start, End: end})
		i = next
	}
}

// nextWord finds the first word of s at or after byte i: its span
// [start, end) without trailing hyphens or apostrophes, and where to look
// for the next one; start is -1 when there is none.
func nextWord(s string, i int) (start, end, next int) {
	start = -1
	for j, r := range s[i:] {
		j += i
		inner := (r == '-' || r == '\'' || r == '’') && start >= 0
		if unicode.IsLetter(r) || unicode.IsDigit(r) || inner {
			if start < 0 {
				start = j
			}
			continue
		}
		if start >= 0 {
			return start, start + len(strings.TrimRight(s[start:j], "-'’")), j
		}
	}
	if start < 0 {
		return -1, -1, len(s)
	}
	return start, start + len(strings.TrimRight(s[start:], "-'’")), len(s)
}

// Fields splits s at every rune that is neither a letter nor a digit, as a
// full-text index does: "al-Furqan" is "al" and "Furqan". Unlike Words it
// keeps the case.
func Fields(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

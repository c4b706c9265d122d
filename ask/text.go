package ask

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/conflict-digest/conflict-digest/lang"
)

// token is one word of a text with its byte span.
type token struct {
	text  string // as written
	low   string // lower-cased, diacritics kept
	stem  string // light stem of low
	start int    // byte offset of the first byte
	end   int    // byte offset after the last byte
}

// tokenize splits s into words as lang.Tokens does ("al-Furqan",
// "Thirty-five" are one token each) and stems each.
func tokenize(s string) []token {
	toks := lang.Tokens(s)
	out := make([]token, len(toks))
	for i, t := range toks {
		out[i] = token{text: t.Text, low: t.Low, stem: lang.Stem(t.Low), start: t.Start, end: t.End}
	}
	return out
}

// isCapitalized reports whether a token starts with an upper-case letter or
// is an Arabic-style name prefix followed by one ("al-Furqan", "el-Zour").
func isCapitalized(t token) bool {
	r, _ := utf8.DecodeRuneInString(t.text)
	if unicode.IsUpper(r) {
		return true
	}
	for _, p := range []string{"al-", "el-", "ad-", "ar-", "as-", "ash-", "az-", "an-", "at-", "ibn-", "bin-", "abu-", "ez-", "es-", "umm-"} {
		if strings.HasPrefix(t.low, p) && len(t.text) > len(p) {
			r, _ := utf8.DecodeRuneInString(t.text[len(p):])
			return unicode.IsUpper(r)
		}
	}
	return false
}

// isNumber reports whether a token is written in digits ("112", "18,000" is
// two tokens and handled by the number reader).
func isNumber(t token) bool {
	for _, r := range t.low {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return t.low != ""
}

// clip returns s cut to at most n bytes (the ellipsis included) at a word
// boundary, valid UTF-8.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	n -= len("…")
	s = s[:n]
	for !utf8.ValidString(s) {
		s = s[:len(s)-1]
	}
	if i := strings.LastIndexByte(s, ' '); i > n/2 {
		s = s[:i]
	}
	return strings.TrimRight(s, " ,;:") + "…"
}

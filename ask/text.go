package ask

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is one word of a text with its byte span.
type token struct {
	text  string // as written
	low   string // lower-cased, diacritics kept
	stem  string // light stem of low
	start int    // byte offset of the first byte
	end   int    // byte offset after the last byte
}

// tokenize splits s into words: runs of letters and digits, keeping inner
// hyphens and apostrophes ("al-Furqan", "Thirty-five") in one token, as a
// reader would.
func tokenize(s string) []token {
	var out []token
	start := -1
	flush := func(end int) {
		w := strings.TrimRight(s[start:end], "-'’")
		low := strings.ToLower(w)
		out = append(out, token{text: w, low: low, stem: stem(low), start: start, end: start + len(w)})
		start = -1
	}
	for i, r := range s {
		inner := (r == '-' || r == '\'' || r == '’') && start >= 0
		if unicode.IsLetter(r) || unicode.IsDigit(r) || inner {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			flush(i)
		}
	}
	if start >= 0 {
		flush(len(s))
	}
	return out
}

// indexTerms returns the words of a token as the sentence index sees them:
// the index splits at hyphens and apostrophes, so "al-Furqan" is "al" and
// "furqan".
func indexTerms(low string) []string {
	return strings.FieldsFunc(low, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// stem is a light English stemmer: enough to match "strikes" with "strike",
// "killed" with "kill" and "civilians" with "civilian", without the
// surprises of a full one on names.
func stem(w string) string {
	w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
	if v, ok := spelling[w]; ok {
		w = v
	}
	n := utf8.RuneCountInString(w)
	switch {
	case n <= 3:
		return w
	case strings.HasSuffix(w, "ies") && n > 4:
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "sses"):
		return w[:len(w)-2]
	case strings.HasSuffix(w, "ss"), strings.HasSuffix(w, "us"), strings.HasSuffix(w, "is"):
		return w
	case strings.HasSuffix(w, "ing") && n > 5:
		return undouble(w[:len(w)-3])
	case strings.HasSuffix(w, "ed") && n > 4:
		return undouble(w[:len(w)-2])
	case strings.HasSuffix(w, "es") && n > 4 && strings.ContainsAny(w[len(w)-3:len(w)-2], "sxzh"):
		return w[:len(w)-2]
	case strings.HasSuffix(w, "s"):
		return w[:len(w)-1]
	}
	return w
}

// spelling maps British spellings to American ones, so that a question's
// "neighbourhood" finds a report's "neighborhood".
var spelling = map[string]string{
	"neighbourhood": "neighborhood", "neighbourhoods": "neighborhoods", "centre": "center",
	"centres": "centers", "defence": "defense", "organisation": "organization",
	"organisations": "organizations", "programme": "program", "harbour": "harbor",
	"armoured": "armored", "labour": "labor", "honour": "honor",
}

// undouble drops a doubled final consonant ("bombarded" is fine, "planned"
// becomes "plan").
func undouble(w string) string {
	n := len(w)
	if n >= 3 && w[n-1] == w[n-2] && !strings.ContainsRune("aeiouls", rune(w[n-1])) {
		return w[:n-1]
	}
	return w
}

// isCapitalized reports whether a token starts with an upper-case letter or
// is an Arabic-style name prefix followed by one ("al-Furqan", "el-Zour").
func isCapitalized(t token) bool {
	r, _ := utf8.DecodeRuneInString(t.text)
	if unicode.IsUpper(r) {
		return true
	}
	for _, p := range []string{"al-", "el-", "ad-", "ar-", "as-", "ash-", "az-", "an-", "at-", "ibn-", "bin-", "abu-"} {
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

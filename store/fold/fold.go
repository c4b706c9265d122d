// Package fold holds the one rule by which the stores' text indexes cut and
// compare words (SQLite's FTS5 tokenizer settings, and the in-memory store
// that must find what they find): runs of letters, digits and marks,
// lower-cased, diacritics removed.
package fold

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Split splits s into the index's words without folding them: runs of
// letters, digits and marks. Any punctuation, and so any query syntax, only
// separates words.
func Split(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r))
	})
}

// Words returns the words of s lower-cased with their diacritics removed,
// as the index compares them.
func Words(s string) []string {
	words := Split(strings.ToLower(norm.NFD.String(s)))
	out := words[:0]
	for _, w := range words {
		w = strings.Map(func(r rune) rune {
			if unicode.Is(unicode.Mn, r) {
				return -1
			}
			return r
		}, w)
		if w != "" {
			out = append(out, w)
		}
	}
	return out
}

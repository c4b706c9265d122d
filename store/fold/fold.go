// Package fold holds the one rule by which the stores' text indexes cut and
// compare words (SQLite's FTS5 tokenizer settings, and the in-memory store
// that must find what they find): runs of letters, digits and marks,
// lower-cased, diacritics removed.
package fold

import (
	"slices"
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

// isASCII reports whether s is all ASCII: its words are then the runs of
// ASCII letters and digits, lowered (NFD and the marks' removal change
// nothing).
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8RuneSelf {
			return false
		}
	}
	return true
}

const utf8RuneSelf = 0x80

// asciiWord maps an ASCII letter or digit to itself lowered, any other
// byte to 0.
var asciiWord = func() (t [256]byte) {
	for c := '0'; c <= '9'; c++ {
		t[c] = byte(c)
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = byte(c), byte(c)
	}
	return t
}()

// nextASCII returns the next word of the ASCII s at or after i, as
// written (s[start:end]), and end == start when there is none.
func nextASCII(s string, i int) (start, end int) {
	for i < len(s) && asciiWord[s[i]] == 0 {
		i++
	}
	start = i
	for i < len(s) && asciiWord[s[i]] != 0 {
		i++
	}
	return start, i
}

// equalASCII reports whether the ASCII word w lowered is the folded word f.
func equalASCII(w, f string) bool {
	if len(w) != len(f) {
		return false
	}
	for j := 0; j < len(w); j++ {
		if asciiWord[w[j]] != f[j] {
			return false
		}
	}
	return true
}

// HasPhrase reports whether the words of text (Words) hold phrase, folded
// words, in order, one after another. An ASCII text is read in place,
// without making its words (the PostgreSQL store checks a question's
// names so on hundreds of sentences).
func HasPhrase(text string, phrase []string) bool {
	if len(phrase) == 0 {
		return true
	}
	if !isASCII(text) {
		ws := Words(text)
		for i := 0; i+len(phrase) <= len(ws); i++ {
			if slices.Equal(ws[i:i+len(phrase)], phrase) {
				return true
			}
		}
		return false
	}
	for i := 0; ; {
		start, end := nextASCII(text, i)
		if start == end {
			return false
		}
		i = end
		if !equalASCII(text[start:end], phrase[0]) {
			continue
		}
		k, at := 1, end
		for ; k < len(phrase); k++ {
			s, e := nextASCII(text, at)
			if s == e || !equalASCII(text[s:e], phrase[k]) {
				break
			}
			at = e
		}
		if k == len(phrase) {
			return true
		}
	}
}

// HoldsAll reports whether the words of text (Words) hold every one of
// terms, folded words. An ASCII text is read in place.
func HoldsAll(text string, terms []string) bool {
	if !isASCII(text) || len(terms) > 64 {
		ws := Words(text)
		return !slices.ContainsFunc(terms, func(t string) bool { return !slices.Contains(ws, t) })
	}
	var want uint64
	for k, t := range terms {
		want |= 1 << k
		if t == "" {
			return false // Words never makes an empty word
		}
	}
	var got uint64
	for i := 0; got != want; {
		start, end := nextASCII(text, i)
		if start == end {
			return false
		}
		i = end
		for k, t := range terms {
			if got&(1<<k) == 0 && equalASCII(text[start:end], t) {
				got |= 1 << k
			}
		}
	}
	return true
}

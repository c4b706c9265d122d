package store

import (
	"database/sql/driver"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
	"modernc.org/sqlite"
)

// FTS5 has a query language of its own (quotes, NEAR, *, ^, column filters,
// AND/OR/NOT). User input never reaches it as syntax: it is cut into the
// words the unicode61 tokenizer would see, and each word is written as a
// quoted string, which FTS5 reads as a plain term.
//
// The article index keeps no positions (0008_articles_fts_slim.sql), so
// FTS5 only finds the articles holding a phrase's words; the SQL functions
// registered here check the order on those few candidates.

func init() {
	sqlite.MustRegisterDeterministicScalarFunction("fts_phrase", 3, ftsPhraseFunc)
	sqlite.MustRegisterDeterministicScalarFunction("fts_title_hits", 2, ftsTitleHitsFunc)
}

// ftsWords splits s into tokenizer words: runs of letters, digits and marks.
func ftsWords(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r))
	})
}

// foldWords returns the words of s lower-cased with their diacritics
// removed, as the index's tokenizer compares them.
func foldWords(s string) []string {
	words := ftsWords(strings.ToLower(norm.NFD.String(s)))
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

// matchAll returns an FTS5 query matching rows that hold every word of s,
// or "" when s has no words.
func matchAll(s string) string {
	words := ftsWords(s)
	for i, w := range words {
		words[i] = `"` + w + `"`
	}
	return strings.Join(words, " AND ")
}

// matchAny returns an FTS5 query matching rows that hold every word of any
// of the phrases, or "" when none has a word.
func matchAny(phrases []string) string {
	var parts []string
	for _, p := range phrases {
		if m := matchAll(p); m != "" {
			parts = append(parts, "("+m+")")
		}
	}
	return strings.Join(parts, " OR ")
}

// phraseArg encodes phrases for fts_phrase: folded words joined by spaces,
// one phrase a line. It reports whether any phrase has two words or more
// (one-word phrases need no check beyond FTS5's).
func phraseArg(phrases []string) (string, bool) {
	var lines []string
	long := false
	for _, p := range phrases {
		if w := foldWords(p); len(w) > 0 {
			lines = append(lines, strings.Join(w, " "))
			long = long || len(w) > 1
		}
	}
	return strings.Join(lines, "\n"), long
}

// keywordCond returns the SQL condition "col is the id of an article
// holding one of the phrases in order", with its arguments, or ok false
// when no phrase has a word.
func keywordCond(col string, phrases []string) (cond string, args []any, ok bool) {
	m := matchAny(phrases)
	if m == "" {
		return "", nil, false
	}
	arg, long := phraseArg(phrases)
	if !long {
		return col + ` IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)`, []any{m}, true
	}
	return col + ` IN (SELECT p.id FROM articles_fts JOIN articles p ON p.id = articles_fts.rowid
		WHERE articles_fts MATCH ? AND fts_phrase(p.title, p.text, ?))`, []any{m, arg}, true
}

// ftsPhraseFunc is fts_phrase(title, text, phrases): 1 when the title or
// the text holds one of the phrases (as phraseArg encodes them) word after
// word, else 0.
func ftsPhraseFunc(_ *sqlite.FunctionContext, args []driver.Value) (driver.Value, error) {
	phrases := strings.Split(valueString(args[2]), "\n")
	for _, col := range args[:2] {
		words := foldWords(valueString(col))
		for _, p := range phrases {
			if p != "" && hasSequence(words, strings.Split(p, " ")) {
				return int64(1), nil
			}
		}
	}
	return int64(0), nil
}

// ftsTitleHitsFunc is fts_title_hits(title, words): how many of the
// space-separated folded words the title holds.
func ftsTitleHitsFunc(_ *sqlite.FunctionContext, args []driver.Value) (driver.Value, error) {
	title := make(map[string]bool)
	for _, w := range foldWords(valueString(args[0])) {
		title[w] = true
	}
	var n int64
	for _, w := range strings.Fields(valueString(args[1])) {
		if title[w] {
			n++
		}
	}
	return n, nil
}

// hasSequence reports whether seq occurs in words as consecutive words.
func hasSequence(words, seq []string) bool {
	if len(seq) == 0 {
		return false
	}
	for i := 0; i+len(seq) <= len(words); i++ {
		j := 0
		for j < len(seq) && words[i+j] == seq[j] {
			j++
		}
		if j == len(seq) {
			return true
		}
	}
	return false
}

func valueString(v driver.Value) string {
	switch v := v.(type) {
	case string:
		return v
	case []byte:
		return string(v)
	}
	return ""
}

package store

import (
	"database/sql/driver"
	"strings"
	"unicode"
	"unicode/utf8"

	"modernc.org/sqlite"

	"github.com/conflict-digest/conflict-digest/store/fold"
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

// matchAll returns an FTS5 query matching rows that hold every word of s,
// or "" when s has no words.
func matchAll(s string) string {
	words := fold.Split(s)
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
		if w := fold.Words(p); len(w) > 0 {
			lines = append(lines, strings.Join(w, " "))
			long = long || len(w) > 1
		}
	}
	return strings.Join(lines, "\n"), long
}

// keywordCond returns the SQL condition "the article aliased a holds one of
// the phrases in order", with its arguments, or ok false when no phrase has
// a word. FTS5 lists the articles holding the words (no text is read); the
// order is checked by fts_phrase on the rows that pass the query's other
// conditions, such as its time window.
func keywordCond(a string, phrases []string) (cond string, args []any, ok bool) {
	m := matchAny(phrases)
	if m == "" {
		return "", nil, false
	}
	cond = a + `.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)`
	arg, long := phraseArg(phrases)
	if !long {
		return cond, []any{m}, true
	}
	return cond + ` AND fts_phrase(` + a + `.title, ` + a + `.text, ?)`, []any{m, arg}, true
}

// ftsPhraseFunc is fts_phrase(title, text, phrases): 1 when the title or
// the text holds one of the phrases (as phraseArg encodes them) word after
// word, else 0.
func ftsPhraseFunc(_ *sqlite.FunctionContext, args []driver.Value) (driver.Value, error) {
	var seqs [][]string
	for _, p := range strings.Split(valueString(args[2]), "\n") {
		if p != "" {
			seqs = append(seqs, strings.Split(p, " "))
		}
	}
	for _, col := range args[:2] {
		if holdsPhrase(valueString(col), seqs) {
			return int64(1), nil
		}
	}
	return int64(0), nil
}

// holdsPhrase reports whether text holds one of the word sequences (folded
// words). The text is scanned in place; only its non-ASCII words are folded.
func holdsPhrase(text string, seqs [][]string) bool {
	if !mayHold(text, seqs) {
		return false
	}
	toks := wordSpans(text)
	word := func(k int) string {
		if t := toks[k]; t.ascii {
			return text[t.start:t.end]
		}
		return toks[k].folded
	}
	for _, seq := range seqs {
		for i := 0; i+len(seq) <= len(toks); i++ {
			j := 0
			for j < len(seq) && strings.EqualFold(word(i+j), seq[j]) {
				j++
			}
			if j == len(seq) {
				return true
			}
		}
	}
	return false
}

// mayHold is a quick test for holdsPhrase: an ASCII text that lacks the
// first word of every sequence, even inside other words, holds none.
func mayHold(text string, seqs [][]string) bool {
	for i := 0; i < len(text); i++ {
		if text[i] >= utf8.RuneSelf {
			return true
		}
	}
	low := strings.ToLower(text)
	for _, seq := range seqs {
		if strings.Contains(low, seq[0]) {
			return true
		}
	}
	return false
}

// wordSpan is one tokenizer word of a text: [start, end), and whether it is
// all ASCII (else folded, as foldWords does).
type wordSpan struct {
	start, end int
	ascii      bool
	folded     string
}

// wordSpans returns the words of text as foldWords cuts them: a word of
// marks alone folds to nothing and is left out.
func wordSpans(text string) []wordSpan {
	toks := scanSpans(text)
	out := toks[:0]
	for _, t := range toks {
		if !t.ascii {
			t.folded = strings.Join(fold.Words(text[t.start:t.end]), "")
			if t.folded == "" {
				continue
			}
		}
		out = append(out, t)
	}
	return out
}

// scanSpans cuts text into runs of letters, digits and marks.
func scanSpans(text string) []wordSpan {
	toks := make([]wordSpan, 0, len(text)/6)
	cur := -1 // index of the word being read, or -1
	for i, r := range text {
		var in, ascii bool
		if r < utf8.RuneSelf {
			in, ascii = r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9', true
		} else {
			in = unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
		}
		switch {
		case in && cur < 0:
			toks = append(toks, wordSpan{start: i, ascii: ascii})
			cur = len(toks) - 1
		case in:
			toks[cur].ascii = toks[cur].ascii && ascii
		case cur >= 0:
			cur = -1
		}
		if cur >= 0 {
			toks[cur].end = i + utf8.RuneLen(r)
		}
	}
	return toks
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

// ftsTitleHitsFunc is fts_title_hits(title, words): how many of the
// space-separated folded words the title holds.
func ftsTitleHitsFunc(_ *sqlite.FunctionContext, args []driver.Value) (driver.Value, error) {
	title := make(map[string]bool)
	for _, w := range fold.Words(valueString(args[0])) {
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

package lang

import (
	"fmt"
	"strings"
)

// lexiconLine is one line of an embedded word list that holds data: its
// number in the file (from 1, for errors) and its text.
type lexiconLine struct {
	n    int
	text string
}

// lexiconLines returns the lines of an embedded word list that hold data,
// in file order: blank lines and comment lines (a "#" first, leading
// blanks aside) are left out. Every list of lang is read through it.
func lexiconLines(data string) []lexiconLine {
	var out []lexiconLine
	for i, line := range strings.Split(data, "\n") {
		trimmed := strings.TrimSpace(line)
		if trimmed == "" || strings.HasPrefix(trimmed, "#") {
			continue
		}
		out = append(out, lexiconLine{n: i + 1, text: line})
	}
	return out
}

// cols returns the line's tab-separated columns, as a row of a table of
// lexicon/ (a .tsv) holds them, untrimmed.
func (l lexiconLine) cols() []string { return strings.Split(l.text, "\t") }

// flagTable reads a table of lexicon/ whose rows give a set of flags and
// the words that carry them: the first column names flags joined by
// commas (each a key of flags), the second lower-case words apart by
// spaces. A word of several rows carries all their flags. A bad row
// panics with the file's name and the row's line.
func flagTable[F flagBits](file, data string, flags map[string]F) map[string]F {
	m := map[string]F{}
	for _, l := range lexiconLines(data) {
		c := l.cols()
		if len(c) != 2 || len(strings.Fields(c[1])) == 0 {
			panic(fmt.Sprintf("lang: %s line %d: want flags and words", file, l.n))
		}
		var f F
		for _, name := range strings.Split(c[0], ",") {
			v, ok := flags[name]
			if !ok {
				panic(fmt.Sprintf("lang: %s line %d: unknown flag %q", file, l.n, name))
			}
			f |= v
		}
		for _, w := range strings.Fields(c[1]) {
			if w != strings.ToLower(w) {
				panic(fmt.Sprintf("lang: %s line %d: %q is not lower case", file, l.n, w))
			}
			m[w] |= f
		}
	}
	return m
}

// keyTable reads a table of lexicon/ whose rows give a key and the words
// that stand for it: the first column is the key (any text but a tab),
// the second lower-case words apart by spaces. A word of two rows, or a
// bad row, panics with the file's name and the row's line.
func keyTable(file, data string) map[string]string {
	m := map[string]string{}
	for _, l := range lexiconLines(data) {
		c := l.cols()
		if len(c) != 2 || c[0] == "" || len(strings.Fields(c[1])) == 0 {
			panic(fmt.Sprintf("lang: %s line %d: want a key and words", file, l.n))
		}
		for _, w := range strings.Fields(c[1]) {
			if w != strings.ToLower(w) {
				panic(fmt.Sprintf("lang: %s line %d: %q is not lower case", file, l.n, w))
			}
			if _, ok := m[w]; ok {
				panic(fmt.Sprintf("lang: %s line %d: %q has a key already", file, l.n, w))
			}
			m[w] = c[0]
		}
	}
	return m
}

// setTable reads a table of lexicon/ whose rows give a key and a set of
// words that go with it: the first column a lower-case key, once in the
// table, the second lower-case words apart by spaces, which other rows
// may hold too. A bad row panics with the file's name and the row's line.
func setTable(file, data string) map[string]map[string]bool {
	m := map[string]map[string]bool{}
	for _, l := range lexiconLines(data) {
		c := l.cols()
		if len(c) != 2 || c[0] == "" || c[0] != strings.ToLower(c[0]) || len(strings.Fields(c[1])) == 0 {
			panic(fmt.Sprintf("lang: %s line %d: want a lower-case key and words", file, l.n))
		}
		if m[c[0]] != nil {
			panic(fmt.Sprintf("lang: %s line %d: key %q twice", file, l.n, c[0]))
		}
		set := map[string]bool{}
		for _, w := range strings.Fields(c[1]) {
			if w != strings.ToLower(w) {
				panic(fmt.Sprintf("lang: %s line %d: %q is not lower case", file, l.n, w))
			}
			set[w] = true
		}
		m[c[0]] = set
	}
	return m
}

// wordsWith returns the words of a flag table (flagTable) that carry any
// of the flags asked, as a new set of the caller's: for a reader that
// keeps a family's words of one kind as a set of its own.
func wordsWith[F flagBits](m map[string]F, flags F) map[string]bool {
	n := 0
	for _, f := range m {
		if f&flags != 0 {
			n++
		}
	}
	out := make(map[string]bool, n) // sized as a list's wordSet makes it
	for w, f := range m {
		if f&flags != 0 {
			out[w] = true
		}
	}
	return out
}

// flagWords returns the words of a flag table's file (as flagTable reads
// it) that carry any of the flags asked, in the file's order, each once:
// for a reader that tries them one by one.
func flagWords[F flagBits](data string, flags map[string]F, want F) []string {
	var out []string
	seen := map[string]bool{}
	for _, l := range lexiconLines(data) {
		c := l.cols()
		var f F
		for _, name := range strings.Split(c[0], ",") {
			f |= flags[name]
		}
		for _, w := range strings.Fields(c[len(c)-1]) {
			if f&want != 0 && !seen[w] {
				seen[w] = true
				out = append(out, w)
			}
		}
	}
	return out
}

// flagBits are the types a flag table's flags may have: a family of more
// than eight kinds takes sixteen bits, of more than sixteen thirty-two,
// of more than thirty-two sixty-four.
type flagBits interface {
	~uint8 | ~uint16 | ~uint32 | ~uint64
}

package lang

import "strings"

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

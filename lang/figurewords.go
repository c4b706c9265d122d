package lang

import (
	_ "embed"
	"fmt"
	"maps"
	"strings"
)

//go:embed lexicon/figures.tsv
var figuresData string

// figureWords holds a figure's words of lexicon/figures.tsv, by figure.
type figureWords struct {
	after, before map[string]bool
	of            map[[2]string]bool
}

var figures = parseFigureWords(figuresData)

// parseFigureWords reads the rows of figure, place and words. A malformed
// row panics with its line: the tests catch it at start-up.
func parseFigureWords(data string) map[string]*figureWords {
	out := map[string]*figureWords{}
	for _, l := range lexiconLines(data) {
		c := l.cols()
		if len(c) != 3 || c[2] != strings.ToLower(c[2]) || strings.TrimSpace(c[2]) == "" {
			panic(fmt.Sprintf("lang: figures.tsv line %d: want figure, place and lower-case words", l.n))
		}
		f := out[c[0]]
		if f == nil {
			f = &figureWords{}
			out[c[0]] = f
		}
		switch c[1] {
		case "after", "before":
			set := &f.after
			if c[1] == "before" {
				set = &f.before
			}
			if *set == nil {
				*set = map[string]bool{}
			}
			for _, w := range strings.Fields(c[2]) {
				(*set)[w] = true
			}
		case "of":
			if f.of == nil {
				f.of = map[[2]string]bool{}
			}
			for _, p := range strings.Split(c[2], ",") {
				ws := strings.Fields(p)
				if len(ws) != 2 {
					panic(fmt.Sprintf("lang: figures.tsv line %d: %q is no two words", l.n, p))
				}
				f.of[[2]string{ws[0], ws[1]}] = true
			}
		default:
			panic(fmt.Sprintf("lang: figures.tsv line %d: unknown place %q", l.n, c[1]))
		}
	}
	return out
}

// figureNamed returns the words of a figure of lexicon/figures.tsv; a figure
// the file does not name is a programming error.
func figureNamed(name string) *figureWords {
	f, ok := figures[name]
	if !ok {
		panic("lang: no figure " + name + " in figures.tsv")
	}
	return f
}

// FigureAfter returns the words after a number that make it a figure of
// the kind named ("killed": "12 people were killed", "12 dead"), as a
// set the caller keeps; nil when the figure has none.
func FigureAfter(name string) map[string]bool { return maps.Clone(figureNamed(name).after) }

// FigureBefore returns the words before a number that make it a figure
// of the kind named ("killed": "killing 12"), as FigureAfter does.
func FigureBefore(name string) map[string]bool { return maps.Clone(figureNamed(name).before) }

// FigureOf returns the phrases of two words that end just before a
// number and make it a figure of the kind named ("killed": "the
// martyrdom of 12", "the lives of 12"), as a set the caller keeps; nil
// when the figure has none.
func FigureOf(name string) map[[2]string]bool {
	return maps.Clone(figureNamed(name).of)
}

package ask

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// minRespelled is the fewest letters of a word respell reads as misspelt:
// shorter words are too near too many others.
const minRespelled = 5

// letterRun is a run of letters, a word or a joined word's part.
var letterRun = regexp.MustCompile(`\p{L}+`)

// unknownParts returns the words of a question term that no sentence of
// the store holds (df of every lookup word 0): a one-word term's word, or
// each part of a joined word that none holds ("govenrment" of
// "govenrment-held").
func unknownParts(g *group, df map[string]int64) []string {
	if len(g.parts) > 1 {
		var out []string
		for _, p := range g.parts {
			if df[p] == 0 {
				out = append(out, p)
			}
		}
		return out
	}
	for _, w := range g.words {
		if df[w] > 0 {
			return nil
		}
	}
	return g.parts
}

// respell returns the question with each word no sentence of the store
// holds (unknown, lower case) written as the articles read for it (texts)
// write the word one edit away (a letter changed, added, dropped or two
// swapped) most often: "civliians", "poeple", "goverment",
// "humanitarain" read as "civilians", "people", "government",
// "humanitarian". A reader's typo is no term of any report, so it found
// nothing and counted against the answer's support, and a misspelt verb
// or unit ("kiled", "wonuded") was no count's verb. Words of fewer than
// minRespelled letters are left, as is a word with no such neighbour in
// the texts. Of 496 fit questions with two letters of a word swapped
// (eval/askpara.py's typo, round h-ask59), 0.921 were answered as written
// and 0.756 with the typo.
func respell(question string, unknown, texts []string) string {
	if len(unknown) == 0 || len(texts) == 0 {
		return question
	}
	want := map[string]bool{}
	for _, u := range unknown {
		if utf8.RuneCountInString(u) >= minRespelled && letterRun.FindString(u) == u {
			want[u] = true
		}
	}
	if len(want) == 0 {
		return question
	}
	// the texts' words of a length near a wanted word's, counted
	lens := map[int]bool{}
	for u := range want {
		n := utf8.RuneCountInString(u)
		lens[n-1], lens[n], lens[n+1] = true, true, true
	}
	counts := map[string]int{}
	for _, t := range texts {
		for _, w := range letterRun.FindAllString(t, -1) {
			if lens[utf8.RuneCountInString(w)] {
				counts[strings.ToLower(w)]++
			}
		}
	}
	fix := map[string]string{}
	for u := range want {
		best, bestN := "", 0
		for w, n := range counts {
			if utf8.RuneCountInString(w) >= minRespelled && oneEdit(u, w) && (n > bestN || n == bestN && w < best) {
				best, bestN = w, n
			}
		}
		if best != "" {
			fix[u] = best
		}
	}
	if len(fix) == 0 {
		return question
	}
	return letterRun.ReplaceAllStringFunc(question, func(w string) string {
		f, ok := fix[strings.ToLower(w)]
		if !ok {
			return w
		}
		return caseAs(w, f)
	})
}

// caseAs writes the lower-case word f as w is written: all capitals, a
// capital first, or lower case.
func caseAs(w, f string) string {
	switch {
	case strings.ToUpper(w) == w:
		return strings.ToUpper(f)
	case unicode.IsUpper([]rune(w)[0]):
		r := []rune(f)
		return string(unicode.ToUpper(r[0])) + string(r[1:])
	}
	return f
}

// oneEdit reports whether a and b differ by one edit: a letter changed,
// added or dropped, or two neighbouring letters swapped.
func oneEdit(a, b string) bool {
	x, y := []rune(a), []rune(b)
	if len(x) > len(y) {
		x, y = y, x
	}
	switch len(y) - len(x) {
	case 0:
		i := 0
		for i < len(x) && x[i] == y[i] {
			i++
		}
		if i == len(x) {
			return false
		}
		if string(x[i+1:]) == string(y[i+1:]) {
			return true // changed
		}
		return i+1 < len(x) && x[i] == y[i+1] && x[i+1] == y[i] && string(x[i+2:]) == string(y[i+2:]) // swapped
	case 1:
		i := 0
		for i < len(x) && x[i] == y[i] {
			i++
		}
		return string(x[i:]) == string(y[i+1:])
	}
	return false
}

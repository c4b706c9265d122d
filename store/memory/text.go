package memory

import (
	"github.com/conflict-digest/conflict-digest/store/fold"
)

// keywordPhrases returns the folded word sequences of a filter's keywords:
// nil and ok when there are none (no keyword filter), ok false when
// keywords were given but none has a word (the filter matches nothing).
func keywordPhrases(keywords []string) (phrases [][]string, ok bool) {
	if len(keywords) == 0 {
		return nil, true
	}
	for _, k := range keywords {
		if w := fold.Words(k); len(w) > 0 {
			phrases = append(phrases, w)
		}
	}
	return phrases, len(phrases) > 0
}

// holdsAny reports whether r's title or text holds one of the phrases,
// word after word.
func (r *article) holdsAny(phrases [][]string) bool {
	for _, col := range []string{r.a.Title, r.a.Text} {
		words := fold.Words(col)
		for _, p := range phrases {
			if holdsPhrase(words, p) {
				return true
			}
		}
	}
	return false
}

// holdsPhrase reports whether words hold p as consecutive words.
func holdsPhrase(words, p []string) bool {
	for i := 0; i+len(p) <= len(words); i++ {
		j := 0
		for j < len(p) && words[i+j] == p[j] {
			j++
		}
		if j == len(p) {
			return true
		}
	}
	return false
}

// holdsAll reports whether words hold every word of want, anywhere.
func holdsAll(words, want []string) bool {
	for _, w := range want {
		if !contains(words, w) {
			return false
		}
	}
	return len(want) > 0
}

func contains(words []string, w string) bool {
	for _, x := range words {
		if x == w {
			return true
		}
	}
	return false
}

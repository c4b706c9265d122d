package ask

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/conflict-digest/conflict-digest/news"
)

// BenchmarkPlainDoc: the floor's scan of an article's text for the
// question's words (hundreds of articles a question).
func BenchmarkPlainDoc(b *testing.B) {
	text := strings.Repeat("The al-Furqan school in Aleppo's Idleb road was hit at 10:30 by Syrian government forces; twelve (12) children were killed, activists said. ", 24)
	art := news.Article{Title: "Al-Furqan SCHOOL hit, 12 killed", Text: text}
	m := newPlainMatcher([]string{"school", "killed", "aleppo", "syria", "furqan", "children"})
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		m.doc(art)
	}
}

// FuzzPlainDoc checks the floor's scan against a plain loop over the
// words (plainLower's runs) that compares each to the question's: as
// often counted, as many words, the characters as runes.
func FuzzPlainDoc(f *testing.F) {
	f.Add("Al-Furqan SCHOOL hit", "the school,school;schools  ESCAPE cape Cape. caf\u00e9 12 12a", "school cape 12 caf")
	f.Add("", "\xff\xfe x", "x x")
	f.Add("İ", "0", "0")
	f.Fuzz(func(t *testing.T, title, text, question string) {
		var words []string
		plainWords(question, func(w string) { words = append(words, w) })
		words = append(words, "Upper", "", strings.Repeat("a", plainMaxWord+1), question)
		m := newPlainMatcher(words)
		d := m.doc(news.Article{Title: title, Text: text})
		tf := make([]int, len(words))
		n := 0
		for _, s := range []string{title, text} {
			for i := 0; i < len(s); {
				for i < len(s) && plainLower[s[i]] == 0 {
					i++
				}
				start := i
				for i < len(s) && plainLower[s[i]] != 0 {
					i++
				}
				if start == i {
					break
				}
				n++
				w := []byte(s[start:i])
				for j := range w {
					w[j] = plainLower[w[j]]
				}
				if k := slices.Index(words, string(w)); k >= 0 && len(w) <= plainMaxWord {
					tf[k]++
				}
			}
		}
		if d.words != n || !slices.Equal(d.tf, tf) {
			t.Errorf("doc of %q %q for %q: %d words, tf %v; want %d, %v", title, text, words, d.words, d.tf, n, tf)
		}
		if want := utf8.RuneCountInString(title) + utf8.RuneCountInString(text); d.chars != want {
			t.Errorf("doc of %q %q: %d characters, want %d", title, text, d.chars, want)
		}
	})
}

// FuzzHasJoiner checks hasJoiner against strings.ContainsAny.
func FuzzHasJoiner(f *testing.F) {
	for _, s := range []string{"al-bab", "assad’s", "u.n", "\xe2\x80", "\xff\xe2\x80\x99", "plain", "’"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := hasJoiner(s), strings.ContainsAny(s, "-'’."); got != want {
			t.Errorf("hasJoiner(%q) = %v, want %v", s, got, want)
		}
	})
}

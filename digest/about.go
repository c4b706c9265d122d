package digest

import (
	"strings"
	"unicode"

	"github.com/conflict-digest/conflict-digest/news"
)

// A keyword filter selects by what a story is about: its headline, its
// summary, its places and its actors, not a word anywhere in one of its
// reports ("Geneva" in a report of an air strike that recalls last year's
// talks). The store finds the stories whose reports hold a keyword; the
// digest keeps those about it.

// aboutText is what a story is about, lower-cased, for keywords.
func aboutText(s *news.Story) string {
	var b strings.Builder
	// s.Development is left out: another event's words are not what the story is about.
	b.WriteString(strings.ToLower(s.Headline + " \n " + s.Summary))
	for _, es := range [][]news.Entity{s.Places, s.Actors} {
		for _, e := range es {
			b.WriteString(" \n " + strings.ToLower(e.Name))
		}
	}
	return b.String()
}

// keywordSet returns the filter's keywords lower-cased, without blanks.
func keywordSet(keywords []string) []string {
	var out []string
	for _, k := range keywords {
		if k = strings.Join(strings.Fields(strings.ToLower(k)), " "); k != "" {
			out = append(out, k)
		}
	}
	return out
}

// aboutAny reports whether about holds one of the keywords as whole words
// (true with no keywords).
func aboutAny(about string, keywords []string) bool {
	if len(keywords) == 0 {
		return true
	}
	for _, k := range keywords {
		if containsWords(about, k) {
			return true
		}
	}
	return false
}

// containsWords reports whether k occurs in s with no letter or digit
// right before or after it: "talks" is in "peace talks," but not in
// "stalks".
func containsWords(s, k string) bool {
	for from := 0; ; {
		i := strings.Index(s[from:], k)
		if i < 0 {
			return false
		}
		i += from
		before, after := ' ', ' '
		if i > 0 {
			before = lastRune(s[:i])
		}
		if j := i + len(k); j < len(s) {
			after = []rune(s[j:min(j+4, len(s))])[0]
		}
		if !isWordRune(before) && !isWordRune(after) {
			return true
		}
		from = i + 1
	}
}

func lastRune(s string) rune {
	r := []rune(s[max(0, len(s)-4):])
	return r[len(r)-1]
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

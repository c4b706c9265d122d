// Package agnews reads rows of the AG News collection's files (the test
// file and the train extracts that analyze/testdata/gate fetches) as the
// project's measures read them: the file's escapes undone and a row made
// into the article `bot analyze --jsonl` would read. The measures of
// analyze's tests and of cmd/train share it, so that both read a row alike.
package agnews

import (
	"fmt"
	"html"
	"regexp"
	"strings"
	"time"

	"github.com/conflict-digest/conflict-digest/feed"
	"github.com/conflict-digest/conflict-digest/news"
)

var (
	entity = regexp.MustCompile(` ?#(\d+);`)
	tag    = regexp.MustCompile(`<[^>]*>`)
)

// Text undoes the file's escapes: a backslash for a line break, " #39;"
// for "&#39;", and HTML tags and entities.
func Text(s string) string {
	s = strings.ReplaceAll(s, `\`, " ")
	s = entity.ReplaceAllStringFunc(s, func(m string) string {
		lead := ""
		if strings.HasPrefix(m, " ") && !strings.HasPrefix(m, " #39;") {
			lead = " "
		}
		return lead + html.UnescapeString("&"+strings.TrimSpace(m))
	})
	s = tag.ReplaceAllString(html.UnescapeString(s), "")
	return strings.Join(strings.Fields(s), " ")
}

// Article is a train extract's row as the measures read it, dated as 2004
// news and through the feed's cleaning: a first2000 row (class, title,
// description) as its title, with title ". " description as its text; an
// lst5000 row (text, class) as its text alone.
func Article(file string, rec []string) (news.Article, error) {
	a := news.Article{Published: time.Date(2004, 8, 1, 0, 0, 0, 0, time.UTC)}
	switch {
	case file == "first2000" && len(rec) == 3:
		a.Title = Text(rec[1])
		a.Text = a.Title + ". " + Text(rec[2])
	case file == "lst5000" && len(rec) == 2:
		a.Text = Text(rec[0])
	default:
		return news.Article{}, fmt.Errorf("%d fields", len(rec))
	}
	feed.Prepare(&a)
	return a, nil
}

// The KEAML-JLU extracts of the AG News train file
// (analyze/testdata/gate/fetch-agnews-keaml.sh) are cleaned and tokenized by
// their authors; KeamlText reads a row as the labellers of
// agnews-keaml-talks3.jsonl read it.

var (
	// keamlBefore: tokens the tokenizer cut from the word before them.
	keamlBefore = regexp.MustCompile(` ([,.;:?!%)\]}']|n't|'s|'re|'ve|'ll|'d|'m)( |$)`)
	// keamlAfter: tokens cut from the word after them.
	keamlAfter = regexp.MustCompile(`(^| )([(\[{$]) `)
	// keamlPossessive: the cleaning dropped "#39;" of "Iraq#39;s",
	// leaving "Iraq s"; a lone "s" after a word is that possessive.
	keamlPossessive = regexp.MustCompile(`([\p{L}\p{N}.]) s( |$)`)
)

// KeamlText undoes the extracts' cleaning and tokenizing as far as it can:
// sentences joined by tabs, "quot ;" for a double quote (a pair of them
// opens and closes), “ and ” for opening and closing quotes, punctuation
// cut from its word, and "s" for the possessive whose apostrophe the
// cleaning dropped. What it cannot undo (lower-cased nothing, but
// "U.S ." style splits it joins back) stays as the extract has it: the
// labellers read the text this function returns.
func KeamlText(s string) string {
	s = strings.Join(strings.Fields(strings.ReplaceAll(s, "\t", " ")), " ")
	s = strings.ReplaceAll(s, "quot ;", `"`)
	s = strings.ReplaceAll(s, "``", `"`)
	s = strings.ReplaceAll(s, "''", `"`)
	for range 2 { // overlapping matches ("5 % ," ) take a second pass
		s = keamlBefore.ReplaceAllString(s, "$1$2")
		s = keamlAfter.ReplaceAllString(s, "$1$2")
		s = keamlPossessive.ReplaceAllString(s, "$1's$2")
	}
	return strings.TrimSpace(keamlQuotes(s))
}

// keamlQuotes joins each standalone double quote to the word it opens or
// closes, taking them in pairs.
func keamlQuotes(s string) string {
	f := strings.Fields(s)
	var b strings.Builder
	open := false
	glue := false // the last token written was an opening quote
	for i, w := range f {
		if w == `"` {
			open = !open
			if open {
				if i > 0 {
					b.WriteByte(' ')
				}
				b.WriteString(w)
				glue = true
				continue
			}
			b.WriteString(w) // closing: onto the word before
			continue
		}
		if i > 0 && !glue {
			b.WriteByte(' ')
		}
		glue = false
		b.WriteString(w)
	}
	return b.String()
}

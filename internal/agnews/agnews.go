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

package feed

import (
	"bytes"
	"net/url"
	"regexp"
	"strings"

	readability "codeberg.org/readeck/go-readability/v2"

	"github.com/conflict-digest/conflict-digest/news"
)

// TeaserWords is the length under which a feed item's text is taken for a
// teaser whose page should be fetched.
const TeaserWords = 80

// reTeaserEnd matches the endings of truncated feed items.
var reTeaserEnd = regexp.MustCompile(`(?i)(\.\.\.|…|\[…\]|\[\.\.\.\]|read more|continue reading|read the full (story|article)|full story)\s*[»›→>\]]*\s*$`)

// IsTeaser reports whether an item's text is only a teaser of its page:
// it has a page URL and its text is short or ends with "..." or "Read more".
func IsTeaser(a *news.Article) bool {
	if a.URL == "" || !strings.HasPrefix(a.URL, "http") {
		return false
	}
	return len(strings.Fields(a.Text)) < TeaserWords || reTeaserEnd.MatchString(a.Text)
}

// ExtractArticle extracts the main text of an article page (UTF-8 HTML)
// with go-readability: title, text without navigation and clutter, and the
// published time when the page states it. The article is Prepared, with
// pageURL as its URL and ExternalID. A page with no readable text is an
// EEMPTY error.
func ExtractArticle(page []byte, pageURL string) (*news.Article, error) {
	u, _ := url.Parse(pageURL)
	if u == nil {
		u = &url.URL{}
	}
	p := readability.NewParser()
	p.MaxElemsToParse = 200000 // bounds the work on hostile pages
	art, err := p.Parse(bytes.NewReader(page), u)
	if err != nil || art.Node == nil {
		if err == nil {
			err = errNoContent
		}
		return nil, news.WrapError(news.EEMPTY, "no article text found on the page", err)
	}
	a := &news.Article{ExternalID: pageURL, URL: pageURL, Title: trimSiteName(art.Title(), art.SiteName()), Text: nodeText(art.Node)}
	if t, err := art.PublishedTime(); err == nil {
		a.Published = t.UTC()
	}
	Prepare(a)
	if a.Text == "" {
		return nil, news.Errorf(news.EEMPTY, "no article text found on the page")
	}
	return a, nil
}

var errNoContent = &news.Error{Code: news.EEMPTY, Message: "readability found no content"}

// trimSiteName drops a site name that pages append to their titles:
// "Convoy reaches Madaya | Example News" or "... - BBC News".
func trimSiteName(title, site string) string {
	for _, sep := range []string{" | ", " - ", " – ", " — "} {
		i := strings.LastIndex(title, sep)
		if i <= 0 {
			continue
		}
		tail := strings.TrimSpace(title[i+len(sep):])
		if (site != "" && strings.EqualFold(tail, site)) || (sep == " | " && len(strings.Fields(tail)) <= 4) {
			return strings.TrimSpace(title[:i])
		}
	}
	return title
}

package feed

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"

	"github.com/conflict-digest/conflict-digest/news"
)

// Feed describes a parsed feed.
type Feed struct {
	Title    string
	Link     string // the site's home page, absolute
	FeedLink string // the feed's own URL when it states one
	Type     string // "rss", "atom" or "json" (RDF is reported as "rss")
	Language string
	Updated  time.Time // UTC; zero when the feed does not say
}

// UnsupportedError is returned, with code news.EUNSUPPORTED, when an HTML
// page is given where a feed was expected. Feeds lists the feeds the page
// links to, so the caller can suggest or follow one.
type UnsupportedError struct {
	Feeds []string
}

// namedFeeds is how many feeds UnsupportedError's message names: it ends up
// in a source's last error, shown to users, and a page may link thousands.
const namedFeeds = 3

// Error says the input is a page and names the first feeds it links to.
func (e *UnsupportedError) Error() string {
	if len(e.Feeds) == 0 {
		return "an HTML page, not a feed"
	}
	s := "an HTML page, not a feed; it links to " + strings.Join(e.Feeds[:min(len(e.Feeds), namedFeeds)], ", ")
	if n := len(e.Feeds) - namedFeeds; n > 0 {
		s += fmt.Sprintf(" and %d more", n)
	}
	return s
}

// Parse parses an RSS 2.0, Atom, RDF or JSON Feed document. baseURL (the
// URL it was fetched from, may be empty) resolves relative links. Each item
// becomes an article: ExternalID is its GUID, else its link, else a hash of
// its title and content; Text is its content (else description) as clean
// text; Published is in UTC. Articles are Prepared. HTML is an
// EUNSUPPORTED error wrapping an *UnsupportedError; anything else that does
// not parse is an EINVALID error.
func Parse(data []byte, baseURL string) (*Feed, []news.Article, error) {
	if looksLikeHTML(data) {
		return nil, nil, news.WrapError(news.EUNSUPPORTED, "this URL serves a web page, not a feed",
			&UnsupportedError{Feeds: DiscoverFeeds(data, baseURL)})
	}
	data = ToUTF8(data, "")
	if isJSON(data) {
		data, _ = boundJSON(data, MaxFeedItems)
	} else {
		var err error
		if data, _, err = boundXML(data, MaxFeedItems); err != nil {
			return nil, nil, err
		}
	}
	gf, err := gofeed.NewParser().Parse(bytes.NewReader(data))
	if err != nil {
		if errors.Is(err, gofeed.ErrFeedTypeNotDetected) {
			return nil, nil, news.WrapError(news.EUNSUPPORTED, "not an RSS, Atom or JSON feed", err)
		}
		return nil, nil, news.WrapError(news.EINVALID, "malformed feed", err)
	}
	base := feedBase(gf, baseURL)
	f := &Feed{
		Title:    collapseSpaces(gf.Title),
		Link:     absoluteURL(base, gf.Link),
		FeedLink: gf.FeedLink,
		Type:     gf.FeedType,
		Language: gf.Language,
		Updated:  utcOrZero(gf.UpdatedParsed),
	}
	articles := make([]news.Article, 0, len(gf.Items))
	for _, it := range gf.Items {
		if it == nil {
			continue
		}
		articles = append(articles, itemArticle(it, base))
	}
	return f, articles, nil
}

// isJSON reports whether data starts like a JSON document (a JSON Feed).
func isJSON(data []byte) bool {
	head := bytes.TrimLeft(data[:min(len(data), 512)], " \t\r\n\xef\xbb\xbf")
	return len(head) > 0 && head[0] == '{'
}

// feedBase is the URL relative item links are resolved against: the
// fetch URL, else the feed's own link.
func feedBase(gf *gofeed.Feed, baseURL string) *url.URL {
	for _, s := range []string{baseURL, gf.FeedLink, gf.Link} {
		if u, err := url.Parse(strings.TrimSpace(s)); err == nil && u.IsAbs() {
			return u
		}
	}
	return nil
}

func itemArticle(it *gofeed.Item, base *url.URL) news.Article {
	link := it.Link
	if link == "" && len(it.Links) > 0 {
		link = it.Links[0]
	}
	if link != "" {
		link = absoluteURL(base, link)
	}
	body := it.Content
	if strings.TrimSpace(HTMLToText(body)) == "" {
		body = it.Description
	}
	a := news.Article{
		ExternalID: strings.TrimSpace(it.GUID),
		URL:        link,
		Title:      HTMLToText(it.Title),
		Text:       HTMLToText(body),
		Published:  utcOrZero(it.PublishedParsed),
	}
	if a.Published.IsZero() {
		a.Published = utcOrZero(it.UpdatedParsed)
	}
	if a.Published.IsZero() {
		a.Published = parseLocalDate(it.Published)
	}
	if a.ExternalID == "" {
		a.ExternalID = link
	}
	if a.ExternalID == "" {
		sum := sha256.Sum256([]byte(it.Title + "\x00" + body))
		a.ExternalID = "sha256:" + hex.EncodeToString(sum[:])
	}
	Prepare(&a)
	return a
}

func utcOrZero(t *time.Time) time.Time {
	if t == nil {
		return time.Time{}
	}
	return t.UTC()
}

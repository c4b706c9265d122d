package feed

import (
	"context"
	"errors"
	"net/url"

	"github.com/conflict-digest/conflict-digest/news"
)

// ReadURL reads articles from a URL given on the command line: a feed
// (with its teasers' pages fetched) or, when the URL serves an HTML page,
// the article on that page. It keeps no polling state.
func (r *Reader) ReadURL(ctx context.Context, rawURL string) ([]news.Article, error) {
	u, err := url.Parse(rawURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, news.Errorf(news.EINVALID, "not an http or https URL: %q", rawURL)
	}
	resp, err := r.Fetcher.Fetch(ctx, rawURL, "", "")
	if err != nil {
		return nil, err
	}
	_, articles, err := Parse(resp.Body, resp.URL)
	var ue *UnsupportedError
	if errors.As(err, &ue) {
		a, perr := ExtractArticle(resp.Body, resp.URL)
		if perr != nil {
			return nil, perr
		}
		a.Fetched = r.now()
		return []news.Article{*a}, nil
	}
	if err != nil {
		return nil, err
	}
	res := &Result{}
	res.keepNewest(articles, orDefault(r.MaxItems, DefaultMaxItems))
	r.fillTeasers(ctx, res.Articles)
	for i := range res.Articles {
		res.Articles[i].Fetched = r.now()
	}
	return res.Articles, nil
}

package feed

import (
	"context"
	"strings"

	"github.com/conflict-digest/conflict-digest/news"
)

// ReadInput reads one input named on the command line: an http(s) URL (a
// feed or an article page, checked by r.Guard first and read with the
// operator's allowances: the command line is the operator's), or a local
// file or directory (see ReadPath). Any other URL scheme is an
// EUNSUPPORTED error. Like ReadPath it may return articles with an error.
func (r *Reader) ReadInput(ctx context.Context, arg string) ([]news.Article, error) {
	if strings.HasPrefix(arg, "http://") || strings.HasPrefix(arg, "https://") {
		if err := r.Guard.CheckURL(arg); err != nil {
			return nil, err
		}
		return r.ReadURL(ForOperator(ctx), arg)
	}
	if scheme, _, ok := strings.Cut(arg, "://"); ok && !strings.ContainsAny(scheme, `/\.`) {
		return nil, news.Errorf(news.EUNSUPPORTED, "%s: only http and https URLs are read", scheme)
	}
	return ReadPath(ctx, arg)
}

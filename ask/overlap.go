package ask

import (
	"context"
	"fmt"
	"strings"

	"github.com/conflict-digest/conflict-digest/lang"
	"github.com/conflict-digest/conflict-digest/news"
)

// The store calls of an answer that do not wait for one another overlap:
// the phrases of the question's names (they need only the question), the
// plain weights (weighPlain) and the floor's articles (they need only the
// article counts) are read while the terms' postings are. A store call is mostly waiting, for the server
// or for the wire: at 1,000,000 articles on PostgreSQL the slowest
// answers were the sum of their calls, a phrase of common words ("syria s
// idlib", 50–70 ms, decoded in the asker) after the AND (30 ms, mostly
// the server's) and before the floor's 400 articles (10–20 ms). What each
// call returns, and so the answer, is the same.

// pending is the result of a call running on its own goroutine.
type pending[T any] struct {
	done chan struct{}
	v    T
	err  error
}

// start runs f on a goroutine of its own.
func start[T any](f func() (T, error)) *pending[T] {
	p := &pending[T]{done: make(chan struct{})}
	go func() {
		defer close(p.done)
		p.v, p.err = f()
	}()
	return p
}

// wait returns f's result once it has returned.
func (p *pending[T]) wait() (T, error) {
	<-p.done
	return p.v, p.err
}

// phraseArticles reads the articles holding each of the question's names
// of two words or more as a phrase (nil for a name of one word), in the
// order of q.Names.
func (a *Asker) phraseArticles(ctx context.Context, q *Question) ([][]int64, error) {
	out := make([][]int64, len(q.Names))
	for i, name := range q.Names {
		if len(strings.Fields(name)) < 2 {
			continue
		}
		ids, err := a.s.PhraseArticles(ctx, lang.Fields(name), 200)
		if err != nil {
			return nil, fmt.Errorf("search phrase: %w", err)
		}
		out[i] = ids
	}
	return out, nil
}

// floorRead is what the floor reads of the store: the articles holding the
// question's rarest plain words (ArticleHitsAny) that the reader may see.
type floorRead struct {
	arts []news.Article
}

// readFloor reads the floor's articles (articleFloor); nothing without an
// article index or plain weights (weighArticles sets them).
func (a *Asker) readFloor(ctx context.Context, q *Question) (floorRead, error) {
	w := q.plainArticles
	if a.articles == nil || w == nil || len(w.df) == 0 {
		return floorRead{}, nil
	}
	ids, err := a.articles.ArticleHitsAny(ctx, fetchWords(w.df), floorFetch)
	if err != nil {
		return floorRead{}, fmt.Errorf("search articles: %w", err)
	}
	arts, err := a.s.Articles(ctx, ids)
	if err != nil {
		return floorRead{}, fmt.Errorf("read articles: %w", err)
	}
	return floorRead{arts: arts}, nil
}

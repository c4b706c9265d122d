package memory_test

import (
	"context"
	"fmt"
	"regexp"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/store/memory"
	"github.com/conflict-digest/conflict-digest/store/storetest"
)

// TestContract runs the stores' contract (package storetest) on the
// in-memory store.
func TestContract(t *testing.T) {
	storetest.Run(t, storetest.Harness{
		Open: func(t *testing.T, now func() time.Time) storetest.Store {
			return memory.NewServices(memory.New(memory.WithNow(now)))
		},
		Search: func(ctx context.Context, s storetest.Store, q string, limit int) ([]int64, error) {
			hits, err := s.(*memory.Services).Search(ctx, q, limit)
			var ids []int64
			for _, h := range hits {
				ids = append(ids, h.ArticleID)
			}
			return ids, err
		},
		Sentences: func(s storetest.Store, guild string) storetest.SentenceSearcher {
			return s.(*memory.Services).SentenceIndexFor(guild)
		},
		Prune: func(ctx context.Context, s storetest.Store, cutoff time.Time) (int, int, error) {
			r, err := s.(*memory.Services).Prune(ctx, cutoff)
			return r.Articles, r.Digests, err
		},
		Exec: execStatement,
	})
}

// deleteByExternalID is the one SQL statement the contract runs (an
// operator deleting an article).
var deleteByExternalID = regexp.MustCompile(`^DELETE FROM articles WHERE external_id = '([^']*)'$`)

// execStatement runs the contract's statements on the memory store, which
// knows no SQL: the operator's deletion of an article is DeleteArticle;
// any other statement fails, so that a new one is noticed.
func execStatement(ctx context.Context, s storetest.Store, statement string) error {
	m := deleteByExternalID.FindStringSubmatch(statement)
	if m == nil {
		return fmt.Errorf("the memory store runs no SQL: %q", statement)
	}
	db := s.(*memory.Services)
	a, _, err := db.ArticleByExternalID(ctx, m[1])
	if err != nil {
		return err
	}
	return db.DeleteArticle(ctx, a.ID)
}

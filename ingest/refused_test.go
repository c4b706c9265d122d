package ingest_test

import (
	"context"
	"testing"
)

// An item the store refuses alone (here: its source was deleted while it
// was polled) fails alone, as Ingest's doc says: the rest of the batch is
// stored and counted, no error is returned, and the assigner reloads so the
// refused article leaves no trace in later stories.
func TestRefusedItemFailsAlone(t *testing.T) {
	ctx := context.Background()
	db := openStore(t)
	p := newPipeline(db)
	arts := readSample(t)[:5]
	arts[2].SourceID = 999 // no such source
	c, err := p.Ingest(ctx, arts)
	if err != nil {
		t.Fatalf("got error %v, want the refused item to fail alone", err)
	}
	if c.New != 4 || c.Failed != 1 || c.Duplicate != 0 {
		t.Errorf("got %s, want new 4, duplicate 0, failed 1", c)
	}
	if p.Stories.Loaded() {
		t.Error("the assigner still holds the refused article; want a reload")
	}
	n, err := db.ArticleCount(ctx)
	if err != nil || n != 4 {
		t.Errorf("stored %d articles (err %v), want 4", n, err)
	}
}

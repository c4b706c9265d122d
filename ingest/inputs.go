package ingest

import (
	"context"
	"errors"
	"io"

	"github.com/conflict-digest/conflict-digest/feed"
	"github.com/conflict-digest/conflict-digest/news"
)

// Batch is how many articles one transaction stores when ingesting a
// stream or a list of inputs.
const Batch = 256

// IngestJSONL streams JSON Lines articles (../shared/eval/SCHEMA.md) from r
// through the pipeline, Batch at a time. Bad records are skipped, counted as
// failed ("bad line") and handed to skipped when the input is read; they
// stop nothing.
func (p *Pipeline) IngestJSONL(ctx context.Context, r io.Reader, skipped func(feed.LineErrors)) (Counts, error) {
	var total Counts
	batch := make([]news.Article, 0, Batch)
	flush := func() error {
		c, err := p.Ingest(ctx, batch)
		total.Add(c)
		batch = batch[:0]
		return err
	}
	err := feed.ReadJSONL(r, func(a news.Article) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		batch = append(batch, a)
		if len(batch) == Batch {
			return flush()
		}
		return nil
	})
	var lines feed.LineErrors
	if errors.As(err, &lines) {
		if skipped != nil {
			skipped(lines)
		}
		total.Add(Counts{Failed: len(lines), Reasons: map[string]int{"bad line": len(lines)}})
		err = nil
	}
	if err != nil {
		return total, err
	}
	return total, flush()
}

// IngestInputs reads each input with r.ReadInput (URLs, files, directories)
// and stores what was read, each input failing alone. An input read in part
// (bad lines of a JSON Lines file, bad files of a directory) stores what was
// read and counts each bad record or file as a failure.
func (p *Pipeline) IngestInputs(ctx context.Context, r *feed.Reader, inputs []string) (Counts, error) {
	var total Counts
	for _, in := range inputs {
		arts, err := r.ReadInput(ctx, in)
		if err != nil {
			if ctx.Err() != nil {
				return total, ctx.Err()
			}
			p.logger().Error("read input failed", "source_url", in, "error", err)
			n := readFailures(err)
			total.Add(Counts{Failed: n, Reasons: map[string]int{"unreadable input": n}})
		}
		for i := 0; i < len(arts); i += Batch {
			c, err := p.Ingest(ctx, arts[i:min(i+Batch, len(arts))])
			total.Add(c)
			if err != nil {
				return total, err
			}
		}
	}
	return total, nil
}

// readFailures counts the records or files a read error stands for: the
// bad lines of a LineErrors, each file of a directory's joined errors, else
// one.
func readFailures(err error) int {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		n := 0
		for _, e := range j.Unwrap() {
			n += readFailures(e)
		}
		return n
	}
	var lines feed.LineErrors
	if errors.As(err, &lines) {
		return len(lines)
	}
	return 1
}

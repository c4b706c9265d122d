package ask

import (
	"context"
	"fmt"
	"time"

	"github.com/conflict-digest/conflict-digest/lang"
)

// sinceEvent returns the event word of "since the truce" ("truce"), "" when
// the question has no "since the X" naming an event rather than a date.
func sinceEvent(toks []token) string {
	for i := 0; i+2 < len(toks); i++ {
		if toks[i].low != "since" || toks[i+1].low != "the" {
			continue
		}
		w := toks[i+2]
		for _, n := range toks[i+1 : min(len(toks), i+4)] {
			if monthOf(n.low) > 0 || lang.IsYear(n.low) {
				return ""
			}
		}
		if isStop(w.low) || isNumber(w) {
			return ""
		}
		return w.low
	}
	return ""
}

// eventScan bounds the newest title hits read to date an event.
const eventScan = 2000

// resolveSince narrows the window of a "since the truce" question to the
// time since the latest article, published by now, whose title names the
// event: the latest truce the store knows. With none, the window stays.
func (a *Asker) resolveSince(ctx context.Context, q *Question, now time.Time) error {
	if q.SinceEvent == "" || !q.Window.IsZero() {
		return nil
	}
	hits, err := a.s.SentenceHits(ctx, []string{q.SinceEvent}, eventScan)
	if err != nil {
		return fmt.Errorf("date event: %w", err)
	}
	var ids []int64
	for _, h := range hits {
		if h.Position == 0 {
			ids = append(ids, h.ArticleID)
		}
	}
	dates, err := a.s.ArticleDates(ctx, ids)
	if err != nil {
		return fmt.Errorf("date event: %w", err)
	}
	var latest time.Time
	for _, d := range dates {
		if !d.After(now) && d.After(latest) {
			latest = d
		}
	}
	if !latest.IsZero() {
		q.Window = Window{Since: latest, Until: now, Strict: true}
	}
	return nil
}

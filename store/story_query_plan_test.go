package store

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

// TestMisdatedLookupUsesEventIndex: the period's lookup of stories whose
// reports were published before their events reads the stories of the
// period's days through stories_event_first, not every story.
func TestMisdatedLookupUsesEventIndex(t *testing.T) {
	db, _ := openTest(t)
	f := news.DigestFilter{Since: time.Date(2016, 9, 19, 0, 0, 0, 0, time.UTC), Until: time.Date(2016, 9, 26, 0, 0, 0, 0, time.UTC)}
	var args []any
	q := misdatedInWindow(f, &args)
	rows, err := db.Reader().QueryContext(context.Background(), `EXPLAIN QUERY PLAN `+q, args...)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var plan []string
	for rows.Next() {
		var id, parent, notused int
		var detail string
		if err := rows.Scan(&id, &parent, &notused, &detail); err != nil {
			t.Fatal(err)
		}
		plan = append(plan, detail)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	joined := strings.Join(plan, " | ")
	if !strings.Contains(joined, "stories_event_first") {
		t.Errorf("plan does not use stories_event_first: %s", joined)
	}
}

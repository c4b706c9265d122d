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
	var args []any
	q := misdatedInWindow(planWindow, &args)
	if plan := queryPlan(t, q, args); !strings.Contains(plan, "stories_event_first") {
		t.Errorf("plan does not use stories_event_first: %s", plan)
	}
}

// TestLaterDayLookupUsesEventDayIndex: the lookup of reports stamped
// before their own event day reads the articles of the window's event
// days from articles_event_day, not every article.
func TestLaterDayLookupUsesEventDayIndex(t *testing.T) {
	var args []any
	q := laterInWindow(planWindow, &args)
	if plan := queryPlan(t, q, args); !strings.Contains(plan, "articles_event_day") {
		t.Errorf("plan does not use articles_event_day: %s", plan)
	}
}

// planWindow is the period whose lookups the plan tests explain.
var planWindow = news.DigestFilter{Since: time.Date(2016, 9, 19, 0, 0, 0, 0, time.UTC), Until: time.Date(2016, 9, 26, 0, 0, 0, 0, time.UTC)}

// queryPlan returns the steps of SQLite's plan for q, joined by " | ".
func queryPlan(t *testing.T, q string, args []any) string {
	t.Helper()
	db, _ := openTest(t)
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
	return strings.Join(plan, " | ")
}

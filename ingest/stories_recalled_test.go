package ingest

import (
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
	"github.com/conflict-digest/conflict-digest/story"
)

// TestFileRecalled: a reaction the story index moved to the day it was
// written keeps the day its lead told of as the day it recalls; a day the
// analysis found itself is kept.
func TestFileRecalled(t *testing.T) {
	day := func(s string) int32 {
		d, _ := time.Parse(time.DateOnly, s)
		return int32(d.Unix() / 86400)
	}
	an := news.Analysis{EventDate: "2026-03-11"}
	fileEventDay(&an, day("2026-03-14"))
	fileRecalled(&an, day("2026-03-11"))
	if an.EventDate != "2026-03-14" || an.RecallsDate != "2026-03-11" {
		t.Errorf("event %q recalls %q, want 2026-03-14 and 2026-03-11", an.EventDate, an.RecallsDate)
	}
	an = news.Analysis{EventDate: "2026-03-14", RecallsDate: "2026-03-12"}
	fileRecalled(&an, day("2026-03-12"))
	fileRecalled(&an, story.NoDay)
	if an.RecallsDate != "2026-03-12" {
		t.Errorf("recalls %q, want the analysis's 2026-03-12", an.RecallsDate)
	}
	an = news.Analysis{EventDate: "2026-03-14"}
	fileRecalled(&an, story.NoDay)
	if an.RecallsDate != "" {
		t.Errorf("recalls %q, want none", an.RecallsDate)
	}
}

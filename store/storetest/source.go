package storetest

import (
	"context"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

func testSourceLifecycle(t *testing.T, h Harness) {
	s, _ := open(t, h)
	ctx := context.Background()
	a := &news.Source{URL: "https://a.example/feed", Kind: news.KindFeed, Name: "A", NextCheck: base.Add(time.Hour)}
	b := &news.Source{URL: "https://b.example/feed", Kind: news.KindFeed, Name: "B", NextCheck: base.Add(-time.Hour)}
	must(t, s.CreateSource(ctx, a))
	must(t, s.CreateSource(ctx, b))
	if a.ID == 0 || b.ID == 0 || a.ID == b.ID || !a.Created.Equal(base) {
		t.Fatalf("ids %d, %d, created %v: want two ids and created %v", a.ID, b.ID, a.Created, base)
	}
	wantCode(t, s.CreateSource(ctx, &news.Source{URL: a.URL, Kind: news.KindFeed}), news.ECONFLICT)
	g := &news.Source{URL: a.URL, Kind: news.KindFeed, GuildID: "g1"}
	must(t, s.CreateSource(ctx, g)) // another guild may add the same URL
	wantCode(t, s.CreateSource(ctx, &news.Source{Kind: news.KindFeed}), news.EINVALID)
	wantCode(t, s.CreateSource(ctx, &news.Source{URL: "https://c.example"}), news.EINVALID)

	ops, err := s.Sources(ctx, "")
	must(t, err)
	if len(ops) != 2 || ops[0].ID != a.ID || ops[1].ID != b.ID || ops[0].Name != "A" {
		t.Fatalf("operator's sources %+v: want A then B", ops)
	}
	guild, err := s.Sources(ctx, "g1")
	must(t, err)
	if len(guild) != 1 || guild[0].ID != g.ID || guild[0].GuildID != "g1" {
		t.Fatalf("guild sources %+v: want the one of g1", guild)
	}
	due, err := s.DueSources(ctx, base)
	must(t, err)
	if len(due) != 2 || due[0].ID != g.ID || due[1].ID != b.ID {
		t.Fatalf("due %+v: want g1's (never checked) then B (overdue)", due)
	}

	b.ETag, b.Failures, b.LastError, b.DisabledReason = `"v2"`, 3, "timeout", "gone"
	b.LastSuccess = base.Add(-2 * time.Hour)
	must(t, s.UpdateSource(ctx, b))
	got, err := s.Source(ctx, b.ID)
	must(t, err)
	if got.ETag != `"v2"` || got.Failures != 3 || got.LastError != "timeout" || got.DisabledReason != "gone" ||
		!got.LastSuccess.Equal(b.LastSuccess) || got.Kind != news.KindFeed || got.URL != b.URL {
		t.Fatalf("updated source %+v, want %+v", got, b)
	}
	due, err = s.DueSources(ctx, base)
	must(t, err)
	if len(due) != 1 || due[0].ID != g.ID {
		t.Fatalf("due after disabling B: %+v, want g1's only", due)
	}
	must(t, s.DeleteSource(ctx, b.ID))
	wantCode(t, s.DeleteSource(ctx, b.ID), news.ENOTFOUND)
	_, err = s.Source(ctx, b.ID)
	wantCode(t, err, news.ENOTFOUND)
	wantCode(t, s.UpdateSource(ctx, b), news.ENOTFOUND)
}

func testSourceLimit(t *testing.T, h Harness) {
	s, _ := open(t, h)
	ctx := context.Background()
	for i, u := range []string{"https://a.example", "https://b.example"} {
		err := s.CreateSourceWithin(ctx, &news.Source{URL: u, Kind: news.KindFeed, GuildID: "g1"}, 2)
		if err != nil {
			t.Fatalf("source %d: %v", i, err)
		}
	}
	err := s.CreateSourceWithin(ctx, &news.Source{URL: "https://c.example", Kind: news.KindFeed, GuildID: "g1"}, 2)
	wantCode(t, err, news.ELIMIT)
	must(t, s.CreateSourceWithin(ctx, &news.Source{URL: "https://c.example", Kind: news.KindFeed, GuildID: "g2"}, 2))
}

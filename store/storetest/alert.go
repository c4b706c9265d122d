package storetest

import (
	"context"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

func testAlerts(t *testing.T, h Harness) {
	w := newWorld(t, h)
	s, ctx := w.s, context.Background()
	r := &news.AlertRule{GuildID: "g1", ChannelID: "c1", UserID: "u1", Topics: []news.Category{news.Ceasefire},
		Places: []string{"Aleppo"}, Keywords: []string{"truce"}, RoleID: "r1", Toll: 100}
	must(t, s.CreateAlertRule(ctx, r, 2))
	must(t, s.CreateAlertRule(ctx, &news.AlertRule{GuildID: "g1", ChannelID: "c2"}, 2))
	wantCode(t, s.CreateAlertRule(ctx, &news.AlertRule{GuildID: "g1", ChannelID: "c3"}, 2), news.ELIMIT)
	wantCode(t, s.CreateAlertRule(ctx, &news.AlertRule{GuildID: "g1"}, 0), news.EINVALID)
	rules, err := s.AlertRules(ctx, "g1", "c1")
	must(t, err)
	if len(rules) != 1 || rules[0].RoleID != "r1" || rules[0].Toll != 100 || rules[0].Places[0] != "Aleppo" ||
		rules[0].Topics[0] != news.Ceasefire || !rules[0].Cursor.Equal(base) {
		t.Fatalf("rules %+v", rules)
	}
	a := w.add(t, item{source: w.curated, ext: "a1", title: "Truce collapses"})
	b := w.add(t, item{source: w.curated, ext: "a2", title: "Truce over"})
	key := news.AlertKey{RuleID: r.ID, StoryID: b.Story.ID, What: "ceasefire_collapsed"}
	until := base.Add(time.Minute)
	post := news.AlertPost{RuleID: r.ID, ChannelID: "c1", RoleID: "r1", Content: "x\n-# alert k", Marker: "alert k",
		Nonce: "alk", Keys: []news.AlertKey{key}, Created: base}
	must(t, s.CreateAlertPosts(ctx, []news.AlertPost{post}, []int64{r.ID}, until))
	other := news.AlertKey{RuleID: r.ID, StoryID: a.Story.ID, What: "ceasefire_collapsed"}
	fired, err := s.FiredAlerts(ctx, []news.AlertKey{key, other})
	must(t, err)
	if len(fired) != 1 || !fired[key] {
		t.Fatalf("fired %v, want only %v", fired, key)
	}
	// b's story merges into a's: what fired for b has fired for a
	w.add(t, item{source: w.curated, ext: "a3", title: "Bridge", story: &news.Story{ID: a.Story.ID, Headline: "Truce", Absorbed: []int64{b.Story.ID}}})
	if fired, err = s.FiredAlerts(ctx, []news.AlertKey{other}); err != nil || !fired[other] {
		t.Fatalf("fired for the story that absorbed b's: %v, %v", fired, err)
	}
	again := post
	again.Nonce = "alk2"
	wantCode(t, s.CreateAlertPosts(ctx, []news.AlertPost{again}, []int64{r.ID}, until.Add(time.Minute)), news.ECONFLICT)
	rules, _ = s.AlertRules(ctx, "g1", "c1")
	if !rules[0].Cursor.Equal(until) {
		t.Fatalf("cursor %v, want %v (a failed round does not move it)", rules[0].Cursor, until)
	}
	pending, err := s.PendingAlertPosts(ctx)
	must(t, err)
	if len(pending) != 1 || pending[0].Nonce != "alk" || pending[0].RoleID != "r1" {
		t.Fatalf("pending %+v", pending)
	}
	if n, _ := s.AlertPostsSince(ctx, "c1", base.Add(-time.Hour)); n != 1 {
		t.Fatalf("AlertPostsSince = %d, want 1", n)
	}
	must(t, s.MarkAlertSent(ctx, pending[0].ID, "m1", base))
	if pending, _ = s.PendingAlertPosts(ctx); len(pending) != 0 {
		t.Fatalf("pending after sent %+v", pending)
	}
	wantCode(t, s.DeleteAlertRule(ctx, "g2", r.ID), news.ENOTFOUND)
	must(t, s.DeleteAlertRule(ctx, "g1", r.ID))
	if fired, _ = s.FiredAlerts(ctx, []news.AlertKey{key}); len(fired) != 0 {
		t.Fatalf("fired keys outlive their rule: %v", fired)
	}
	r2 := &news.AlertRule{GuildID: "g2", ChannelID: "c-g2"}
	must(t, s.CreateAlertRule(ctx, r2, 0))
	_, err = s.RetireGuild(ctx, "g1")
	must(t, err)
	if rules, _ := s.AlertRules(ctx, "", ""); len(rules) != 1 || rules[0].ID != r2.ID {
		t.Fatalf("after retiring g1: %+v, want g2's rule only", rules)
	}
}

package store

import (
	"context"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

func TestAlertRulesAndOutbox(t *testing.T) {
	db, c := openTest(t)
	ctx := context.Background()
	r := &news.AlertRule{GuildID: "g1", ChannelID: "c1", UserID: "u1", Topics: []news.Category{news.Ceasefire},
		Places: []string{"Aleppo"}, Keywords: []string{"truce"}, RoleID: "r1", Toll: 100}
	if err := db.CreateAlertRule(ctx, r, 2); err != nil {
		t.Fatal(err)
	}
	if err := db.CreateAlertRule(ctx, &news.AlertRule{GuildID: "g1", ChannelID: "c2"}, 2); err != nil {
		t.Fatal(err)
	}
	if err := db.CreateAlertRule(ctx, &news.AlertRule{GuildID: "g1", ChannelID: "c3"}, 2); news.ErrorCode(err) != news.ELIMIT {
		t.Fatalf("third rule over a cap of 2: %v, want ELIMIT", err)
	}
	rules, err := db.AlertRules(ctx, "g1", "c1")
	if err != nil || len(rules) != 1 {
		t.Fatalf("AlertRules = %v, %v", rules, err)
	}
	got := rules[0]
	if got.RoleID != "r1" || got.Toll != 100 || got.Places[0] != "Aleppo" || got.Topics[0] != news.Ceasefire ||
		!got.Cursor.Equal(c.t.Truncate(time.Second)) {
		t.Errorf("rule read back = %+v (clock %v)", got, c.t)
	}

	key := news.AlertKey{RuleID: r.ID, StoryID: 7, What: "ceasefire_collapsed"}
	until := c.t.Add(time.Minute)
	post := news.AlertPost{RuleID: r.ID, ChannelID: "c1", RoleID: "r1", Content: "x\n-# alert k", Marker: "alert k",
		Nonce: "alk", Keys: []news.AlertKey{key}, Created: c.t}
	if err := db.CreateAlertPosts(ctx, []news.AlertPost{post}, []int64{r.ID}, until); err != nil {
		t.Fatal(err)
	}
	fired, err := db.FiredAlerts(ctx, []news.AlertKey{key, {RuleID: r.ID, StoryID: 8, What: "ceasefire_collapsed"}})
	if err != nil || len(fired) != 1 || !fired[key] {
		t.Errorf("FiredAlerts = %v, %v; want only %v", fired, err, key)
	}
	merged := news.AlertKey{RuleID: r.ID, StoryID: 9, What: "ceasefire_collapsed"}
	if _, err := db.Writer().Exec(`INSERT INTO story_redirects (from_id, to_id) VALUES (7, 9)`); err != nil {
		t.Fatal(err)
	}
	if fired, err = db.FiredAlerts(ctx, []news.AlertKey{merged}); err != nil || !fired[merged] {
		t.Errorf("FiredAlerts of the story that absorbed story 7 = %v, %v; want fired", fired, err)
	}
	again := post
	again.Nonce = "alk2"
	if err := db.CreateAlertPosts(ctx, []news.AlertPost{again}, []int64{r.ID}, until.Add(time.Minute)); news.ErrorCode(err) != news.ECONFLICT {
		t.Fatalf("a key fired twice: %v, want ECONFLICT", err)
	}
	rules, _ = db.AlertRules(ctx, "g1", "c1")
	if !rules[0].Cursor.Equal(until) {
		t.Errorf("cursor = %v, want %v (the failed round must not move it)", rules[0].Cursor, until)
	}
	pending, err := db.PendingAlertPosts(ctx)
	if err != nil || len(pending) != 1 || pending[0].Nonce != "alk" || pending[0].RoleID != "r1" {
		t.Fatalf("PendingAlertPosts = %+v, %v", pending, err)
	}
	if n, _ := db.AlertPostsSince(ctx, "c1", c.t.Add(-time.Hour)); n != 1 {
		t.Errorf("AlertPostsSince = %d, want 1", n)
	}
	if err := db.MarkAlertSent(ctx, pending[0].ID, "m1", c.t); err != nil {
		t.Fatal(err)
	}
	if pending, _ = db.PendingAlertPosts(ctx); len(pending) != 0 {
		t.Errorf("pending after sent = %+v", pending)
	}
	if err := db.DeleteAlertRule(ctx, "g2", r.ID); news.ErrorCode(err) != news.ENOTFOUND {
		t.Errorf("another guild deletes the rule: %v, want ENOTFOUND", err)
	}
	if err := db.DeleteAlertRule(ctx, "g1", r.ID); err != nil {
		t.Fatal(err)
	}
	if fired, _ = db.FiredAlerts(ctx, []news.AlertKey{key}); len(fired) != 0 {
		t.Errorf("fired keys outlive their rule: %v", fired)
	}
}

// TestRetireGuildRemovesItsAlerts: a guild the bot left keeps no alert
// rule (nor unsent post); another guild's stay.
func TestRetireGuildRemovesItsAlerts(t *testing.T) {
	db, c := openTest(t)
	ctx := context.Background()
	for _, g := range []string{"g1", "g2"} {
		r := &news.AlertRule{GuildID: g, ChannelID: "c-" + g}
		if err := db.CreateAlertRule(ctx, r, 0); err != nil {
			t.Fatal(err)
		}
		post := news.AlertPost{RuleID: r.ID, ChannelID: r.ChannelID, Content: "x", Marker: "m" + g, Nonce: "n" + g,
			Keys: []news.AlertKey{{RuleID: r.ID, StoryID: 1, What: "talks_opened"}}, Created: c.t}
		if err := db.CreateAlertPosts(ctx, []news.AlertPost{post}, []int64{r.ID}, c.t); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := db.RetireGuild(ctx, "g1"); err != nil {
		t.Fatal(err)
	}
	rules, _ := db.AlertRules(ctx, "", "")
	pending, _ := db.PendingAlertPosts(ctx)
	if len(rules) != 1 || rules[0].GuildID != "g2" || len(pending) != 1 || pending[0].ChannelID != "c-g2" {
		t.Errorf("after retiring g1: rules %+v, pending posts %+v; want g2's only", rules, pending)
	}
}

package main

import (
	"bytes"
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/bot"
	"github.com/conflict-digest/conflict-digest/internal/fakediscord"
	"github.com/conflict-digest/conflict-digest/news"
	"github.com/conflict-digest/conflict-digest/store"
)

// TestDoctor runs `bot doctor` against the fake Discord and a database
// with subscriptions (and an alert) in a channel where the bot may post and one where it
// lacks Embed Links and Read Message History: the second is named with
// what to fix, and the command fails.
func TestDoctor(t *testing.T) {
	const guild, good, poor = "300000000000000001", "700000000000000001", "700000000000000002"
	fake := fakediscord.New(fakediscord.Options{Guilds: []string{guild}})
	defer fake.Close()
	fake.SetChannel(fakediscord.GuildChannel{ID: good, GuildID: guild, Name: "news"})
	fake.SetChannel(fakediscord.GuildChannel{ID: poor, GuildID: guild, Name: "quiet", Overwrites: []fakediscord.Overwrite{
		{ID: guild, Type: 0, Deny: fakediscord.PermEmbedLinks | fakediscord.PermReadMessageHistory}}})
	dbPath := filepath.Join(t.TempDir(), "news.db")
	db, err := store.OpenServices(context.Background(), dbPath)
	if err != nil {
		t.Fatal(err)
	}
	for _, ch := range []string{good, poor} {
		if err := db.CreateSubscription(context.Background(), &news.Subscription{GuildID: guild, ChannelID: ch, Schedule: "@daily"}); err != nil {
			t.Fatal(err)
		}
	}
	if err := db.CreateAlertRule(context.Background(), &news.AlertRule{GuildID: guild, ChannelID: good}, 0); err != nil {
		t.Fatal(err)
	}
	db.Close()
	env := map[string]string{"DISCORD_TOKEN": fake.Token(), "DISCORD_APP_ID": fake.ApplicationID(),
		"DISCORD_API_BASE": fake.URL(), "CD_DB": dbPath, "CD_LOG_LEVEL": "error"}
	doctor := func() (string, error) {
		var out, errOut bytes.Buffer
		err := run(context.Background(), []string{"doctor"}, func(k string) string { return env[k] }, nil, &out, &errOut)
		return out.String(), err
	}
	out, err := doctor()
	if err == nil || !strings.Contains(err.Error(), "1 problem(s) found") {
		t.Fatalf("doctor: %v, want one problem\n%s", err, out)
	}
	for _, want := range []string{
		"ok    configuration: every variable is valid",
		"ok    database " + dbPath + ": integrity_check ok",
		"ok    schema: version",
		"ok    database writable: yes",
		"ok    Discord reachable",
		"ok    token: the bot user",
		"ok    application id",
		"ok    channel " + good + " (subscription #1; alert #1): #news: the bot has every permission it needs",
		"FAIL  channel " + poor + " (subscription #2): #quiet lacks Embed Links, Read Message History for the bot",
		"      fix: give the bot's role Embed Links, Read Message History in #quiet",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("doctor output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, fake.Token()) {
		t.Error("the doctor printed the token")
	}
	fake.SetChannel(fakediscord.GuildChannel{ID: poor, GuildID: guild, Name: "quiet"})
	if out, err := doctor(); err != nil || !strings.Contains(out, "no problems found") {
		t.Errorf("doctor after the fix: %v\n%s", err, out)
	}
	env["CD_POLL_INTERVAL"] = "often"
	out, err = doctor()
	if err == nil || !strings.Contains(out, "FAIL  configuration") || !strings.Contains(out, "CD_POLL_INTERVAL") || !strings.Contains(out, "Discord: not checked") {
		t.Errorf("doctor with a bad variable: %v\n%s", err, out)
	}
}

// TestDoctorThreadsAndAlerts: `bot doctor` checks the channels a database's
// thread follows and alert rules post to: a followed forum for Send
// Messages in Threads, an alert's role for a ping (mentionable); fixed,
// both pass.
func TestDoctorThreadsAndAlerts(t *testing.T) {
	const guild, forum, alerts, role = "300000000000000001", "700000000000000011", "700000000000000012", "800000000000000001"
	fake := fakediscord.New(fakediscord.Options{Guilds: []string{guild}})
	defer fake.Close()
	fake.SetChannel(fakediscord.GuildChannel{ID: forum, GuildID: guild, Name: "stories", Type: fakediscord.ChannelForum})
	fake.SetChannel(fakediscord.GuildChannel{ID: alerts, GuildID: guild, Name: "alerts"})
	fake.SetRoles(guild, fakediscord.Role{ID: guild, Permissions: fakediscord.DefaultEveryone}, fakediscord.Role{ID: role, Name: "watch"})
	dbPath := filepath.Join(t.TempDir(), "news.db")
	db, err := store.OpenServices(context.Background(), dbPath)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	if err := db.CreateThreadFollow(ctx, &news.ThreadFollow{GuildID: guild, ChannelID: forum, Forum: true, QuietAfter: time.Hour}); err != nil {
		t.Fatal(err)
	}
	if err := db.CreateAlertRule(ctx, &news.AlertRule{GuildID: guild, ChannelID: alerts, RoleID: role}, 0); err != nil {
		t.Fatal(err)
	}
	db.Close()
	env := map[string]string{"DISCORD_TOKEN": fake.Token(), "DISCORD_APP_ID": fake.ApplicationID(),
		"DISCORD_API_BASE": fake.URL(), "CD_DB": dbPath, "CD_LOG_LEVEL": "error"}
	doctor := func() (string, error) {
		var out, errOut bytes.Buffer
		err := run(ctx, []string{"doctor"}, func(k string) string { return env[k] }, nil, &out, &errOut)
		return out.String(), err
	}
	out, err := doctor()
	if err == nil || !strings.Contains(err.Error(), "2 problem(s) found") {
		t.Fatalf("doctor: %v, want two problems\n%s", err, out)
	}
	for _, want := range []string{
		"FAIL  channel " + forum + " (follow #1): #stories lacks Send Messages in Threads for the bot",
		"FAIL  channel " + alerts + " (alert #1): @watch, which an alert of #alerts pings, is not mentionable",
		"      fix: make @watch mentionable",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("doctor output lacks %q:\n%s", want, out)
		}
	}
	fake.SetRoles(guild, fakediscord.Role{ID: guild, Permissions: fakediscord.DefaultEveryone | 1<<38},
		fakediscord.Role{ID: role, Name: "watch", Mentionable: true})
	out, err = doctor()
	if err != nil || !strings.Contains(out, "ok    channel "+alerts+" (alert #1): #alerts: the bot has every permission it needs and may ping") {
		t.Errorf("doctor after the fixes: %v\n%s", err, out)
	}
}

// TestDeliveryTargets: the PostgreSQL path groups what each channel
// receives as the SQLite inspection does, its alerts' roles each once.
func TestDeliveryTargets(t *testing.T) {
	subs := []news.Subscription{{ID: 1, ChannelID: "a"}, {ID: 2, DM: true}}
	rules := []news.AlertRule{{ID: 3, ChannelID: "a", RoleID: "r"}, {ID: 4, ChannelID: "b", RoleID: "r"}, {ID: 5, ChannelID: "b", RoleID: "r"}}
	follows := []news.ThreadFollow{{ID: 6, ChannelID: "b"}, {ID: 7, ChannelID: "c"}}
	got, dms := deliveryTargets(subs, rules, follows)
	want := []bot.Target{
		{ChannelID: "a", Label: "subscription #1; alert #3", Digests: true, Alerts: true, Roles: []string{"r"}},
		{ChannelID: "b", Label: "alert #4, #5; follow #6", Alerts: true, Threads: true, Roles: []string{"r"}},
		{ChannelID: "c", Label: "follow #7", Threads: true},
	}
	if fmt.Sprintf("%+v", got) != fmt.Sprintf("%+v", want) || dms != 1 {
		t.Errorf("targets %+v, %d DMs; want %+v, 1", got, dms, want)
	}
}

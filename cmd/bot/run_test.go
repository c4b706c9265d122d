package main

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/internal/fakediscord"
	"github.com/conflict-digest/conflict-digest/internal/testutil"
	"github.com/conflict-digest/conflict-digest/news"
	"github.com/conflict-digest/conflict-digest/store"
)

// TestRunServesDiscord runs the whole service, as `bot run` does, against
// the fake Discord over loopback: commands are registered, /subscribe is
// saved in the real SQLite store, /digest preview reads the stories that
// `bot ingest` stored, and SIGTERM-like cancellation stops it cleanly.
func TestRunServesDiscord(t *testing.T) {
	const guild, channel = "300000000000000001", "400000000000000001"
	fake := fakediscord.New(fakediscord.Options{Guilds: []string{guild}})
	defer fake.Close()
	dbPath := filepath.Join(t.TempDir(), "news.db")
	if _, _, err := runCmd(t, "", "ingest", "--db", dbPath, "--jsonl", writeSample(t)); err != nil {
		t.Fatal(err)
	}
	env := map[string]string{
		"DISCORD_TOKEN": fake.Token(), "DISCORD_APP_ID": fake.ApplicationID(),
		"DISCORD_API_BASE": fake.URL(), "CD_DB": dbPath, "CD_DEFAULT_FEEDS": "false",
		"CD_LOG_LEVEL": "warn",
	}
	ctx, cancel := context.WithCancel(context.Background())
	var logs testutil.SyncBuffer
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, []string{"run"}, func(k string) string { return env[k] }, strings.NewReader(""), &logs, &logs)
	}()
	defer func() {
		cancel()
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("run returned %v", err)
			}
		case <-time.After(30 * time.Second):
			t.Error("run did not stop after cancellation")
		}
		if strings.Contains(logs.String(), fake.Token()) {
			t.Error("the token reached the logs")
		}
	}()
	wctx, wcancel := context.WithTimeout(ctx, 20*time.Second)
	defer wcancel()
	if err := fake.WaitReady(wctx, 1); err != nil {
		t.Fatalf("bot never became ready: %v\n%s", err, logs.String())
	}
	if len(fake.Commands("")) == 0 {
		t.Fatal("no commands registered")
	}
	user := fakediscord.User{ID: "200000000000000001", Username: "alice"}
	r, err := fake.InjectCommand(wctx, guild, channel, user, fakediscord.PermManageChannels, "subscribe",
		fakediscord.Str("to", "here"), fakediscord.Str("schedule", "daily 07:00"), fakediscord.Str("topics", "ceasefire"))
	if err != nil || !strings.Contains(r.Content, "Subscribed") {
		t.Fatalf("/subscribe: %+v, %v\n%s", r, err, logs.String())
	}
	db, err := store.OpenServices(context.Background(), dbPath, store.WithReadConns(1))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	subs, err := db.Subscriptions(context.Background(), news.SubscriptionFilter{GuildID: guild})
	if err != nil || len(subs) != 1 || subs[0].ChannelID != channel || subs[0].Schedule != "0 7 * * *" {
		t.Fatalf("stored subscriptions %+v, %v", subs, err)
	}
	r, err = fake.InjectCommand(wctx, guild, channel, user, fakediscord.PermManageChannels, "digest", fakediscord.Sub("preview"))
	if err != nil || !r.Ephemeral() || !strings.Contains(r.Content, "Preview") {
		t.Fatalf("/digest preview: %+v, %v", r, err)
	}
	if len(r.Embeds()) == 0 {
		t.Errorf("the preview shows no story from the store: %q", r.Content)
	}
}

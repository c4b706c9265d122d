package main

import (
	"bytes"
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/internal/fakediscord"
	"github.com/conflict-digest/conflict-digest/internal/testutil"
	"github.com/conflict-digest/conflict-digest/news"
	"github.com/conflict-digest/conflict-digest/store/postgres"
	"github.com/conflict-digest/conflict-digest/store/postgres/pgtest"
)

// pgURL returns the URL of a PostgreSQL schema of the test's own.
func pgURL(t *testing.T) string {
	t.Helper()
	url, schema := pgtest.Schema(t)
	return withSearchPath(url, schema)
}

// withSearchPath returns url with the store's tables in schema.
func withSearchPath(url, schema string) string {
	sep := "?"
	if strings.Contains(url, "?") {
		sep = "&"
	}
	return url + sep + "search_path=" + schema
}

// runEnv runs the program with env as its whole environment.
func runEnv(t *testing.T, env map[string]string, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	var out, errb bytes.Buffer
	err = run(context.Background(), args, func(k string) string { return env[k] }, strings.NewReader(""), &out, &errb)
	return out.String(), errb.String(), err
}

// TestPostgresMatchesSQLite: the sample ingested into PostgreSQL
// (CD_DATABASE_URL, no --db) gives the digest and the answers that it
// gives in SQLite, word for word.
func TestPostgresMatchesSQLite(t *testing.T) {
	pg := map[string]string{"CD_DATABASE_URL": pgURL(t), "CD_LOG_LEVEL": "error"}
	lite := map[string]string{"CD_LOG_LEVEL": "error"}
	dbPath := filepath.Join(t.TempDir(), "news.db")
	sample := writeSample(t)
	pgOut, _, err := runEnv(t, pg, "ingest", "--jsonl", sample)
	if err != nil {
		t.Fatal(err)
	}
	liteOut, _, err := runEnv(t, lite, "ingest", "--db", dbPath, "--jsonl", sample)
	if err != nil {
		t.Fatal(err)
	}
	if pgOut != liteOut || !strings.Contains(pgOut, "new 19") {
		t.Fatalf("ingest: PostgreSQL %q, SQLite %q", pgOut, liteOut)
	}
	again, _, err := runEnv(t, pg, "ingest", "--jsonl", sample)
	if err != nil || !strings.Contains(again, "nothing new") {
		t.Fatalf("second ingest into PostgreSQL: %q, %v", again, err)
	}
	for _, c := range []struct {
		args []string
		says string
	}{
		{[]string{"digest", "--since", "2016-09-01", "--until", "2016-10-01"}, "Conflict digest"},
		{[]string{"digest", "--since", "2016-09-01", "--until", "2016-10-01", "--format", "embeds", "--topics", "ceasefire"}, "message 1"},
		{[]string{"stories", "--jsonl"}, `"story_id"`},
		{[]string{"stories"}, "story 1:"},
		{[]string{"ask", "How many people were killed in the attack on the aid convoy?"}, "[1]"},
		{[]string{"ask", "Who attacked the aid convoy?"}, "[1]"},
		{[]string{"ask", "Where were the clinics hit?"}, "[1]"},
		{[]string{"ask", "What did Kerry say?"}, "[1]"},
		{[]string{"ask", "Is the ceasefire in Syria holding?"}, "[1]"},
	} {
		args := c.args
		pgOut, _, err := runEnv(t, pg, args...)
		if err != nil {
			t.Fatalf("%v on PostgreSQL: %v", args, err)
		}
		liteOut, _, err := runEnv(t, lite, append(args[:1:1], append([]string{"--db", dbPath}, args[1:]...)...)...)
		if err != nil {
			t.Fatalf("%v on SQLite: %v", args, err)
		}
		if !strings.Contains(pgOut, c.says) || pgOut != liteOut {
			t.Errorf("%v differs:\n--- PostgreSQL\n%s\n--- SQLite\n%s", args, pgOut, liteOut)
		}
	}
}

// TestRunOnPostgres runs `bot run` on PostgreSQL against the fake
// Discord: /subscribe is stored there, /digest now is delivered through
// the outbox and moves the cursor. (Several instances on one database:
// TestInstancesCrash.)
func TestRunOnPostgres(t *testing.T) {
	const guild, channel = "300000000000000001", "400000000000000001"
	url := pgURL(t)
	fake := fakediscord.New(fakediscord.Options{Guilds: []string{guild}})
	defer fake.Close()
	env := map[string]string{
		"DISCORD_TOKEN": fake.Token(), "DISCORD_APP_ID": fake.ApplicationID(), "DISCORD_API_BASE": fake.URL(),
		"CD_DATABASE_URL": url, "CD_DEFAULT_FEEDS": "false", "CD_LOG_LEVEL": "warn",
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
	}()
	wctx, wcancel := context.WithTimeout(ctx, 20*time.Second)
	defer wcancel()
	if err := fake.WaitReady(wctx, 1); err != nil {
		t.Fatalf("bot never became ready: %v\n%s", err, logs.String())
	}
	user := fakediscord.User{ID: "200000000000000001", Username: "alice"}
	r, err := fake.InjectCommand(wctx, guild, channel, user, fakediscord.PermManageChannels, "subscribe",
		fakediscord.Str("to", "here"), fakediscord.Str("schedule", "daily 07:00"))
	if err != nil || !strings.Contains(r.Content, "Subscribed") {
		t.Fatalf("/subscribe: %+v, %v\n%s", r, err, logs.String())
	}
	// news stored after the subscription, by another process on the same database
	if _, _, err := runEnv(t, map[string]string{"CD_DATABASE_URL": url}, "ingest", "--jsonl", writeSample(t)); err != nil {
		t.Fatal(err)
	}
	// Stored times are seconds and a window ends at the last whole one.
	time.Sleep(1100 * time.Millisecond)
	r, err = fake.InjectCommand(wctx, guild, channel, user, fakediscord.PermManageChannels, "digest",
		fakediscord.Sub("now", fakediscord.Str("subscription", "1")))
	if err != nil {
		t.Fatalf("/digest now: %v", err)
	}
	if n := len(fake.Messages(channel)); n == 0 {
		t.Fatalf("no digest message in the channel; reply %q\n%s", r.Content, logs.String())
	}
	db, err := postgres.OpenServices(context.Background(), url)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	subs, err := db.Subscriptions(context.Background(), news.SubscriptionFilter{GuildID: guild})
	if err != nil || len(subs) != 1 || subs[0].ChannelID != channel || subs[0].Cursor.IsZero() {
		t.Fatalf("subscriptions in PostgreSQL %+v, %v: want one, its cursor moved by the delivery", subs, err)
	}
	pending, err := db.PendingOutboxes(context.Background(), 0)
	if err != nil || len(pending) != 0 {
		t.Fatalf("pending outboxes %d, %v", len(pending), err)
	}
}

// TestDoctorOnPostgres: bot doctor checks the PostgreSQL store without
// migrating it, and names the host, never the password, when it cannot log in.
func TestDoctorOnPostgres(t *testing.T) {
	url := pgURL(t)
	env := map[string]string{"CD_DATABASE_URL": url, "CD_LOG_LEVEL": "error"}
	out, _, err := runEnv(t, env, "doctor")
	if err != nil || !strings.Contains(out, "`bot run` applies 0001_init.sql") {
		t.Fatalf("doctor on an empty database: %v\n%s", err, out)
	}
	if _, _, err := runEnv(t, env, "ingest", "--jsonl", writeSample(t)); err != nil {
		t.Fatal(err)
	}
	out, _, err = runEnv(t, env, "doctor")
	if err != nil || !strings.Contains(out, "schema this binary's") || !strings.Contains(out, "ok    database writable") {
		t.Fatalf("doctor after ingest: %v\n%s", err, out)
	}
	env["CD_DATABASE_URL"] = "postgres://nobody-here:pa55-word@127.0.0.1:5432/test?sslmode=disable"
	out, _, err = runEnv(t, env, "doctor")
	if err == nil || !strings.Contains(out, "FAIL  database") || !strings.Contains(out, "127.0.0.1:5432") ||
		strings.Contains(out, "pa55-word") {
		t.Fatalf("doctor with a refused login: %v\n%s", err, out)
	}
}

// TestRunWithWrongPassword: `bot run` on a DSN whose password the server
// refuses stops at start with an error that names the host and says to
// check the user and password; neither the error nor any log line shows
// the password.
func TestRunWithWrongPassword(t *testing.T) {
	addr := pgtest.PasswordRefused(t)
	env := map[string]string{"CD_DATABASE_URL": "postgres://conflict:s3cr3t-pw@" + addr + "/conflict",
		"CD_LOG_LEVEL": "debug", "CD_DEFAULT_FEEDS": "false"}
	_, stderr, err := runEnv(t, env, "run")
	if err == nil {
		t.Fatal("bot run started on a refused login")
	}
	for _, want := range []string{addr, "check the user and password"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not say %q", err, want)
		}
	}
	t.Logf("bot run: %v", err)
	if strings.Contains(err.Error()+stderr, "s3cr3t-pw") {
		t.Errorf("the password is shown:\nerror: %v\nlogs:\n%s", err, stderr)
	}
}

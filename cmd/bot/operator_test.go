package main

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestEnvExampleMatchesTable keeps .env.example what the settings table
// says; regenerate with `go test ./cmd/bot -run EnvExample -update`.
func TestEnvExampleMatchesTable(t *testing.T) {
	path := filepath.Join("..", "..", ".env.example")
	want := envExample()
	if *update {
		if err := os.WriteFile(path, []byte(want), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != want {
		t.Errorf(".env.example is not what the settings table makes (rerun with -update):\n%s", want)
	}
	// And the file reads back as the defaults: every variable, valid.
	vars, err := parseDotEnv(bytes.NewReader(got))
	if err != nil {
		t.Fatal(err)
	}
	if len(vars) != len(settings) {
		t.Errorf(".env.example sets %d variables, the table has %d", len(vars), len(settings))
	}
	if _, err := loadConfig(func(k string) string { return vars[k] }, forRun); err != nil {
		t.Errorf("the defaults of .env.example do not validate: %v", err)
	}
}

func TestRunHelpListsEveryVariable(t *testing.T) {
	for _, cmd := range []string{"run", "doctor"} {
		_, errOut, err := runCmd(t, "", cmd, "--help")
		if err != errHelpShown {
			t.Fatalf("%s --help: %v", cmd, err)
		}
		for _, s := range settings {
			def := s.def
			if def == "" {
				def = "empty"
			}
			if !strings.Contains(errOut, s.name+" (default: "+def+")") {
				t.Errorf("%s --help lacks %s with its default %q", cmd, s.name, def)
			}
			if first := wrap(s.help, 80)[0]; !strings.Contains(errOut, first) {
				t.Errorf("%s --help lacks the meaning of %s", cmd, s.name)
			}
		}
	}
}

func TestParseDotEnv(t *testing.T) {
	in := `# a comment
CD_DB=news.db
export CD_LOG_LEVEL=debug
  CD_POLL_INTERVAL = 20m   # twenty minutes
DISCORD_TOKEN='abc#def' # quoted: # kept
CD_USER_AGENT="bot \"x\"\n2"
EMPTY=
URL=https://example.org/a#frag
`
	got, err := parseDotEnv(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"CD_DB": "news.db", "CD_LOG_LEVEL": "debug", "CD_POLL_INTERVAL": "20m",
		"DISCORD_TOKEN": "abc#def", "CD_USER_AGENT": "bot \"x\"\n2", "EMPTY": "", "URL": "https://example.org/a#frag"}
	if len(got) != len(want) {
		t.Errorf("got %d variables %v, want %d", len(got), got, len(want))
	}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s = %q, want %q", k, got[k], v)
		}
	}
	for _, bad := range []string{"NOEQUALS", "1X=a", "A B=c", "X='open", `X="open`, "X='a' b"} {
		_, err := parseDotEnv(strings.NewReader("OK=1\n" + bad + "\n"))
		if err == nil || !strings.Contains(err.Error(), "line 2") {
			t.Errorf("%q: %v, want an error naming line 2", bad, err)
		}
		if err != nil && strings.Contains(bad, "=") && strings.Contains(err.Error(), bad[strings.Index(bad, "=")+1:]) && len(bad[strings.Index(bad, "=")+1:]) > 2 {
			t.Errorf("%q: the error repeats the value (it may be a secret): %v", bad, err)
		}
	}
}

func FuzzParseDotEnv(f *testing.F) {
	f.Add("A=1\nexport B='x y' # c\nC=\"a\\nb\"\n")
	f.Add("=\n'\n\"\nexport \n")
	f.Fuzz(func(t *testing.T, s string) {
		vars, err := parseDotEnv(strings.NewReader(s))
		if err != nil {
			return
		}
		for k := range vars {
			if !validEnvName(k) {
				t.Fatalf("invalid name %q accepted", k)
			}
		}
	})
}

// TestProcessEnvPrefersTheEnvironment reads .env, lets what the
// environment sets win (even set empty), and warns of likely typos.
func TestProcessEnvPrefersTheEnvironment(t *testing.T) {
	path := filepath.Join(t.TempDir(), ".env")
	os.WriteFile(path, []byte("CD_DB=from-file.db\nCD_LOG_LEVEL=debug\nCD_STORY_WINDOWS=48h\nCOMPOSE_PROJECT_NAME=x\nCD_DEFAULT_FEEDS=false\n"), 0o600)
	environ := map[string]string{"CD_DB": "from-env.db", "CD_DEFAULT_FEEDS": ""}
	var warn bytes.Buffer
	getenv, err := processEnv(func(k string) (string, bool) { v, ok := environ[k]; return v, ok }, path, &warn)
	if err != nil {
		t.Fatal(err)
	}
	cfg, err := loadConfig(getenv, forRun)
	if err != nil {
		t.Fatal(err)
	}
	if cfg.DBPath != "from-env.db" || cfg.LogLevel.String() != "DEBUG" || !cfg.DefaultFeeds {
		t.Errorf("got db %q, level %v, default feeds %v; want the environment's db, the file's level, the default feeds", cfg.DBPath, cfg.LogLevel, cfg.DefaultFeeds)
	}
	if !strings.Contains(warn.String(), "CD_STORY_WINDOWS") || strings.Contains(warn.String(), "COMPOSE_PROJECT_NAME") {
		t.Errorf("warnings %q: want the typo named, other programs' variables left alone", warn.String())
	}
	if _, err := processEnv(func(string) (string, bool) { return "", false }, filepath.Join(t.TempDir(), "none"), &warn); err != nil {
		t.Errorf("a missing .env is an error: %v", err)
	}
	os.WriteFile(path, []byte("DISCORD_TOKEN=secret-value\nbroken line\n"), 0o600)
	_, err = processEnv(func(string) (string, bool) { return "", false }, path, &warn)
	if err == nil || !strings.Contains(err.Error(), "line 2") || strings.Contains(err.Error(), "secret-value") {
		t.Errorf("a bad .env: %v, want line 2 named and no value shown", err)
	}
}

// TestOfflineCommandsIgnoreRunVariables: a bad run-only variable breaks
// `bot run`, never an offline command.
func TestOfflineCommandsIgnoreRunVariables(t *testing.T) {
	db := filepath.Join(t.TempDir(), "news.db")
	if _, _, err := runCmd(t, "", "ingest", "--db", db, "--jsonl", writeSample(t)); err != nil {
		t.Fatal(err)
	}
	bad := map[string]string{"CD_POLL_INTERVAL": "often", "DISCORD_APP_ID": "not-a-number", "CD_HTTP_ADDR": "nowhere",
		"CD_RETENTION": "forever", "CD_LOG_LEVEL": "error"}
	getenv := func(k string) string { return bad[k] }
	var out, errOut bytes.Buffer
	if err := run(context.Background(), []string{"digest", "--db", db}, getenv, nil, &out, &errOut); err != nil {
		t.Fatalf("digest with bad run variables: %v", err)
	}
	if !strings.Contains(out.String(), "##") {
		t.Errorf("digest printed no stories: %q", out.String())
	}
	err := run(context.Background(), []string{"run"}, getenv, nil, &out, &errOut)
	for _, name := range []string{"CD_POLL_INTERVAL", "DISCORD_APP_ID", "CD_HTTP_ADDR", "CD_RETENTION"} {
		if err == nil || !strings.Contains(err.Error(), name) {
			t.Errorf("run does not name %s: %v", name, err)
		}
	}
}

// TestRunReportsEveryMissingValueBeforeStarting: a token without an
// application id stops `bot run` before the database is even created.
func TestRunReportsEveryMissingValueBeforeStarting(t *testing.T) {
	db := filepath.Join(t.TempDir(), "never.db")
	env := map[string]string{"DISCORD_TOKEN": "x", "CD_DB": db, "CD_LOG_LEVEL": "error"}
	var out, errOut bytes.Buffer
	err := run(context.Background(), []string{"run"}, func(k string) string { return env[k] }, nil, &out, &errOut)
	if err == nil || !strings.Contains(err.Error(), "DISCORD_APP_ID") {
		t.Fatalf("got %v, want DISCORD_APP_ID named", err)
	}
	if _, serr := os.Stat(db); serr == nil {
		t.Error("the database was created before the configuration was checked")
	}
	env = map[string]string{"DISCORD_APP_ID": "1", "CD_DB": db, "CD_POLL_INTERVAL": "1s"}
	err = run(context.Background(), []string{"run"}, func(k string) string { return env[k] }, nil, &out, &errOut)
	if err == nil || !strings.Contains(err.Error(), "DISCORD_TOKEN") || !strings.Contains(err.Error(), "CD_POLL_INTERVAL") {
		t.Fatalf("got %v, want the bad interval and the missing token named at once", err)
	}
}

func TestReadCommandsRefuseAMissingDatabase(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "typo.db")
	for _, args := range [][]string{
		{"digest", "--db", missing},
		{"ask", "--db", missing, "how many killed?"},
		{"backup", "--db", missing, "--out", missing + ".bak"},
	} {
		_, _, err := runCmd(t, "", args...)
		if err == nil || !strings.Contains(err.Error(), "no database at "+missing) && !strings.Contains(err.Error(), "no such database") {
			t.Errorf("%v: %v, want a refusal naming the file", args, err)
		}
		if _, serr := os.Stat(missing); serr == nil {
			t.Fatalf("%v created the database", args)
		}
	}
}

// TestIngestOfAMissingFile fails before any tally, saying "open" once.
func TestIngestOfAMissingFile(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "news.db")
	for _, args := range [][]string{
		{"ingest", "--db", db, "--jsonl", filepath.Join(dir, "missing.jsonl")},
		{"ingest", "--db", db, writeSample(t), filepath.Join(dir, "missing.xml")},
	} {
		out, _, err := runCmd(t, "", args...)
		if err == nil || !strings.Contains(err.Error(), "missing.") || !strings.Contains(err.Error(), "no such file") {
			t.Fatalf("%v: %v, want the missing file named", args, err)
		}
		if strings.Count(err.Error(), "open") > 0 || out != "" {
			t.Errorf("%v: error %q, output %q: want no tally and no doubled 'open'", args, err, out)
		}
		if _, serr := os.Stat(db); serr == nil {
			t.Errorf("%v: the database was created", args)
		}
	}
}

func TestParseWhen(t *testing.T) {
	now := time.Date(2026, 3, 10, 15, 30, 0, 0, time.UTC)
	day := func(d int) time.Time { return time.Date(2026, 3, d, 0, 0, 0, 0, time.UTC) }
	for _, c := range []struct {
		in    string
		want  time.Time
		whole bool
	}{
		{"today", day(10), true},
		{"Yesterday", day(9), true},
		{"7d", now.AddDate(0, 0, -7), false},
		{"24h", now.Add(-24 * time.Hour), false},
		{"90m", now.Add(-90 * time.Minute), false},
		{"2016-08-26", time.Date(2016, 8, 26, 0, 0, 0, 0, time.UTC), true},
		{"2016-08-26T12:00:00+02:00", time.Date(2016, 8, 26, 10, 0, 0, 0, time.UTC), false},
	} {
		got, whole, err := parseWhen(c.in, now)
		if err != nil || !got.Equal(c.want) || whole != c.whole {
			t.Errorf("parseWhen(%q) = %v, %v, %v; want %v, %v", c.in, got, whole, err, c.want, c.whole)
		}
	}
	for _, bad := range []string{"", "last week", "-3d", "7", "d"} {
		if _, _, err := parseWhen(bad, now); err == nil || !strings.Contains(err.Error(), "today, yesterday") {
			t.Errorf("parseWhen(%q): %v, want an error listing what works", bad, err)
		}
	}
	f, err := digestFilter("yesterday", "yesterday", "all", now)
	if err != nil || !f.Since.Equal(day(9)) || !f.Until.Equal(day(10)) {
		t.Errorf("--since yesterday --until yesterday: %v to %v, %v; want the whole of 9 March", f.Since, f.Until, err)
	}
}

func TestVersion(t *testing.T) {
	for _, arg := range []string{"--version", "version", "-version"} {
		out, _, err := runCmd(t, "", arg)
		if err != nil || !strings.HasPrefix(out, "conflict-digest ") || !strings.Contains(out, "go1.") {
			t.Errorf("%s: %q, %v", arg, out, err)
		}
	}
	b := buildInfo{Version: "v1.2.3", Revision: "0123456789abcdef0123", Time: "2026-01-02T03:04:05Z", Modified: true, Go: "go1.26.0"}
	if s := b.String(); !strings.Contains(s, "v1.2.3") || !strings.Contains(s, "revision 0123456789abcdef0123 of 2026-01-02T03:04:05Z with local changes") {
		t.Errorf("String = %q", s)
	}
	if b.short() != "1.2.3" {
		t.Errorf("short = %q", b.short())
	}
	b.Version = "(devel)"
	if b.short() != "0.0.0-0123456789ab" {
		t.Errorf("short of a development build = %q", b.short())
	}
}

func TestBackupCommand(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "news.db")
	if _, _, err := runCmd(t, "", "ingest", "--db", db, "--jsonl", writeSample(t)); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(dir, "one.db")
	out, _, err := runCmd(t, "", "backup", "--db", db, "--out", file)
	if err != nil || !strings.Contains(out, "backup written: "+file) || !strings.Contains(out, "full-text indexes ok") {
		t.Fatalf("backup: %q, %v", out, err)
	}
	if _, _, err := runCmd(t, "", "backup", "--db", db, "--out", file); err == nil || !strings.Contains(err.Error(), "exists already") {
		t.Errorf("a backup over an existing file: %v", err)
	}
	copied, _, err := runCmd(t, "", "digest", "--db", file, "--format", "json")
	orig, _, err2 := runCmd(t, "", "digest", "--db", db, "--format", "json")
	if err != nil || err2 != nil || withoutLine(copied, `"generated"`) != withoutLine(orig, `"generated"`) {
		t.Errorf("the backup's digest differs from the original's (%v, %v)", err, err2)
	}
	backups := filepath.Join(dir, "backups")
	for i := range 3 { // the first makes the directory (a trailing slash)
		if _, _, err := runCmd(t, "", "backup", "--db", db, "--out", backups+"/", "--keep", "2"); err != nil {
			t.Fatalf("backup %d into a directory: %v", i, err)
		}
		time.Sleep(2 * time.Millisecond) // names are by the millisecond
	}
	names, _ := filepath.Glob(filepath.Join(backups, backupPrefix+"*"+backupSuffix))
	if len(names) != 2 {
		t.Errorf("backups kept: %v, want the 2 newest", names)
	}
}

// withoutLine drops the lines of s that contain what.
func withoutLine(s, what string) string {
	var keep []string
	for _, l := range strings.Split(s, "\n") {
		if !strings.Contains(l, what) {
			keep = append(keep, l)
		}
	}
	return strings.Join(keep, "\n")
}

func TestProbe(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/readyz" {
			w.WriteHeader(http.StatusServiceUnavailable)
		}
		io.WriteString(w, "ok   database: writable\n")
	}))
	defer srv.Close()
	if out, _, err := runCmd(t, "", "probe", srv.URL+"/readyz"); err != nil || !strings.Contains(out, "writable") {
		t.Errorf("probe of a ready bot: %q, %v", out, err)
	}
	if _, _, err := runCmd(t, "", "probe", srv.URL+"/other"); err == nil || !strings.Contains(err.Error(), "503") {
		t.Errorf("probe of an unready bot: %v", err)
	}
	if _, _, err := runCmd(t, "", "probe", "localhost:9090"); err == nil {
		t.Error("probe without a scheme was accepted")
	}
}

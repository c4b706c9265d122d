package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/conflict-digest/conflict-digest/internal/sample"
)

// quietEnv is an environment with nothing set but the log level, so that
// tests see the defaults.
func quietEnv(k string) string {
	if k == "CD_LOG_LEVEL" {
		return "error"
	}
	return ""
}

func runCmd(t *testing.T, stdin string, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	var out, errb bytes.Buffer
	err = run(context.Background(), args, quietEnv, strings.NewReader(stdin), &out, &errb)
	return out.String(), errb.String(), err
}

func writeSample(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "sample.jsonl")
	var b bytes.Buffer
	if _, err := b.ReadFrom(sample.Articles()); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, b.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestDemoPrintsADigestOfTheSample(t *testing.T) {
	out, errOut, err := runCmd(t, "")
	if err != nil {
		t.Fatalf("demo: %v\n%s", err, errOut)
	}
	for _, want := range []string{"## Ceasefire", "## Violence", "report progress but no deal reached on Syria", sample.Attribution} {
		if !strings.Contains(out, want) {
			t.Errorf("demo output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "Advertisement") {
		t.Errorf("demo output carries page clutter:\n%s", out)
	}
	if !strings.Contains(errOut, "new 19, duplicate 0, failed 0") {
		t.Errorf("demo did not report the sample's ingest: %q", errOut)
	}
}

func TestIngestTwiceAddsNothing(t *testing.T) {
	db := filepath.Join(t.TempDir(), "news.db")
	in := writeSample(t)
	out, _, err := runCmd(t, "", "ingest", "--db", db, "--jsonl", in)
	if err != nil || !strings.Contains(out, "new 19, duplicate 0, failed 0") {
		t.Fatalf("first ingest: %q, %v", out, err)
	}
	out, _, err = runCmd(t, "", "ingest", "--db", db, "--jsonl", in)
	if err != nil || !strings.Contains(out, "new 0, duplicate 19, failed 0") || !strings.Contains(out, "nothing new") {
		t.Fatalf("second ingest: %q, %v", out, err)
	}
}

func TestIngestReportsBadLinesAndGoesOn(t *testing.T) {
	db := filepath.Join(t.TempDir(), "news.db")
	in := filepath.Join(t.TempDir(), "mixed.jsonl")
	lines := `{"id":"a-1","title":"Truce declared in Idlib","text":"A truce was declared in Idlib on Monday, officials said."}
{not json
{"id":"a-2","title":"No text here","text":""}
{"id":"a-3","title":"Aid convoy reaches Madaya","text":"A UN aid convoy reached the besieged town of Madaya on Tuesday."}
`
	if err := os.WriteFile(in, []byte(lines), 0o600); err != nil {
		t.Fatal(err)
	}
	out, errOut, err := runCmd(t, "", "ingest", "--db", db, "--jsonl", in)
	if err != nil {
		t.Fatalf("ingest: %v (%s)", err, errOut)
	}
	if !strings.Contains(out, "new 2, duplicate 0, failed 2") {
		t.Errorf("got %q, want new 2, duplicate 0, failed 2", out)
	}
	if !strings.Contains(errOut, "line 2") {
		t.Errorf("the bad line is not named: %q", errOut)
	}
}

func TestDigestJSONWindowAndTopics(t *testing.T) {
	db := filepath.Join(t.TempDir(), "news.db")
	if _, _, err := runCmd(t, "", "ingest", "--db", db, "--jsonl", writeSample(t)); err != nil {
		t.Fatal(err)
	}
	out, _, err := runCmd(t, "", "digest", "--db", db, "--since", "2016-09-18", "--until", "2016-09-22", "--topics", "ceasefire,talks", "--format", "json")
	if err != nil {
		t.Fatal(err)
	}
	var d struct {
		Sections []struct {
			Category string `json:"category"`
			Items    []struct {
				Headline string `json:"headline"`
				LastSeen string `json:"last_seen"`
			} `json:"items"`
		} `json:"sections"`
		Counts struct{ Stories int } `json:"counts"`
	}
	if err := json.Unmarshal([]byte(out), &d); err != nil {
		t.Fatalf("digest json: %v\n%s", err, out)
	}
	if d.Counts.Stories == 0 {
		t.Fatalf("no stories in the window:\n%s", out)
	}
	for _, s := range d.Sections {
		if s.Category != "ceasefire" && s.Category != "talks" {
			t.Errorf("section %q outside --topics", s.Category)
		}
	}
}

func TestAnalyzeKeepsIDsAndOrder(t *testing.T) {
	var in bytes.Buffer
	in.ReadFrom(sample.Articles())
	out, _, err := runCmd(t, in.String(), "analyze", "--jsonl")
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	sc := bufio.NewScanner(strings.NewReader(out))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var l struct {
			ID         string   `json:"id"`
			Categories []string `json:"categories"`
			Summary    string   `json:"summary"`
		}
		if err := json.Unmarshal(sc.Bytes(), &l); err != nil {
			t.Fatalf("bad line %q: %v", sc.Text(), err)
		}
		if l.Categories == nil {
			t.Errorf("%s: categories is null, want a list", l.ID)
		}
		ids = append(ids, l.ID)
	}
	if len(ids) != 19 || ids[0] != "seed-000" || ids[18] != "fakes-465" {
		t.Fatalf("got %d lines, first %v: want 19 in input order", len(ids), ids[:min(3, len(ids))])
	}
}

func TestUsageErrors(t *testing.T) {
	for _, args := range [][]string{
		{"nope"},
		{"ingest"},
		{"ingest", "--db", "x.db"},
		{"digest"},
		{"digest", "--db", "x.db", "--since", "last tuesday"},
		{"digest", "--db", "x.db", "--since", "today", "--until", "yesterday"},
		{"digest", "--db", "x.db", "--topics", "sports"},
		{"digest", "--db", "x.db", "--format", "pdf"},
		{"analyze"},
	} {
		_, _, err := runCmd(t, "", args...)
		var u usageError
		if !errors.As(err, &u) {
			t.Errorf("%v: got %v, want a usage error", args, err)
		}
	}
}

func TestConfigNamesEveryBadVariable(t *testing.T) {
	bad := map[string]string{
		"CD_POLL_INTERVAL":    "often",
		"CD_FETCH_MAX_BYTES":  "-1",
		"CD_DEFAULT_TIMEZONE": "Mars/Olympus",
		"CD_LOG_FORMAT":       "xml",
		"INTERACTIONS_ADDR":   ":8080",
	}
	_, err := loadConfig(func(k string) string { return bad[k] }, forRun)
	if err == nil {
		t.Fatal("bad configuration accepted")
	}
	for _, name := range []string{"CD_POLL_INTERVAL", "CD_FETCH_MAX_BYTES", "CD_DEFAULT_TIMEZONE", "CD_LOG_FORMAT", "INTERACTIONS_PUBLIC_KEY"} {
		if !strings.Contains(err.Error(), name) {
			t.Errorf("error does not name %s: %v", name, err)
		}
	}
	c, err := loadConfig(func(string) string { return "" }, forRun)
	if err != nil || c.DBPath != "conflict-digest.db" || c.FetchAllowPrivate {
		t.Errorf("defaults: %+v, %v", c, err)
	}
}

func TestIngestRefusesWhatItCannotRead(t *testing.T) {
	db := filepath.Join(t.TempDir(), "news.db")
	// A loopback URL (the SSRF guard), a scheme that is not read: each
	// fails alone, and with nothing read the command fails. (A missing
	// local file fails before anything: TestIngestOfAMissingFile.)
	out, errOut, err := runCmd(t, "", "ingest", "--db", db, "http://127.0.0.1:9/feed.xml", "ftp://example.org/feed")
	if err == nil || !strings.Contains(out, "new 0, duplicate 0, failed 2") {
		t.Fatalf("got %q, %v; want failed 2 and an error", out, err)
	}
	if !strings.Contains(errOut, "loopback") {
		t.Errorf("the SSRF refusal is not explained: %q", errOut)
	}
}

// TestConfigRefusesPlainDiscordOverTheNetwork: the token must not cross a
// network in clear (issue 11); plain http and ws stay usable on loopback.
func TestConfigRefusesPlainDiscordOverTheNetwork(t *testing.T) {
	tests := []struct {
		name, value string
		ok          bool
	}{
		{"DISCORD_API_BASE", "http://discord.example/", false},
		{"DISCORD_API_BASE", "http://10.0.0.5:8080/", false},
		{"DISCORD_API_BASE", "https://discord.example/", true},
		{"DISCORD_API_BASE", "http://127.0.0.1:8080/", true},
		{"DISCORD_API_BASE", "http://[::1]:8080/", true},
		{"DISCORD_API_BASE", "http://localhost:8080/", true},
		{"DISCORD_GATEWAY_URL", "ws://gateway.example/", false},
		{"DISCORD_GATEWAY_URL", "wss://gateway.example/", true},
		{"DISCORD_GATEWAY_URL", "ws://127.0.0.1:9000/", true},
	}
	for _, tt := range tests {
		_, err := loadConfig(func(k string) string {
			if k == tt.name {
				return tt.value
			}
			return ""
		}, forRun)
		if got := err == nil; got != tt.ok {
			t.Errorf("%s=%s: error %v, want accepted %v", tt.name, tt.value, err, tt.ok)
		}
		if err != nil && !strings.Contains(err.Error(), tt.name) {
			t.Errorf("%s=%s: error %v does not name the variable", tt.name, tt.value, err)
		}
	}
}

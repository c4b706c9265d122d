package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/internal/fakediscord"
	"github.com/conflict-digest/conflict-digest/news"
	"github.com/conflict-digest/conflict-digest/store"
)

// envChild makes the test binary run `bot run` as a child process (see
// TestMain), as the operator's process would run.
const envChild = "CD_TEST_CHILD_RUN"

// child is `bot run` in a process of its own, its JSON log collected.
type child struct {
	cmd  *exec.Cmd
	mu   sync.Mutex
	logs []map[string]any
	raw  strings.Builder
	done chan error
}

func (c *child) collect(r io.Reader) {
	sc := bufio.NewScanner(r)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var l map[string]any
		json.Unmarshal(sc.Bytes(), &l)
		c.mu.Lock()
		c.logs = append(c.logs, l)
		c.raw.WriteString(sc.Text() + "\n")
		c.mu.Unlock()
	}
}

// logged returns the first log line with that message.
func (c *child) logged(msg string) map[string]any {
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, l := range c.logs {
		if l["msg"] == msg {
			return l
		}
	}
	return nil
}

func (c *child) log() string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.raw.String()
}

// eventually polls cond every 50 ms until it holds or d passes.
func eventually(t *testing.T, d time.Duration, what string, cond func() bool) {
	t.Helper()
	for deadline := time.Now().Add(d); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		if cond() {
			return
		}
	}
	t.Fatalf("%s: not within %s", what, d)
}

func get(url string) (int, string) {
	resp, err := http.Get(url)
	if err != nil {
		return 0, err.Error()
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

// metricValue reads one sample of a scrape; -1 when it is absent.
func metricValue(text, series string) float64 {
	for _, l := range strings.Split(text, "\n") {
		if v, ok := strings.CutPrefix(l, series+" "); ok {
			f, _ := strconv.ParseFloat(v, 64)
			return f
		}
	}
	return -1
}

// TestWatchEndToEnd runs `bot run` as its own process against the fake
// Discord with CD_HTTP_ADDR set: it ingests a file source, delivers
// /digest now, and /metrics shows non-zero ingest, delivery and request
// counters; /readyz turns unready while the database file is read-only
// and ready again after; SIGTERM stops it in order, each step logged. When
// the tests run as root (who writes read-only files), the child runs as
// nobody.
func TestWatchEndToEnd(t *testing.T) {
	const guild, channel = "300000000000000001", "400000000000000001"
	fake := fakediscord.New(fakediscord.Options{Guilds: []string{guild}})
	defer fake.Close()
	dir, uid, gid := childDir(t)
	samplePath := filepath.Join(dir, "sample.jsonl")
	writeRenamedSample(t, samplePath)
	dbPath := filepath.Join(dir, "news.db")
	seedFileSource(t, dbPath, samplePath)
	bin := filepath.Join(dir, "bot.test")
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	copyFile(t, self, bin, 0o755)
	chownAll(t, dir, uid, gid)

	c := &child{done: make(chan error, 1)}
	c.cmd = exec.Command(bin, "-test.run=^$")
	c.cmd.Dir = dir
	c.cmd.Env = []string{envChild + "=1", "HOME=" + dir, "TMPDIR=" + dir,
		"DISCORD_TOKEN=" + fake.Token(), "DISCORD_APP_ID=" + fake.ApplicationID(), "DISCORD_API_BASE=" + fake.URL(),
		"CD_DB=" + dbPath, "CD_DEFAULT_FEEDS=false", "CD_HTTP_ADDR=127.0.0.1:0", "CD_LOG_FORMAT=json", "CD_LOG_LEVEL=info"}
	if uid >= 0 {
		c.cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: uint32(uid), Gid: uint32(gid)}}
	}
	stderr, _ := c.cmd.StderrPipe()
	c.cmd.Stdout = io.Discard
	if err := c.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go c.collect(stderr)
	go func() { c.done <- c.cmd.Wait() }()
	defer func() {
		c.cmd.Process.Kill()
		<-c.done
	}()

	var base string
	eventually(t, 30*time.Second, "the monitoring address logged", func() bool {
		if l := c.logged("monitoring listening"); l != nil {
			base = "http://" + l["addr"].(string)
		}
		return base != ""
	})
	if code, body := get(base + "/healthz"); code != 200 || body != "ok\n" {
		t.Errorf("/healthz: %d %q", code, body)
	}
	eventually(t, 60*time.Second, "/readyz ready and the file source ingested", func() bool {
		code, _ := get(base + "/readyz")
		_, text := get(base + "/metrics")
		return code == 200 && metricValue(text, `cd_articles_total{outcome="new",source="sample"}`) == 19
	})

	// A subscription and a digest sent at once: the delivery counters.
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	u := fakediscord.User{ID: "200000000000000001", Username: "alice"}
	if r, err := fake.InjectCommand(ctx, guild, channel, u, fakediscord.PermManageChannels, "subscribe",
		fakediscord.Str("to", "here"), fakediscord.Str("schedule", "daily 07:00")); err != nil || !strings.Contains(r.Content, "Subscribed") {
		t.Fatalf("/subscribe: %+v, %v\n%s", r, err, c.log())
	}
	if r, err := fake.InjectCommand(ctx, guild, channel, u, fakediscord.PermManageChannels, "digest", fakediscord.Sub("now", fakediscord.Str("subscription", "1"))); err != nil {
		t.Fatalf("/digest now: %+v, %v", r, err)
	}
	eventually(t, 30*time.Second, "the digest in the channel", func() bool { return len(fake.Messages(channel)) > 0 })
	_, text := get(base + "/metrics")
	for series, least := range map[string]float64{
		`cd_articles_total{outcome="new",source="sample"}`:                                19,
		`cd_polls_total{result="ok",source="sample"}`:                                     1,
		`cd_digests_total{outcome="built"}`:                                               1,
		`cd_digests_total{outcome="sent"}`:                                                1,
		`cd_discord_requests_total{route="POST /channels/{id}/messages",status="200"}`:    1,
		`cd_discord_requests_total{route="PUT /applications/{id}/commands",status="200"}`: 1,
		`cd_analysis_seconds_count`:                                                       19,
		`cd_gateway_connected`:                                                            1,
		`cd_stories_open`:                                                                 0,
		`cd_database_size_bytes{file="db"}`:                                               1,
	} {
		if got := metricValue(text, series); got < least {
			t.Errorf("%s = %v, want at least %v", series, got, least)
		}
	}

	// The database file made read-only, then writable again.
	if err := os.Chmod(dbPath, 0o444); err != nil {
		t.Fatal(err)
	}
	var report string
	eventually(t, 10*time.Second, "/readyz unready on a read-only database", func() bool {
		code, body := get(base + "/readyz")
		report = body
		return code == 503
	})
	if !regexp.MustCompile(`(?m)^FAIL database: .*not writable`).MatchString(report) || !strings.Contains(report, "ok   gateway") {
		t.Errorf("/readyz while read-only:\n%s", report)
	}
	os.Chmod(dbPath, 0o644)
	eventually(t, 10*time.Second, "/readyz ready again", func() bool {
		code, _ := get(base + "/readyz")
		return code == 200
	})

	// SIGTERM: an orderly stop, each step logged.
	c.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case err := <-c.done:
		c.done <- err
		if err != nil {
			t.Errorf("the bot exited with %v\n%s", err, c.log())
		}
	case <-time.After(40 * time.Second):
		t.Fatal("the bot did not stop on SIGTERM")
	}
	time.Sleep(100 * time.Millisecond) // the last log lines
	for _, msg := range []string{"shutting down", "interactions stopped", "digests finished", "ingest stopped", "monitoring stopped", "database closed", "stopped"} {
		if c.logged(msg) == nil {
			t.Errorf("shutdown did not log %q:\n%s", msg, c.log())
		}
	}
	if strings.Contains(c.log(), fake.Token()) {
		t.Error("the token reached the log")
	}
}

// childDir makes a directory the child can use; as root, the child runs
// as nobody (uid, gid), else as the test's user (-1).
func childDir(t *testing.T) (dir string, uid, gid int) {
	t.Helper()
	dir, err := os.MkdirTemp("", "cd-watch-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(dir) })
	if os.Geteuid() != 0 {
		return dir, -1, -1
	}
	u, err := user.Lookup("nobody")
	if err != nil {
		t.Skipf("running as root with no user nobody to run the bot as: %v", err)
	}
	uid, _ = strconv.Atoi(u.Uid)
	gid, _ = strconv.Atoi(u.Gid)
	os.Chmod(dir, 0o755)
	return dir, uid, gid
}

func chownAll(t *testing.T, dir string, uid, gid int) {
	t.Helper()
	if uid < 0 {
		return
	}
	err := filepath.Walk(dir, func(p string, _ os.FileInfo, err error) error {
		if err != nil {
			return err
		}
		return os.Chown(p, uid, gid)
	})
	if err != nil {
		t.Fatal(err)
	}
}

// writeRenamedSample writes the sample with other ids and texts: 19
// articles new to a database that holds the sample.
func writeRenamedSample(t *testing.T, path string) {
	t.Helper()
	in, err := os.ReadFile(writeSample(t))
	if err != nil {
		t.Fatal(err)
	}
	var out strings.Builder
	for _, line := range strings.Split(strings.TrimSpace(string(in)), "\n") {
		var a map[string]any
		if err := json.Unmarshal([]byte(line), &a); err != nil {
			t.Fatal(err)
		}
		a["id"] = fmt.Sprint(a["id"], "-live")
		a["text"] = fmt.Sprint(a["text"], " (Updated.)")
		delete(a, "url")
		b, _ := json.Marshal(a)
		out.Write(append(b, '\n'))
	}
	if err := os.WriteFile(path, []byte(out.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}

func copyFile(t *testing.T, from, to string, mode os.FileMode) {
	t.Helper()
	b, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(to, b, mode); err != nil {
		t.Fatal(err)
	}
}

// seedFileSource creates the database with the sample stored an hour ago
// (a digest leaves out the newest 30 s) and one operator source: a JSON
// Lines file of the sample under other ids, which the poller reads as it
// would a feed.
func seedFileSource(t *testing.T, dbPath, file string) {
	t.Helper()
	ctx := context.Background()
	hourAgo := func() time.Time { return time.Now().Add(-time.Hour) }
	db, err := store.OpenServices(ctx, dbPath, store.WithNow(hourAgo))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	cfg, _ := loadConfig(quietEnv, forIngest)
	f, err := os.Open(writeSample(t))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if _, err := ingestStream(ctx, newPipeline(sqliteBackend(db.DB, dbPath), cfg, cfg.logger(io.Discard), 0), f, io.Discard); err != nil {
		t.Fatal(err)
	}
	src := &news.Source{URL: file, Kind: news.KindFile, Name: "sample", NextCheck: time.Now().Add(-time.Minute)}
	if err := db.CreateSource(context.Background(), src); err != nil {
		t.Fatal(err)
	}
}

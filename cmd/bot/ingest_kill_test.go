package main

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/analyze"
	"github.com/conflict-digest/conflict-digest/feed"
	"github.com/conflict-digest/conflict-digest/internal/sample"
	"github.com/conflict-digest/conflict-digest/news"
	"github.com/conflict-digest/conflict-digest/store"
)

var ingestKills = flag.Int("ingest-kills", 3, "times TestIngestKillKeepsSentenceIndex kills bot ingest")

// envChildArgs, when set, makes the test binary run `bot` with these
// arguments (separated by U+001F) instead of the tests: the kill test's child.
const envChildArgs = "CD_TEST_BOT_ARGS"

// TestIngestKillKeepsSentenceIndex kills a real `bot ingest` process
// (SIGKILL) at random moments and checks after each kill that every stored
// article is in the sentence index and nothing else is; then a last run
// completes what the killed ones left, and every article's entries are
// exactly its analysis's sentences.
func TestIngestKillKeepsSentenceIndex(t *testing.T) {
	if testing.Short() {
		t.Skip("re-executes the test binary")
	}
	dir := t.TempDir()
	db, all := filepath.Join(dir, "kill.db"), filepath.Join(dir, "all.jsonl")
	const perPart = 10 // copies of the 19 sample articles in each run's input
	parts := *ingestKills + 1
	writeCopies(t, all, 0, parts*perPart)
	// The first part, run whole, times the kills of the others: they land
	// anywhere in a run however fast this machine (or the race detector)
	// makes the ingest.
	first := filepath.Join(dir, "part0.jsonl")
	writeCopies(t, first, 0, perPart)
	start := time.Now()
	runIngestChild(t, db, first, 0)
	whole := time.Since(start)
	rng := rand.New(rand.NewPCG(9, 9))
	killed := 0
	for i := 1; i < parts; i++ {
		in := filepath.Join(dir, fmt.Sprintf("part%d.jsonl", i))
		writeCopies(t, in, i*perPart, (i+1)*perPart)
		// Kills land in the first half of a run as long as the first: a
		// neighbour's load that slowed the first run and not the others
		// (seen once with a draw over the whole run) cannot make all miss.
		if runIngestChild(t, db, in, whole/10+time.Duration(rng.Int64N(int64(whole*2/5)))) {
			killed++
		}
		n := checkSentenceIndex(t, db, false)
		t.Logf("part %d: %d articles stored in all", i, n)
	}
	if killed == 0 {
		t.Fatal("no kill landed")
	}
	if runIngestChild(t, db, all, 0) {
		t.Fatal("the last run was killed")
	}
	if n, want := checkSentenceIndex(t, db, true), parts*perPart*19; n != want {
		t.Fatalf("stored %d articles after the runs, want %d", n, want)
	}
	t.Logf("%d of %d runs killed", killed, parts-1)
}

// writeCopies writes copies from to to of the sample, each article with
// its own id and a text of its own.
func writeCopies(t *testing.T, path string, from, to int) {
	t.Helper()
	var base []map[string]any
	var b bytes.Buffer
	b.ReadFrom(sample.Articles())
	for _, line := range bytes.Split(bytes.TrimSpace(b.Bytes()), []byte("\n")) {
		var r map[string]any
		if err := json.Unmarshal(line, &r); err != nil {
			t.Fatal(err)
		}
		base = append(base, r)
	}
	var out bytes.Buffer
	enc := json.NewEncoder(&out)
	for k := from; k < to; k++ {
		for _, r := range base {
			c := map[string]any{}
			for key, v := range r {
				c[key] = v
			}
			c["id"] = fmt.Sprintf("%v~%d", r["id"], k)
			c["text"] = fmt.Sprintf("%v\n\nCopy %d of the report.", r["text"], k)
			delete(c, "url")
			if err := enc.Encode(c); err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := os.WriteFile(path, out.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
}

// runIngestChild runs `bot ingest --db db --jsonl in` in a child process;
// with after > 0 it kills the child then unless it has finished, and
// reports whether the kill landed.
func runIngestChild(t *testing.T, db, in string, after time.Duration) bool {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), envChildArgs+"="+strings.Join([]string{"ingest", "--db", db, "--jsonl", in}, "\x1f"))
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	var timeout <-chan time.Time
	if after > 0 {
		timeout = time.After(after)
	}
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("bot ingest failed: %v\n%s", err, out.String())
		}
		return false
	case <-timeout:
		cmd.Process.Kill()
		err := <-done
		var ee *exec.ExitError
		return errors.As(err, &ee) && !ee.Exited()
	}
}

// checkSentenceIndex checks that the index holds exactly the stored
// articles, with the entry count of their sentences, and the running total
// agrees; with full, also that each article's entries are its analysis's.
// It returns the number of articles.
func checkSentenceIndex(t *testing.T, path string, full bool) int {
	t.Helper()
	ctx := context.Background()
	sdb, err := sql.Open("sqlite", "file:"+path+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer sdb.Close()
	var articles, unindexed, orphans, stats, sum int
	err = sdb.QueryRowContext(ctx, `SELECT
		(SELECT count(*) FROM articles),
		(SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM sentence_articles s WHERE s.article_id = a.id)),
		(SELECT count(*) FROM sentence_articles s WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = s.article_id)),
		(SELECT sentences FROM sentence_stats),
		(SELECT coalesce(sum(sentences), 0) FROM sentence_articles)`).Scan(&articles, &unindexed, &orphans, &stats, &sum)
	if err != nil {
		t.Fatal(err)
	}
	if unindexed != 0 || orphans != 0 || stats != sum {
		t.Fatalf("%d articles: %d not indexed, %d index rows without an article, total %d against %d", articles, unindexed, orphans, stats, sum)
	}
	if !full {
		return articles
	}
	rows, err := sdb.QueryContext(ctx, `SELECT a.title, a.text, s.sentences FROM articles a JOIN sentence_articles s ON s.article_id = a.id`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	for rows.Next() {
		var title, text string
		var n int
		if err := rows.Scan(&title, &text, &n); err != nil {
			t.Fatal(err)
		}
		an := analyze.Analyze(&news.Article{Title: title, Text: text})
		if want := len(news.IndexedSentences(title, an.Sentences)); n != want {
			t.Fatalf("article %q: %d entries indexed, want %d", title, n, want)
		}
	}
	return articles
}

// TestIngestNothingNewStillCatchesUp stores articles the way an older
// version did (no sentence entries), then runs `bot ingest` on the same
// input: nothing is new, and the sentence index must be caught up all the
// same (before, a run with no new article skipped the catch-up).
func TestIngestNothingNewStillCatchesUp(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "old.db")
	db, err := store.OpenServices(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	err = feed.ReadJSONL(sample.Articles(), func(a news.Article) error {
		an := analyze.Analyze(&a)
		return db.CreateArticle(ctx, &news.NewArticle{Article: &a, Analysis: &an}) // no Sentences
	})
	db.Close()
	if err != nil {
		t.Fatal(err)
	}
	out, errOut, err := runCmd(t, "", "ingest", "--db", path, "--jsonl", writeSample(t))
	if err != nil || !strings.Contains(out, "new 0, duplicate 19") {
		t.Fatalf("ingest: %q, %v (%s)", out, err, errOut)
	}
	if n := checkSentenceIndex(t, path, true); n != 19 {
		t.Fatalf("%d articles, want 19", n)
	}
}

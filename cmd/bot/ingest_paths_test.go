package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A path whose reading partly fails (a bad line of a JSON Lines file, a bad
// file in a directory) still stores what was read: feed.ReadPath returns
// the good articles with the error, and each bad record or file is counted
// as one failure.
func TestIngestPathsKeepsWhatWasRead(t *testing.T) {
	dir := t.TempDir()
	write := func(name, s string) {
		t.Helper()
		if err := os.WriteFile(filepath.Join(dir, name), []byte(s), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	write("a.jsonl", `{"id":"a-1","title":"Truce declared in Idlib","text":"A truce was declared in Idlib on Monday, officials said."}
{not json
{"id":"a-3","title":"Aid convoy reaches Madaya","text":"A UN aid convoy reached the besieged town of Madaya on Tuesday."}
`)
	write("b.txt", "Shelling in Deir ez-Zor\nShelling hit two districts of Deir ez-Zor on Wednesday, residents said.")
	write("c.html", "<html><body></body></html>") // no article text
	db := filepath.Join(t.TempDir(), "news.db")
	out, errOut, err := runCmd(t, "", "ingest", "--db", db, dir)
	if err != nil {
		t.Fatalf("ingest: %v (%s)", err, errOut)
	}
	if !strings.Contains(out, "new 3, duplicate 0, failed 2") {
		t.Errorf("got %q, want new 3, duplicate 0, failed 2", out)
	}
	out, errOut, err = runCmd(t, "", "ingest", "--db", filepath.Join(t.TempDir(), "one.db"), filepath.Join(dir, "a.jsonl"))
	if err != nil || !strings.Contains(out, "new 2, duplicate 0, failed 1") {
		t.Errorf("one file: got %q, %v (%s); want new 2, duplicate 0, failed 1", out, err, errOut)
	}
}

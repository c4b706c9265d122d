//go:build unix

package store

import (
	"context"
	"os"
	"path/filepath"
	"syscall"
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// TestOpenCreatesPrivateFiles: the database and its WAL files are the
// owner's alone (issue 11: they were created 0644 under the usual umask).
func TestOpenCreatesPrivateFiles(t *testing.T) {
	path := filepath.Join(t.TempDir(), "news.db")
	old := syscall.Umask(0o022)
	defer syscall.Umask(old)
	db, err := OpenServices(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := db.CreateSource(context.Background(), &news.Source{URL: "https://example.org/feed", Kind: news.KindFeed}); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{path, path + "-wal", path + "-shm"} {
		fi, err := os.Stat(p)
		if err != nil {
			t.Fatal(err)
		}
		if m := fi.Mode().Perm(); m != 0o600 {
			t.Errorf("%s: mode %o, want 600", filepath.Base(p), m)
		}
	}
}

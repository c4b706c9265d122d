package main

import (
	"context"
	"io"
	"log/slog"
	"path/filepath"
	"strings"
	"testing"

	"github.com/conflict-digest/conflict-digest/feed"
	"github.com/conflict-digest/conflict-digest/store"
)

func TestParseSources(t *testing.T) {
	got, err := parseSources(" https://a.example/rss.xml,https://b.example/feed\nhttps://a.example/rss.xml ")
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"https://a.example/rss.xml", "https://b.example/feed"}; strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("got %q, want %q (in order, once each)", got, want)
	}
	if got, err := parseSources(""); err != nil || len(got) != 0 {
		t.Errorf("empty: got %q, %v; want none", got, err)
	}
	for _, bad := range []string{
		"ftp://a.example/feed",
		"javascript:alert(1)",
		"https://user:pass@a.example/feed",
		"https:///nohost",
		"https://a.example/" + strings.Repeat("x", maxSourceURL),
	} {
		if _, err := parseSources("https://ok.example/rss " + bad); err == nil {
			t.Errorf("%.60q: accepted, want refused", bad)
		}
	}
}

// The operator's CD_SOURCES feeds are stored as operator sources (no
// guild: they reach every guild) beside the curated ones, once however
// often the bot starts.
func TestSeedSourcesAddsTheOperatorsFeeds(t *testing.T) {
	ctx := context.Background()
	db, err := store.OpenServices(ctx, filepath.Join(t.TempDir(), "n.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	cfg := config{DefaultFeeds: true, Sources: []string{"https://own.example/rss.xml"}}
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	for range 2 {
		if err := seedSources(ctx, db, operatorSources(cfg), log); err != nil {
			t.Fatal(err)
		}
	}
	got, err := db.Sources(ctx, "")
	if err != nil {
		t.Fatal(err)
	}
	if want := len(feed.DefaultSources()) + 1; len(got) != want {
		t.Fatalf("got %d sources, want %d", len(got), want)
	}
	var own int
	for _, s := range got {
		if s.URL == "https://own.example/rss.xml" {
			own++
			if s.GuildID != "" {
				t.Errorf("CD_SOURCES feed stored for guild %q, want the operator's (none)", s.GuildID)
			}
		}
	}
	if own != 1 {
		t.Errorf("CD_SOURCES feed stored %d times, want once", own)
	}
	cfg.DefaultFeeds = false
	if n := len(operatorSources(cfg)); n != 1 {
		t.Errorf("without the curated feeds: %d operator sources, want 1", n)
	}
}

package main

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// TestTalksPartsDevelopment: -talks reads the development talks parts
// only, never a held-out one.
func TestTalksPartsDevelopment(t *testing.T) {
	for _, p := range talksParts {
		if strings.Contains(p.file, "heldout") {
			t.Errorf("%s is held out: -talks must not read it", p.file)
		}
	}
}

// TestTalkClass: a row's class for the talks measure, from an AG News
// talks label or from a labelled file's categories.
func TestTalkClass(t *testing.T) {
	for _, c := range []struct {
		gold labelRow
		want string
	}{
		{labelRow{Label: "talks"}, "talks"},
		{labelRow{Label: "other_conflict"}, "other"},
		{labelRow{Label: "not_conflict"}, "not_conflict"},
		{labelRow{Categories: []news.Category{news.Violence, news.Talks}}, "talks"},
		{labelRow{Categories: []news.Category{news.Violence}}, "violence_only"},
		{labelRow{Categories: []news.Category{news.Violence, news.Humanitarian}}, "other"},
		{labelRow{Categories: []news.Category{}}, "not_conflict"},
	} {
		if got := talkClass(&example{gold: c.gold}); got != c.want {
			t.Errorf("talkClass(%+v) = %s, want %s", c.gold, got, c.want)
		}
	}
}

// TestLoadTalks reads the development talks parts from the extracts when
// they are there (analyze/testdata/gate/fetch-agnews-train.sh): every row
// has a text and a known label.
func TestLoadTalks(t *testing.T) {
	exs, err := loadTalks(filepath.Join("..", ".."))
	if errors.Is(err, os.ErrNotExist) {
		t.Skipf("AG News extracts not fetched: %v", err)
	}
	if err != nil {
		t.Fatal(err)
	}
	n := map[string]int{}
	for _, ex := range exs {
		if strings.TrimSpace(ex.art.Text) == "" {
			t.Errorf("%s: no text", ex.id)
		}
		n[talkClass(&ex)]++
	}
	if len(exs) != 425+418+661 || n["talks"] != 88+25+41 {
		t.Errorf("read %d rows (%v), want 1,504 with 154 talks", len(exs), n)
	}
}

// TestTalksHeldParts: -talks-heldout's parts are the held-out files, and
// none of them is a development part -talks trains on.
func TestTalksHeldParts(t *testing.T) {
	for _, p := range talksHeldParts {
		if !strings.HasSuffix(p.file, "-heldout.jsonl") {
			t.Errorf("%s: not a held-out part", p.file)
		}
		for _, d := range talksParts {
			if d.file == p.file || d.source == p.source {
				t.Errorf("%s is both held out and development", p.file)
			}
		}
	}
}

package main

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestOpenHalf keeps the split of the open sets that eval/rwp/score.sh
// makes, int(sha1(id), 16) % 2 (odd: fit). The wanted halves were computed
// apart, in Python; the ids are invented, but one of each fit half.
func TestOpenHalf(t *testing.T) {
	for id, want := range map[string]string{
		"a": "held", "x": "held", "invented-1": "held", "invented-5": "held",
		"e": "fit", "f": "fit", "invented-4": "fit", "invented-7": "fit",
		"cep-56661": "fit", "fignews-B01-15": "fit",
	} {
		if got := openHalf(id); got != want {
			t.Errorf("openHalf(%q) = %s, want %s", id, got, want)
		}
	}
}

// TestLoadOpenReadsNoHeldText gives loadOpen label files with items of
// both halves and text files with the fit items' texts only: without held
// it must load the fit items and ask for no other text; with held it must
// ask for the missing ones.
func TestLoadOpenReadsNoHeldText(t *testing.T) {
	repo := t.TempDir()
	for _, dir := range []string{filepath.Join(repo, "eval", "open"), filepath.Join(repo, "analyze", "testdata", "gate", "open")} {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	// e and invented-4 are of the fit half, a and invented-1 held out.
	for k, s := range openSets {
		fit, held := []string{"e", "invented-4", "f"}[k], []string{"a", "invented-1", "x"}[k]
		labels := `{"id":"` + held + `","categories":["violence"],"conflict":true}` + "\n" +
			`{"id":"` + fit + `","categories":["talks"],"conflict":true}` + "\n"
		texts := `{"id":"` + fit + `","title":"Rival commanders meet for talks in the capital","text":""}` + "\n"
		write(t, filepath.Join(repo, "eval", "open", s.labels), labels)
		write(t, filepath.Join(repo, "analyze", "testdata", "gate", "open", s.texts), texts)
	}
	exs, err := loadOpen(repo, false)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, ex := range exs {
		got = append(got, ex.source+":"+ex.id+":"+ex.half)
	}
	if want := "wikinews:e:fit cep:invented-4:fit fignews:f:fit"; strings.Join(got, " ") != want {
		t.Errorf("loadOpen(fit) = %v, want %s", got, want)
	}
	if _, err := loadOpen(repo, true); err == nil || !strings.Contains(err.Error(), "no text for labelled id a") {
		t.Errorf("loadOpen(held) error = %v, want the held-out item's missing text", err)
	}
}

func write(t *testing.T, path, s string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(s), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestLoadOpenFitHalves reads the real open sets when their texts are
// here: the fit halves of eval/open/README.md (175, 205 and 151 items),
// every one of them of the fit half.
func TestLoadOpenFitHalves(t *testing.T) {
	if _, err := os.Stat(filepath.Join("..", "..", "analyze", "testdata", "gate", "open", "cep.jsonl")); err != nil {
		t.Skipf("the open sets' texts are not here (%v): eval/open/README.md says how to write them", err)
	}
	exs, err := loadOpen(filepath.Join("..", ".."), false)
	if err != nil {
		t.Fatal(err)
	}
	n := map[string]int{}
	for _, ex := range exs {
		if ex.half != "fit" || openHalf(ex.id) != "fit" {
			t.Fatalf("%s %s is not of the fit half", ex.source, ex.id)
		}
		n[ex.source]++
	}
	if n["wikinews"] != 175 || n["cep"] != 205 || n["fignews"] != 151 {
		t.Errorf("fit halves = %v, want wikinews 175, cep 205, fignews 151", n)
	}
}

// TestOpenNotShipped: the open sets are measured, never training data of
// the shipped weights, whose rebuild must not need their git-ignored texts.
func TestOpenNotShipped(t *testing.T) {
	for _, args := range [][]string{{"-open"}, {"-open", "-cv", "-agnews", "x.csv"}} {
		err := run(args, io.Discard)
		if err == nil || !strings.Contains(err.Error(), "-open goes with") {
			t.Errorf("run(%v) error = %v, want -open refused", args, err)
		}
	}
}

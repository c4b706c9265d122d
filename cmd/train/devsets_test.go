package main

import (
	"io"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// TestTalksExample: a talks part's label tells only what it says; the rest
// is untold, and no category is scored or learned there.
func TestTalksExample(t *testing.T) {
	for _, c := range []struct {
		label    string
		cats     []news.Category
		untold   []news.Category
		conflict bool
	}{
		{"talks", []news.Category{news.Talks}, []news.Category{news.Ceasefire, news.Humanitarian, news.Violence}, true},
		{"violence_only", []news.Category{news.Violence}, []news.Category{news.Humanitarian}, true},
		{"other_conflict", []news.Category{}, []news.Category{news.Ceasefire, news.Humanitarian, news.Violence}, true},
		{"not_conflict", []news.Category{}, nil, false},
	} {
		ex := talksExample(example{gold: labelRow{Label: c.label}})
		g := ex.gold
		if !slices.Equal(g.Categories, c.cats) || !slices.Equal(g.untold, c.untold) || g.Conflict == nil || *g.Conflict != c.conflict {
			t.Errorf("%s: categories %v untold %v conflict %v, want %v %v %v", c.label, g.Categories, g.untold, g.Conflict, c.cats, c.untold, c.conflict)
		}
	}
	// an untold category is not scored
	tl := newTally()
	ex := talksExample(example{gold: labelRow{Label: "talks"}})
	tl.add([]news.Category{news.Talks, news.Violence}, news.CeasefireNone, ex.gold)
	if tl.fp[news.Violence] != 0 || tl.tp[news.Talks] != 1 || tl.none != 0 {
		t.Errorf("tally of a talks row: fp violence %d, tp talks %d, none %d; want 0, 1, 0", tl.fp[news.Violence], tl.tp[news.Talks], tl.none)
	}
}

// TestDevSetsNeverHeld: the id files loadDev reads are fit halves, and
// the sets held out whole are not read at all.
func TestDevSetsNeverHeld(t *testing.T) {
	for _, s := range devSets {
		for _, bad := range []string{"held", "rwp3", "rwp5", "rwp6"} {
			if strings.Contains(s.labels, bad) || strings.Contains(s.fitIDs, bad) {
				t.Errorf("%s reads %s / %s", s.name, s.labels, s.fitIDs)
			}
		}
	}
}

// TestDevNotShipped: every development item (-dev) is measured, never the
// training data of the shipped weights, whose rebuild must not need the
// git-ignored caches: -dev without -cv or -rules is refused before any
// weights are written.
func TestDevNotShipped(t *testing.T) {
	for _, args := range [][]string{{"-dev"}, {"-dev", "-errors"}, {"-dev", "-cv", "-open"}, {"-dev", "-rules", "-agnews", "x.csv"}, {"-held"}} {
		err := run(append(args, "-repo", t.TempDir()), io.Discard)
		if err == nil || !strings.Contains(err.Error(), "goes with") {
			t.Errorf("run(%v) error = %v, want -dev refused", args, err)
		}
	}
}

// TestDevSetsDisjointFromHeld: no labelled id that a development set reads
// is in the held part score.sh holds out of the same set (mix9's fit ids
// against its held ids, and every other set of heldSets), from the
// committed labels and id files alone; only counts are printed.
func TestDevSetsDisjointFromHeld(t *testing.T) {
	repo := filepath.Join("..", "..")
	for _, s := range devSets {
		var h *heldSet
		for k := range heldSets {
			if heldSets[k].name == s.name {
				h = &heldSets[k]
			}
		}
		if h == nil {
			t.Errorf("%s: no held part in heldSets", s.name)
			continue
		}
		held, err := heldOf(repo, *h)
		if err != nil {
			t.Fatal(err)
		}
		fit := map[string]bool{}
		if s.fitIDs != "" {
			if fit, err = readIDs(filepath.Join(repo, s.fitIDs)); err != nil {
				t.Fatal(err)
			}
		}
		rows, err := readLines[labelRow](filepath.Join(repo, s.labels))
		if err != nil {
			t.Fatal(err)
		}
		var nFit, nHeld, both int
		for _, r := range rows {
			f := (s.fitIDs == "" && openHalf(r.ID) == "fit") || fit[r.ID]
			nFit += b2i(f)
			nHeld += b2i(held(r.ID))
			both += b2i(f && held(r.ID))
		}
		if both != 0 || nFit == 0 || nHeld == 0 {
			t.Errorf("%s: %d fit, %d held, %d in both; want both halves and none in both", s.name, nFit, nHeld, both)
		}
	}
}

// TestDevTalksOnce: loadDev reads the first two talks parts through
// loadTalkParts and the KEAML part through loadKeaml alone, so no talks
// row is read twice under two ids.
func TestDevTalksOnce(t *testing.T) {
	var files []string
	for _, p := range devTalkParts() {
		files = append(files, p.file)
	}
	if want := []string{"agnews-train-talks.jsonl", "agnews-train-talks2.jsonl"}; !slices.Equal(files, want) {
		t.Errorf("devTalkParts = %v, want %v", files, want)
	}
}

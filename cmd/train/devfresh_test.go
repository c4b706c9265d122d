package main

import (
	"fmt"
	"strings"
	"testing"

	"github.com/conflict-digest/conflict-digest/analyze"
	"github.com/conflict-digest/conflict-digest/news"
)

// TestFreshVerdict: the rule fixed before a fresh set is scored, on
// invented tallies.
func TestFreshVerdict(t *testing.T) {
	mission := func(tp, fp, fn, peaceFlagged int) *tally {
		t := newTally()
		t.n, t.tp[news.Humanitarian], t.fp[news.Humanitarian], t.fn[news.Humanitarian], t.peaceFlagged = 1, tp, fp, fn, peaceFlagged
		return t
	}
	rules := mission(80, 20, 20, 3) // 0.800
	for _, c := range []struct {
		name  string
		model *tally
		win   bool
	}{
		{"0.850, flags as many", mission(85, 15, 15, 3), true},
		{"0.850, flags fewer", mission(85, 15, 15, 1), true},
		{"0.850, flags one more", mission(85, 15, 15, 4), false},
		{"0.810: exactly the 0.01", mission(81, 19, 19, 3), true},
		{"0.805: under the 0.01", mission(161, 39, 39, 3), false},
		{"behind", mission(70, 30, 30, 0), false},
	} {
		if _, win := freshVerdict(rules, c.model); win != c.win {
			t.Errorf("%s: win %v, want %v", c.name, win, c.win)
		}
	}
}

// TestDevFreshTotalsOnly runs -dev -fresh on the invented set of
// testdata/fresh (never real held data), the development items a small
// fixture: the fresh labels' ids are dropped from training, only the held
// ids with a label and a text are scored, and only totals are printed.
func TestDevFreshTotalsOnly(t *testing.T) {
	exs, _, _ := generalFixture()
	// a development item whose id the fresh labels name: not trained on
	exs = append(exs, example{id: "fr-fit", source: "rwp8", half: "fit",
		art:  news.Article{ExternalID: "fr-fit", Title: "Clashes in Mevo", Text: "Fighting killed nine soldiers near Mevo."},
		gold: labelRow{ID: "fr-fit", Categories: []news.Category{news.Violence}}})
	cfg := analyze.DefaultTrain
	cfg.Steps = 20
	grid := l2Grid
	defer func() { l2Grid = grid }()
	var b strings.Builder
	err := devFresh(&b, exs, cfg, freshFiles{labels: "testdata/fresh/labels.jsonl", texts: "testdata/fresh/texts.jsonl", held: "testdata/fresh/held-ids.txt", source: "reliefweb.int"})
	if err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{"trained on 30 development articles (1 dropped", "scored once on 4 fresh held items of 5 held ids", "verdict (freshVerdict"} {
		if !strings.Contains(out, want) {
			t.Errorf("no %q in:\n%s", want, out)
		}
	}
	for _, sys := range heldSystems {
		if !strings.Contains(out, fmt.Sprintf("%-15s %-12s %5d", freshRow, sys, 4)) {
			t.Errorf("no totals row of %s over 4 items:\n%s", sys, out)
		}
	}
	// rules: the flood report is about no war; 1 item labelled so
	if !strings.Contains(out, "/1 ") {
		t.Errorf("no not-about-war count over 1 item:\n%s", out)
	}
	for _, id := range []string{"fr-talks", "fr-truce", "fr-aid", "fr-flood", "fr-notext", "fr-fit", "Zelvania", "Mevo"} {
		if strings.Contains(out, id) {
			t.Errorf("-fresh prints %q, an item of the set:\n%s", id, out)
		}
	}
}

// TestFreshFlags: -fresh takes the chosen setting, with -dev and its two
// files, nothing else.
func TestFreshFlags(t *testing.T) {
	for _, args := range [][]string{
		{"-fresh", "l.jsonl", "-fresh-texts", "t.jsonl", "-fresh-held", "h.txt"},
		{"-dev", "-fresh", "l.jsonl", "-fresh-texts", "t.jsonl"},
		{"-dev", "-cv", "-fresh", "l.jsonl", "-fresh-texts", "t.jsonl", "-fresh-held", "h.txt"},
		{"-dev", "-held", "-fresh", "l.jsonl", "-fresh-texts", "t.jsonl", "-fresh-held", "h.txt"},
		{"-dev", "-free", "-fresh", "l.jsonl", "-fresh-texts", "t.jsonl", "-fresh-held", "h.txt"},
		{"-dev", "-l2-grid", "0.1,1", "-fresh", "l.jsonl", "-fresh-texts", "t.jsonl", "-fresh-held", "h.txt"},
	} {
		var b strings.Builder
		err := run(append(args, "-repo", t.TempDir()), &b)
		if err == nil || !strings.Contains(err.Error(), "-fresh") {
			t.Errorf("%v: err %v, want a -fresh usage error", args, err)
		}
	}
}

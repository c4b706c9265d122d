package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestRwpGateReadsNoHeldText gives rwpGateItems an agency set whose labels
// hold items of both halves and whose texts hold the fit items' only: it
// must load the fit items both readings agree on and ask for no other
// text; once the held item's id is listed as fit it must ask for it.
func TestRwpGateReadsNoHeldText(t *testing.T) {
	repo := t.TempDir()
	for _, dir := range []string{filepath.Join(repo, "eval", "rwp"), filepath.Join(repo, "analyze", "testdata", "gate", "rwp")} {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	set := rwpGateSet{"rwpx", "rwp", "rwpx-categories", "rwpx-fit-ids.txt", "rwpx-pages.jsonl"}
	// f1 and f3 agreed (conflict, not), f2 read both ways, h1 held out
	first := `{"id":"h1","conflict":true}` + "\n" + `{"id":"f1","conflict":true}` + "\n" +
		`{"id":"f2","conflict":true}` + "\n" + `{"id":"f3","conflict":false}` + "\n"
	second := `{"id":"h1","conflict":true}` + "\n" + `{"id":"f1","conflict":true}` + "\n" +
		`{"id":"f2","conflict":false}` + "\n" + `{"id":"f3","conflict":false}` + "\n"
	texts := `{"id":"f1","title":"Shelling forces families from a border town","text":"Militias shelled the town on Monday."}` + "\n" +
		`{"id":"f3","title":"Maize prices rise after a poor harvest","text":"Prices rose in the markets of the north."}` + "\n"
	write(t, filepath.Join(repo, "eval", "rwp", set.labels+".jsonl"), first)
	write(t, filepath.Join(repo, "eval", "rwp", set.labels+"-second.jsonl"), second)
	write(t, filepath.Join(repo, "eval", "rwp", set.fitIDs), "f1\nf2\nf3\n")
	write(t, filepath.Join(repo, "analyze", "testdata", "gate", "rwp", set.texts), texts)
	items, err := rwpGateItems(repo, set)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, it := range items {
		got = append(got, it.id+":"+map[bool]string{true: "war", false: "not"}[it.war])
	}
	if want := "f1:war f3:not"; strings.Join(got, " ") != want {
		t.Errorf("rwpGateItems = %v, want %s", got, want)
	}
	write(t, filepath.Join(repo, "eval", "rwp", set.fitIDs), "f1\nf2\nf3\nh1\n")
	if _, err := rwpGateItems(repo, set); err == nil || !strings.Contains(err.Error(), "no text for labelled id h1") {
		t.Errorf("rwpGateItems(h1 listed as fit) error = %v, want its missing text", err)
	}
}

// TestRwpGateFitHalves reads the real agency sets when their texts are
// here: only ids of the fit halves, none of the held-out ones.
func TestRwpGateFitHalves(t *testing.T) {
	repo := filepath.Join("..", "..")
	for _, set := range rwpGateSets {
		if _, err := os.Stat(filepath.Join(repo, "analyze", "testdata", "gate", set.dir, set.texts)); err != nil {
			t.Skipf("the agency sets' texts are not here (%v): eval/rwp/README.md says how to write them", err)
		}
		held, err := readIDs(filepath.Join(repo, "eval", set.dir, strings.Replace(set.fitIDs, "fit", "held", 1)))
		if err != nil {
			t.Fatal(err)
		}
		items, err := rwpGateItems(repo, set)
		if err != nil {
			t.Fatal(err)
		}
		if len(items) == 0 {
			t.Errorf("%s: no items", set.name)
		}
		for _, it := range items {
			if held[it.id] {
				t.Errorf("%s: %s is of the held-out half", set.name, it.id)
			}
		}
	}
}

package main

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

var repoRoot = filepath.Join("..", "..")

// TestAGNewsLabelsFile checks the committed AG News World labels without
// their texts: the format of dev-labels.jsonl (SCHEMA.md), the split fixed
// by crc32(id) % 2, and the breadth issue 14 asks of development data.
func TestAGNewsLabelsFile(t *testing.T) {
	rows, err := readLines[agnewsFull](filepath.Join(repoRoot, agnewsLabels))
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) < 600 {
		t.Fatalf("%d rows, want at least 600", len(rows))
	}
	statuses := []news.CeasefireStatus{"proposed", "in_effect", "violated", "collapsed"}
	types := []string{"aid", "access", "siege", "evacuation", "displacement", "health", "appeal"}
	seen := map[string]bool{}
	conflicts, outlets := map[string]int{}, map[string]int{}
	halves := map[string]int{}
	for _, r := range rows {
		extra := r
		if seen[r.ID] {
			t.Errorf("%s twice", r.ID)
		}
		seen[r.ID] = true
		if _, err := agnewsLine(r.ID); err != nil {
			t.Error(err)
		}
		if h := halfOf(r.ID); r.Half != h {
			t.Errorf("%s: half %q, crc32 gives %q", r.ID, r.Half, h)
		}
		halves[r.Half]++
		for _, c := range r.Categories {
			if !slices.Contains(allCats, c) {
				t.Errorf("%s: category %q", r.ID, c)
			}
		}
		hasCF := slices.Contains(r.Categories, news.Ceasefire)
		if hasCF != (r.CeasefireStatus != "") || (hasCF && !slices.Contains(statuses, r.CeasefireStatus)) {
			t.Errorf("%s: ceasefire status %q with categories %v", r.ID, r.CeasefireStatus, r.Categories)
		}
		for _, ty := range extra.Types {
			if !slices.Contains(types, ty) || !slices.Contains(r.Categories, news.Humanitarian) {
				t.Errorf("%s: humanitarian type %q with categories %v", r.ID, ty, r.Categories)
			}
		}
		if extra.Confidence != "high" && extra.Confidence != "low" {
			t.Errorf("%s: confidence %q", r.ID, extra.Confidence)
		}
		if k := extra.Killed; k != nil && (k.Value <= 0 || !slices.Contains([]string{"exact", "at_least", "about", "more_than", "up_to"}, k.Qualifier)) {
			t.Errorf("%s: killed %+v", r.ID, *k)
		}
		if r.Conflict == nil {
			t.Fatalf("%s: no conflict field", r.ID)
		}
		if !*r.Conflict && (len(r.Categories) > 0 || r.ConflictName != "none") {
			t.Errorf("%s: not about war but categories %v, conflict %q", r.ID, r.Categories, r.ConflictName)
		}
		if *r.Conflict && r.ConflictName != "multiple" {
			conflicts[r.ConflictName]++
		}
		if r.Outlet == "" || (r.Selection != "named-outlet" && r.Selection != "conflict-place") {
			t.Errorf("%s: outlet %q selection %q", r.ID, r.Outlet, r.Selection)
		}
		if r.Outlet != "unknown" {
			outlets[r.Outlet]++
		}
	}
	if len(conflicts) < 8 || len(outlets) < 20 {
		t.Errorf("%d conflicts and %d named outlets, want at least 8 and 20", len(conflicts), len(outlets))
	}
	if halves["fit"] < 500 || halves["report"] < 500 || halves["fit"]+halves["report"] != len(rows) {
		t.Errorf("halves %v of %d rows", halves, len(rows))
	}
}

// agnewsFull is a row of agnews-world.jsonl with the keys the loader does
// not keep.
type agnewsFull struct {
	agnewsRow
	Types      []string `json:"humanitarian_types"`
	Confidence string   `json:"confidence"`
	Killed     *struct {
		Value     int    `json:"value"`
		Qualifier string `json:"qualifier"`
	} `json:"killed"`
}

// TestAGNewsTexts reads the labelled items' texts from the AG News test.csv
// named by AGNEWS_CSV (see analyze/testdata/labels/PROVENANCE.md). The file
// is not committed; without it the test is skipped, saying so.
func TestAGNewsTexts(t *testing.T) {
	path := os.Getenv("AGNEWS_CSV")
	if path == "" {
		t.Skip("SKIPPED: AGNEWS_CSV is not set; the AG News test.csv is not committed (its terms forbid copies), so the labelled AG News texts cannot be checked here. Set AGNEWS_CSV=/path/to/test.csv (PROVENANCE.md says which file)")
	}
	exs, err := loadAGNews(repoRoot, path)
	if err != nil {
		t.Fatal(err)
	}
	rows, err := readLines[agnewsRow](filepath.Join(repoRoot, agnewsLabels))
	if err != nil {
		t.Fatal(err)
	}
	if len(exs) != len(rows) {
		t.Fatalf("%d texts for %d labels", len(exs), len(rows))
	}
	want := map[string]string{
		"agnews-test-1299": "Clashes in Baghdad Slum Kill 22 Iraqis, U.S. Soldier",
		"agnews-test-567":  "Sudanese rebels agree to take part in peace talks in Abuja",
	}
	for _, ex := range exs {
		if ex.art.Title == "" || ex.art.Text == "" {
			t.Errorf("%s: empty title or text", ex.id)
		}
		if w, ok := want[ex.id]; ok && ex.art.Title != w {
			t.Errorf("%s: title %q, want %q", ex.id, ex.art.Title, w)
		}
	}
}

// TestAGNewsWrongFile: another file, or none, is refused.
func TestAGNewsWrongFile(t *testing.T) {
	dir := t.TempDir()
	if _, err := loadAGNews(repoRoot, filepath.Join(dir, "absent.csv")); !errors.Is(err, errAGNewsMissing) {
		t.Errorf("absent file: %v, want errAGNewsMissing", err)
	}
	p := filepath.Join(dir, "test.csv")
	if err := os.WriteFile(p, []byte(`"1","A title","A description"`+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := loadAGNews(repoRoot, p); err == nil || !strings.Contains(err.Error(), "SHA-256") {
		t.Errorf("other file: %v, want a SHA-256 mismatch", err)
	}
}

func TestAGNewsClean(t *testing.T) {
	for in, want := range map[string]string{
		`Reuters - Defense Secretary Donald Rumsfeld on\Thursday raised`: "Reuters - Defense Secretary Donald Rumsfeld on Thursday raised",
		`Sudan #39;s Darfur region`:                                      "Sudan's Darfur region",
		`Hip-hop mogul Sean  quot;P. Diddy quot; Combs`:                  `Hip-hop mogul Sean "P. Diddy" Combs`,
		`Kickstart Sudan Peace &lt;b&gt;...&lt;/b&gt;`:                   "Kickstart Sudan Peace ...",
		`cash settlement of up to  #36;50 million`:                       "cash settlement of up to $50 million",
	} {
		if got := agnewsClean(in); got != want {
			t.Errorf("agnewsClean(%q) = %q, want %q", in, got, want)
		}
	}
}

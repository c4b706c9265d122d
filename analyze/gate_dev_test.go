package analyze

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/conflict-digest/conflict-digest/feed"
	"github.com/conflict-digest/conflict-digest/news"
)

var gateDump = flag.Bool("gate-dump", false, "log the gate's errors on the fit half of testdata/gate (never the report half)")

// gateLabel is a row of testdata/gate/labels.jsonl (README.md there).
type gateLabel struct {
	ID     string `json:"id"`
	Source string `json:"source"`
	Label  string `json:"label"` // conflict, other or unclear
	Why    string `json:"why"`
	Half   string `json:"half"` // fit or report: crc32(id) % 2
}

// gateCount is the gate's score on one half of the labelled set.
type gateCount struct {
	other, otherFlagged     int // non-conflict articles; those the gate let in
	conflict, conflictKept  int // conflict articles; those the gate let in
	englishOther, englishOF int // the same for non-conflict articles in English
	rwConflict, rwKept      int // conflict articles of ReliefWeb; those let in
	fakes, fakesKept        int // the same of FA-KES
}

func (c gateCount) String() string {
	return fmt.Sprintf("non-conflict flagged %d/%d (%.1f%%; English %d/%d), conflict recall %d/%d (%.1f%%; ReliefWeb %d/%d, FA-KES %d/%d)",
		c.otherFlagged, c.other, pct(c.otherFlagged, c.other), c.englishOF, c.englishOther,
		c.conflictKept, c.conflict, pct(c.conflictKept, c.conflict),
		c.rwKept, c.rwConflict, c.fakesKept, c.fakes)
}

func (c *gateCount) countConflict(source string, in bool) {
	kept := 0
	if in {
		kept = 1
	}
	c.conflictKept += kept
	switch source {
	case "reliefweb":
		c.rwConflict++
		c.rwKept += kept
	case "fakes":
		c.fakes++
		c.fakesKept += kept
	}
}

func pct(n, d int) float64 { return 100 * float64(n) / float64(max(d, 1)) }

// gateArticles returns the labelled articles' titles and texts by id: the
// bundled feeds, the development ids of the ReliefWeb corpus and the
// dev-labelled FA-KES articles.
func gateArticles(t *testing.T, labels []gateLabel) map[string]news.Article {
	t.Helper()
	want := map[string]bool{}
	for _, l := range labels {
		want[l.ID] = true
	}
	arts := map[string]news.Article{}
	corpus := filepath.Join(evalDir, "..", "corpus")
	for _, name := range []string{"rss-parser_guardian.rss", "rss-parser_uolNoticias.rss", "miniflux_bbc_urdu_UTF8.xml"} {
		data, err := os.ReadFile(filepath.Join(corpus, "feeds", name))
		if err != nil {
			t.Skipf("corpus not available: %v", err)
		}
		_, items, err := feed.Parse(data, "")
		if err != nil {
			t.Fatalf("parse %s: %v", name, err)
		}
		for _, a := range items {
			if want[a.URL] {
				arts[a.URL] = a
			}
		}
	}
	for _, a := range readJSONLines[evalArticle](t, filepath.Join(corpus, "reliefweb-2017.jsonl")) {
		if want[a.ID] { // only the development ids are labelled
			arts[a.ID] = news.Article{Title: a.Title, Text: a.Text}
		}
	}
	for id, a := range devArticles(t) {
		if want[id] {
			arts[id] = news.Article{Title: a.Title, Text: a.Text}
		}
	}
	return arts
}

// TestGateDevSet measures the relevance gate on the labelled development
// set of testdata/gate: how many non-conflict articles it lets in and how
// many conflict articles it keeps, on each half. The fit half is the one
// the gate's words were tuned on; the report half is scored, not read.
func TestGateDevSet(t *testing.T) {
	labels := readJSONLines[gateLabel](t, filepath.Join("testdata", "gate", "labels.jsonl"))
	arts := gateArticles(t, labels)
	counts := map[string]*gateCount{"fit": {}, "report": {}}
	for _, l := range labels {
		a, ok := arts[l.ID]
		if !ok {
			t.Fatalf("labelled article %s (%s) not found", l.ID, l.Source)
		}
		c := counts[l.Half]
		if c == nil {
			t.Fatalf("%s: half %q, want fit or report", l.ID, l.Half)
		}
		an := Analyze(&a)
		in := an.IsRelevant()
		switch l.Label {
		case "other":
			c.other++
			english := an.Language == "" || an.Language == English
			if english {
				c.englishOther++
			}
			if in {
				c.otherFlagged++
				if english {
					c.englishOF++
				}
			}
		case "conflict":
			c.conflict++
			c.countConflict(l.Source, in)
		}
		if *gateDump && l.Half == "fit" && l.Label != "unclear" && in != (l.Label == "conflict") {
			t.Logf("%s %s (%s): %s; relevance %+v\n  %s", l.Label, l.ID, l.Why, a.Title, an.RelevanceOf(), an.Categories)
		}
	}
	for _, half := range []string{"fit", "report"} {
		c := counts[half]
		t.Logf("%-6s %v", half, c)
		checkGateHalf(t, half, "non-conflict articles", c.otherFlagged, c.other, gateMaxFlagged)
		checkGateRecall(t, half, c.conflictKept, c.conflict, gateMinRecall)
	}
}

// checkGateHalf fails a half of a gate test whose share of non-conflict
// items let in (flagged of total, what names them) passes maxPct.
func checkGateHalf(t *testing.T, half, what string, flagged, total int, maxPct float64) {
	t.Helper()
	if got := pct(flagged, total); got > maxPct {
		t.Errorf("%s half: %.2f%% of %s flagged, want <= %.1f%%", half, got, what, maxPct)
	}
}

// checkGateRecall fails a half of a gate test whose conflict recall (kept
// of conflict) falls under minPct.
func checkGateRecall(t *testing.T, half string, kept, conflict int, minPct float64) {
	t.Helper()
	if got := pct(kept, conflict); got < minPct {
		t.Errorf("%s half: conflict recall %.1f%%, want >= %.1f%%", half, got, minPct)
	}
}

// Bounds of TestGateDevSet, for either half, a little looser than the gate
// reached when they were last set (fit: 1.0% flagged, recall 99.5%;
// report: 4.0% flagged, recall 97.3%). Before the gate asked for evidence
// of conflict, 19.4% and 15.0% of non-conflict articles were let in.
const (
	gateMaxFlagged = 5.0
	gateMinRecall  = 96.0
)

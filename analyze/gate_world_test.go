package analyze

import (
	"flag"
	"path/filepath"
	"strconv"
	"testing"
)

var worldReport = flag.Bool("world-report", false, "also score the report half of testdata/labels/agnews-world.jsonl (held out: its totals only)")

// agWorldLabel is a row of testdata/labels/agnews-world.jsonl
// (PROVENANCE.md there): a World row of the AG News test file, line Line,
// labelled about an armed conflict (Conflict) or not, with a confidence.
type agWorldLabel struct {
	ID         string `json:"id"`
	Line       int    `json:"line"`
	Conflict   bool   `json:"conflict"`
	Confidence string `json:"confidence"`
	Note       string `json:"note"`
	Half       string `json:"half"`
}

// TestGateWorldSet measures the gate and the categories on World news
// (issue 13 item 4, issue 14): items about no armed conflict given a
// category or let in, items about one given a category or let in. The fit
// half may be read (-gate-dump logs its errors: not-conflict items given a
// category, conflict items let out); the report half is held out and
// scored, totals only, with -world-report.
func TestGateWorldSet(t *testing.T) {
	labels := readJSONLines[agWorldLabel](t, filepath.Join("testdata", "labels", "agnews-world.jsonl"))
	arts := agNewsArticles(t)
	type count struct{ other, otherIn, otherGiven, conflict, conflictIn, conflictGiven int }
	counts := map[string]*count{"fit": {}, "report": {}}
	for _, l := range labels {
		if l.Half == "report" && !*worldReport {
			continue
		}
		c := counts[l.Half]
		if c == nil {
			t.Fatalf("%s: half %q, want fit or report", l.ID, l.Half)
		}
		a, ok := arts["ag-test-"+strconv.Itoa(l.Line)]
		if !ok {
			t.Fatalf("%s: line %d not in the file", l.ID, l.Line)
		}
		an := Analyze(&a)
		in, given := an.IsRelevant(), len(an.Categories) > 0
		if l.Conflict {
			c.conflict++
			c.conflictIn += b2i(in)
			c.conflictGiven += b2i(given)
		} else {
			c.other++
			c.otherIn += b2i(in)
			c.otherGiven += b2i(given)
		}
		if *gateDump && l.Half == "fit" && (l.Conflict != given || l.Conflict && !in) {
			t.Logf("conflict=%v (%s, %s) %s: %s | %s; categories %v, relevance %+v",
				l.Conflict, l.Confidence, l.Note, l.ID, a.Title, a.Text, an.Categories, an.RelevanceOf())
		}
	}
	for _, half := range []string{"fit", "report"} {
		c := counts[half]
		if c.other+c.conflict == 0 {
			continue
		}
		t.Logf("%-6s AG World: not conflict given a category %d/%d (let in %d); conflict given a category %d/%d, let in %d/%d",
			half, c.otherGiven, c.other, c.otherIn, c.conflictGiven, c.conflict, c.conflictIn, c.conflict)
	}
}

package analyze

import (
	"flag"
	"path/filepath"
	"slices"
	"strconv"
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

var talks2 = flag.Bool("talks2", false, "score testdata/labels/agnews-train-talks2-heldout.jsonl, a held-out part (its totals only)")

// agAgreementLabel is a row of testdata/labels/agnews-train-talks-heldout.jsonl:
// a World row of the AG News train sample (fetch-agnews-train.sh) about an
// armed conflict, labelled by a reader who saw neither the code nor its
// output: talks (negotiations, mediation, a deal or a peace plan of a war),
// violence_only (attacks, fighting, casualties and no word of talks) or
// other_conflict.
type agAgreementLabel struct {
	File       string `json:"file"` // sample: the extract's row number is Row
	Row        int    `json:"row"`
	Label      string `json:"label"`
	Confidence string `json:"confidence"`
}

// TestAgreementsAGHeldOut measures issue 14's "agreements and negotiations
// in other wars" on real 2004 wire snippets held out from every rule: talks
// recall over the talks rows and false alarms over the violence-only rows.
// Totals only: its rows are never read to fit a rule (a development part of
// the same kind is agnews-train-talks.jsonl). The floors keep what was
// measured; the issue asks recall >= 0.90 at <= 2 % false alarms.
// Scored twice in the third talks round (h-talks14, totals only): 45/82,
// 0/184, 4/139 before it; 48/82, 0/184, 4/139 after its talks and gazetteer
// commits (844ffd0), before its last gate commit narrowed what a side's
// adjective or actor lets in.
func TestAgreementsAGHeldOut(t *testing.T) {
	arts := agTrainArticles(t, "sample")
	labels := readJSONLines[agAgreementLabel](t, filepath.Join("testdata", "labels", "agnews-train-talks-heldout.jsonl"))
	n := map[string]int{}
	hit := map[string]int{}
	for _, l := range labels {
		a, ok := arts["ag-train-"+strconv.Itoa(l.Row+1)]
		if !ok {
			t.Fatalf("row %d of the %s extract is not in it", l.Row, l.File)
		}
		an := Analyze(&a)
		n[l.Label]++
		if slices.Contains(an.Categories, news.Talks) {
			hit[l.Label]++
		}
	}
	t.Logf("held-out AG News talks: recall %d/%d (%.3f); violence-only read as talks %d/%d (%.3f); other conflict news read as talks %d/%d",
		hit["talks"], n["talks"], ratio(hit["talks"], n["talks"]), hit["violence_only"], n["violence_only"],
		ratio(hit["violence_only"], n["violence_only"]), hit["other_conflict"], n["other_conflict"])
	if n["talks"] == 0 || n["violence_only"] == 0 {
		t.Fatalf("labels hold %v", n)
	}
	if hit["talks"] < 45 {
		t.Errorf("talks in %d of %d held-out talks snippets, want at least 45 (measured on 2026-12-03)", hit["talks"], n["talks"])
	}
	if 50*hit["violence_only"] > n["violence_only"] {
		t.Errorf("talks in %d of %d held-out violence-only snippets, want at most 2 %%", hit["violence_only"], n["violence_only"])
	}
}

// TestAgreementsAGHeldOut2 is a second held-out part of the same kind
// (testdata/labels/agnews-train-talks2-heldout.jsonl: World rows of the
// train sample after those the first held-out reader scanned, labelled in
// the fifth session of 2026-12-03 by a reader who saw no code; its other
// half, agnews-train-talks2.jsonl, is development data). It also holds the
// rows about no armed conflict, so it measures the relevance gate on World
// news. Totals only, never its rows; run with -talks2.
func TestAgreementsAGHeldOut2(t *testing.T) {
	if !*talks2 {
		t.Skip("held out: run with -talks2 (totals only)")
	}
	arts := agTrainArticles(t, "sample")
	labels := readJSONLines[agAgreementLabel](t, filepath.Join("testdata", "labels", "agnews-train-talks2-heldout.jsonl"))
	n := map[string]int{}
	talks := map[string]int{}
	given := map[string]int{}
	for _, l := range labels {
		a, ok := arts["ag-train-"+strconv.Itoa(l.Row+1)]
		if !ok {
			t.Fatalf("row %d of the %s extract is not in it", l.Row, l.File)
		}
		an := Analyze(&a)
		n[l.Label]++
		if slices.Contains(an.Categories, news.Talks) {
			talks[l.Label]++
		}
		if len(an.Categories) > 0 {
			given[l.Label]++
		}
	}
	conflict := n["talks"] + n["violence_only"] + n["other_conflict"]
	t.Logf("held-out AG News talks (2): recall %d/%d (%.3f); violence-only read as talks %d/%d; other conflict news read as talks %d/%d; not about armed conflict given a category %d/%d (%.3f); about armed conflict given one %d/%d",
		talks["talks"], n["talks"], ratio(talks["talks"], n["talks"]), talks["violence_only"], n["violence_only"],
		talks["other_conflict"], n["other_conflict"], given["not_conflict"], n["not_conflict"],
		ratio(given["not_conflict"], n["not_conflict"]), given["talks"]+given["violence_only"]+given["other_conflict"], conflict)
	if n["talks"] == 0 || n["not_conflict"] == 0 {
		t.Fatalf("labels hold %v", n)
	}
}

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

// agAgreementLabel is a row of the AG News talks parts
// (testdata/labels/agnews-train-talks*.jsonl, PROVENANCE.md there): a World
// row of the AG News train sample (fetch-agnews-train.sh) labelled by a
// reader who saw neither the code nor its output: talks (negotiations,
// mediation, a deal or a peace plan of a war), violence_only (attacks,
// fighting, casualties and no word of talks), other_conflict, or (the
// second parts) not_conflict, with a few words of note.
type agAgreementLabel struct {
	ID         string `json:"id"`   // the third part's rows: ag-keaml-N or ag-keamlub-N (keamlArticles)
	File       string `json:"file"` // sample: the extract's row number is Row
	Row        int    `json:"row"`
	Label      string `json:"label"`
	Confidence string `json:"confidence"`
	Note       string `json:"note"`
}

// talksTally counts, per label of an AG News talks part, its rows, those
// the analysis gives talks and those it gives any category.
type talksTally struct {
	n, talks, given map[string]int
}

// scoreTalksPart analyses the rows of the talks part in file (under
// testdata/labels) and tallies them; dump, when not nil, is called with each
// row the analysis gets wrong (only ever for a development part).
func scoreTalksPart(t *testing.T, file string, dump func(l agAgreementLabel, a *news.Article, an news.Analysis)) talksTally {
	t.Helper()
	arts := agTrainArticles(t, "sample")
	return scoreTalksRows(t, file, arts, func(l agAgreementLabel) string { return "ag-train-" + strconv.Itoa(l.Row+1) }, dump)
}

// scoreTalksRows tallies the rows of the talks part in file against arts,
// where id names each row's article.
func scoreTalksRows(t *testing.T, file string, arts map[string]news.Article, id func(agAgreementLabel) string, dump func(l agAgreementLabel, a *news.Article, an news.Analysis)) talksTally {
	t.Helper()
	s := talksTally{n: map[string]int{}, talks: map[string]int{}, given: map[string]int{}}
	for _, l := range readJSONLines[agAgreementLabel](t, filepath.Join("testdata", "labels", file)) {
		a, ok := arts[id(l)]
		if !ok {
			t.Fatalf("%s: %s (row %d of the %s extract) is not in it", file, id(l), l.Row, l.File)
		}
		an := Analyze(&a)
		got := slices.Contains(an.Categories, news.Talks)
		s.n[l.Label]++
		s.talks[l.Label] += b2i(got)
		s.given[l.Label] += b2i(len(an.Categories) > 0)
		if dump == nil {
			continue
		}
		var wrong bool
		switch l.Label {
		case "talks":
			wrong = !got
		case "violence_only", "other_conflict":
			wrong = got || len(an.Categories) == 0
		case "not_conflict":
			wrong = len(an.Categories) > 0
		default:
			t.Fatalf("%s: %s: label %q", file, id(l), l.Label)
		}
		if wrong {
			dump(l, &a, an)
		}
	}
	return s
}

// logSecond logs the tally of a second talks part, which also holds rows
// about no armed conflict (the relevance gate on World news).
func (s talksTally) logSecond(t *testing.T, name string) {
	t.Helper()
	conflict := s.n["talks"] + s.n["violence_only"] + s.n["other_conflict"]
	t.Logf("%s AG News talks: recall %d/%d (%.3f); violence-only read as talks %d/%d; other conflict news read as talks %d/%d; not about armed conflict given a category %d/%d (%.3f); about armed conflict given one %d/%d",
		name, s.talks["talks"], s.n["talks"], ratio(s.talks["talks"], s.n["talks"]), s.talks["violence_only"], s.n["violence_only"],
		s.talks["other_conflict"], s.n["other_conflict"], s.given["not_conflict"], s.n["not_conflict"],
		ratio(s.given["not_conflict"], s.n["not_conflict"]), s.given["talks"]+s.given["violence_only"]+s.given["other_conflict"], conflict)
	if s.n["talks"] == 0 || s.n["not_conflict"] == 0 {
		t.Fatalf("labels hold %v", s.n)
	}
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
// adjective or actor lets in. At the end of that session (after the
// second talks round, h-talks14b): 47/82, 0/184, 4/139. After h-talks15's
// table of disputes and their sides (gazetteer/disputes.tsv; scored at its
// start, once in its middle and at its end): 50/82, 1/184, 5/139.
func TestAgreementsAGHeldOut(t *testing.T) {
	s := scoreTalksPart(t, "agnews-train-talks-heldout.jsonl", nil)
	t.Logf("held-out AG News talks: recall %d/%d (%.3f); violence-only read as talks %d/%d (%.3f); other conflict news read as talks %d/%d",
		s.talks["talks"], s.n["talks"], ratio(s.talks["talks"], s.n["talks"]), s.talks["violence_only"], s.n["violence_only"],
		ratio(s.talks["violence_only"], s.n["violence_only"]), s.talks["other_conflict"], s.n["other_conflict"])
	if s.n["talks"] == 0 || s.n["violence_only"] == 0 {
		t.Fatalf("labels hold %v", s.n)
	}
	if s.talks["talks"] < 45 {
		t.Errorf("talks in %d of %d held-out talks snippets, want at least 45 (measured on 2026-12-03)", s.talks["talks"], s.n["talks"])
	}
	if 50*s.talks["violence_only"] > s.n["violence_only"] {
		t.Errorf("talks in %d of %d held-out violence-only snippets, want at most 2 %%", s.talks["violence_only"], s.n["violence_only"])
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
	scoreTalksPart(t, "agnews-train-talks2-heldout.jsonl", nil).logSecond(t, "held-out (2)")
}

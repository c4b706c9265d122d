package analyze

import (
	"flag"
	"path/filepath"
	"slices"
	"strconv"
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

var talks2Dump = flag.Bool("talks2-dump", false, "log the errors on testdata/labels/agnews-train-talks2.jsonl (development data; never its held-out half)")

// talks2Label is a row of testdata/labels/agnews-train-talks2.jsonl
// (PROVENANCE.md there): a World row of the AG News train sample labelled
// talks, violence_only, other_conflict or not_conflict by a reader who saw
// no code, with a few words of note.
type talks2Label struct {
	File       string `json:"file"` // sample: the extract's row number is Row
	Row        int    `json:"row"`
	Label      string `json:"label"`
	Confidence string `json:"confidence"`
	Note       string `json:"note"`
}

// TestAgreementsNewsTrain2 scores the development half of the second talks
// part as TestAgreementsAGHeldOut2 scores its held-out half (the same
// reading of the same extract): talks recall, violence-only and other war
// news read as talks, and items about no armed conflict given any category
// (the relevance gate on World news). Its rows may be read: -talks2-dump
// logs every error.
func TestAgreementsNewsTrain2(t *testing.T) {
	arts := agTrainArticles(t, "sample")
	labels := readJSONLines[talks2Label](t, filepath.Join("testdata", "labels", "agnews-train-talks2.jsonl"))
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
		got := slices.Contains(an.Categories, news.Talks)
		talks[l.Label] += b2i(got)
		given[l.Label] += b2i(len(an.Categories) > 0)
		wrong := false
		switch l.Label {
		case "talks":
			wrong = !got
		case "violence_only", "other_conflict":
			wrong = got || len(an.Categories) == 0
		case "not_conflict":
			wrong = len(an.Categories) > 0
		default:
			t.Fatalf("row %d: label %q", l.Row, l.Label)
		}
		if *talks2Dump && wrong {
			t.Logf("%s (%s, %s) row %d: %s; categories %v, talks %.2f, relevance %+v",
				l.Label, l.Confidence, l.Note, l.Row, a.Text, an.Categories, an.Scores[news.Talks], an.RelevanceOf())
		}
	}
	conflict := n["talks"] + n["violence_only"] + n["other_conflict"]
	t.Logf("development AG News talks (2): recall %d/%d (%.3f); violence-only read as talks %d/%d; other conflict news read as talks %d/%d; not about armed conflict given a category %d/%d (%.3f); about armed conflict given one %d/%d",
		talks["talks"], n["talks"], ratio(talks["talks"], n["talks"]), talks["violence_only"], n["violence_only"],
		talks["other_conflict"], n["other_conflict"], given["not_conflict"], n["not_conflict"],
		ratio(given["not_conflict"], n["not_conflict"]), given["talks"]+given["violence_only"]+given["other_conflict"], conflict)
	if n["talks"] == 0 || n["not_conflict"] == 0 {
		t.Fatalf("labels hold %v", n)
	}
	if 50*talks["violence_only"] > n["violence_only"] {
		t.Errorf("talks in %d of %d violence-only snippets, want at most 2 %%", talks["violence_only"], n["violence_only"])
	}
}

package analyze

import (
	"flag"
	"fmt"
	"hash/crc32"
	"path/filepath"
	"slices"
	"strconv"
	"testing"

	"github.com/conflict-digest/conflict-digest/internal/agnews"
	"github.com/conflict-digest/conflict-digest/news"
)

var agreeDump = flag.Bool("agree-dump", false, "log the talks errors on the fit half of testdata/labels/agnews-train-talks.jsonl (never the report half)")

// agreeLabel is a row of testdata/labels/agnews-train-talks.jsonl
// (PROVENANCE.md there): a row of an AG News train extract labelled talks
// (an agreement or negotiation of a war is its news), violence_only (fighting
// with no diplomacy) or other_conflict (the rest of a war's news).
type agreeLabel struct {
	File       string `json:"file"` // first2000 or lst5000 (fetch-agnews-train.sh)
	Row        int    `json:"row"`  // line in the extract, from 1
	Label      string `json:"label"`
	Confidence string `json:"confidence"`
}

// agreeHalf is the part a labelled row belongs to, fixed before any error
// was read: crc32 of "file-row", even for fit (may be read), odd for report
// (totals only).
func agreeHalf(l agreeLabel) string {
	if crc32.ChecksumIEEE([]byte(l.File+"-"+strconv.Itoa(l.Row)))%2 == 0 {
		return "fit"
	}
	return "report"
}

// agreeArticle is the row as the measure reads it, through the feed's
// cleaning as `bot analyze --jsonl` does: a first2000 row's title, and
// title ". " description as its text; an lst5000 row's text as it is.
func agreeArticle(t *testing.T, rows map[string][][]string, l agreeLabel) news.Article {
	t.Helper()
	rs := rows[l.File]
	if l.Row < 1 || l.Row > len(rs) {
		t.Fatalf("%s row %d: not in the extract (%d rows)", l.File, l.Row, len(rs))
	}
	a, err := agnews.Article(l.File, rs[l.Row-1])
	if err != nil {
		t.Fatalf("%s row %d: %v", l.File, l.Row, err)
	}
	return a
}

// agreeCount is one half's tally.
type agreeCount struct{ talks, talksHit, violence, violenceHit, other, otherHit int }

// TestAgreementsNewsTrain measures talks on real 2004 wire snippets (AG News
// train rows labelled by an independent reader): talks recall, and
// violence-only and other war news read as talks, on each half. The fit half
// may be read (-agree-dump); the report half is scored only.
func TestAgreementsNewsTrain(t *testing.T) {
	labels := readJSONLines[agreeLabel](t, filepath.Join("testdata", "labels", "agnews-train-talks.jsonl"))
	rows := map[string][][]string{"first2000": agTrainRows(t, "first2000"), "lst5000": agTrainRows(t, "lst5000")}
	counts := map[string]*agreeCount{"fit": {}, "report": {}}
	for _, l := range labels {
		half := agreeHalf(l)
		a := agreeArticle(t, rows, l)
		an := Analyze(&a)
		got := slices.Contains(an.Categories, news.Talks)
		c := counts[half]
		switch l.Label {
		case "talks":
			c.talks++
			c.talksHit += b2i(got)
		case "violence_only":
			c.violence++
			c.violenceHit += b2i(got)
		case "other_conflict":
			c.other++
			c.otherHit += b2i(got)
		default:
			t.Fatalf("%s row %d: label %q", l.File, l.Row, l.Label)
		}
		if *agreeDump && half == "fit" && l.Label != "other_conflict" && got != (l.Label == "talks") {
			t.Logf("%s %s-%d: %s | %s; categories %v, talks %.2f, relevance %+v",
				l.Label, l.File, l.Row, a.Title, a.Text, an.Categories, an.Scores[news.Talks], an.RelevanceOf())
		}
	}
	for _, half := range []string{"fit", "report"} {
		c := counts[half]
		t.Logf("%-6s talks %d/%d (%.1f%%), violence-only read as talks %d/%d (%.1f%%), other war news %d/%d",
			half, c.talksHit, c.talks, pct(c.talksHit, c.talks), c.violenceHit, c.violence,
			pct(c.violenceHit, c.violence), c.otherHit, c.other)
		if p := pct(c.violenceHit, c.violence); p > agreeMaxFalse {
			t.Errorf("%s: %d of %d violence-only items read as talks (%.1f%%), want at most %.0f%%",
				half, c.violenceHit, c.violence, p, agreeMaxFalse)
		}
		if p := pct(c.talksHit, c.talks); p < agreeMinRecall[half] {
			t.Errorf("%s: talks in %d of %d talks items (%.1f%%), want at least %.0f%%",
				half, c.talksHit, c.talks, p, agreeMinRecall[half])
		}
	}
}

// Bounds of TestAgreementsNewsTrain: false alarms as the measure asks (2%);
// recall a little below where each half stood when this round ended (fit
// 33/44, 75.0%; report 23/44, 52.3%; at main 38b2c26, before the round:
// 17/44 and 22/44, false alarms 1/87 and 0/66 throughout).
const agreeMaxFalse = 2.0

var agreeMinRecall = map[string]float64{"fit": 70, "report": 50}

// TestAgreementsNewsTrainFile checks the labels file itself, which needs no
// extract: known files and labels, rows in range, no row twice.
func TestAgreementsNewsTrainFile(t *testing.T) {
	labels := readJSONLines[agreeLabel](t, filepath.Join("testdata", "labels", "agnews-train-talks.jsonl"))
	seen := map[string]bool{}
	max := map[string]int{"first2000": 2000, "lst5000": 5000}
	for _, l := range labels {
		k := fmt.Sprintf("%s-%d", l.File, l.Row)
		switch {
		case max[l.File] == 0 || l.Row < 1 || l.Row > max[l.File]:
			t.Errorf("%s: no such row", k)
		case l.Label != "talks" && l.Label != "violence_only" && l.Label != "other_conflict":
			t.Errorf("%s: label %q", k, l.Label)
		case seen[k]:
			t.Errorf("%s: labelled twice", k)
		}
		seen[k] = true
	}
}

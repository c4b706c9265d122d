package analyze

import (
	"cmp"
	"crypto/sha256"
	"encoding/csv"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/conflict-digest/conflict-digest/internal/agnews"
	"github.com/conflict-digest/conflict-digest/news"
)

// The held-out general news of testdata/gate/agnews-train.jsonl are rows of
// two public extracts of the AG News train file, which no earlier round of
// the gate saw (README.md there); fetch-agnews-train.sh puts them where the
// test looks and the test checks they are the files the ids were made on.
var agTrainFiles = map[string]struct{ name, sha256 string }{
	"first2000": {"train-first2000.csv", "fe1b508b8e4b92d6dedf36c21756e0568a7693a0b7fc244bea416e918308318f"},
	"sample":    {"train-sample.csv", "12f856f840fba25ba56f3c1780e023ea462fdcab1d20aa99c07de8cfbd03cf73"},
	"lst5000":   {"train-lst5000.csv", "23ff4a798bef4c6f1bab4018f491757b87e124901515e4e208461e022a163401"},
}

// agTrainLabel is a row of testdata/gate/agnews-train.jsonl.
type agTrainLabel struct {
	ID    string `json:"id"` // ag-train-N: row N (from 1) of the train file
	Class string `json:"cls"`
	File  string `json:"file"`  // first2000, sample or lst5000: the extract it is read from
	Label string `json:"label"` // other: the class is the label
	Half  string `json:"half"`  // heldout: scored, never read; fit: may be read
}

// agTrainArticles reads the given extracts and returns their rows as
// articles by id (ag-train-N for a row of the train file, ag-lst-N for a
// row of lst5000, which does not say which train row it is), or skips the
// test, loudly, when a file is not there.
func agTrainArticles(t *testing.T, files ...string) map[string]news.Article {
	t.Helper()
	arts := map[string]news.Article{}
	for _, file := range files {
		rows := agTrainRows(t, file)
		for i, r := range rows {
			switch {
			case file == "first2000" && len(r) == 3:
				arts["ag-train-"+strconv.Itoa(i+1)] = news.Article{Title: agnews.Text(r[1]), Text: agnews.Text(r[2])}
			case file == "sample" && len(r) == 3:
				n, err := strconv.Atoi(r[0])
				if err != nil {
					t.Fatalf("%s row %d: %v", file, i+1, err)
				}
				// Title and description come joined: the whole is the lead.
				arts["ag-train-"+strconv.Itoa(n+1)] = news.Article{Text: agnews.Text(r[1])}
			case file == "lst5000" && len(r) == 2:
				arts["ag-lst-"+strconv.Itoa(i+1)] = news.Article{Text: agnews.Text(r[0])}
			default:
				t.Fatalf("%s row %d: %d fields", file, i+1, len(r))
			}
		}
	}
	return arts
}

// agTrainRows reads one extract, checked against its sha256.
func agTrainRows(t *testing.T, file string) [][]string {
	t.Helper()
	f := agTrainFiles[file]
	path := filepath.Join("testdata", "gate", "agnews", f.name)
	data, err := os.ReadFile(path)
	if err != nil {
		msg := fmt.Sprintf("AG NEWS HELD-OUT NOT MEASURED: %v; run analyze/testdata/gate/fetch-agnews-train.sh", err)
		fmt.Fprintln(os.Stderr, msg)
		t.Skip(msg)
	}
	if sum := sha256.Sum256(data); hex.EncodeToString(sum[:]) != f.sha256 {
		t.Fatalf("%s is not the extract the held-out ids were made on (sha256 %x)", path, sum)
	}
	rows, err := csv.NewReader(strings.NewReader(string(data))).ReadAll()
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return rows
}

// TestGateNewsHeldOut scores the gate on held-out general news: Sports,
// Business and Sci/Tech rows of AG News's train file, labelled non-conflict
// by their class. Totals only: the items are never logged, so that the
// number stays a measure and not a target.
func TestGateNewsHeldOut(t *testing.T) {
	labels := readJSONLines[agTrainLabel](t, filepath.Join("testdata", "gate", "agnews-train.jsonl"))
	read := map[string]string{}
	for _, r := range readJSONLines[agTrainRead](t, filepath.Join("testdata", "gate", "agnews-train-read.jsonl")) {
		read[r.ID] = r.Label
	}
	arts := agTrainArticles(t, "first2000", "sample")
	flagged := map[string]*[2]int{}
	for _, l := range labels {
		a, ok := arts[l.ID]
		if !ok || l.Half != "heldout" || l.Label != "other" {
			t.Fatalf("%s: not in the extracts, or not a held-out non-conflict row", l.ID)
		}
		an := Analyze(&a)
		in := an.IsRelevant()
		// By reading: the rows the readers found about a war ("conflict")
		// or a close call ("unclear") are no negatives; the rest are.
		byRead := "read " + cmp.Or(read[l.ID], "other")
		for _, k := range []string{"all", l.File, l.Class, byRead} {
			if flagged[k] == nil {
				flagged[k] = &[2]int{}
			}
			flagged[k][1]++
			if in {
				flagged[k][0]++
			}
		}
	}
	var parts []string
	for _, k := range []string{"first2000", "sample", "Sports", "Business", "Sci/Tech"} {
		parts = append(parts, fmt.Sprintf("%s %d/%d", k, flagged[k][0], flagged[k][1]))
	}
	n := flagged["all"]
	t.Logf("held-out non-conflict flagged %d/%d (%.2f%%; %s)", n[0], n[1], pct(n[0], n[1]), strings.Join(parts, ", "))
	checkGateHalf(t, "held-out", "non-conflict items", n[0], n[1], heldOutMaxFlagged)
	var read3 []string
	for _, k := range []string{"read other", "read conflict", "read unclear"} {
		if f := flagged[k]; f != nil {
			read3 = append(read3, fmt.Sprintf("%s %d/%d", strings.TrimPrefix(k, "read "), f[0], f[1]))
		}
	}
	o := flagged["read other"]
	t.Logf("held-out by reading (agnews-train-read.jsonl): non-conflict flagged %d/%d (%.2f%%); let in, by reading: %s", o[0], o[1], pct(o[0], o[1]), strings.Join(read3, ", "))
}

// agTrainRead is a row of testdata/gate/agnews-train-read.jsonl: a
// held-out row that a screen for war words caught, as two readers who saw
// no code labelled it (README.md there).
type agTrainRead struct {
	ID    string `json:"id"`
	Label string `json:"label"` // conflict, other or unclear
}

// Bound of TestGateNewsHeldOut, a little looser than the gate reached when
// the part was first scored, before any change made with it at hand (main
// be34e7e: 44/3435, 1.28%), and again after the rules of that round;
// 36/3435 (1.05%) after h-gate14's; 26/3435 (0.76%) after h-gate15's.
const heldOutMaxFlagged = 1.5

// TestGateNewsTrainFit measures the gate on the fit part of the AG train
// rows (testdata/gate/agnews-train-fit.jsonl: the Sports, Business and
// Sci/Tech rows of a third extract that are in neither the held-out part
// nor the test file), labelled non-conflict by their class. It may be read:
// -gate-dump logs what it lets in.
func TestGateNewsTrainFit(t *testing.T) {
	labels := readJSONLines[agTrainLabel](t, filepath.Join("testdata", "gate", "agnews-train-fit.jsonl"))
	arts := agTrainArticles(t, "lst5000")
	flagged := map[string]*[2]int{}
	for _, l := range labels {
		a, ok := arts[l.ID]
		if !ok || l.Half != "fit" || l.Label != "other" {
			t.Fatalf("%s: not in the extract, or not a fit non-conflict row", l.ID)
		}
		an := Analyze(&a)
		for _, k := range []string{"all", l.Class} {
			if flagged[k] == nil {
				flagged[k] = &[2]int{}
			}
			flagged[k][1]++
			if an.IsRelevant() {
				flagged[k][0]++
			}
		}
		if *gateDump && an.IsRelevant() {
			t.Logf("other %s (%s): %s; relevance %+v", l.ID, l.Class, a.Text, an.RelevanceOf())
		}
	}
	var parts []string
	for _, k := range []string{"Sports", "Business", "Sci/Tech"} {
		parts = append(parts, fmt.Sprintf("%s %d/%d", k, flagged[k][0], flagged[k][1]))
	}
	n := flagged["all"]
	t.Logf("fit non-conflict flagged %d/%d (%.2f%%; %s)", n[0], n[1], pct(n[0], n[1]), strings.Join(parts, ", "))
	checkGateHalf(t, "fit", "the train extract's items", n[0], n[1], trainFitMaxFlagged)
}

// Bound of TestGateNewsTrainFit, a little looser than the gate reached
// (13/3571, 0.36%; 19/3571, 0.53% at main be34e7e, before it was read;
// 4/3571, 0.11%, after h-gate14's rules).
const trainFitMaxFlagged = 0.25

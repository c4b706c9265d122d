package analyze

import (
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/conflict-digest/conflict-digest/internal/agnews"
	"github.com/conflict-digest/conflict-digest/news"
)

// keamlFiles are two more public extracts of the AG News train file
// (testdata/gate/fetch-agnews-keaml.sh): rows drawn by class, description
// only, cleaned and NLTK-tokenized by their authors. fresh9's ids are their
// rows: ag-keaml-N is row N (from 1) of keaml-train.csv, ag-keamlub-N of
// keaml-ub_train.csv.
var keamlFiles = map[string]struct{ name, sha256 string }{
	"ag-keaml-":   {"keaml-train.csv", "676fa09c80f8e208e740af90c204d8085a54e31596361ffb9d7d5142ace49c16"},
	"ag-keamlub-": {"keaml-ub_train.csv", "02d2c58e612f2ca40abc100bae5bd93e210412565bdf6021607a6aa68bdf6283"},
}

// keamlInPlace reports whether both extracts are in place.
func keamlInPlace() bool {
	for _, f := range keamlFiles {
		if _, err := os.Stat(filepath.Join("testdata", "gate", "agnews", f.name)); err != nil {
			return false
		}
	}
	return true
}

// keamlArticles returns every row of both extracts as an article by id,
// its text untokenized by agnews.KeamlText; the class (0 = World) is not kept.
func keamlArticles(t *testing.T) map[string]news.Article {
	t.Helper()
	arts := map[string]news.Article{}
	for prefix, f := range keamlFiles {
		path := filepath.Join("testdata", "gate", "agnews", f.name)
		data := readPinned(t, path, f.sha256, "fetch-agnews-keaml.sh")
		rows, err := csv.NewReader(strings.NewReader(string(data))).ReadAll()
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		for i, r := range rows {
			if len(r) != 2 {
				t.Fatalf("%s row %d: %d fields", path, i+1, len(r))
			}
			arts[prefix+strconv.Itoa(i+1)] = news.Article{Text: agnews.KeamlText(r[1])}
		}
	}
	return arts
}

// TestKeamlText: the extracts' tokenizing comes out as wire copy reads.
func TestKeamlText(t *testing.T) {
	for in, want := range map[string]string{
		`BAGHDAD : The clock was ticking , while Iraq s government continued efforts .`:        `BAGHDAD: The clock was ticking, while Iraq's government continued efforts.`,
		`quot ; BE not dismayed , quot ; sang the Islanders .	The rest ( all of it ) stayed .`: `"BE not dismayed," sang the Islanders. The rest (all of it) stayed.`,
		"He said `` we will win '' and it did n't .":                                           `He said "we will win" and it didn't.`,
		`Prices rose 5 % , to $ 12 , the U.S . said`:                                           `Prices rose 5%, to $12, the U.S. said`,
		`even after militants ' deadline passed`:                                               `even after militants' deadline passed`,
		`CAIRO , EGYPT -- A man identified as Osama bin Laden`:                                 `CAIRO, EGYPT -- A man identified as Osama bin Laden`,
	} {
		if got := agnews.KeamlText(in); got != want {
			t.Errorf("agnews.KeamlText(%q)\n got %q\nwant %q", in, got, want)
		}
	}
}

// TestKeamlArticles: the ids resolve to the extracts' rows (row 1 of the
// train extract is the bin Laden tape).
func TestKeamlArticles(t *testing.T) {
	if !keamlInPlace() {
		msg := "AG NEWS KEAML EXTRACTS NOT IN PLACE: run analyze/testdata/gate/fetch-agnews-keaml.sh"
		fmt.Fprintln(os.Stderr, msg)
		t.Skip(msg)
	}
	arts := keamlArticles(t)
	if len(arts) != 9000 {
		t.Fatalf("%d rows, want 9,000", len(arts))
	}
	if got := arts["ag-keaml-1"].Text; !strings.HasPrefix(got, "CAIRO, EGYPT -- A man identified as Osama bin Laden, speaking") {
		t.Errorf("ag-keaml-1 = %q", got)
	}
}

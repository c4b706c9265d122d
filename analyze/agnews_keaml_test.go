package analyze

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/conflict-digest/conflict-digest/internal/agnews"
	"github.com/conflict-digest/conflict-digest/news"
)

// keamlInPlace reports whether both KEAML extracts
// (agnews.KeamlExtracts; testdata/gate/fetch-agnews-keaml.sh) are in place.
func keamlInPlace() bool {
	for _, f := range agnews.KeamlExtracts {
		if _, err := os.Stat(filepath.Join("testdata", "gate", "agnews", f.Name)); err != nil {
			return false
		}
	}
	return true
}

// keamlArticles returns every row of both extracts as an article by id
// (agnews.Keaml.Articles).
func keamlArticles(t *testing.T) map[string]news.Article {
	t.Helper()
	arts := map[string]news.Article{}
	for _, f := range agnews.KeamlExtracts {
		data := readPinned(t, filepath.Join("testdata", "gate", "agnews", f.Name), f.SHA256, "fetch-agnews-keaml.sh")
		if err := f.Articles(data, arts); err != nil {
			t.Fatal(err)
		}
	}
	return arts
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

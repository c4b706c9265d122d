package main

import (
	"crypto/sha256"
	"encoding/csv"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/conflict-digest/conflict-digest/news"
)

// The AG News World items labelled in analyze/testdata/labels/agnews-world.jsonl
// are named by their line in the AG News test.csv ("agnews-test-<line>");
// the file's terms (research and non-commercial use, no licence for the
// agencies' texts) do not let us copy the texts, so they are read from a
// local copy of that exact file (see PROVENANCE.md) given with -agnews.

// agnewsSHA256 is the SHA-256 of the AG News test.csv the labels were made
// on (7,600 rows, class, title, description).
const agnewsSHA256 = "521465c2428ed7f02f8d6db6ffdd4b5447c1c701962353eb2c40d548c3c85699"

// agnewsLabels is the labels file, from the repository root.
var agnewsLabels = filepath.Join("analyze", "testdata", "labels", "agnews-world.jsonl")

// agnewsRow is a row of agnews-world.jsonl beyond the dev-labels keys.
type agnewsRow struct {
	labelRow
	Half         string `json:"half"`
	Outlet       string `json:"outlet"`
	ConflictName string `json:"conflict_name"`
	Selection    string `json:"selection"`
}

// errAGNewsMissing reports that the AG News file is not there.
var errAGNewsMissing = errors.New("AG News test.csv not available")

// loadAGNews reads the labelled AG News World items, their texts from the
// test.csv at csvPath, which must be the file the labels were made on.
func loadAGNews(repo, csvPath string) ([]example, error) {
	rows, err := readLines[agnewsRow](filepath.Join(repo, agnewsLabels))
	if err != nil {
		return nil, err
	}
	records, err := readAGNewsCSV(csvPath)
	if err != nil {
		return nil, err
	}
	out := make([]example, 0, len(rows))
	for _, r := range rows {
		line, err := agnewsLine(r.ID)
		if err != nil {
			return nil, err
		}
		if line < 1 || line > len(records) {
			return nil, fmt.Errorf("agnews: %s is past the file's %d rows", r.ID, len(records))
		}
		rec := records[line-1]
		if rec[0] != "1" {
			return nil, fmt.Errorf("agnews: %s is of class %s, not World", r.ID, rec[0])
		}
		if h := halfOf(r.ID); r.Half != h {
			return nil, fmt.Errorf("agnews: %s has half %q, crc32 gives %q", r.ID, r.Half, h)
		}
		a := news.Article{ExternalID: r.ID, Title: agnewsClean(rec[1]), Text: agnewsClean(rec[2]), SourceName: r.Outlet}
		out = append(out, example{id: r.ID, source: "agnews", half: r.Half, art: a, gold: r.labelRow})
	}
	return out, nil
}

// agnewsLine is the test.csv line (1-based) an id names.
func agnewsLine(id string) (int, error) {
	n, ok := strings.CutPrefix(id, "agnews-test-")
	if !ok {
		return 0, fmt.Errorf("agnews: id %q is not agnews-test-<line>", id)
	}
	line, err := strconv.Atoi(n)
	if err != nil {
		return 0, fmt.Errorf("agnews: id %q: %w", id, err)
	}
	return line, nil
}

// readAGNewsCSV reads the records of the AG News test.csv after checking
// that it is the labelled file.
func readAGNewsCSV(path string) ([][]string, error) {
	data, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("%w at %s", errAGNewsMissing, path)
	}
	if err != nil {
		return nil, fmt.Errorf("agnews: %w", err)
	}
	sum := sha256.Sum256(data)
	if got := hex.EncodeToString(sum[:]); got != agnewsSHA256 {
		return nil, fmt.Errorf("agnews: %s has SHA-256 %s, want %s (the AG News test.csv the labels were made on)", path, got, agnewsSHA256)
	}
	out, err := csvRecords(data, 3)
	if err != nil {
		return nil, fmt.Errorf("agnews: %w", err)
	}
	return out, nil
}

// csvRecords reads the records of a CSV file's data, each of fields
// fields (any number when fields is negative).
func csvRecords(data []byte, fields int) ([][]string, error) {
	r := csv.NewReader(strings.NewReader(string(data)))
	r.FieldsPerRecord = fields
	var out [][]string
	for {
		rec, err := r.Read()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, err
		}
		out = append(out, rec)
	}
}

// agnewsFixes undo the AG News encoding: a backslash where the crawl had a
// line break, HTML entities whose ampersand became a space (" #39;" for an
// apostrophe, " quot;" for a quote) and a bold "..." ellipsis left in titles.
var agnewsFixes = strings.NewReplacer(
	`\`, " ",
	" #39;", "'", "#39;", "'",
	" quot;", `"`, "quot;", `"`,
	" #36;", "$", "#36;", "$",
	"#151;", "—", "#8212;", "—",
	"amp;", "&",
	"&lt;b&gt;...&lt;/b&gt;", "...",
	"<b>...</b>", "...",
	"<p>", " ", "</p>", " ",
)

// agnewsClean is an AG News field as a reader sees it: the encoding undone,
// spaces collapsed.
func agnewsClean(s string) string {
	return strings.Join(strings.Fields(agnewsFixes.Replace(s)), " ")
}

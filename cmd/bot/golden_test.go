package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// TestDemoGolden pins the digest of the bundled sample end to end: cleaning,
// analysis, story grouping, ranking and rendering of 30 real articles. A
// change anywhere in that chain shows up here as a readable diff; regenerate
// with `go test ./cmd/bot -run DemoGolden -update` and read it.
func TestDemoGolden(t *testing.T) {
	out, errOut, err := runCmd(t, "")
	if err != nil {
		t.Fatalf("demo: %v\n%s", err, errOut)
	}
	path := filepath.Join("testdata", "demo.md.golden")
	if *update {
		if err := os.WriteFile(path, []byte(out), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if out != string(want) {
		t.Errorf("the demo digest differs from %s (rerun with -update and read the diff); got:\n%s", path, out)
	}
}

// TestWeekGolden pins the digest of a fixed week — 19 to 25 September 2016
// in the bundled sample, when the US-Russia truce ended and the aid convoy
// and the clinics near Aleppo were hit — in every format a reader gets:
// standard Markdown, Discord's flavour, the Discord messages of a
// subscription (embeds, as text), JSON and the chart. Regenerate with
// `go test ./cmd/bot -run WeekGolden -update`, read every file, and look at
// week.chart.png.
func TestWeekGolden(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "news.db")
	if _, errOut, err := runCmd(t, "", "ingest", "--db", db, "--jsonl", writeSample(t)); err != nil {
		t.Fatalf("ingest: %v\n%s", err, errOut)
	}
	generated := regexp.MustCompile(`"generated": "[^"]*"`)
	for _, format := range []string{"markdown", "discord", "embeds", "json"} {
		chart := filepath.Join(dir, format+".png")
		out, errOut, err := runCmd(t, "", "digest", "--db", db, "--since", "2016-09-19", "--until", "2016-09-25",
			"--format", format, "--chart", chart)
		if err != nil {
			t.Fatalf("digest --format %s: %v\n%s", format, err, errOut)
		}
		out = generated.ReplaceAllString(out, `"generated": "(the time it ran)"`)
		weekGolden(t, "week."+format+".golden", []byte(out))
		if format == "markdown" {
			png, err := os.ReadFile(chart)
			if err != nil {
				t.Fatalf("no chart written: %v", err)
			}
			weekGolden(t, "week.chart.png", png)
		}
	}
}

func weekGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs (rerun with -update and read the diff); got:\n%s", path, got)
	}
}

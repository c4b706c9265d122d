package main

import (
	"flag"
	"os"
	"path/filepath"
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

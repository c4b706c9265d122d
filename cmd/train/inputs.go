package main

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/conflict-digest/conflict-digest/analyze"
)

// The shipped weights learn from texts of git-ignored caches (loadDev),
// which CI does not have. So that CI still checks something of them,
// `go run ./cmd/train` writes beside the weights a manifest of what it
// trained on (inputsPath): a digest of the committed label and id files
// it read, a digest of the features of the 668 articles whose texts are
// in ../shared (any change of the analysis that alters the learned
// layer's features changes it), and the number of articles of each set.
// TestTrainingInputs checks the first two wherever ../shared is;
// TestWeightsReproduce retrains in full where the caches are too.

// inputsPath is the manifest, from the repository root.
var inputsPath = filepath.Join("analyze", "model", "inputs.txt")

// labelFiles are the committed files loadAll reads labels or ids from, in
// the order it reads them.
func labelFiles() []string {
	out := []string{
		filepath.Join("analyze", "testdata", "labels", "rw-dev-categories.jsonl"),
		filepath.Join("analyze", "testdata", "gate", "labels.jsonl"),
	}
	for _, s := range devSets {
		out = append(out, filepath.FromSlash(s.labels))
		if s.fitIDs != "" {
			out = append(out, filepath.FromSlash(s.fitIDs))
		}
	}
	out = append(out, agnewsLabels)
	for _, p := range talksParts {
		out = append(out, filepath.Join("analyze", "testdata", "labels", p.file))
	}
	return append(out, filepath.Join("analyze", "testdata", "labels", "agnews-keaml-talks3.jsonl"))
}

// labelDigest is the sha256 of the label files' names and contents.
func labelDigest(repo string) (string, error) {
	h := sha256.New()
	for _, f := range labelFiles() {
		data, err := os.ReadFile(filepath.Join(repo, f))
		if err != nil {
			return "", fmt.Errorf("label digest: %w", err)
		}
		fmt.Fprintf(h, "%s %d\n", filepath.ToSlash(f), len(data))
		h.Write(data)
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// featureDigest is the sha256 of the samples' encodings.
func featureDigest(samples []analyze.Sample) string {
	h := sha256.New()
	var b []byte
	for i := range samples {
		b, _ = samples[i].AppendBinary(b[:0])
		h.Write(b)
	}
	return hex.EncodeToString(h.Sum(nil))
}

// baseSources are the sets of loadExamples, whose texts are in ../shared.
var baseSources = map[string]bool{"fakes": true, "reliefweb": true, "gate": true}

// baseCount is how many of exs, from the first, are loadExamples'.
func baseCount(exs []example) int {
	n := 0
	for n < len(exs) && baseSources[exs[n].source] {
		n++
	}
	return n
}

// manifest is the text of inputsPath for the training data exs (loadAll's)
// and their samples.
func manifest(repo string, exs []example, samples []analyze.Sample) (string, error) {
	base := baseCount(exs)
	ld, err := labelDigest(repo)
	if err != nil {
		return "", err
	}
	var b strings.Builder
	b.WriteString("# What `go run ./cmd/train` trained weights.bin on (README, \"The learned layer\"). Written by it;\n")
	b.WriteString("# TestTrainingInputs checks label-files and base-features where ../shared is, TestWeightsReproduce retrains where the caches are.\n")
	fmt.Fprintf(&b, "label-files %s\n", ld)
	fmt.Fprintf(&b, "base-features %s %d\n", featureDigest(samples[:base]), base)
	fmt.Fprintf(&b, "articles %d\n", len(exs))
	var order []string
	count := map[string]int{}
	for _, ex := range exs {
		if count[ex.source] == 0 {
			order = append(order, ex.source)
		}
		count[ex.source]++
	}
	for _, s := range order {
		fmt.Fprintf(&b, "set %s %d\n", s, count[s])
	}
	return b.String(), nil
}

// manifestLine returns the fields after key of the manifest's line that
// opens with it.
func manifestLine(text, key string) string {
	for _, l := range strings.Split(text, "\n") {
		if rest, ok := strings.CutPrefix(l, key+" "); ok {
			return rest
		}
	}
	return ""
}

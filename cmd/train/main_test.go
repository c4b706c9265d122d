package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// sharedDir is the shared evaluation data beside the repository, as the
// worktrees and CI have it.
var sharedDir = filepath.Join("..", "..", "..", "shared")

// TestWeightsReproduce retrains the model from the labelled files and
// their texts and checks that it gives the embedded weights (and the
// manifest of its inputs) bit for bit: weights that cannot be rebuilt from
// the data are not committed. The training data are every development item
// (loadAll), whose texts are partly in git-ignored caches: without
// ../shared or without a cache (a bare checkout, CI) the test is skipped
// with a message, and TestTrainingInputs checks what can be checked there.
func TestWeightsReproduce(t *testing.T) {
	if _, err := os.Stat(filepath.Join(sharedDir, "eval", "dev-labels.jsonl")); err != nil {
		t.Skipf("shared labelled data not available (%v): cannot retrain", err)
	}
	repo := filepath.Join("..", "..")
	if c := missingCache(repo); c != "" {
		t.Skipf("text cache %s not in place (BRIEF: copy the caches of analyze/testdata/gate): cannot retrain; TestTrainingInputs checks the label files and the features of the ../shared articles", c)
	}
	exs, err := loadAll(repo, sharedDir)
	if err != nil {
		t.Fatal(err)
	}
	samples, labels := featurize(exs)
	got, err := trainWeights(samples, labels)
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(filepath.Join(repo, weightsPath))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("retrained weights (%d bytes) differ from %s (%d bytes): run go run ./cmd/train and commit", len(got), weightsPath, len(want))
	}
	inputs, err := manifest(repo, exs, samples)
	if err != nil {
		t.Fatal(err)
	}
	if wantIn, err := os.ReadFile(filepath.Join(repo, inputsPath)); err != nil || string(wantIn) != inputs {
		t.Errorf("%s is not what training writes (%v): run go run ./cmd/train and commit", inputsPath, err)
	}
}

// TestTrainingInputs checks, without the caches, that the weights were
// trained on the committed label files as they are and on the features
// the analysis gives the articles of ../shared now: a change of either
// needs go run ./cmd/train (where the caches are) and a commit.
func TestTrainingInputs(t *testing.T) {
	if _, err := os.Stat(filepath.Join(sharedDir, "eval", "dev-labels.jsonl")); err != nil {
		t.Skipf("shared labelled data not available (%v)", err)
	}
	repo := filepath.Join("..", "..")
	data, err := os.ReadFile(filepath.Join(repo, inputsPath))
	if err != nil {
		t.Fatal(err)
	}
	ld, err := labelDigest(repo)
	if err != nil {
		t.Fatal(err)
	}
	if want := manifestLine(string(data), "label-files"); ld != want {
		t.Errorf("label files digest %s, the weights were trained on %s: run go run ./cmd/train and commit", ld, want)
	}
	exs, err := loadExamples(repo, sharedDir)
	if err != nil {
		t.Fatal(err)
	}
	samples, _ := featurize(exs)
	got := fmt.Sprintf("%s %d", featureDigest(samples), len(samples))
	if want := manifestLine(string(data), "base-features"); got != want {
		t.Errorf("features of the ../shared articles %s, the weights were trained on %s: the analysis changed them; run go run ./cmd/train and commit", got, want)
	}
}

// TestFoldOf keeps the folds fixed: they are part of the reported scores.
// The wanted folds were computed apart, by FNV-1a 32 in Python.
func TestFoldOf(t *testing.T) {
	for id, want := range map[string]int{"fakes-545": 3, "rw-2393114": 1} {
		if got := foldOf(id); got != want {
			t.Errorf("foldOf(%s) = %d, want %d", id, got, want)
		}
	}
}

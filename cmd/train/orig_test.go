package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/conflict-digest/conflict-digest/analyze"
)

// TestOrigWeightsReproduce retrains the originator ranker from the committed
// candidates and checks that it gives the embedded weights bit for bit.
func TestOrigWeightsReproduce(t *testing.T) {
	repo := filepath.Join("..", "..")
	rows, _, err := loadOrigRows(filepath.Join(repo, origCandidatesPath))
	if err != nil {
		t.Fatal(err)
	}
	idx := make([]int, len(rows))
	for i := range idx {
		idx[i] = i
	}
	got := encodeOrig(trainOrig(rows, idx, origDefault))
	want, err := os.ReadFile(filepath.Join(repo, origWeightsPath))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("retrained ranker weights differ from %s: run go run ./cmd/train -orig and commit", origWeightsPath)
	}
}

// invented rows: two features, "named in the sentence" and "the rules'
// choice"; the gold is the one named in the sentence.
func inventedOrigRows() []origRow {
	mk := func(gold string, cands ...struct {
		n string
		f []float32
	}) origRow {
		r := origRow{OriginatorRow: analyze.OriginatorRow{ID: gold, Gold: gold}, gold: -1}
		for j, c := range cands {
			r.Cands = append(r.Cands, analyze.OriginatorCand{Name: c.n, F: c.f})
			if c.n == gold {
				r.gold = j
			}
		}
		return r
	}
	type c = struct {
		n string
		f []float32
	}
	return []origRow{
		mk("SOHR", c{"", []float32{0, 1}}, c{"SOHR", []float32{1, 0}}),
		mk("UN", c{"UN", []float32{1, 1}}, c{"army", []float32{0, 0}}),
		mk("police", c{"army", []float32{0, 1}}, c{"police", []float32{1, 0}}),
	}
}

// TestTrainOrigDeterministic: two trainings on the same rows give the same
// weights bit for bit, and the ranker learns to pick the gold.
func TestTrainOrigDeterministic(t *testing.T) {
	rows := inventedOrigRows()
	idx := []int{0, 1, 2}
	a := encodeOrig(trainOrig(rows, idx, origDefault))
	b := encodeOrig(trainOrig(inventedOrigRows(), idx, origDefault))
	if !bytes.Equal(a, b) {
		t.Fatal("two trainings differ")
	}
	w := trainOrig(rows, idx, origDefault)
	for i := range rows {
		if p := pickOrig(w, &rows[i]); p != rows[i].gold {
			t.Errorf("row %d: picked %q, want %q", i, rows[i].Cands[p].Name, rows[i].Gold)
		}
	}
}

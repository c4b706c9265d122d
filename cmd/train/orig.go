package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/conflict-digest/conflict-digest/analyze"
)

// The originator ranker (issue 10, "Who says it"): a softmax over each
// labelled figure's candidate sources (analyze/origrank.go), trained on the
// candidates that TestOriginatorCandidates writes from the figure labels
// whose texts are on this machine:
//
//	go test -count 1 -run TestOriginatorCandidates ./analyze -args -orig-dump $PWD/analyze/testdata/figures/orig-candidates.jsonl
//	go run ./cmd/train -orig -cv  # rules against the ranker: 5 folds by article, and leave one set out
//	go run ./cmd/train -orig      # trains on all and writes analyze/model/originators.bin
//
// Training is deterministic: full-batch gradient descent from zero weights
// over the rows in file order, so the same candidates give the same weights
// bit for bit.

// origCandidatesPath is the committed candidates file, from the repository root.
var origCandidatesPath = filepath.Join("analyze", "testdata", "figures", "orig-candidates.jsonl")

// origWeightsPath is where the ranker's weights are written.
var origWeightsPath = filepath.Join("analyze", "model", "originators.bin")

// origRow is one labelled figure's candidates (analyze/origrank_test.go),
// the rules' choice first.
type origRow struct {
	analyze.OriginatorRow
	gold int // index of the gold candidate, -1 when none is it
}

func loadOrigRows(path string) ([]origRow, []byte, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, nil, err
	}
	var rows []origRow
	for _, line := range bytes.Split(data, []byte("\n")) {
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		var r origRow
		if err := json.Unmarshal(line, &r); err != nil {
			return nil, nil, fmt.Errorf("%s: %w", path, err)
		}
		r.gold = -1
		for j, c := range r.Cands {
			if strings.EqualFold(c.Name, r.Gold) {
				r.gold = j
				break
			}
		}
		rows = append(rows, r)
	}
	return rows, data, nil
}

// origConfig is the ranker's training setting.
type origConfig struct {
	L2    float64
	Steps int
	Rate  float64
	Drop  string // comma-separated features left out (set to zero), to measure what they bring
	Cross bool   // add the products of every pair of features
}

// crossFeatures appends to each candidate's features the products of every
// pair of them (i < j), in that order: the ranker can then learn when the
// rules' choice is less to be trusted (the rules' choice in the next
// sentence, a written name, ...).
func crossFeatures(rows []origRow) {
	for i := range rows {
		for j := range rows[i].Cands {
			f := rows[i].Cands[j].F
			n := len(f)
			for a := 0; a < n; a++ {
				for b := a + 1; b < n; b++ {
					f = append(f, f[a]*f[b])
				}
			}
			rows[i].Cands[j].F = f
		}
	}
}

// dropFeatures zeroes the named features of every candidate.
func dropFeatures(rows []origRow, names string) error {
	if names == "" {
		return nil
	}
	all := analyze.OriginatorFeatures()
	for _, n := range strings.Split(names, ",") {
		k := slices.Index(all, n)
		if k < 0 {
			return fmt.Errorf("no feature %q (features: %s)", n, strings.Join(all, ", "))
		}
		for i := range rows {
			for j := range rows[i].Cands {
				rows[i].Cands[j].F[k] = 0
			}
		}
	}
	return nil
}

var origDefault = origConfig{L2: 0.01, Steps: 800, Rate: 0.5}

// trainOrig fits the weights on rows idx: mean softmax cross-entropy of the
// gold candidate plus L2, by full-batch gradient descent from zero. Rows
// whose gold is no candidate teach nothing and are left out.
func trainOrig(rows []origRow, idx []int, cfg origConfig) []float64 {
	if len(idx) == 0 || len(rows[idx[0]].Cands) == 0 {
		return nil
	}
	dims := len(rows[idx[0]].Cands[0].F)
	w := make([]float64, dims)
	g := make([]float64, dims)
	var use []int
	for _, i := range idx {
		if rows[i].gold >= 0 {
			use = append(use, i)
		}
	}
	if len(use) == 0 {
		return w
	}
	// the candidates' features as sparse lists: most are zero
	type sp struct {
		idx []int
		val []float64
	}
	cands := make([][]sp, len(rows))
	for _, i := range use {
		cands[i] = make([]sp, len(rows[i].Cands))
		for j, c := range rows[i].Cands {
			for k, v := range c.F {
				if v != 0 {
					cands[i][j].idx = append(cands[i][j].idx, k)
					cands[i][j].val = append(cands[i][j].val, float64(v))
				}
			}
		}
	}
	p := []float64{}
	for step := 0; step < cfg.Steps; step++ {
		for k := range g {
			g[k] = cfg.L2 * w[k]
		}
		for _, i := range use {
			p = p[:0]
			top := math.Inf(-1)
			for _, c := range cands[i] {
				s := 0.0
				for n, k := range c.idx {
					s += w[k] * c.val[n]
				}
				p = append(p, s)
				top = max(top, s)
			}
			z := 0.0
			for j := range p {
				p[j] = math.Exp(p[j] - top)
				z += p[j]
			}
			for j, c := range cands[i] {
				d := p[j] / z
				if j == rows[i].gold {
					d--
				}
				if d == 0 {
					continue
				}
				for n, k := range c.idx {
					g[k] += d * c.val[n] / float64(len(use))
				}
			}
		}
		for k := range w {
			w[k] -= cfg.Rate * g[k]
		}
	}
	return w
}

func dot(w []float64, f []float32) float64 {
	s := 0.0
	for k, v := range f {
		s += w[k] * float64(v)
	}
	return s
}

// pickOrig is the ranker's choice: the best-scoring candidate, the first of
// a tie (the rules' when all score alike), in float32 as the analysis scores.
func pickOrig(w []float64, r *origRow) int {
	best, bs := 0, float32(math.Inf(-1))
	for j, c := range r.Cands {
		var s float32
		for k, v := range c.F {
			s += float32(w[k]) * v
		}
		if s > bs {
			best, bs = j, s
		}
	}
	return best
}

// origTally counts originators right, all and named ones.
type origTally struct{ n, right, named, namedRight int }

func (t *origTally) add(r *origRow, pick int) {
	ok := pick >= 0 && pick == r.gold
	t.n++
	if ok {
		t.right++
	}
	if r.Gold != "" {
		t.named++
		if ok {
			t.namedRight++
		}
	}
}

func (t origTally) String() string {
	return fmt.Sprintf("%4d/%4d %.3f  named %4d/%4d %.3f", t.right, t.n, ratioOf(t.right, t.n), t.namedRight, t.named, ratioOf(t.namedRight, t.named))
}

func ratioOf(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// origCV prints, per set and pooled, the rules against the ranker trained
// without the row's fold: 5 folds by article (foldOf), and leave one set out.
func origCV(w io.Writer, rows []origRow, cfg origConfig) {
	var sets []string
	for _, r := range rows {
		if !slices.Contains(sets, r.Set) {
			sets = append(sets, r.Set)
		}
	}
	ceiling := map[string]*origTally{}
	rules := map[string]*origTally{}
	for _, s := range append([]string{"pooled"}, sets...) {
		ceiling[s], rules[s] = &origTally{}, &origTally{}
	}
	for i := range rows {
		r := &rows[i]
		for _, s := range []string{"pooled", r.Set} {
			rules[s].add(r, 0)
			if r.gold >= 0 {
				ceiling[s].add(r, r.gold)
			} else {
				ceiling[s].add(r, -1)
			}
		}
	}
	kfold := crossRanked(rows, sets, func(i int) int { return foldOf(rows[i].ID) }, folds, cfg)
	loso := crossRanked(rows, sets, func(i int) int { return slices.Index(sets, rows[i].Set) }, len(sets), cfg)
	fmt.Fprintf(w, "originator ranker, L2 %g, %d steps, rate %g (right/figures, named right/named)\n", cfg.L2, cfg.Steps, cfg.Rate)
	for _, s := range append([]string{"pooled"}, sets...) {
		fmt.Fprintf(w, "%-10s rules %s | 5-fold %s | leave-set-out %s | ceiling %s\n", s, rules[s], kfold[s], loso[s], ceiling[s])
	}
}

// crossRanked scores each row by the ranker trained on the rows of the other
// folds (fold(i) in [0, n)).
func crossRanked(rows []origRow, sets []string, fold func(int) int, n int, cfg origConfig) map[string]*origTally {
	out := map[string]*origTally{}
	for _, s := range append([]string{"pooled"}, sets...) {
		out[s] = &origTally{}
	}
	for f := 0; f < n; f++ {
		train, test := partition(upTo(len(rows)), func(i int) bool { return fold(i) == f })
		w := trainOrig(rows, train, cfg)
		for _, i := range test {
			pick := pickOrig(w, &rows[i])
			out["pooled"].add(&rows[i], pick)
			out[rows[i].Set].add(&rows[i], pick)
		}
	}
	return out
}

// encodeOrig writes the weights as little-endian float32s.
func encodeOrig(w []float64) []byte {
	out := make([]byte, 4*len(w))
	for k, v := range w {
		binary.LittleEndian.PutUint32(out[4*k:], math.Float32bits(float32(v)))
	}
	return out
}

// origRun trains on every row and writes the weights, or with cv prints the
// cross-validated scores.
func origRun(w io.Writer, repo string, cv bool, cfg origConfig) error {
	rows, data, err := loadOrigRows(filepath.Join(repo, origCandidatesPath))
	if err != nil {
		return err
	}
	if err := dropFeatures(rows, cfg.Drop); err != nil {
		return err
	}
	if cfg.Cross {
		crossFeatures(rows)
	}
	if cv {
		origCV(w, rows, cfg)
		idx := make([]int, len(rows))
		for i := range idx {
			idx[i] = i
		}
		wt := trainOrig(rows, idx, cfg)
		for k, n := range analyze.OriginatorFeatures()[:min(len(wt), len(analyze.OriginatorFeatures()))] {
			fmt.Fprintf(w, "  %-16s %+.3f\n", n, wt[k])
		}
		return nil
	}
	idx := make([]int, len(rows))
	for i := range idx {
		idx[i] = i
	}
	wt := encodeOrig(trainOrig(rows, idx, cfg))
	out := filepath.Join(repo, origWeightsPath)
	if err := os.WriteFile(out, wt, 0o644); err != nil {
		return err
	}
	fmt.Fprintf(w, "originator ranker trained on %d figures of %s (sha256 %x); wrote %s (%d bytes)\n",
		len(rows), origCandidatesPath, sha256.Sum256(data), out, len(wt))
	return nil
}

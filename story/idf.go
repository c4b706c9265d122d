package story

import (
	_ "embed"
	"math"
	"strconv"
	"strings"
)

// The weight of a term is its inverse document frequency in a fixed table
// shipped with the binary (idf.txt), learned once from allowed corpora (see
// idf_test.go). A fixed table makes the similarity of two articles a function
// of those two articles alone: with document frequencies learned online, as
// before, the same pair scored differently depending on what had arrived
// first, and so did the stories.

//go:embed idf.txt
var idfData string

// idfTable is the parsed table: term weights and the weight of a term the
// table lacks (a document frequency of zero: the rarest).
var idfTable = parseIDF(idfData)

type idfWeights struct {
	docs    int
	weights map[string]float32
	unknown float32
}

// parseIDF reads "# docs N" and then "term<TAB>df" lines. A malformed line is a
// bug in the shipped file, caught by TestIDFTable, so it is skipped here.
func parseIDF(data string) idfWeights {
	w := idfWeights{weights: map[string]float32{}}
	lines := strings.Split(data, "\n")
	for _, line := range lines {
		if n, ok := strings.CutPrefix(line, "# docs "); ok {
			w.docs, _ = strconv.Atoi(strings.TrimSpace(n))
			break
		}
	}
	w.unknown = idfOf(w.docs, 0)
	for _, line := range lines {
		t, n, ok := strings.Cut(line, "\t")
		if !ok || strings.HasPrefix(line, "#") {
			continue
		}
		if df, err := strconv.Atoi(n); err == nil {
			w.weights[t] = idfOf(w.docs, df)
		}
	}
	return w
}

// idfOf is the smoothed inverse document frequency.
func idfOf(docs, df int) float32 {
	return float32(math.Log(float64(docs+1)/float64(df+1)) + 1)
}

// idf returns the weight of a term.
func idf(t string) float32 {
	if w, ok := idfTable.weights[t]; ok {
		return w
	}
	return idfTable.unknown
}

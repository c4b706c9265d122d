package story

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/conflict-digest/conflict-digest/analyze"
	"github.com/conflict-digest/conflict-digest/news"
)

var update = flag.Bool("update", false, "rewrite generated files (idf.txt)")

// sharedDir is ../shared beside the project, where the corpora are; SHARED_DIR
// names it when the checkout lives elsewhere.
func sharedDir() string {
	if d := os.Getenv("SHARED_DIR"); d != "" {
		return d
	}
	return filepath.Join("..", "..", "shared")
}

// idfCorpora are the allowed corpora the table is learned from: the
// development articles (testdata/articles.jsonl, never the reserved ones),
// the ReliefWeb reports and the summary articles of ../shared.
func idfCorpora() []string {
	return []string{
		"testdata/articles.jsonl",
		filepath.Join(sharedDir(), "corpus", "reliefweb-2017.jsonl"),
		filepath.Join(sharedDir(), "eval", "summaries", "dev-summaries.jsonl"),
	}
}

// TestIDFTable checks that idf.txt is what the corpora give, and rewrites it
// with -update. Without the shared corpora it checks only that the shipped
// table parses.
func TestIDFTable(t *testing.T) {
	if *update {
		writeIDF(t)
		return
	}
	if idfTable.docs < 500 || len(idfTable.weights) < 1000 {
		t.Fatalf("shipped table: %d docs, %d terms; want >= 500 and >= 1000", idfTable.docs, len(idfTable.weights))
	}
	for _, w := range []string{"kill", "syria", "@aleppo"} {
		if idf(w) >= idfTable.unknown {
			t.Errorf("idf(%q) = %.2f, want below the unknown term's %.2f", w, idf(w), idfTable.unknown)
		}
	}
	docs, ok := readCorpora(t)
	if !ok {
		t.Skip("shared corpora not found (set SHARED_DIR): only the shipped table was checked")
	}
	if buildIDF(docs) != idfData {
		t.Errorf("idf.txt is not what the corpora give; run go test -run TestIDFTable -update ./story")
	}
}

func writeIDF(t *testing.T) {
	docs, ok := readCorpora(t)
	if !ok {
		t.Fatal("shared corpora not found (set SHARED_DIR)")
	}
	if err := os.WriteFile("idf.txt", []byte(buildIDF(docs)), 0o644); err != nil {
		t.Fatal(err)
	}
}

// readCorpora returns the documents of every corpus; ok is false when one is
// missing.
func readCorpora(t *testing.T) ([]news.Article, bool) {
	var out []news.Article
	for _, path := range idfCorpora() {
		f, err := os.Open(path)
		if err != nil {
			return nil, false
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 16<<20)
		for sc.Scan() {
			var r struct{ Title, Text, Location string }
			if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
				t.Fatalf("%s: %v", path, err)
			}
			out = append(out, news.Article{Title: r.Title, Text: r.Text, Location: r.Location})
		}
		f.Close()
		if err := sc.Err(); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
	}
	return out, true
}

// buildIDF counts in how many documents each term of the index occurs (as
// itemFeatures sees a document: title, lead, places and actors) and keeps
// the terms of two documents or more.
func buildIDF(docs []news.Article) string {
	df := map[string]int{}
	for i := range docs {
		an := analyze.Analyze(&docs[i])
		it := NewItem(&docs[i], &an)
		for t := range itemFeatures(&it).terms {
			df[t]++
		}
	}
	terms := make([]string, 0, len(df))
	for t, n := range df {
		if n >= 2 && !strings.ContainsAny(t, "\t\n") {
			terms = append(terms, t)
		}
	}
	slices.Sort(terms)
	var b strings.Builder
	fmt.Fprintf(&b, "# Document frequencies of index terms; made by go test -run TestIDFTable ./story -args -update\n")
	fmt.Fprintf(&b, "# docs %d\n", len(docs))
	for _, t := range terms {
		fmt.Fprintf(&b, "%s\t%d\n", t, df[t])
	}
	return b.String()
}

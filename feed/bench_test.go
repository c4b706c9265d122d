package feed

import (
	"bytes"

	"github.com/conflict-digest/conflict-digest/news"
	"os"
	"path/filepath"
	"testing"
)

func BenchmarkCleanText(b *testing.B) {
	data, err := os.ReadFile(filepath.Join("testdata", "seed-000.jsonl"))
	if err != nil {
		b.Fatal(err)
	}
	var m struct{ Text string }
	if err := jsonUnmarshal(data, &m); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(m.Text)))
	for b.Loop() {
		CleanText("United States and Russian Federation report progress", m.Text)
	}
}

func BenchmarkParseGuardian(b *testing.B) {
	data, err := os.ReadFile(filepath.Join("testdata", "rss-parser_guardian.rss"))
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, _, err := Parse(data, ""); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkReadJSONLEval reads the 805 articles of ../shared/eval (when
// present) through ReadJSONL, which cleans and hashes each: articles/s.
func BenchmarkReadJSONLEval(b *testing.B) {
	data, err := os.ReadFile(filepath.Join("..", "..", "shared", "eval", "articles.jsonl"))
	if err != nil {
		b.Skipf("eval articles not found: %v", err)
	}
	n := 0
	for b.Loop() {
		n = 0
		if err := ReadJSONL(bytes.NewReader(data), func(news.Article) error { n++; return nil }); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "articles/s")
}

func BenchmarkExtractArticle(b *testing.B) {
	page := []byte(articlePage)
	for b.Loop() {
		if _, err := ExtractArticle(page, "https://example.org/a"); err != nil {
			b.Fatal(err)
		}
	}
}

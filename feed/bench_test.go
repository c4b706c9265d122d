package feed

import (
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

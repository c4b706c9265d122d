package analyze

import (
	"reflect"
	"strings"
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// worstCases are inputs built to defeat the splitter and the fact extractor
// (no sentence breaks, marks everywhere, numbers everywhere), each larger than
// maxText.
var worstCases = map[string]string{
	"marks without breaks":   strings.Repeat("a.", 40000),
	"quotes and marks":       strings.Repeat("\"a.\"", 30000),
	"numbers":                strings.Repeat("1 ", 60000),
	"number words":           strings.Repeat("twenty five hundred and ", 5000),
	"kill verbs and numbers": strings.Repeat("killed 3 and 4 and ", 5000),
	"one long word":          strings.Repeat("x", 1<<20),
}

// TestWorstCaseBounded asserts that the work on a hostile input is bounded by
// construction: text past maxText is never read, so the analysis of the whole
// input is the analysis of its first maxText bytes. How long that takes is
// BenchmarkWorstCase's to say (the house keeps time out of tests).
func TestWorstCaseBounded(t *testing.T) {
	for name, text := range worstCases {
		t.Run(name, func(t *testing.T) {
			if len(text) <= maxText {
				t.Fatalf("input of %d bytes is not past maxText (%d)", len(text), maxText)
			}
			got := Analyze(&news.Article{Title: "t", Text: text})
			want := Analyze(&news.Article{Title: "t", Text: capText(text)})
			if !reflect.DeepEqual(got, want) {
				t.Errorf("analysis reads past maxText:\n got %+v\nwant %+v", got, want)
			}
		})
	}
}

// BenchmarkWorstCase times the hostile inputs (go test -bench WorstCase ./analyze).
func BenchmarkWorstCase(b *testing.B) {
	for name, text := range worstCases {
		b.Run(strings.ReplaceAll(name, " ", "_"), func(b *testing.B) {
			a := &news.Article{Title: "t", Text: text}
			for i := 0; i < b.N; i++ {
				Analyze(a)
			}
		})
	}
}

package analyze

import (
	"strings"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

// TestWorstCaseTime feeds inputs built to defeat the splitter and the fact
// extractor (no sentence breaks, marks everywhere, numbers everywhere) and
// asserts the time stays bounded.
func TestWorstCaseTime(t *testing.T) {
	tests := map[string]string{
		"marks without breaks":   strings.Repeat("a.", 40000),
		"quotes and marks":       strings.Repeat("\"a.\"", 30000),
		"numbers":                strings.Repeat("1 ", 60000),
		"number words":           strings.Repeat("twenty five hundred and ", 5000),
		"kill verbs and numbers": strings.Repeat("killed 3 and 4 and ", 5000),
		"one long word":          strings.Repeat("x", 1<<20),
	}
	for name, text := range tests {
		t.Run(name, func(t *testing.T) {
			start := time.Now()
			Analyze(&news.Article{Title: "t", Text: text})
			if d := time.Since(start); d > 2*time.Second {
				t.Errorf("Analyze took %v, want < 2s", d)
			}
		})
	}
}

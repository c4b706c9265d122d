package ask

import (
	"strings"
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// BenchmarkPlainDoc: the floor's scan of an article's text for the
// question's words (hundreds of articles a question).
func BenchmarkPlainDoc(b *testing.B) {
	text := strings.Repeat("The al-Furqan school in Aleppo's Idleb road was hit at 10:30 by Syrian government forces; twelve (12) children were killed, activists said. ", 24)
	art := news.Article{Title: "Al-Furqan SCHOOL hit, 12 killed", Text: text}
	m := newPlainMatcher([]string{"school", "killed", "aleppo", "syria", "furqan", "children"})
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		m.doc(art)
	}
}

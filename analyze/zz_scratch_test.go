package analyze

import (
	"bufio"
	"encoding/json"
	"os"
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

func TestZZScratch(t *testing.T) {
	f, err := os.Open("/tmp/w3/in.txt")
	if err != nil {
		t.Skip()
	}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if line == "" {
			continue
		}
		an := Analyze(&news.Article{Text: line})
		var out []string
		for _, g := range allFigures(an.Facts) {
			b, _ := json.Marshal(struct {
				K, Q, S, O, U, W string
				V                int64
				P                bool
			}{g.Kind, string(g.Qualifier), string(g.Scope), g.Originator, g.Unit, g.Who, g.Value, g.Planned})
			out = append(out, string(b))
		}
		t.Logf("%s\n   => %v", line, out)
	}
}

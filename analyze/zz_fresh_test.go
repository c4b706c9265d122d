package analyze

import (
	"encoding/json"
	"fmt"
	"os"
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

func TestZZFresh(t *testing.T) {
	data, err := os.ReadFile("/tmp/h-gate3/freshfit.json")
	if err != nil {
		t.Skip(err)
	}
	var rows []struct{ ID, Cls, Text string }
	if err := json.Unmarshal(data, &rows); err != nil {
		t.Fatal(err)
	}
	n := map[string][2]int{}
	for _, r := range rows {
		a := news.Article{Text: agNewsText(r.Text)}
		an := Analyze(&a)
		rel := an.RelevanceOf()
		c := n[r.Cls]
		c[1]++
		if rel.Relevant {
			c[0]++
			if os.Getenv("ZZDUMP") != "" {
				fmt.Printf("%s\t%s\t%s\t%s\n", r.ID, r.Cls, rel.Detail, a.Text)
			}
		}
		n[r.Cls] = c
	}
	fmt.Println(n)
}

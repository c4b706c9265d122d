package analyze

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// wire2Case is one invented wire snippet of testdata/originators/wire2.jsonl:
// the killed figure's value and the originator and party mark it must carry
// (analyze/testdata/figures/README.md's conventions). A case with a "known"
// reason is a hard one left failing: it is skipped with that reason.
type wire2Case struct {
	Text       string `json:"text"`
	Killed     int64  `json:"killed"`
	Originator string `json:"originator"`
	PartyClaim bool   `json:"party_claim"`
	Note       string `json:"note"`
	Corrected  string `json:"corrected,omitempty"`
	Known      string `json:"known,omitempty"`
}

// TestOriginatorRulesWire2 checks 120 invented wire snippets written, by a
// writer who saw no code, across many wars with varied attribution syntax
// and traps: the main killed figure's originator and party mark.
func TestOriginatorRulesWire2(t *testing.T) {
	f, err := os.Open("testdata/originators/wire2.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		var c wire2Case
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			t.Fatalf("line %d: %v", n, err)
		}
		t.Run(fmt.Sprintf("%03d %s", n, c.Note), func(t *testing.T) {
			if c.Known != "" {
				t.Skip("known: " + c.Known)
			}
			checkOriginator(t, &news.Article{Text: c.Text}, "killed", c.Killed, c.Originator, c.PartyClaim)
		})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
}

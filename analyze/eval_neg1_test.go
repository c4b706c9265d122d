package analyze

import (
	"bufio"
	"crypto/sha1"
	"encoding/hex"
	"encoding/json"
	"math/big"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// neg1Dir is eval/neg1 (round h-gate30): 124 news pages that share war's
// words but are mostly not about armed conflict, with war pages as
// positives; its README says how the set was built.
var neg1Dir = filepath.Join("..", "eval", "neg1")

func neg1Lines(t *testing.T, name string) []string {
	t.Helper()
	f, err := os.Open(filepath.Join(neg1Dir, name))
	if err != nil {
		t.Fatalf("eval/neg1: %v", err)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		if l := strings.TrimSpace(sc.Text()); l != "" {
			out = append(out, l)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// TestNeg1SetFiles checks the committed files of eval/neg1 against the rules
// its README states: id = "neg1-" + sha1(url)[:10]; the halves by the parity of
// sha1(id) (even is FIT), disjoint and covering every id; at most 3 pages per
// query and per outlet host, at least 40 hosts; both readings label every id
// with GUIDE.md's categories only; the first reading's categories are given
// to pages about war only. It reads no text and prints no held item.
func TestNeg1SetFiles(t *testing.T) {
	rows := neg1Lines(t, "urls.tsv")
	if rows[0] != "id\turl\tquery\tkind\tpublished" {
		t.Fatalf("urls.tsv header %q", rows[0])
	}
	ids := map[string]bool{}
	perQuery, perHost := map[string]int{}, map[string]int{}
	for _, r := range rows[1:] {
		f := strings.Split(r, "\t")
		if len(f) != 5 {
			t.Fatalf("urls.tsv: %d fields in a row", len(f))
		}
		h := sha1.Sum([]byte(f[1]))
		if want := "neg1-" + hex.EncodeToString(h[:])[:10]; f[0] != want {
			t.Errorf("urls.tsv: id %s is not sha1 of its url (%s)", f[0], want)
		}
		if ids[f[0]] {
			t.Errorf("urls.tsv: id %s twice", f[0])
		}
		ids[f[0]] = true
		u, err := url.Parse(f[1])
		if err != nil {
			t.Fatal(err)
		}
		perQuery[f[2]]++
		perHost[strings.TrimSuffix(strings.TrimPrefix(u.Hostname(), "www."), ".")]++
	}
	if len(ids) != 124 {
		t.Errorf("%d pages, want 124", len(ids))
	}
	for q, n := range perQuery {
		if n > 3 {
			t.Errorf("query %q keeps %d pages, want <= 3", q, n)
		}
	}
	for h, n := range perHost {
		if n > 3 {
			t.Errorf("host %s keeps %d pages, want <= 3", h, n)
		}
	}
	if len(perHost) < 40 {
		t.Errorf("%d outlet hosts, want >= 40", len(perHost))
	}
	queries := 0
	for _, l := range neg1Lines(t, "queries.txt") {
		if !strings.HasPrefix(l, "#") {
			queries++
		}
	}
	if queries != 52 {
		t.Errorf("%d queries, want 52", queries)
	}

	all := neg1Lines(t, "ids.txt")
	fit, held := neg1Lines(t, "fit-ids.txt"), neg1Lines(t, "held-ids.txt")
	if len(all) != len(ids) || len(fit)+len(held) != len(all) {
		t.Errorf("ids %d, fit %d, held %d; want %d = fit + held", len(all), len(fit), len(held), len(ids))
	}
	even := func(id string) bool {
		h := sha1.Sum([]byte(id))
		return new(big.Int).SetBytes(h[:]).Bit(0) == 0
	}
	for _, id := range all {
		if !ids[id] {
			t.Errorf("ids.txt: %s not in urls.tsv", id)
		}
	}
	bad := 0
	for _, id := range fit {
		if !ids[id] || !even(id) {
			bad++
		}
	}
	for _, id := range held {
		if !ids[id] || even(id) {
			bad++
		}
	}
	if bad != 0 {
		t.Errorf("%d ids in the wrong half (even sha1 parity is FIT)", bad)
	}

	cats := map[string]bool{"talks": true, "ceasefire": true, "humanitarian": true, "violence": true}
	for _, name := range []string{"neg1-categories.jsonl", "neg1-categories-second.jsonl"} {
		seen, wrong, notWar, war := map[string]bool{}, 0, 0, 0
		for _, l := range neg1Lines(t, name) {
			var g struct {
				ID         string   `json:"id"`
				Categories []string `json:"categories"`
				Conflict   any      `json:"conflict"`
			}
			if err := json.Unmarshal([]byte(l), &g); err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			if !ids[g.ID] || seen[g.ID] {
				wrong++
			}
			seen[g.ID] = true
			for _, c := range g.Categories {
				if !cats[c] {
					wrong++
				}
			}
			// the first reading writes conflict true/false, the
			// second a war's short name or null
			isWar := g.Conflict == true || (g.Conflict != nil && g.Conflict != false && g.Conflict != "")
			if isWar {
				war++
			} else {
				notWar++
				if len(g.Categories) > 0 && name == "neg1-categories.jsonl" {
					wrong++
				}
			}
		}
		if len(seen) != len(ids) || wrong != 0 {
			t.Errorf("%s: %d of %d ids labelled, %d wrong lines", name, len(seen), len(ids), wrong)
		}
		if war != 29 || notWar != 95 {
			t.Errorf("%s: about war %d, not %d; want 29 and 95", name, war, notWar)
		}
	}
}

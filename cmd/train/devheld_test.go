package main

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// TestLoadSetPartHeld: a held part is read as score.sh holds it out — the
// listed ids, every id of a set held whole, else the even sha1 parity —
// in the labels' order, a labelled row with no text left out, each text
// handed over with the set's source.
func TestLoadSetPartHeld(t *testing.T) {
	repo := t.TempDir()
	write := func(name, body string) {
		if err := os.WriteFile(filepath.Join(repo, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("labels.jsonl", `{"id":"a","categories":["talks"]}
{"id":"b","categories":["violence"],"conflict":true}
{"id":"c","conflict":false}
{"id":"d","categories":["ceasefire"]}
`)
	write("texts.jsonl", `{"id":"d","title":"Truce holds","text":"The truce held overnight.","published":"2020-01-01"}
{"id":"a","title":"Envoys meet","text":"Envoys met for talks."}
{"id":"c","title":"Match","text":"The home side won 2-1."}
`)
	write("held.txt", "c\nd\nb\n")
	for _, c := range []struct {
		set  heldSet
		want []string
	}{
		{heldSet{name: "x", labels: "labels.jsonl", heldIDs: "held.txt", texts: "texts.jsonl", source: "who.int"}, []string{"c", "d"}},
		{heldSet{name: "x", labels: "labels.jsonl", texts: "texts.jsonl", source: "who.int", whole: true}, []string{"a", "c", "d"}},
		{heldSet{name: "x", labels: "labels.jsonl", texts: "texts.jsonl", source: "who.int"}, evenParity([]string{"a", "c", "d"})},
	} {
		held, err := heldOf(repo, c.set)
		if err != nil {
			t.Fatal(err)
		}
		exs, err := loadSetPart(repo, c.set.labels, c.set.texts, c.set.source, held, func(r labelRow) example {
			return example{id: r.ID, source: "x held", gold: r}
		})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, ex := range exs {
			got = append(got, ex.id)
			if ex.art.SourceName != "who.int" || ex.art.ExternalID != ex.id || ex.gold.Categories == nil {
				t.Errorf("%s: source %q id %q categories %v", ex.id, ex.art.SourceName, ex.art.ExternalID, ex.gold.Categories)
			}
			if ex.id == "d" && (ex.art.Title != "Truce holds" || !ex.art.Published.IsZero()) {
				t.Errorf("d: title %q published %v; want the title and no date (score.sh passes none)", ex.art.Title, ex.art.Published)
			}
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("held %+v: got %v, want %v", c.set, got, c.want)
		}
	}
}

// evenParity keeps the ids whose sha1 parity is the held one.
func evenParity(ids []string) []string {
	var out []string
	for _, id := range ids {
		if openHalf(id) == "held" {
			out = append(out, id)
		}
	}
	return out
}

// TestHeldVerdict: the decision rule of -dev -held on invented tallies.
func TestHeldVerdict(t *testing.T) {
	talks := func(tp, fp, fn, peaceFlagged int) *tally {
		t := newTally()
		t.n, t.tp[news.Talks], t.fp[news.Talks], t.fn[news.Talks], t.peaceFlagged = 1, tp, fp, fn, peaceFlagged
		return t
	}
	rows := []string{"pooled", "a held", "b held", "c held"}
	rules := map[string]*tally{"pooled": talks(80, 20, 20, 3), "a held": talks(8, 2, 2, 0), "b held": talks(8, 2, 2, 0), "c held": talks(8, 2, 2, 0)}
	for _, c := range []struct {
		name          string
		sys           map[string]*tally
		ahead, behind int
		win           bool
	}{
		// pooled 0.800 → 0.850, ahead on a and b, behind on c, flagged 3 → 3
		{"wins", map[string]*tally{"pooled": talks(85, 15, 15, 3), "a held": talks(9, 1, 1, 0), "b held": talks(9, 1, 1, 0), "c held": talks(7, 3, 3, 0)}, 2, 1, true},
		// the same, but one non-conflict item more given a category
		{"flags more", map[string]*tally{"pooled": talks(85, 15, 15, 4), "a held": talks(9, 1, 1, 0), "b held": talks(9, 1, 1, 0), "c held": talks(7, 3, 3, 0)}, 2, 1, false},
		// behind on two rows, ahead on one
		{"behind more", map[string]*tally{"pooled": talks(85, 15, 15, 3), "a held": talks(9, 1, 1, 0), "b held": talks(7, 3, 3, 0), "c held": talks(7, 3, 3, 0)}, 1, 2, false},
		// pooled 0.800 → 0.805: under 0.01
		{"small gain", map[string]*tally{"pooled": talks(161, 39, 39, 0), "a held": talks(9, 1, 1, 0), "b held": talks(8, 2, 2, 0), "c held": talks(8, 2, 2, 0)}, 1, 0, false},
	} {
		_, ahead, behind, win := heldVerdict(rules, c.sys, rows)
		if ahead != c.ahead || behind != c.behind || win != c.win {
			t.Errorf("%s: ahead %d behind %d win %v; want %d %d %v", c.name, ahead, behind, win, c.ahead, c.behind, c.win)
		}
	}
}

// TestRecordHeld: a row of heldSets counts in the pooled total, an AG
// talks row only in its own.
func TestRecordHeld(t *testing.T) {
	tl := map[string]*tally{"pooled": newTally()}
	set := example{source: heldSets[0].name + " held", gold: labelRow{Categories: []news.Category{news.Talks}}}
	ag := talksExample(example{source: heldAGRows[0], gold: labelRow{Label: "talks"}})
	recordHeld(tl, &set, []news.Category{news.Talks}, news.CeasefireNone)
	recordHeld(tl, &ag, []news.Category{news.Talks}, news.CeasefireNone)
	if tl["pooled"].n != 1 || tl[set.source].n != 1 || tl[ag.source].n != 1 || tl["pooled"].tp[news.Talks] != 1 {
		t.Errorf("pooled %d, set %d, AG %d, pooled talks tp %d; want 1, 1, 1, 1", tl["pooled"].n, tl[set.source].n, tl[ag.source].n, tl["pooled"].tp[news.Talks])
	}
}

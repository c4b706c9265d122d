package analyze

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"flag"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

var origDump = flag.String("orig-dump", "", "write the originator candidates of the labelled figures of every development part in place (and news20's fit half) to this file, for go run ./cmd/train -orig")

// origRowsOf analyses each labelled article of a part and returns its
// labelled figures' candidates (figures the analysis does not report are
// left out, as the originator score leaves them out).
func origRowsOf(t *testing.T, arts map[string]ownArticle, set, path string, keep func(id string) bool) []OriginatorRow {
	t.Helper()
	var rows []OriginatorRow
	var got []struct {
		fig   news.Figure
		cands []origCand
	}
	origHook = func(ms []mention, cands [][]origCand) {
		for i := range ms {
			got = append(got, struct {
				fig   news.Figure
				cands []origCand
			}{ms[i].fig, cands[i]})
		}
	}
	defer func() { origHook = nil }()
	for _, l := range readJSONLines[ownLabel](t, path) {
		if l.Conflict != nil && !*l.Conflict || !keep(l.ID) {
			continue
		}
		a, ok := arts[l.ID]
		if !ok {
			continue
		}
		got = got[:0]
		pub, _ := time.Parse("2006-01-02", a.Published)
		an := Analyze(&news.Article{Title: a.Title, Text: a.Text, Published: pub, SourceName: a.Source})
		for _, g := range l.all() {
			p := labelledFigure(an.Facts, &g)
			if p == nil {
				continue
			}
			for _, c := range got {
				if c.fig.Kind != p.Kind || c.fig.Value != p.Value || c.fig.Sentence != p.Sentence || c.fig.Originator != p.Originator {
					continue
				}
				r := OriginatorRow{Set: set, ID: l.ID, Kind: g.Kind, Value: g.Value, Gold: g.Originator}
				for _, k := range c.cands {
					r.Cands = append(r.Cands, OriginatorCand{Name: k.name, Party: k.party, F: append([]float32(nil), k.f[:]...)})
				}
				rows = append(rows, r)
				break
			}
		}
	}
	return rows
}

// TestOriginatorCandidates measures, per development part, how often the
// label's originator is among the candidates (the ranker's ceiling) and how
// often the rules' choice is it; -orig-dump writes the candidates for the
// trainer. news20's fit half is a part when its pages are in place; its
// held-out half is never read here.
func TestOriginatorCandidates(t *testing.T) {
	arts, parts := ownParts(t)
	if !*untuned {
		parts = append(parts, "untuned") // development data since 2026-12-03
	}
	var rows []OriginatorRow
	all := func(string) bool { return true }
	for _, part := range parts {
		rows = append(rows, origRowsOf(t, arts, part, filepath.Join("testdata", "figures", part+".jsonl"), all)...)
	}
	if _, err := os.Stat(cfPages); err == nil {
		if _, err := os.Stat(tvPages); err == nil {
			for _, pages := range []string{cfPages, tvPages} {
				for _, a := range readJSONLines[ownArticle](t, pages) {
					arts[a.ID] = a
				}
			}
			rows = append(rows, origRowsOf(t, arts, "news20fit", news20Part, func(id string) bool { return !newsHeldOut(id) })...)
		}
	}
	type tally struct{ n, in, rule, named, namedIn, namedRule int }
	per := map[string]*tally{}
	var order []string
	for _, r := range rows {
		tl := per[r.Set]
		if tl == nil {
			tl = &tally{}
			per[r.Set] = tl
			order = append(order, r.Set)
		}
		in := false
		for _, c := range r.Cands {
			in = in || strings.EqualFold(c.Name, r.Gold)
		}
		rule := strings.EqualFold(r.Cands[0].Name, r.Gold)
		tl.n++
		tl.in += b2i(in)
		tl.rule += b2i(rule)
		if r.Gold != "" {
			tl.named++
			tl.namedIn += b2i(in)
			tl.namedRule += b2i(rule)
		}
	}
	for _, s := range order {
		tl := per[s]
		t.Logf("%-10s figures %4d: rules %4d, ceiling %4d; named %4d: rules %4d (%.3f), ceiling %4d (%.3f)", s, tl.n, tl.rule, tl.in,
			tl.named, tl.namedRule, ratio(tl.namedRule, tl.named), tl.namedIn, ratio(tl.namedIn, tl.named))
	}
	if *origDump == "" {
		return
	}
	var b bytes.Buffer
	for _, r := range rows {
		line, err := json.Marshal(r)
		if err != nil {
			t.Fatal(err)
		}
		b.Write(line)
		b.WriteByte('\n')
	}
	if err := os.WriteFile(*origDump, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

// rankedOriginators analyses an invented article and returns, per figure
// value, the originator the embedded ranker picks among its candidates.
func rankedOriginators(t *testing.T, title, text string) map[int64]string {
	t.Helper()
	w := rankerWeights(t)
	out := map[int64]string{}
	origHook = func(ms []mention, cands [][]origCand) {
		for i := range ms {
			if cands[i][0].f[ofRule] != 1 || cands[i][0].name != "" && cands[i][1].f[ofEmpty] != 1 {
				t.Errorf("%d: candidates %+v: want the rules' choice first, \"\" first or second", ms[i].fig.Value, cands[i])
			}
			out[ms[i].fig.Value] = cands[i][origPick(w, cands[i])].name
		}
	}
	defer func() { origHook = nil }()
	Analyze(&news.Article{Title: title, Text: text})
	return out
}

// TestOriginatorRanker: the ranker's choice on invented sentences.
func TestOriginatorRanker(t *testing.T) {
	for _, c := range []struct {
		title, text string
		want        map[int64]string
	}{
		{"Strikes hit Foo", "Air strikes killed 14 people in the town of Foo on Monday, the Syrian Observatory for Human Rights said.",
			map[int64]string{14: "SOHR"}},
		{"Mine blast near Baz", "Nine people were killed when a bus hit a mine near Baz on Sunday. The road had been closed for a week.",
			map[int64]string{9: ""}},
		{"Clashes in Qux", "Fighting in Qux killed 23 fighters and wounded 40 others, according to the United Nations.",
			map[int64]string{23: "UN", 40: "UN"}},
	} {
		got := rankedOriginators(t, c.title, c.text)
		for v, want := range c.want {
			if g, ok := got[v]; !ok || g != want {
				t.Errorf("%q: %d's originator %q (found %v), want %q", c.text, v, g, ok, want)
			}
		}
	}
}

// rankerWeights reads the ranker's weights (model/originators.bin: little-endian
// float32s in the order of origFeatureNames, written by `go run ./cmd/train
// -orig`). The analysis does not use them: the rules choose the originator
// (testdata/figures/README.md, "h-attrml"), so they are read here, for the
// tests, and by cmd/train's comparison, not embedded in the binary.
func rankerWeights(t *testing.T) []float32 {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("model", "originators.bin"))
	if err != nil {
		t.Fatal(err)
	}
	if len(b) != 4*origFeatures {
		t.Fatalf("model/originators.bin holds %d bytes, want %d (run go run ./cmd/train -orig)", len(b), 4*origFeatures)
	}
	w := make([]float32, origFeatures)
	for k := range w {
		w[k] = math.Float32frombits(binary.LittleEndian.Uint32(b[4*k:]))
	}
	return w
}

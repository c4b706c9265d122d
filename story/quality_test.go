package story

import (
	"bufio"
	"encoding/json"
	"math/rand/v2"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/analyze"
	"github.com/conflict-digest/conflict-digest/news"
)

// record is one line of testdata/articles.jsonl.
type record struct {
	ID        string `json:"id"`
	Title     string `json:"title"`
	Text      string `json:"text"`
	Published string `json:"published"`
	Source    string `json:"source"`
	Location  string `json:"location"`
}

func loadRecords(t testing.TB, path string) []record {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatalf("open records: %v", err)
	}
	defer f.Close()
	var out []record
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 4<<20)
	for sc.Scan() {
		var r record
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatalf("parse record: %v", err)
		}
		out = append(out, r)
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("read records: %v", err)
	}
	return out
}

func (r record) article(id int64) *news.Article {
	p, _ := time.Parse("2006-01-02", r.Published)
	return &news.Article{ID: id, ExternalID: r.ID, Title: r.Title, Text: r.Text,
		SourceName: r.Source, Location: r.Location, Published: p.Add(12 * time.Hour)}
}

// edit drops or replaces the given share of the words of text, as an outlet
// re-editing wire copy would.
func edit(text string, share float64, rng *rand.Rand) string {
	ws := strings.Fields(text)
	n := int(float64(len(ws))*share + 0.5)
	for range n {
		if len(ws) < 2 {
			break
		}
		i := rng.IntN(len(ws))
		if rng.IntN(2) == 0 {
			ws = slices.Delete(ws, i, i+1)
		} else {
			ws[i] = ws[rng.IntN(len(ws))]
		}
	}
	return strings.Join(ws, " ")
}

// TestNearDuplicateDetector measures the SimHash detector on synthetic
// re-edits (3, 5 and 10 % of words dropped or replaced) of real articles
// against every pair of distinct articles.
func TestNearDuplicateDetector(t *testing.T) {
	recs := loadRecords(t, "testdata/articles.jsonl")
	bits := Config{}.withDefaults().NearDupBits
	rng := rand.New(rand.NewPCG(1, 2))
	fps := make([]news.Fingerprint, len(recs))
	for i, r := range recs {
		fps[i] = analyze.Fingerprint(r.Title, r.Text)
	}
	for _, share := range []float64{0.03, 0.05, 0.10} {
		hit, hist := 0, map[int]int{}
		for i, r := range recs {
			d := analyze.Distance(fps[i], analyze.Fingerprint(r.Title, edit(r.Text, share, rng)))
			hist[d]++
			if d <= bits {
				hit++
			}
		}
		recall := float64(hit) / float64(len(recs))
		t.Logf("edits %2.0f%%: recall %.3f at <= %d bits; distances %v", share*100, recall, bits, hist)
		if floor := map[float64]float64{0.03: 0.95, 0.05: 0.85, 0.10: 0.4}[share]; recall < floor {
			t.Errorf("edits %.0f%%: recall %.3f, want >= %.2f", share*100, recall, floor)
		}
	}
	falsePositives(t, recs, fps, bits)
}

// falsePositives counts the pairs of distinct reports (all pairs but those
// labelled the same event) within the near-duplicate distance.
func falsePositives(t *testing.T, recs []record, fps []news.Fingerprint, bits int) {
	same := map[[2]string]bool{}
	for _, p := range loadPairs(t) {
		same[[2]string{p.A, p.B}], same[[2]string{p.B, p.A}] = p.Same, p.Same
	}
	fp, pairs, hist := 0, 0, map[int]int{}
	for i := range recs {
		for j := i + 1; j < len(recs); j++ {
			if same[[2]string{recs[i].ID, recs[j].ID}] {
				continue // copies of one report are meant to be close
			}
			d := analyze.Distance(fps[i], fps[j])
			hist[d/4*4]++
			pairs++
			if d <= bits {
				fp++
			}
		}
	}
	t.Logf("distinct pairs: %d within %d bits of %d; distance histogram (by 4) %v", fp, bits, pairs, hist)
	if rate := float64(fp) / float64(pairs); rate > 0.0005 {
		t.Errorf("false positive rate %.4f, want <= 0.0005", rate)
	}
}

// pair is one line of testdata/pairs.jsonl.
type pair struct {
	A    string `json:"a"`
	B    string `json:"b"`
	Same bool   `json:"same"`
	Note string `json:"note"`
}

func loadPairs(t testing.TB) []pair {
	t.Helper()
	b, err := os.ReadFile("testdata/pairs.jsonl")
	if err != nil {
		t.Fatalf("read pairs: %v", err)
	}
	var out []pair
	for _, line := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		var p pair
		if err := json.Unmarshal([]byte(line), &p); err != nil {
			t.Fatalf("parse pair: %v", err)
		}
		out = append(out, p)
	}
	return out
}

// cluster runs the records through the analyser and an index in order of
// publication, as ingest does, and returns each record's story.
func cluster(recs []record, cfg Config) map[string]int64 {
	order := slices.Clone(recs)
	slices.SortStableFunc(order, func(a, b record) int { return strings.Compare(a.Published, b.Published) })
	x := NewIndex(cfg)
	story := map[string]int64{}
	var next int64
	for i, r := range order {
		a := r.article(int64(i + 1))
		an := analyze.Analyze(a)
		it := NewItem(a, &an)
		id, _, ok := x.Match(it)
		if !ok {
			next++
			id = next
		}
		x.Add(id, it)
		story[r.ID] = id
	}
	return story
}

// pairScores returns pairwise precision and recall of a clustering on the
// labelled pairs.
func pairScores(story map[string]int64, pairs []pair) (precision, recall float64) {
	var tp, fp, fn int
	for _, p := range pairs {
		got := story[p.A] == story[p.B]
		switch {
		case got && p.Same:
			tp++
		case got:
			fp++
		case p.Same:
			fn++
		}
	}
	return float64(tp) / float64(max(tp+fp, 1)), float64(tp) / float64(max(tp+fn, 1))
}

// TestClusteringQuality measures pairwise precision and recall of story
// assignment on hand-labelled pairs of articles about one place within days
// of each other (testdata/README.md): on all pairs, on those the weights
// were tuned on, and on the held-out ones labelled after tuning.
func TestClusteringQuality(t *testing.T) {
	recs := loadRecords(t, "testdata/articles.jsonl")
	var dev, held []pair
	for _, p := range loadPairs(t) {
		if strings.HasPrefix(p.Note, "held-out") {
			held = append(held, p)
		} else {
			dev = append(dev, p)
		}
	}
	story := cluster(recs, Config{})
	floors := []struct {
		name  string
		pairs []pair
		p, r  float64
	}{
		{"all", append(slices.Clone(dev), held...), 0.8, 0.8},
		{"tuning", dev, 0.8, 0.8},
		{"held-out", held, 0.75, 0.75},
	}
	for _, f := range floors {
		p, r := pairScores(story, f.pairs)
		t.Logf("%s: pairwise precision %.3f recall %.3f on %d labelled pairs", f.name, p, r, len(f.pairs))
		if p < f.p || r < f.r {
			t.Errorf("%s: precision %.3f recall %.3f, want >= %.2f and >= %.2f", f.name, p, r, f.p, f.r)
		}
	}
}

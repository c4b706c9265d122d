package story

import (
	"encoding/json"
	"math/rand/v2"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/analyze"
	"github.com/conflict-digest/conflict-digest/news"
)

// corpusFiles hold the real text the benchmark recombines; the labelled
// articles in testdata stand in when the shared corpus is absent.
var corpusFiles = []string{
	"../../shared/eval/articles.jsonl",
	"../../shared/corpus/reliefweb-2017.jsonl",
}

type corpusDoc struct {
	Title    string `json:"title"`
	Text     string `json:"text"`
	Location string `json:"location"`
}

func loadCorpus(b *testing.B) []corpusDoc {
	var docs []corpusDoc
	for _, path := range corpusFiles {
		raw, err := os.ReadFile(path)
		if err != nil {
			continue
		}
		for _, line := range strings.Split(string(raw), "\n") {
			var d corpusDoc
			if json.Unmarshal([]byte(line), &d) == nil && d.Text != "" {
				docs = append(docs, d)
			}
		}
	}
	if len(docs) == 0 {
		for _, r := range loadRecords(b, "testdata/articles.jsonl") {
			docs = append(docs, corpusDoc{Title: r.Title, Text: r.Text, Location: r.Location})
		}
	}
	return docs
}

// recombine makes n articles of real text: each takes as its title the
// first words of a sentence of one document and as its lead a sentence of
// each of three others, so that no two are copies; they are published over
// the given span.
func recombine(docs []corpusDoc, n int, start time.Time, span time.Duration, rng *rand.Rand) []Item {
	sents := make([][]string, len(docs))
	for i, d := range docs {
		sents[i] = analyze.Sentences(leadText(d.Text))
	}
	items := make([]Item, n)
	for i := range items {
		d := docs[rng.IntN(len(docs))]
		title := d.Title
		if s := sents[rng.IntN(len(sents))]; len(s) > 0 {
			title = headWords(s[rng.IntN(len(s))], 12)
		}
		var parts []string
		for range 3 {
			s := sents[rng.IntN(len(sents))]
			if len(s) > 0 {
				parts = append(parts, s[rng.IntN(len(s))])
			}
		}
		text := strings.Join(parts, " ")
		it := Item{Title: title, Text: text, Fingerprint: analyze.Fingerprint(title, text),
			Published: start.Add(time.Duration(rng.Int64N(int64(span))))}
		if d.Location != "" {
			it.Places = []news.Entity{{Name: d.Location, Kind: "city"}}
		}
		items[i] = it
	}
	return items
}

// BenchmarkAssign measures Match followed by Add for one article against an
// index holding 20,000 stories inside the time window.
func BenchmarkAssign(b *testing.B) {
	docs := loadCorpus(b)
	rng := rand.New(rand.NewPCG(7, 8))
	x := NewIndex(Config{Window: 72 * time.Hour})
	for i, it := range recombine(docs, 20000, t0, 72*time.Hour, rng) {
		x.Add(int64(i+1), it)
	}
	queries := recombine(docs, 4096, t0.Add(24*time.Hour), 24*time.Hour, rng)
	next, joined, i := int64(1_000_000), 0, 0
	b.ResetTimer()
	for b.Loop() {
		it := queries[i%len(queries)]
		i++
		id, _, ok := x.Match(it)
		if ok {
			joined++
		} else {
			next++
			id = next
		}
		x.Add(id, it)
	}
	b.ReportMetric(float64(joined)/float64(i), "joined/op")
	b.ReportMetric(float64(x.Len()), "stories")
}

func headWords(s string, n int) string {
	ws := strings.Fields(s)
	return strings.Join(ws[:min(n, len(ws))], " ")
}

package story

import (
	"encoding/json"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/analyze"
	"github.com/conflict-digest/conflict-digest/news"
)

var (
	benchArticles = flag.Int("assign.articles", 1_000_000, "articles in the index of BenchmarkAssign")
	benchStories  = flag.Int("assign.stories", 100_000, "stories they form")
	benchDays     = flag.Int("assign.days", 90, "event days they span")
)

// corpusFiles hold the real text the benchmark recombines; the development
// articles in testdata stand in when the shared corpus is absent.
func corpusFiles() []string {
	return []string{
		"testdata/articles.jsonl",
		filepath.Join(sharedDir(), "corpus", "reliefweb-2017.jsonl"),
	}
}

type corpusDoc struct {
	Title    string `json:"title"`
	Text     string `json:"text"`
	Location string `json:"location"`
}

func loadCorpus(b *testing.B) []corpusDoc { return loadCorpusT(b) }

func loadCorpusT(b testing.TB) []corpusDoc {
	var docs []corpusDoc
	for _, path := range corpusFiles() {
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
		b.Fatal("no corpus")
	}
	return docs
}

// sentencePool returns the sentences of the corpus and its documents'
// places, a place as often as documents name it, so that a synthetic story
// is set in Aleppo as often as a real one.
func sentencePool(docs []corpusDoc) (sents []string, places []string) {
	for _, d := range docs {
		sents = append(sents, analyze.Sentences(analyze.LeadText(d.Text))...)
		if d.Location != "" {
			places = append(places, d.Location)
		}
	}
	return sents, places
}

// synthStory makes the base of one synthetic story: a title and a lead of
// three sentences drawn from the pool, with words of its own (a town, a
// name, a toll) as real events have, a city, an event day.
func synthStory(id int, sents, places []string, days int, rng *rand.Rand) Item {
	own := func() string { return fmt.Sprintf("%s%d", []string{"qaryat", "tal", "jabal", "wadi"}[rng.IntN(4)], id) }
	title := headWords(mix(sents[rng.IntN(len(sents))], sents, rng), 8) + " " + own() + " " + fmt.Sprint(rng.IntN(200))
	var parts []string
	for range 3 {
		parts = append(parts, own()+" "+mix(sents[rng.IntN(len(sents))], sents, rng))
	}
	text := strings.Join(parts, " ")
	day := dayNumber(t0) + int32(rng.IntN(days))
	it := Item{Title: title, Text: text, EventDay: day, Fingerprint: analyze.Fingerprint(title, text), TitleMarks: titleMarks(title, text),
		Published: DayTime(day)}
	if len(places) > 0 {
		it.Places = []news.Entity{{Name: places[rng.IntN(len(places))], Kind: "city", Lead: true}}
	}
	return it
}

// mix replaces half the words of a sentence with words of other sentences,
// so that two stories do not share whole sentences, as real ones do not,
// while words keep their frequencies.
func mix(s string, sents []string, rng *rand.Rand) string {
	ws := strings.Fields(s)
	for i := range ws {
		if rng.IntN(2) == 0 {
			other := strings.Fields(sents[rng.IntN(len(sents))])
			if len(other) > 0 {
				ws[i] = other[rng.IntN(len(other))]
			}
		}
	}
	return strings.Join(ws, " ")
}

// report makes one report of a story: its base re-edited (a tenth of the
// words dropped or swapped), on its day or the next.
func report(base Item, rng *rand.Rand) Item {
	it := base
	it.Text = edit(base.Text, 0.10, rng)
	it.EventDay += int32(rng.IntN(2))
	it.Fingerprint = analyze.Fingerprint(it.Title, it.Text)
	it.TitleMarks = titleMarks(it.Title, it.Text) // its analysis reads its own lead
	return it
}

// BenchmarkAssign measures assigning one article — Links, then Add — with
// an index holding 1,000,000 articles in 100,000 stories over 90 event days
// (-assign.articles, -assign.stories, -assign.days change them): the
// pipeline's work per article once the days are loaded. Half the new
// articles report a known story, half a new one. It reports the index's
// heap per article and in all, and the process's CPU time per article
// (cpu-ns/op), which a loaded machine does not inflate as it does ns/op.
//
//	go test -run '^$' -bench Assign -benchtime 20000x -cpu 1 ./story
func BenchmarkAssign(b *testing.B) {
	sents, places := sentencePool(loadCorpus(b))
	rng := rand.New(rand.NewPCG(7, 8))
	bases := make([]Item, *benchStories)
	for i := range bases {
		bases[i] = synthStory(i, sents, places, *benchDays, rng)
	}
	before := heapInUse()
	x := NewIndex(Config{})
	start := time.Now()
	for i := range *benchArticles {
		s := i % len(bases)
		x.Add(int64(s+1), report(bases[s], rng))
	}
	heap := heapInUse() - before
	b.Logf("index of %d articles in %d stories over %d days built in %s; heap %.0f MB (%.0f bytes an article)",
		x.Len(), len(bases), *benchDays, time.Since(start).Round(time.Second), float64(heap)/(1<<20),
		float64(heap)/float64(x.Len()))
	queries := make([]Item, 1<<16) // distinct: a query added once is not asked again
	for i := range queries {
		if i%2 == 0 {
			queries[i] = report(bases[rng.IntN(len(bases))], rng)
		} else {
			queries[i] = synthStory(len(bases)+i, sents, places, *benchDays, rng)
		}
	}
	next, joined, i := int64(len(bases)+1), 0, 0
	x.scored = 0
	b.ResetTimer()
	cpu := processCPU()
	for b.Loop() {
		it := queries[i%len(queries)]
		i++
		links := x.Links(it)
		if len(links) > 0 {
			joined++
			for _, l := range links[1:] {
				x.Merge(l, links[0])
			}
			x.Add(links[0], it)
		} else {
			next++
			x.Add(next, it)
		}
	}
	b.ReportMetric(float64(processCPU()-cpu)/float64(i), "cpu-ns/op")
	b.ReportMetric(float64(joined)/float64(i), "joined/op")
	b.ReportMetric(float64(x.scored)/float64(i), "candidates/op")
	b.ReportMetric(float64(heap)/float64(x.Len()), "index-B/article")
	b.ReportMetric(float64(heap)/(1<<20), "index-MB")
}

func heapInUse() uint64 {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapInuse
}

func headWords(s string, n int) string {
	ws := strings.Fields(s)
	return strings.Join(ws[:min(n, len(ws))], " ")
}

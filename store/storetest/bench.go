package storetest

import (
	"context"
	"fmt"
	"math/rand/v2"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

// BenchCreateArticles stores batches of 100 synthetic articles of about
// 3 KB, each with an analysis, sentences for the sentence index and a
// story (a new one for two in three, the previous one for the third), as
// ingest stores them, and reports articles/s and articles per CPU second
// of this process. serverCPU, when given, returns the CPU time a database
// server spent for s so far (PostgreSQL's backends): the per-core figure
// then counts both sides (articles/total_cpu_s).
func BenchCreateArticles(b *testing.B, s Store, serverCPU func() time.Duration) {
	ctx := context.Background()
	const batch = 100
	words := vocabulary(20000)
	stored := 0
	var last *news.Story
	cpu0 := processCPU()
	var srv0 time.Duration
	if serverCPU != nil {
		srv0 = serverCPU()
	}
	for b.Loop() {
		items := make([]*news.NewArticle, batch)
		for i := range items {
			n := stored + i
			items[i] = benchArticle(words, n)
			if n%3 == 2 && last != nil {
				items[i].Story = last
			}
			last = items[i].Story
		}
		errs, err := s.CreateArticles(ctx, items)
		if err != nil {
			b.Fatal(err)
		}
		for i, e := range errs {
			if e != nil {
				b.Fatalf("item %d: %v", i, e)
			}
		}
		stored += batch
	}
	cpu := processCPU() - cpu0
	b.ReportMetric(float64(stored)/b.Elapsed().Seconds(), "articles/s")
	b.ReportMetric(float64(stored)/cpu.Seconds(), "articles/cpu_s")
	if serverCPU != nil {
		b.ReportMetric(float64(stored)/(cpu+serverCPU()-srv0).Seconds(), "articles/total_cpu_s")
	}
}

// vocabulary returns n made-up words of 3 to 10 letters.
func vocabulary(n int) []string {
	r := rand.New(rand.NewPCG(1, 2))
	out := make([]string, n)
	for i := range out {
		b := make([]byte, 3+r.IntN(8))
		for j := range b {
			b[j] = byte('a' + r.IntN(26))
		}
		out[i] = string(b)
	}
	return out
}

// benchArticle is article n: about 3 KB of sentences of Zipf-distributed
// words, under its own identity.
func benchArticle(words []string, n int) *news.NewArticle {
	r := rand.New(rand.NewPCG(uint64(n), 7))
	z := rand.NewZipf(r, 1.1, 1, uint64(len(words)-1))
	var sents []string
	size := 0
	for size < 3000 {
		ws := make([]string, 8+r.IntN(20))
		for i := range ws {
			ws[i] = words[z.Uint64()]
		}
		s := strings.ToUpper(ws[0][:1]) + strings.Join(ws, " ")[1:] + "."
		sents = append(sents, s)
		size += len(s) + 1
	}
	title := strings.TrimSuffix(sents[0], ".")
	text := strings.Join(sents[1:], " ")
	id := fmt.Sprintf("bench-%d", n)
	a := &news.Article{ExternalID: id, URL: "https://example.org/" + id, CanonicalURL: "https://example.org/" + id,
		ContentHash: fmt.Sprintf("h-%d", n), SourceName: "bench", Title: title, Text: text,
		Published: base.Add(time.Duration(n) * time.Minute), Fetched: base}
	an := &news.Analysis{Categories: []news.Category{news.Violence, news.Humanitarian}, Summary: sents[1],
		Places:      []news.Entity{{Name: "Aleppo", Kind: "city", Conflict: "syria", Count: 2}},
		Facts:       news.Facts{Killed: &news.Figure{Value: 12, Qualifier: news.AtLeast, Sentence: sents[1]}},
		Fingerprint: news.Fingerprint(n) * 0x9e3779b97f4a7c15, Version: 1, EventDate: "2016-09-19"}
	return &news.NewArticle{Article: a, Analysis: an, Sentences: news.IndexedSentences(title, sents[1:]),
		Story: &news.Story{Headline: title, Categories: an.Categories, Places: an.Places}}
}

// processCPU returns the user and system CPU time of this process so far.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

package digest

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

// BenchmarkBuild builds one digest of 1,000 stories from memory: the cost
// of selection, ranking, grouping and counting without a store.
func BenchmarkBuild(b *testing.B) {
	var stories memStories
	for i := int64(1); i <= 1000; i++ {
		s := testStory(i, news.Categories[i%4], t0.Add(time.Duration(i)*time.Minute), "Shelling went on. Aid was blocked.")
		s.Figures = []news.StoryFigure{{Kind: "killed", Low: news.Figure{Value: i}, High: news.Figure{Value: 2 * i},
			Latest: news.Figure{Value: i}, LowBy: "a", HighBy: "b", By: "a", AsOf: s.LastSeen}}
		s.Sources = append(s.Sources, news.StorySource{ExternalID: fmt.Sprint("b", i), SourceName: "other", Published: s.LastSeen})
		stories = append(stories, s)
	}
	f := news.DigestFilter{Since: t0, Until: t0.Add(24 * time.Hour)}
	for b.Loop() {
		if _, err := Build(context.Background(), stories, f, t0.Add(24*time.Hour)); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkMessages renders and splits a digest of 200 stories.
func BenchmarkMessages(b *testing.B) {
	var stories memStories
	for i := int64(1); i <= 200; i++ {
		stories = append(stories, testStory(i, news.Categories[i%4], t0.Add(time.Hour), "Shelling went on through the night. Aid was blocked at the crossing."))
	}
	d := digestOf(b, stories)
	for b.Loop() {
		Messages(d, MaxMessage-MarkerRoom)
	}
}

// BenchmarkChart draws the events chart of the golden week.
func BenchmarkChart(b *testing.B) {
	d, err := Build(context.Background(), loadStories(b),
		news.DigestFilter{Since: day("2017-04-04"), Until: day("2017-04-11")}, day("2017-04-11"))
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := Chart(d, d.Generated); err != nil {
			b.Fatal(err)
		}
	}
}

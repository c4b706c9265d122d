package digest

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// TestEarlierReportsMarked: an item that lists reports published before
// the digest's period (a copy, a report dated before the events it tells)
// says how many reports are the period's and how many earlier, marks an
// outlet that reported only before the period, and says the same in its
// key line, the footer and the JSON — so a reader can check the count
// against the period. A subscription's digest, on stored time, marks none.
func TestEarlierReportsMarked(t *testing.T) {
	src := func(name, d string) news.StorySource {
		return news.StorySource{SourceName: name, Title: "Strikes hit Idlib market", URL: "https://" + name + ".example/" + d, Published: day(d)}
	}
	s := news.Story{ID: 3, Headline: "Strikes hit Idlib market", Categories: []news.Category{news.Violence},
		FirstSeen: day("2017-03-30"), LastSeen: day("2017-04-03"), EventFirst: day("2017-04-02"), EventLast: day("2017-04-02"),
		Sources: []news.StorySource{src("reuters", "2017-04-03"), src("afp", "2017-04-02"), src("afp", "2017-03-31"), src("sana", "2017-03-30")}}
	f := news.DigestFilter{Since: day("2017-04-01"), Until: day("2017-04-08")}
	d, err := Build(context.Background(), memStories{s}, f, day("2017-04-08"))
	if err != nil {
		t.Fatal(err)
	}
	it := d.Item(3)
	if it == nil {
		t.Fatal("story 3 not shown")
	}
	if got, want := SourceCount(it), "3 sources (2 reports this period, 2 earlier)"; got != want {
		t.Errorf("source count = %q, want %q", got, want)
	}
	line := SourcesLine(it)
	if !strings.Contains(line, "SANA](<https://sana.example/2017-03-30>) (earlier, 30 Mar 2017)") || strings.Contains(line, "AFP](<https://afp.example/2017-04-02>) (earlier") {
		t.Errorf("sources line = %q, want SANA marked earlier and AFP (which reported in the period) not", line)
	}
	var md bytes.Buffer
	if err := RenderMarkdown(&md, d); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(md.String(), "4 reports (2 of them earlier than the period) by 3 sources") {
		t.Errorf("footer does not count the earlier reports:\n%s", md.String())
	}
	var js bytes.Buffer
	if err := RenderJSON(&js, d); err != nil {
		t.Fatal(err)
	}
	var back struct {
		Sections []struct {
			Items []struct {
				SourceCount    int `json:"source_count"`
				EarlierReports int `json:"earlier_reports"`
				Sources        []struct {
					Name    string `json:"name"`
					Earlier bool   `json:"earlier"`
				} `json:"sources"`
			} `json:"items"`
		} `json:"sections"`
		Counts struct {
			Articles, Earlier int
		} `json:"counts"`
	}
	if err := json.Unmarshal(js.Bytes(), &back); err != nil {
		t.Fatal(err)
	}
	j := back.Sections[0].Items[0]
	var flagged []string
	for _, s := range j.Sources {
		if s.Earlier {
			flagged = append(flagged, s.Name)
		}
	}
	if j.SourceCount != 3 || j.EarlierReports != 2 || strings.Join(flagged, ",") != "afp,sana" || back.Counts.Articles != 4 || back.Counts.Earlier != 2 {
		t.Errorf("json: source_count %d, earlier_reports %d, flagged %v, counts %+v; want 3, 2, [afp sana], 4 with 2 earlier",
			j.SourceCount, j.EarlierReports, flagged, back.Counts)
	}

	// The builder's items are shared: a later digest on stored time of
	// the same story marks nothing.
	f.ByStored = true
	d, err = Build(context.Background(), memStories{s}, f, day("2017-04-08"))
	if err != nil {
		t.Fatal(err)
	}
	if it := d.Item(3); it == nil || it.EarlierReports != 0 || SourceCount(it) != "3 sources, 4 reports" {
		t.Errorf("stored-time digest: %+v, want no earlier reports", it)
	}
}

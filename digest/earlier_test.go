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
		FirstSeen: day("2017-03-30"), LastSeen: day("2017-04-03"), EventFirst: day("2017-03-30"), EventLast: day("2017-04-02"),
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

// A report dated in the period but before the events it reports (a copy
// of the 15 Apr bombing dated 13 Apr, in a digest of 10–16 Apr) is
// misdated too, and its outlet, with no other report, raises no count
// (issue 13, 2017).
func TestMisdatedInThePeriod(t *testing.T) {
	src := func(name, d string) news.StorySource {
		return news.StorySource{SourceName: name, Title: "Bomb hits evacuee buses", URL: "https://" + name + ".example/" + d, Published: day(d)}
	}
	s := news.Story{ID: 5, Headline: "Bomb hits evacuee buses", Categories: []news.Category{news.Violence},
		FirstSeen: day("2017-04-13"), LastSeen: day("2017-04-16"), EventFirst: day("2017-04-15"), EventLast: day("2017-04-15"),
		Sources: []news.StorySource{src("reuters", "2017-04-15"), src("jordantimes", "2017-04-13"), src("afp", "2017-04-16")}}
	d, err := Build(context.Background(), memStories{s}, news.DigestFilter{Since: day("2017-04-10"), Until: day("2017-04-17")}, day("2017-04-17"))
	if err != nil {
		t.Fatal(err)
	}
	it := d.Item(5)
	if it == nil {
		t.Fatal("story 5 not shown")
	}
	if it.MisdatedReports != 1 || it.EarlierReports != 0 || it.SourceCount != 2 {
		t.Errorf("misdated %d, earlier %d, sources %d; want 1, 0, 2", it.MisdatedReports, it.EarlierReports, it.SourceCount)
	}
	if got, want := SourceCount(it), "2 sources"; got != want {
		t.Errorf("source count = %q, want %q", got, want)
	}
	if got, want := ReportSplit(it), "plus 1 report dated before the events it reports"; got != want {
		t.Errorf("key line's reports = %q, want %q", got, want)
	}
	if got, want := SourcesLine(it), "2 sources: [Reuters](<https://reuters.example/2017-04-15>), [AFP](<https://afp.example/2017-04-16>); and 1 report dated before the events it reports: [Jordan Times](<https://jordantimes.example/2017-04-13>) (13 Apr 2017)"; got != want {
		t.Errorf("sources line = %q, want %q", got, want)
	}
}

// TestMisdatedReportsNotEarlier: a report dated before the period AND
// before the first day of the events the item reports cannot have told
// them — a copy whose feed gave it a wrong date — so it is not called an
// earlier report (the 2013, 2016 and 2017 readers each counted "TASS
// (earlier, 15 Aug)" on an attack of 21 Aug as a text error): it is listed
// as dated before the events it reports, and counted so in the sources
// line, the key line, the footer and the JSON.
func TestMisdatedReportsNotEarlier(t *testing.T) {
	src := func(name, d string) news.StorySource {
		return news.StorySource{SourceName: name, Title: "Gas attack kills hundreds", URL: "https://" + name + ".example/" + d, Published: day(d)}
	}
	s := news.Story{ID: 4, Headline: "Gas attack kills hundreds", Categories: []news.Category{news.Violence},
		FirstSeen: day("2013-08-15"), LastSeen: day("2013-08-22"), EventFirst: day("2013-08-21"), EventLast: day("2013-08-21"),
		Sources: []news.StorySource{src("reuters", "2013-08-22"), src("tass", "2013-08-15"), src("afp", "2013-08-18"), src("afp", "2013-08-21")}}
	d, err := Build(context.Background(), memStories{s}, news.DigestFilter{Since: day("2013-08-19"), Until: day("2013-08-26")}, day("2013-08-26"))
	if err != nil {
		t.Fatal(err)
	}
	it := d.Item(4)
	if it == nil {
		t.Fatal("story 4 not shown")
	}
	// TASS, only misdated, is no source of the attack; AFP, with a
	// report of the attack too, is.
	if got, want := SourceCount(it), "2 sources"; got != want {
		t.Errorf("source count = %q, want %q", got, want)
	}
	line := SourcesLine(it)
	if want := "2 sources: [Reuters](<https://reuters.example/2013-08-22>), [AFP](<https://afp.example/2013-08-21>); and 2 reports dated before the events they report: [TASS](<https://tass.example/2013-08-15>) (15 Aug 2013), [AFP](<https://afp.example/2013-08-18>) (18 Aug 2013)"; line != want || strings.Contains(line, "earlier") {
		t.Errorf("sources line = %q, want %q and no outlet called earlier", line, want)
	}
	if it.EarlierReports != 0 || it.MisdatedReports != 2 {
		t.Errorf("earlier %d, misdated %d; want 0 and 2", it.EarlierReports, it.MisdatedReports)
	}
	var md bytes.Buffer
	if err := RenderMarkdown(&md, d); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(md.String(), "4 reports (2 of them dated before the events they report) by 3 sources") {
		t.Errorf("footer does not count the misdated reports:\n%s", md.String())
	}
	var js bytes.Buffer
	if err := RenderJSON(&js, d); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(js.String(), `"misdated": true`) || !strings.Contains(js.String(), `"misdated_reports": 2`) {
		t.Errorf("json lacks the misdated marks:\n%s", js.String())
	}
}

// TestOwnDateOverFeedDate: a report its feed stamped before the events it
// tells, whose text carries a date of its own that fits them (an AFP copy
// "Tuesday 20 Sep 2016" stamped 5 Sep, of a 19 Sep attack), goes by that
// date: it is a source like any other, in the period, and no report is
// "dated before the events". A text date before the events, or more than
// ownDateLag after their last day, fits none (a later article's, a
// schedule's): the feed's date stands and the report keeps its mark; so
// does a report with no date of its own. (Invented stories.)
func TestOwnDateOverFeedDate(t *testing.T) {
	src := func(name, published, written string) news.StorySource {
		s := news.StorySource{SourceName: name, Title: "Air raids on aid convoy kill 20", URL: "https://" + name + ".example/" + published, Published: day(published)}
		if written != "" {
			s.Written = day(written)
		}
		return s
	}
	f := news.DigestFilter{Since: day("2016-09-19"), Until: day("2016-09-26")}
	for _, c := range []struct {
		name     string
		copy     news.StorySource
		line     string
		misdated int
	}{
		{"own date fits", src("ahram", "2016-09-05", "2016-09-20"),
			"2 sources: [Al-Araby Al-Jadeed](<https://alaraby.example/2016-09-21>), [Ahram Online](<https://ahram.example/2016-09-05>)", 0},
		{"own date days after the events", src("ahram", "2016-09-05", "2016-09-23"),
			"2 sources: [Al-Araby Al-Jadeed](<https://alaraby.example/2016-09-21>), [Ahram Online](<https://ahram.example/2016-09-05>)", 0},
		{"own date weeks after the events", src("ahram", "2016-09-05", "2016-10-10"),
			"1 source: [Al-Araby Al-Jadeed](<https://alaraby.example/2016-09-21>); and 1 report dated before the events it reports: [Ahram Online](<https://ahram.example/2016-09-05>) (5 Sep 2016)", 1},
		{"own date before the events", src("ahram", "2016-09-05", "2016-09-12"),
			"1 source: [Al-Araby Al-Jadeed](<https://alaraby.example/2016-09-21>); and 1 report dated before the events it reports: [Ahram Online](<https://ahram.example/2016-09-05>) (5 Sep 2016)", 1},
		{"no own date", src("ahram", "2016-09-05", ""),
			"1 source: [Al-Araby Al-Jadeed](<https://alaraby.example/2016-09-21>); and 1 report dated before the events it reports: [Ahram Online](<https://ahram.example/2016-09-05>) (5 Sep 2016)", 1},
	} {
		t.Run(c.name, func(t *testing.T) {
			s := news.Story{ID: 7, Headline: "Air raids on aid convoy kill 20", Categories: []news.Category{news.Humanitarian},
				FirstSeen: day("2016-09-05"), LastSeen: day("2016-09-21"), EventFirst: day("2016-09-19"), EventLast: day("2016-09-20"),
				Sources: []news.StorySource{src("alaraby", "2016-09-21", ""), c.copy}}
			d, err := Build(context.Background(), memStories{s}, f, day("2016-09-26"))
			if err != nil {
				t.Fatal(err)
			}
			it := d.Item(7)
			if it == nil {
				t.Fatal("story 7 not shown")
			}
			if got := SourcesLine(it); got != c.line {
				t.Errorf("sources line = %q, want %q", got, c.line)
			}
			if it.MisdatedReports != c.misdated || it.EarlierReports != 0 {
				t.Errorf("misdated %d, earlier %d; want %d and 0", it.MisdatedReports, it.EarlierReports, c.misdated)
			}
			var js bytes.Buffer
			if err := RenderJSON(&js, d); err != nil {
				t.Fatal(err)
			}
			if got, want := strings.Contains(js.String(), `"feed_published": "2016-09-05T00:00:00Z"`), c.misdated == 0; got != want {
				t.Errorf("json names the feed's date: %v, want %v", got, want)
			}
		})
	}
}

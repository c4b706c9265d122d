package digest

import (
	"bytes"
	"context"
	"encoding/json"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
	"github.com/conflict-digest/conflict-digest/story"
)

// TestRangeEndIsNoRangeInside: an outlet that gave "1,000" and later
// "between 1,000 and 1,800" makes a story's range whose high end is itself
// a range; the figure reads "1,000 to 1,800 (reported by Al Arabiya)",
// never "1,000 to 1,000 to 1,800" (the 2013 reader's JSON note).
func TestRangeEndIsNoRangeInside(t *testing.T) {
	at := time.Date(2013, 8, 22, 9, 0, 0, 0, time.UTC)
	one := news.Figure{Value: 1000, Qualifier: news.Exact}
	rng := news.Figure{Value: 1800, Low: 1000, Qualifier: news.UpTo}
	s := news.Story{ID: 1, Headline: "Gas attack near the capital", Categories: []news.Category{news.Violence},
		FirstSeen: at, LastSeen: at, Updated: at,
		Sources: []news.StorySource{{ExternalID: "x1", SourceName: "alarabiya", URL: "https://example.org/1", Published: at}},
		Figures: []news.StoryFigure{{Kind: news.FigureKilled, Low: one, LowBy: "alarabiya", High: rng, HighBy: "alarabiya",
			Latest: rng, By: "alarabiya", AsOf: at, Refs: []news.FigureBy{
				{Figure: one, Source: "alarabiya", ArticleID: "x0", Published: at.Add(-time.Hour)},
				{Figure: rng, Source: "alarabiya", ArticleID: "x1", Published: at}}}}}
	d, err := Build(context.Background(), memStories{s}, news.DigestFilter{Since: day("2013-08-19"), Until: day("2013-08-26")}, at)
	if err != nil {
		t.Fatal(err)
	}
	want := "1,000 to 1,800 (reported by Al Arabiya), as of 22 Aug 2013"
	if got := d.Item(1).Figures[0].Text; got != want {
		t.Errorf("figure text %q, want %q", got, want)
	}
	// Its line tells the count that became a range as a range.
	if got, want := FigureLines(d.Item(1)), []string{"Killed — reported by Al Arabiya: 1,000 → between 1,000 and 1,800 (22 Aug)"}; !slices.Equal(got, want) {
		t.Errorf("figure lines %q, want %q", got, want)
	}
	var md, js bytes.Buffer
	if err := RenderMarkdown(&md, d); err != nil {
		t.Fatal(err)
	}
	if err := RenderJSON(&js, d); err != nil {
		t.Fatal(err)
	}
	for name, out := range map[string]string{"markdown": md.String(), "json": js.String()} {
		if strings.Contains(out, "to 1,000 to") {
			t.Errorf("%s holds a range inside a range:\n%s", name, out)
		}
	}
}

// TestRangeEndKeepsBothBounds: when the story's other end is another
// source's count, an end that is a range keeps both its bounds ("more than
// 40 (SOHR) to 1,000–1,800 (…)"), not its upper bound alone, which dropped
// "between 1,000 and" (the 2013 reader, second session of 2026-12-04).
func TestRangeEndKeepsBothBounds(t *testing.T) {
	at := time.Date(2013, 8, 22, 9, 0, 0, 0, time.UTC)
	low := news.Figure{Value: 40, Qualifier: news.MoreThan, Originator: "SOHR"}
	rng := news.Figure{Value: 1800, Low: 1000, Qualifier: news.UpTo}
	f := news.StoryFigure{Kind: news.FigureKilled, Low: low, LowBy: "nna", High: rng, HighBy: "alarabiya",
		Latest: rng, By: "alarabiya", AsOf: at, Refs: []news.FigureBy{
			{Figure: low, Source: "nna", ArticleID: "x0", Published: at.Add(-time.Hour)},
			{Figure: rng, Source: "alarabiya", ArticleID: "x1", Published: at}}}
	got := story.FormatFigure(f)
	if !strings.Contains(got, "more than 40 (SOHR) to 1,000–1,800 (reported by Al Arabiya)") {
		t.Errorf("figure text %q, want both bounds of the high end", got)
	}
	// A low end that is a range below another source's count keeps both too.
	f.Low, f.High, f.LowBy, f.HighBy, f.Latest = rng, news.Figure{Value: 2000, Qualifier: news.Exact, Originator: "SOHR"}, "alarabiya", "nna", news.Figure{Value: 2000, Qualifier: news.Exact, Originator: "SOHR"}
	if got := story.FormatFigure(f); !strings.HasPrefix(got, "1,000–1,800 (reported by Al Arabiya) to 2,000 (SOHR)") {
		t.Errorf("figure text %q, want the low end's both bounds", got)
	}
}

// TestGenericGiverReadsAsFragment: a giver named by what it is, not who,
// leads its line as "according to" with the article a reader expects, as a
// named body leads its line by its name: every line its giver, then its
// counts.
func TestGenericGiverReadsAsFragment(t *testing.T) {
	for _, tt := range []struct{ name, want string }{
		{"hospital", "a hospital"},
		{"local hospital", "a local hospital"},
		{"official", "an official"},
		{"officials", "officials"},
		{"sources", "sources"},
		{"local sources", "local sources"},
		{"witnesses", "witnesses"},
		{"state media (a party to the fighting)", "state media (a party to the fighting)"},
		{"army (a party to the fighting)", "the army (a party to the fighting)"},
		{"civil defence", "the civil defence"},
		{"health ministry", "the health ministry"},
		{"police", "police"},
		{"the monitor", "the monitor"},
		{"a monitor", "a monitor"},
	} {
		if got := withArticle(tt.name); got != tt.want {
			t.Errorf("withArticle(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
	at := time.Date(2016, 9, 22, 9, 0, 0, 0, time.UTC)
	step := func(v int64) news.FigureBy {
		return news.FigureBy{Figure: news.Figure{Value: v, Qualifier: news.Exact}, Source: "afp", ArticleID: "a1", Published: at}
	}
	f := news.StoryFigure{Kind: news.FigureKilled, High: step(45).Figure, Low: step(45).Figure, Latest: step(45).Figure, AsOf: at,
		Lines: []news.FigureLine{{Originator: "hospital", Steps: []news.FigureBy{step(45)}},
			{Originator: "UOSSM", Steps: []news.FigureBy{step(4)}}}}
	got := figureLines(f, false, func(t time.Time) string { return t.Format("2 Jan") })
	if want := []string{"according to a hospital: 45 (22 Sep)", "UOSSM: 4 (22 Sep)"}; !slices.Equal(got, want) {
		t.Errorf("lines %q, want %q", got, want)
	}
}

// TestFigureLinesDatedInDigestYear: each count carries the day of its
// report; a line of one day's counts once, at its end. The year is left
// out for the digest's own year and given for another year's report, and
// for every report of a period that spans years. JSON's history carries
// each count's report time.
func TestFigureLinesDatedInDigestYear(t *testing.T) {
	at := func(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 9, 0, 0, 0, time.UTC) }
	step := func(v int64, q news.Qualifier, p time.Time) news.FigureBy {
		return news.FigureBy{Figure: news.Figure{Value: v, Qualifier: q}, Source: "afp", ArticleID: p.Format("a0102"), Published: p}
	}
	story := func(steps ...news.FigureBy) news.Story {
		last := steps[len(steps)-1]
		s := testStory(1, news.Violence, last.Published, "Shelling hit the town.")
		s.Figures = []news.StoryFigure{{Kind: news.FigureKilled, Low: steps[0].Figure, High: last.Figure, Latest: last.Figure,
			AsOf: last.Published, Refs: steps, Lines: []news.FigureLine{{Originator: "SOHR", Steps: steps}}}}
		return s
	}
	for _, tt := range []struct {
		name         string
		since, until time.Time
		steps        []news.FigureBy
		want         string
	}{
		{"a rise over days", at(2017, 4, 10), at(2017, 4, 17),
			[]news.FigureBy{step(58, news.Exact, at(2017, 4, 12)), step(72, news.Exact, at(2017, 4, 13)), step(86, news.AtLeast, at(2017, 4, 14))},
			"SOHR: 58 (12 Apr) → 72 (13 Apr) → at least 86 (14 Apr)"},
		{"one report", at(2017, 4, 10), at(2017, 4, 17), []news.FigureBy{step(35, news.AtLeast, at(2017, 4, 14))},
			"SOHR: at least 35 (14 Apr)"},
		{"a rise in one day", at(2017, 4, 10), at(2017, 4, 17),
			[]news.FigureBy{step(24, news.AtLeast, at(2017, 4, 14)), step(43, news.AtLeast, at(2017, 4, 14).Add(5*time.Hour))},
			"SOHR: at least 24 → at least 43 (14 Apr)"},
		{"a report of the year before", at(2017, 1, 1), at(2017, 1, 8),
			[]news.FigureBy{step(12, news.Exact, at(2016, 12, 30)), step(20, news.Exact, at(2017, 1, 2))},
			"SOHR: 12 (30 Dec 2016) → 20 (2 Jan)"},
		{"a period across years", at(2016, 12, 29), at(2017, 1, 5),
			[]news.FigureBy{step(12, news.Exact, at(2016, 12, 30)), step(20, news.Exact, at(2017, 1, 2))},
			"SOHR: 12 (30 Dec 2016) → 20 (2 Jan 2017)"},
	} {
		s := story(tt.steps...)
		d, err := Build(context.Background(), memStories{s}, news.DigestFilter{Since: tt.since.Truncate(24 * time.Hour),
			Until: tt.until.Truncate(24 * time.Hour)}, tt.until)
		if err != nil {
			t.Fatal(err)
		}
		it := d.Item(1)
		if it == nil || len(it.Figures) != 1 {
			t.Fatalf("%s: item %+v, want one figure", tt.name, it)
		}
		if got := it.Figures[0].Lines; len(got) != 1 || got[0] != tt.want {
			t.Errorf("%s: lines %q, want %q", tt.name, got, tt.want)
		}
		var js bytes.Buffer
		if err := RenderJSON(&js, d); err != nil {
			t.Fatal(err)
		}
		var out struct {
			Sections []struct {
				Items []struct {
					Figures []struct {
						History []struct {
							By     string `json:"by"`
							Counts []struct {
								Value    int64     `json:"value"`
								Reported time.Time `json:"reported"`
							} `json:"counts"`
						} `json:"history"`
					} `json:"figures"`
				} `json:"items"`
			} `json:"sections"`
		}
		if err := json.Unmarshal(js.Bytes(), &out); err != nil {
			t.Fatal(err)
		}
		h := out.Sections[0].Items[0].Figures[0].History
		if len(h) != 1 || h[0].By != "SOHR" || len(h[0].Counts) != len(tt.steps) ||
			!h[0].Counts[0].Reported.Equal(tt.steps[0].Published) || h[0].Counts[0].Value != tt.steps[0].Value {
			t.Errorf("%s: json history %+v, want SOHR's %d counts with their report times", tt.name, h, len(tt.steps))
		}
	}
}

// TestFigureLineSaysWhomItCounts: a count says the group its report names,
// also when it is the figure's only group: "Russian military: at least 40"
// did not say who died.
func TestFigureLineSaysWhomItCounts(t *testing.T) {
	at := time.Date(2016, 9, 18, 9, 0, 0, 0, time.UTC)
	st := news.FigureBy{Figure: news.Figure{Value: 40, Qualifier: news.AtLeast, Who: "soldiers", Originator: "Russian military", PartyClaim: true},
		Source: "ahram", ArticleID: "a1", Published: at}
	fam := news.FigureBy{Figure: news.Figure{Value: 300, Qualifier: news.About, Unit: "families"}, Source: "ahram", ArticleID: "a1", Published: at}
	f := news.StoryFigure{Kind: news.FigureKilled, Low: st.Figure, High: st.Figure, Latest: st.Figure, AsOf: at,
		Lines: []news.FigureLine{{Originator: "Russian military", PartyClaim: true, Steps: []news.FigureBy{st}}}}
	g := news.StoryFigure{Kind: news.FigureDisplaced, Low: fam.Figure, High: fam.Figure, Latest: fam.Figure, AsOf: at,
		Lines: []news.FigureLine{{Originator: "UNHCR", Steps: []news.FigureBy{fam}}}}
	day := func(t time.Time) string { return t.Format("2 Jan") }
	if got, want := figureLines(f, false, day), []string{"Russian military (a party to the fighting): at least 40 soldiers (18 Sep)"}; !slices.Equal(got, want) {
		t.Errorf("lines %q, want %q", got, want)
	}
	if got, want := figureLines(g, false, day), []string{"UNHCR: about 300 families (18 Sep)"}; !slices.Equal(got, want) {
		t.Errorf("a count of families: lines %q, want %q", got, want)
	}
}

// TestCountOfNoKnownDayDatesNoOther: a count of a report of no known day
// says so, and every other count keeps its day.
func TestCountOfNoKnownDayDatesNoOther(t *testing.T) {
	at := time.Date(2017, 4, 14, 9, 0, 0, 0, time.UTC)
	st := func(v int64, p time.Time) news.FigureBy {
		return news.FigureBy{Figure: news.Figure{Value: v, Qualifier: news.Exact}, Source: "afp", ArticleID: "a1", Published: p}
	}
	f := news.StoryFigure{Kind: news.FigureKilled, Low: st(20, at).Figure, High: st(58, at).Figure, Latest: st(58, at).Figure, AsOf: at,
		Lines: []news.FigureLine{
			{Originator: "SOHR", Steps: []news.FigureBy{st(20, time.Time{}), st(58, at)}},
			{Originator: "UNICEF", Steps: []news.FigureBy{st(30, at.Add(-24*time.Hour))}},
		}}
	got := figureLines(f, false, func(t time.Time) string { return t.Format("2 Jan") })
	if want := []string{"SOHR: 20 (day not known) → 58 (14 Apr)", "UNICEF: 30 (13 Apr)"}; !slices.Equal(got, want) {
		t.Errorf("lines %q, want %q", got, want)
	}
}

// TestFigureTextKeepsItemSpread: an item's figure text in JSON states the
// range its figure lines and spread show — the named sources' counts — not
// the story's range, which takes in an outlet's count that no one is named
// for ("1,000–1,800 (reported by Al Arabiya)"): the 2013 window's readers
// of two sessions counted the contradiction as a figure error.
func TestFigureTextKeepsItemSpread(t *testing.T) {
	at := time.Date(2013, 8, 21, 9, 0, 0, 0, time.UTC)
	by := func(f news.Figure, src, id string, h int) news.FigureBy {
		return news.FigureBy{Figure: f, Source: src, ArticleID: id, Published: at.Add(time.Duration(h) * time.Hour)}
	}
	sohr := news.Figure{Value: 40, Qualifier: news.MoreThan, Originator: "SOHR"}
	rng := news.Figure{Value: 1800, Low: 1000, Qualifier: news.UpTo}
	opp := news.Figure{Value: 1300, Qualifier: news.AtLeast, Originator: "opposition", PartyClaim: true}
	f := news.StoryFigure{Kind: news.FigureKilled, Low: sohr, LowBy: "reuters", High: rng, HighBy: "alarabiya",
		Latest: opp, By: "alarabiya", AsOf: at.Add(3 * time.Hour),
		Refs: []news.FigureBy{by(sohr, "reuters", "a0", 0), by(rng, "alarabiya", "a1", 1), by(opp, "alarabiya", "a2", 3)},
		Lines: []news.FigureLine{
			{Originator: "SOHR", Steps: []news.FigureBy{by(sohr, "reuters", "a0", 0)}},
			{Outlet: "alarabiya", Steps: []news.FigureBy{by(rng, "alarabiya", "a1", 1)}},
			{Originator: "opposition", PartyClaim: true, Steps: []news.FigureBy{by(opp, "alarabiya", "a2", 3)}},
		}}
	if got := story.FormatFigure(f); !strings.Contains(got, "1,000–1,800") {
		t.Fatalf("the story's range %q no longer takes in the outlet's count: the test no longer tests", got)
	}
	it := newItemFigure(f, false, nil)
	if it.Spread == "" {
		t.Fatalf("no spread: %+v", it)
	}
	if strings.Contains(it.Text, "1,000") || !strings.HasPrefix(it.Text, it.Spread) || !strings.HasSuffix(it.Text, ", as of 21 Aug 2013") {
		t.Errorf("figure text %q, want the spread %q and the story's date", it.Text, it.Spread)
	}
}

// TestFigureTextQualifierOfOneReport: two reports of one count, one "at
// least 40" and one an exact 40 that leads the item: the figure's text says
// the count as the qualifier beside it does, from the same report (0530's
// reader: "at least 31" beside qualifier "exact" and a Markdown "31").
func TestFigureTextQualifierOfOneReport(t *testing.T) {
	at := time.Date(2016, 6, 3, 0, 0, 0, 0, time.UTC)
	loose := news.Figure{Value: 40, Qualifier: news.AtLeast, Originator: "civil defence"}
	exact := news.Figure{Value: 40, Qualifier: news.Exact, Originator: "civil defence"}
	by := func(f news.Figure, id string) news.FigureBy {
		return news.FigureBy{Figure: f, Source: "wire", ArticleID: id, Published: at}
	}
	f := news.StoryFigure{Kind: news.FigureKilled, Low: loose, LowBy: "wire", High: loose, HighBy: "wire",
		Latest: exact, By: "wire", AsOf: at,
		Refs:  []news.FigureBy{by(loose, "a1"), by(exact, "a2")},
		Lines: []news.FigureLine{{Originator: "civil defence", Steps: []news.FigureBy{by(exact, "a2")}}}}
	it := newItemFigure(f, false, nil)
	if it.Qualifier != news.Exact || it.Text != "40 (civil defence), as of 3 Jun 2016" {
		t.Errorf("text %q, qualifier %q; want \"40 (civil defence), as of 3 Jun 2016\" and exact", it.Text, it.Qualifier)
	}
	f.Lines = nil // no lines: the story's latest count leads
	if it := newItemFigure(f, false, nil); it.Qualifier != news.Exact || !strings.HasPrefix(it.Text, "40 (") {
		t.Errorf("without lines: text %q, qualifier %q; want the exact 40", it.Text, it.Qualifier)
	}
}

// TestKeyAndTrendMarkAPartysCount: the count a key development and a
// conflict's line cite says a party gave it when the item's figure line
// does, whether a party is quoted or is the outlet itself.
func TestKeyAndTrendMarkAPartysCount(t *testing.T) {
	at := time.Date(2016, 6, 2, 0, 0, 0, 0, time.UTC)
	c := news.FigureBy{Figure: news.Figure{Value: 70, Qualifier: news.AtLeast}, Source: "etilaf", ArticleID: "a1", Published: at}
	f := news.StoryFigure{Kind: news.FigureKilled, Low: c.Figure, High: c.Figure, Latest: c.Figure, By: "etilaf", AsOf: at,
		Refs: []news.FigureBy{c}, Lines: []news.FigureLine{{Outlet: "etilaf", PartyClaim: true, Steps: []news.FigureBy{c}}}}
	it := newItemFigure(f, false, nil)
	if got, want := tollText(&it), "Syrian Coalition (a party to the fighting) reports at least 70 killed"; got != want {
		t.Errorf("trend %q, want %q", got, want)
	}
	if got, want := figureShort(&it), "at least 70 (reported by Syrian Coalition, a party to the fighting)"; got != want {
		t.Errorf("key %q, want %q", got, want)
	}
	f.Lines[0].PartyClaim = false
	if it := newItemFigure(f, false, nil); tollText(&it) != "Syrian Coalition reports at least 70 killed" {
		t.Errorf("unmarked line, trend %q", tollText(&it))
	}
}

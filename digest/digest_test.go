package digest

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// memStories is a StorySource over a slice, filtering as the store does: a
// story is in the window when one of its articles is, and matches the topics
// when it has one of them.
type memStories []news.Story

func (m memStories) Stories(_ context.Context, f news.DigestFilter) ([]news.Story, error) {
	var out []news.Story
	for _, s := range m {
		if !anyInWindow(s, f) || (len(f.Topics) > 0 && !anyTopic(s, f.Topics)) {
			continue
		}
		out = append(out, s)
	}
	return out, nil
}

func inWindow(t time.Time, f news.DigestFilter) bool {
	if t.IsZero() {
		return true
	}
	return !t.Before(f.Since) && (f.Until.IsZero() || t.Before(f.Until))
}

func anyInWindow(s news.Story, f news.DigestFilter) bool {
	for _, src := range s.Sources {
		if inWindow(src.Published, f) || !f.ByStored && inWindow(s.PeriodTime(src.Published), f) {
			return true // as the stores: a report dated before its events counts at their first day
		}
	}
	return false
}

func anyTopic(s news.Story, topics []news.Category) bool {
	for _, c := range topics {
		if slices.Contains(s.Categories, c) {
			return true
		}
	}
	return false
}

func loadStories(t testing.TB) memStories {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "stories.json"))
	if err != nil {
		t.Fatal(err)
	}
	var ss memStories
	if err := json.Unmarshal(b, &ss); err != nil {
		t.Fatal(err)
	}
	return ss
}

func day(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

func TestBuildGolden(t *testing.T) {
	src := loadStories(t)
	now := day("2017-04-11").Add(6 * time.Hour)
	tests := []struct {
		name string
		f    news.DigestFilter
	}{
		{"week", news.DigestFilter{Since: day("2017-04-04"), Until: day("2017-04-11")}},
		{"ceasefire", news.DigestFilter{Since: day("2017-04-04"), Until: day("2017-04-11"), Topics: []news.Category{news.Ceasefire}}},
		{"limit3", news.DigestFilter{Since: day("2017-04-04"), Until: day("2017-04-11"), Limit: 3}},
		{"empty", news.DigestFilter{Since: day("2018-01-01"), Until: day("2018-01-02")}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Build(context.Background(), src, tt.f, now)
			if err != nil {
				t.Fatal(err)
			}
			var md, js bytes.Buffer
			if err := RenderMarkdown(&md, d); err != nil {
				t.Fatal(err)
			}
			if err := RenderLeftOut(&md, d); err != nil {
				t.Fatal(err)
			}
			if err := RenderJSON(&js, d); err != nil {
				t.Fatal(err)
			}
			golden(t, tt.name+".md.golden", md.Bytes())
			golden(t, tt.name+".json.golden", js.Bytes())
		})
	}
}

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read golden (run with -update): %v", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from golden file; got:\n%s", name, got)
	}
}

func TestBuildWeek(t *testing.T) {
	d, err := Build(context.Background(), loadStories(t),
		news.DigestFilter{Since: day("2017-04-04"), Until: day("2017-04-11")}, day("2017-04-11"))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := d.Counts, (Counts{Stories: 8, Articles: 16, Sources: 8}); got != want {
		t.Errorf("counts = %+v, want %+v", got, want)
	}
	var cats []news.Category
	for _, s := range d.Sections {
		cats = append(cats, s.Category)
	}
	// Sections in the order of their most significant story: the gas
	// attack's violated truce first, then the foreign minister's call
	// for an inquiry (diplomacy outranks a two-source strike).
	if got, want := joinCats(cats), "ceasefire,talks,violence"; got != want {
		t.Errorf("sections = %s, want %s", got, want)
	}
	// The gas attack saw its truce violated and has six sources: it leads
	// the key developments, with its change of state.
	if len(d.Key) != 3 || d.Key[0].StoryID != 1 || d.Key[0].Why != "change of state" {
		t.Fatalf("key = %+v, want 3 led by story 1 for its change of state", d.Key)
	}
	first := d.Item(1)
	if first.Section != news.Ceasefire || first.Direction != Worse || first.Change != "ceasefire: in effect → violated" {
		t.Errorf("story 1 = %q %q %q, want ceasefire, worse, \"ceasefire: in effect → violated\"", first.Section, first.Direction, first.Change)
	}
	// Stories 4 and 8 report a truce violated but saw no change: no arrow.
	for _, id := range []int64{4, 8} {
		if it := d.Item(id); it.Change != "" || it.Direction != "" {
			t.Errorf("story %d change %q %q, want none", id, it.Change, it.Direction)
		}
	}
	if ids := d.StoryIDs(); len(ids) != 8 {
		t.Errorf("story ids = %v, want 8 distinct", ids)
	}
	if want := "8 stories from 16 reports by 8 sources · 4–10 Apr 2017"; d.Footer != want {
		t.Errorf("footer = %q, want %q", d.Footer, want)
	}
	if len(d.Trends) != 1 || d.Trends[0].Trend != TrendWorse || !strings.HasPrefix(d.Trends[0].Reason, "ceasefire: in effect → violated") {
		t.Errorf("trends = %+v, want one, deteriorated for the truce", d.Trends)
	}
}

func joinCats(cs []news.Category) string {
	var ss []string
	for _, c := range cs {
		ss = append(ss, string(c))
	}
	return strings.Join(ss, ",")
}

func TestBuildRejectsBackwardsPeriod(t *testing.T) {
	_, err := Build(context.Background(), memStories{}, news.DigestFilter{Since: day("2017-04-04"), Until: day("2017-04-01")}, day("2017-04-11"))
	if got := news.ErrorCode(err); got != news.EINVALID {
		t.Fatalf("code = %q, want %q (err %v)", got, news.EINVALID, err)
	}
}

func TestBuildStoryOnce(t *testing.T) {
	s := news.Story{ID: 7, Headline: "Truce holds", Categories: []news.Category{news.Ceasefire, news.Violence},
		LastSeen: day("2017-04-05"), Sources: []news.StorySource{{SourceName: "a", Published: day("2017-04-05")}}}
	d, err := Build(context.Background(), memStories{s, s}, news.DigestFilter{Since: day("2017-04-01")}, day("2017-04-06"))
	if err != nil {
		t.Fatal(err)
	}
	if got := d.StoryIDs(); len(got) != 1 || d.Sections[0].Category != news.Ceasefire {
		t.Errorf("ids = %v in %q, want [7] once in ceasefire", got, d.Sections[0].Category)
	}
}

// TestTopicsByWhatStoriesAreAbout: with no topics a story goes in its
// primary section (story.Primary: its change of state, else the news the
// digest exists for before violence), and a topic filter selects a story
// by a category its reports carry, in that section.
func TestTopicsByWhatStoriesAreAbout(t *testing.T) {
	at := day("2017-04-05")
	src := []news.StorySource{{SourceName: "a", Published: at}}
	stories := memStories{
		{ID: 1, Headline: "Air strike kills 39", Categories: []news.Category{news.Violence, news.Talks}, LastSeen: at, Sources: src},
		{ID: 2, Headline: "Geneva talks open", Categories: []news.Category{news.Talks, news.Violence}, LastSeen: at, Sources: src},
		{ID: 3, Headline: "Siege of Madaya lifted", Categories: []news.Category{news.Violence, news.Humanitarian},
			Changes: []news.StoryChange{{Change: news.ChangeSiegeLifted, At: at}}, LastSeen: at, Sources: src},
		{ID: 4, Headline: "Shelling of Idlib", Categories: []news.Category{news.Violence}, LastSeen: at, Sources: src},
	}
	tests := []struct {
		topics []news.Category
		want   map[int64]news.Category
	}{
		{nil, map[int64]news.Category{1: news.Talks, 2: news.Talks, 3: news.Humanitarian, 4: news.Violence}},
		{[]news.Category{news.Talks}, map[int64]news.Category{1: news.Talks, 2: news.Talks}},
		{[]news.Category{news.Humanitarian}, map[int64]news.Category{3: news.Humanitarian}},
		{[]news.Category{news.Violence}, map[int64]news.Category{1: news.Violence, 2: news.Violence, 3: news.Violence, 4: news.Violence}},
		{[]news.Category{news.Ceasefire}, map[int64]news.Category{}},
	}
	for _, tt := range tests {
		d, err := Build(context.Background(), stories, news.DigestFilter{Since: day("2017-04-01"), Topics: tt.topics}, at)
		if err != nil {
			t.Fatal(err)
		}
		got := map[int64]news.Category{}
		for _, sec := range d.Sections {
			for _, it := range sec.Items {
				got[it.StoryID] = sec.Category
			}
		}
		if !maps.Equal(got, tt.want) {
			t.Errorf("topics %v: sections %v, want %v", tt.topics, got, tt.want)
		}
	}
}

// TestKeywordsByWhatStoriesAreAbout: a keyword selects the stories whose
// headline, summary, places or actors name it, as whole words.
func TestKeywordsByWhatStoriesAreAbout(t *testing.T) {
	at := day("2017-04-05")
	src := []news.StorySource{{SourceName: "a", Published: at}}
	v := []news.Category{news.Violence}
	stories := memStories{
		{ID: 1, Headline: "Air strike kills 39 in Idlib", Summary: "Jets hit a market.", Categories: v, LastSeen: at, Sources: src},
		{ID: 2, Headline: "Envoy arrives", Summary: "Talks resume in Geneva on Monday.", Categories: []news.Category{news.Talks}, LastSeen: at, Sources: src},
		{ID: 3, Headline: "Rebels regroup", Categories: v, LastSeen: at, Sources: src, Actors: []news.Entity{{Name: "Astana delegation"}}},
		{ID: 4, Headline: "Genevan bank fined", Categories: v, LastSeen: at, Sources: src},
	}
	d, err := Build(context.Background(), stories, news.DigestFilter{Since: day("2017-04-01"), Keywords: []string{"Geneva", "astana"}}, at)
	if err != nil {
		t.Fatal(err)
	}
	if got := d.StoryIDs(); !slices.Equal(slices.Sorted(slices.Values(got)), []int64{2, 3}) {
		t.Errorf("stories = %v, want 2 and 3", got)
	}
}

func TestChangeText(t *testing.T) {
	tests := []struct {
		c    news.Change
		from news.CeasefireStatus
		want string
	}{
		{news.ChangeCeasefireCollapsed, news.CeasefireInEffect, "ceasefire: in effect → collapsed"},
		{news.ChangeCeasefireInEffect, "", "ceasefire took effect"},
		{news.ChangeTalksSuspended, "", "talks suspended"},
		{news.ChangeEvacuationBegun, "", "evacuation began"},
		{news.ChangeFirst, "", "a first of its kind"},
	}
	for _, tt := range tests {
		if got := ChangeText(tt.c, tt.from); got != tt.want {
			t.Errorf("ChangeText(%s, %q) = %q, want %q", tt.c, tt.from, got, tt.want)
		}
	}
}

func TestRanking(t *testing.T) {
	now := day("2017-04-10")
	src := func(names ...string) []news.StorySource {
		var out []news.StorySource
		for _, n := range names {
			out = append(out, news.StorySource{SourceName: n, Published: now.Add(-time.Hour)})
		}
		return out
	}
	v := []news.Category{news.Violence}
	stories := memStories{
		{ID: 1, Headline: "one source", Categories: v, LastSeen: now.Add(-time.Hour), Sources: src("a")},
		{ID: 2, Headline: "three sources", Categories: v, LastSeen: now.Add(-time.Hour), Sources: src("a", "b", "c")},
		{ID: 3, Headline: "big toll", Categories: v, LastSeen: now.Add(-time.Hour), Sources: src("a"),
			Figures: []news.StoryFigure{{Kind: "killed", Latest: news.Figure{Value: 1000, Qualifier: news.AtLeast}}}},
		{ID: 4, Headline: "older", Categories: v, LastSeen: now.Add(-72 * time.Hour), Sources: src("a")},
	}
	d, err := Build(context.Background(), stories, news.DigestFilter{Since: now.Add(-96 * time.Hour)}, now)
	if err != nil {
		t.Fatal(err)
	}
	var got []int64
	for _, it := range d.Sections[0].Items {
		got = append(got, it.StoryID)
	}
	if want := []int64{2, 3, 1, 4}; !equalIDs(got, want) {
		t.Errorf("order = %v, want %v", got, want)
	}
}

func equalIDs(a, b []int64) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestFirstSentences(t *testing.T) {
	tests := []struct{ in, want string }{
		{"One. Two. Three.", "One. Two."},
		{"At least 3.5 km away. The U.S. said so. Third.", "At least 3.5 km away. The U.S. said so."},
		{"No stop at all", "No stop at all"},
		{"Russia's Col. Gen. Sergei Rudskoy said so. The U.S. denied it. Third.", "Russia's Col. Gen. Sergei Rudskoy said so. The U.S. denied it."},
		{"John J. Smith spoke. Others left. Third.", "John J. Smith spoke. Others left."},
		{`The envoy said "talks will resume." Rebels agreed. Third.`, `The envoy said "talks will resume." Rebels agreed.`},
		{"The truce began on Sept. 12 in the town. It held. Third.", "The truce began on Sept. 12 in the town. It held."},
		{"Idlib.Rebels agreed. Third.", "Idlib.Rebels agreed."}, // glued by stripped markup
	}
	for _, tt := range tests {
		if got := firstSentences(tt.in, 2); got != tt.want {
			t.Errorf("firstSentences(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestSharedBuilderMatchesBuild builds many digests with one shared Builder
// and checks each against a digest built alone.
func TestSharedBuilderMatchesBuild(t *testing.T) {
	src := loadStories(t)
	now := day("2017-04-11")
	b := NewBuilder(src, now)
	topics := [][]news.Category{nil, {news.Talks}, {news.Ceasefire, news.Violence}, {news.Humanitarian}}
	for _, since := range []string{"2017-04-04", "2017-04-07", "2017-04-09"} {
		for _, tp := range topics {
			for _, limit := range []int{0, 2} {
				f := news.DigestFilter{Since: day(since), Until: now, Topics: tp, Limit: limit}
				alone, err := Build(context.Background(), src, f, now)
				if err != nil {
					t.Fatal(err)
				}
				shared, err := b.Build(context.Background(), f)
				if err != nil {
					t.Fatal(err)
				}
				var a, s bytes.Buffer
				RenderJSON(&a, alone)
				RenderJSON(&s, shared)
				if a.String() != s.String() {
					t.Errorf("since %s topics %v limit %d: shared builder differs:\n%s\nwant\n%s", since, tp, limit, s.String(), a.String())
				}
			}
		}
	}
	if n := len(b.lists); n != 3 {
		t.Errorf("story queries = %d, want one per window (3)", n)
	}
}

// reportedOn is a story of one report published on published about events
// of the day events.
func reportedOn(id int64, published, events string) news.Story {
	return news.Story{ID: id, Headline: "Shelling of a market " + events, Categories: []news.Category{news.Violence},
		FirstSeen: day(published), LastSeen: day(published), EventFirst: day(events), EventLast: day(events),
		Sources: []news.StorySource{{SourceName: "a", Published: day(published)}}}
}

// A story whose only reports are dated before its events (copies a feed
// re-dated) is a story of the period of its events, not of its reports'
// dates: it is in that period's digest and not in the digest of the period
// its reports are dated in (issue 13, 2016). A story whose report is dated
// after its events is judged by that date as before.
func TestPeriodOfMisdatedStory(t *testing.T) {
	story := reportedOn
	src := memStories{
		story(1, "2017-04-03", "2017-04-12"), // dated before its events, which are in the period
		story(2, "2017-04-03", "2017-04-02"), // an old event, dated after it
		story(3, "2017-04-03", "2017-04-20"), // dated before its events, which are after the period
	}
	for _, c := range []struct {
		since, until string
		want         []int64
	}{
		{"2017-04-10", "2017-04-17", []int64{1}},
		{"2017-04-02", "2017-04-09", []int64{2}},
		{"2017-04-17", "2017-04-24", []int64{3}},
	} {
		d, err := Build(context.Background(), src, news.DigestFilter{Since: day(c.since), Until: day(c.until)}, day(c.until))
		if err != nil {
			t.Fatal(err)
		}
		got := d.StoryIDs()
		slices.Sort(got)
		if !slices.Equal(got, c.want) {
			t.Errorf("%s–%s: stories %v, want %v", c.since, c.until, got, c.want)
		}
	}
}

// A period's digest tells of the period's events: a story whose articles
// date its events well before the period (a late or misdated report of an
// old attack) or after it is left out with the reason, a report of the day
// before the period published the next morning is kept, and a story with
// undated events is judged by its reports. A subscription's digest (ByStored) is not held to it: what
// was stored since its last digest is news to it.
func TestPeriodByEventDates(t *testing.T) {
	story := func(id int64, first, last string) news.Story {
		s := news.Story{ID: id, Headline: "Strike " + first, Categories: []news.Category{news.Violence},
			FirstSeen: day("2017-04-12"), LastSeen: day("2017-04-12"),
			Sources: []news.StorySource{{SourceName: "a", Published: day("2017-04-12")}}}
		if first != "" {
			s.EventFirst, s.EventLast = day(first), day(last)
		}
		return s
	}
	src := memStories{
		story(1, "2017-04-02", "2017-04-02"), // old event, published in the period
		story(2, "2017-04-09", "2017-04-09"), // the day before: still news
		story(3, "2017-04-12", "2017-04-13"),
		story(4, "2017-04-28", "2017-04-30"), // dated after the period
		story(5, "", ""),                     // undated: by its reports
		story(6, "2017-03-30", "2017-04-11"), // began before, goes on in the period
	}
	// the day before, reported the next morning: this period's news (a
	// report of it three days on is the news of the day of its events)
	src[1].FirstSeen, src[1].LastSeen = day("2017-04-10").Add(8*time.Hour), day("2017-04-10").Add(8*time.Hour)
	src[1].Sources[0].Published = src[1].FirstSeen
	for _, byStored := range []bool{false, true} {
		f := news.DigestFilter{Since: day("2017-04-10"), Until: day("2017-04-17"), ByStored: byStored}
		want := []int64{2, 3, 5, 6}
		if byStored {
			want = []int64{1, 2, 3, 4, 5, 6}
		}
		d, err := Build(context.Background(), src, f, day("2017-04-17"))
		if err != nil {
			t.Fatal(err)
		}
		got := d.StoryIDs()
		slices.Sort(got)
		if !slices.Equal(got, want) {
			t.Errorf("by stored %v: stories %v, want %v", byStored, got, want)
		}
		reasons := map[int64]string{}
		for _, l := range d.LeftOut {
			reasons[l.StoryID] = l.Reason
		}
		if !byStored && (!strings.Contains(reasons[1], "older than the period (2 Apr 2017)") || !strings.Contains(reasons[4], "later than the period (28 Apr 2017)")) {
			t.Errorf("by stored %v: left out %v, want stories 1 and 4 with their dates", byStored, reasons)
		}
		// The reader who saw their reports is told where they went, in
		// every format.
		wantLine := "2 more stories reported in this period tell of events of other days (2 Apr 2017, 28–30 Apr 2017): the digests of those days show them."
		if byStored {
			wantLine = ""
		}
		if got := OutsideLine(d); got != wantLine {
			t.Errorf("by stored %v: outside line %q, want %q", byStored, got, wantLine)
		}
		var md bytes.Buffer
		if err := RenderMarkdown(&md, d); err != nil {
			t.Fatal(err)
		}
		if wantLine != "" && !strings.Contains(md.String(), wantLine) {
			t.Errorf("the Markdown digest does not say %q:\n%s", wantLine, md.String())
		}
	}
}

// TestOutsideLineCountsTheNextDaysEvents: a story reported in the period
// whose text dates its events to the day after the period (within the
// grace a late report of yesterday is allowed) is left out as the next
// period's news, and the footer's line counts and dates it with the other
// stories of other days: every story left out is accounted for.
func TestOutsideLineCountsTheNextDaysEvents(t *testing.T) {
	story := reportedOn
	src := memStories{
		story(1, "2016-07-06", "2016-07-06"),
		story(2, "2016-07-06", "2016-07-11"), // reported on 6 Jul, the assault of 11 Jul
		story(3, "2016-07-06", "2016-07-27"), // well after the period
	}
	d, err := Build(context.Background(), src, news.DigestFilter{Since: day("2016-07-04"), Until: day("2016-07-11")}, day("2016-07-11"))
	if err != nil {
		t.Fatal(err)
	}
	if got := d.StoryIDs(); !slices.Equal(got, []int64{1}) {
		t.Fatalf("stories %v, want [1]", got)
	}
	want := "2 more stories reported in this period tell of events of other days (11 Jul 2016, 27 Jul 2016): the digests of those days show them."
	if got := OutsideLine(d); got != want {
		t.Errorf("outside line %q, want %q", got, want)
	}
}

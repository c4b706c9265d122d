package digest

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

// TestFigureOutletIsNotTheSource: a figure whose reports name no
// originator is the outlet's report of it, and every place a reader sees
// it says so — its line, the key development, the conflict's trend and the
// note since the last digest — while a named originator stands alone.
func TestFigureOutletIsNotTheSource(t *testing.T) {
	at := day("2016-09-24")
	step := func(v int64, src string) news.FigureBy {
		return news.FigureBy{Figure: news.Figure{Value: v, Qualifier: news.Exact}, Source: src, Published: at}
	}
	fig := news.StoryFigure{Kind: news.FigureKilled, High: news.Figure{Value: 92}, Latest: news.Figure{Value: 92}, By: "dailysabah",
		Lines: []news.FigureLine{
			{Originator: "SOHR", Steps: []news.FigureBy{step(25, "ahram")}},
			{Outlet: "dailysabah", Steps: []news.FigureBy{step(92, "dailysabah")}},
		}}
	var stories memStories
	for i := int64(1); i <= 4; i++ {
		s := testStory(i, news.Violence, at, "Strikes hit Aleppo.")
		s.Places = []news.Entity{{Name: "Aleppo", Kind: "city", Conflict: "syria", Lead: true}}
		if i == 1 {
			// The headline tells the outlet's count: it is the one the
			// item is summed up by (leadLine), SOHR's stands beside it.
			s.Headline, s.Figures = "Strikes kill 92 in Aleppo", []news.StoryFigure{fig}
		}
		stories = append(stories, s)
	}
	d, err := Build(context.Background(), stories, news.DigestFilter{Since: day("2016-09-19"), Until: day("2016-09-26")}, at)
	if err != nil {
		t.Fatal(err)
	}
	it := d.Item(1)
	// The line the item is summed up by comes first (orderedLines).
	if got, want := it.Figures[0].Lines, []string{"reported by Daily Sabah: 92 (24 Sep)", "SOHR: 25 (24 Sep)"}; !slices.Equal(got, want) {
		t.Errorf("lines %q, want %q", got, want)
	}
	if len(d.Key) == 0 || !strings.HasSuffix(d.Key[0].Text, "killed: 92 (reported by Daily Sabah, 24 Sep))") {
		t.Errorf("key developments %+v, want the first to end with the toll reported by Daily Sabah", d.Key)
	}
	if len(d.Trends) != 1 || !strings.HasPrefix(d.Trends[0].Reason, "Daily Sabah reports 92 killed (Aleppo") {
		t.Errorf("trends %+v, want Syria's reason to say Daily Sabah reports the toll", d.Trends)
	}
	// Daily Sabah's 80 was remembered before digests kept a count's day.
	told := map[int64]news.DeliveredStory{1: {StoryID: 1, Sources: 1, Figures: []news.DeliveredFigure{
		{Kind: news.FigureKilled, By: "Daily Sabah", Text: "80", Value: 80},
		{Kind: news.FigureKilled, By: "SOHR", Text: "20", Value: 20, Reported: day("2016-09-22")}}}}
	items := []Item{*it}
	markSince(items, told)
	want := []string{"toll rose — reported by Daily Sabah: 80 (day not known) → 92 (24 Sep 2016)",
		"toll rose — SOHR: 20 (22 Sep 2016) → 25 (24 Sep 2016)"} // in the lines' order
	if got := items[0].Since.Notes; !slices.Equal(got, want) {
		t.Errorf("since notes %q, want %q", got, want)
	}
	// In the digest, the days are in its period's year.
	want = []string{"toll rose — reported by Daily Sabah: 80 (day not known) → 92 (24 Sep)",
		"toll rose — SOHR: 20 (22 Sep) → 25 (24 Sep)"}
	if got := items[0].Since.dated(d.dayFormat()).Notes; !slices.Equal(got, want) {
		t.Errorf("since notes in the digest %q, want %q", got, want)
	}
}

// TestTruceStateOvertaken: a conflict's truce is told once (tracks): the
// story that leads its track shows the truce's state, the latest (the first
// story that tells it, with no change of state to lead), and the
// others of the same conflict follow it as its developments without a
// state of their own (an earlier "in effect" would no longer hold);
// another conflict's truce is its own.
func TestTruceStateOvertaken(t *testing.T) {
	mk := func(id int64, on string, st news.CeasefireStatus, conflict string) news.Story {
		s := testStory(id, news.Ceasefire, day(on), "Truce news.")
		s.CeasefireStatus = st
		s.EventFirst, s.EventLast = day(on), day(on)
		s.Places = []news.Entity{{Name: "P" + conflict, Kind: "city", Conflict: conflict, Lead: true}}
		return s
	}
	stories := memStories{
		mk(1, "2016-09-15", news.CeasefireInEffect, "syria"),
		mk(2, "2016-09-19", news.CeasefireCollapsed, "syria"),
		mk(3, "2016-09-18", news.CeasefireCollapsed, "syria"),
		mk(4, "2016-09-14", news.CeasefireInEffect, "yemen"),
	}
	d, err := Build(context.Background(), stories, news.DigestFilter{Since: day("2016-09-13"), Until: day("2016-09-20")}, day("2016-09-20"))
	if err != nil {
		t.Fatal(err)
	}
	// With no change of state to lead, the first story of the latest
	// state leads (18 Sep), and the track reads in time order.
	want := map[int64]string{1: "Ceasefire · on the truce above · 15 Sep 2016 · Psyria", 2: "Ceasefire · on the truce above · 19 Sep 2016 · Psyria",
		3: "Ceasefire · ceasefire collapsed · 18 Sep 2016 · Psyria", 4: "Ceasefire · ceasefire in effect · 14 Sep 2016 · Pyemen"}
	for id, w := range want {
		if got := ItemMeta(d.Item(id)); got != w {
			t.Errorf("story %d: %q, want %q", id, got, w)
		}
	}
}

// TestTrendTollOfThePeriod: a conflict's reason is the largest toll of the
// period's own events, not a larger one of last week's attack reported
// again in it; among the period's own, the largest.
func TestTrendTollOfThePeriod(t *testing.T) {
	mk := func(id int64, first, last string, killed int64) news.Story {
		s := testStory(id, news.Violence, day(last), "Strikes.")
		s.EventFirst, s.EventLast = day(first), day(last)
		s.Places = []news.Entity{{Name: fmt.Sprint("Town", id), Kind: "town", Conflict: "syria", Lead: true}}
		s.Figures = []news.StoryFigure{{Kind: news.FigureKilled, High: news.Figure{Value: killed}, Latest: news.Figure{Value: killed},
			Lines: []news.FigureLine{{Originator: "SOHR", Steps: []news.FigureBy{{Figure: news.Figure{Value: killed, Qualifier: news.Exact}}}}}}}
		return s
	}
	stories := memStories{mk(1, "2017-04-04", "2017-04-09", 86), mk(2, "2017-04-15", "2017-04-15", 60), mk(3, "2017-04-12", "2017-04-12", 55)}
	d, err := Build(context.Background(), stories, news.DigestFilter{Since: day("2017-04-10"), Until: day("2017-04-17")}, day("2017-04-17"))
	if err != nil {
		t.Fatal(err)
	}
	if want := "SOHR: 60 killed (Town2, 15 Apr 2017)"; len(d.Trends) != 1 || d.Trends[0].Reason != want {
		t.Errorf("trends %+v, want one with the reason %q", d.Trends, want)
	}
}

// TestInterstateStrikeLeads: a state's strike on another state's
// government forces (a change of state for the worse) leads the key
// developments above single strikes with larger tolls and more sources,
// and the conflict's reason names it, then the week's mass toll of
// another story.
func TestInterstateStrikeLeads(t *testing.T) {
	mk := func(id int64, on string, killed int64, outlets int) news.Story {
		s := testStory(id, news.Violence, day(on), "Strikes.")
		s.EventFirst, s.EventLast = day(on), day(on)
		s.Places = []news.Entity{{Name: fmt.Sprint("Town", id), Kind: "town", Conflict: "syria", Lead: true}}
		s.Figures = []news.StoryFigure{{Kind: news.FigureKilled, High: news.Figure{Value: killed}, Latest: news.Figure{Value: killed},
			Lines: []news.FigureLine{{Originator: "SOHR", Steps: []news.FigureBy{{Figure: news.Figure{Value: killed, Qualifier: news.Exact}}}}}}}
		for k := 1; k < outlets; k++ {
			s.Sources = append(s.Sources, news.StorySource{ExternalID: fmt.Sprint(id, "-", k), SourceName: fmt.Sprint("outlet", k), Published: day(on)})
		}
		return s
	}
	strike := mk(4, "2017-04-07", 6, 2)
	strike.Changes = []news.StoryChange{{Change: news.ChangeInterstateStrike, At: day("2017-04-07")}}
	stories := memStories{mk(1, "2017-04-04", 86, 8), mk(2, "2017-04-08", 18, 5), mk(3, "2017-04-04", 19, 2), strike}
	d, err := Build(context.Background(), stories, news.DigestFilter{Since: day("2017-04-03"), Until: day("2017-04-10")}, day("2017-04-10"))
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Key) == 0 || d.Key[0].StoryID != 4 || d.Key[0].Why != "change of state" {
		t.Errorf("key developments %+v, want story 4 first, a change of state", d.Key)
	}
	want := "a foreign state struck government forces (Town4, 7 Apr 2017); SOHR: 86 killed (Town1, 4 Apr 2017)"
	if len(d.Trends) != 1 || d.Trends[0].Trend != TrendWorse || d.Trends[0].Reason != want {
		t.Errorf("trends %+v, want deteriorated with the reason %q", d.Trends, want)
	}
}

// TestKeyDevelopmentsOfThePeriod: among stories with no change of state,
// those whose events reach into the period lead before one of last week's
// events reported again in it, however many sources that one has; a
// subscription's digest (stored time) ranks by significance alone.
func TestKeyDevelopmentsOfThePeriod(t *testing.T) {
	old := testStory(1, news.Violence, day("2017-04-10"), "Old attack.")
	old.EventFirst, old.EventLast = day("2017-04-04"), day("2017-04-09")
	for k := range 5 {
		old.Sources = append(old.Sources, news.StorySource{ExternalID: fmt.Sprint("o", k), SourceName: fmt.Sprint("outlet", k), Published: day("2017-04-10")})
	}
	stories := memStories{old}
	for i := int64(2); i <= 4; i++ {
		s := testStory(i, news.Violence, day("2017-04-12"), "New strike.")
		s.EventFirst, s.EventLast = day("2017-04-12"), day("2017-04-12")
		stories = append(stories, s)
	}
	for _, byStored := range []bool{false, true} {
		d, err := Build(context.Background(), stories, news.DigestFilter{Since: day("2017-04-10"), Until: day("2017-04-17"), ByStored: byStored}, day("2017-04-17"))
		if err != nil {
			t.Fatal(err)
		}
		var got []int64
		for _, k := range d.Key {
			got = append(got, k.StoryID)
		}
		want := []int64{2, 3, 4}
		if byStored {
			want = []int64{1, 2, 3}
		}
		if !slices.Equal(got, want) {
			t.Errorf("by stored %v: key developments %v, want %v", byStored, got, want)
		}
	}
}

// TestDigestOpensWithItsBiggestNews: a digest, short or long, orders its
// sections by their most significant story.
func TestDigestOpensWithItsBiggestNews(t *testing.T) {
	at := day("2013-08-21")
	attack := testStory(1, news.Violence, at, "Hundreds killed in a gas attack.")
	for k := range 4 {
		attack.Sources = append(attack.Sources, news.StorySource{ExternalID: fmt.Sprint("g", k), SourceName: fmt.Sprint("outlet", k), Published: at})
	}
	talks := testStory(2, news.Talks, at, "Ministers called for inspectors.")
	for _, n := range []int{2, 4} {
		stories := memStories{attack, talks}
		for i := int64(3); i <= int64(n); i++ {
			stories = append(stories, testStory(i, news.Humanitarian, at, "Aid reached the town."))
		}
		d, err := Build(context.Background(), stories, news.DigestFilter{Since: day("2013-08-19"), Until: day("2013-08-26")}, at)
		if err != nil {
			t.Fatal(err)
		}
		var got []news.Category
		for _, s := range d.Sections {
			got = append(got, s.Category)
		}
		want := []news.Category{news.Violence, news.Talks}
		if n == 4 { // longer digests too: sections in the order of their most significant story
			want = []news.Category{news.Violence, news.Talks, news.Humanitarian}
		}
		if !slices.Equal(got, want) {
			t.Errorf("%d stories: sections %v, want %v", n, got, want)
		}
	}
}

// TestWideDisagreementIsARange: when the highest count a named source
// stands at is more than half again the lowest, the key line and the
// conflict's line show the range from the lowest to the highest, each end
// with its qualifier and giver — never a floor the item's own figure lines
// go below, never one source's count alone, never a sum; counts that agree
// and an outlet's own count leave the lead alone.
func TestWideDisagreementIsARange(t *testing.T) {
	at := day("2014-03-05")
	step := func(v int64, q news.Qualifier) news.FigureBy {
		return news.FigureBy{Figure: news.Figure{Value: v, Qualifier: q}, Source: "wire", Published: at}
	}
	headline := "Shelling hits Townville"
	build := func(lines ...news.FigureLine) *Item {
		t.Helper()
		s := testStory(1, news.Violence, at, "Shelling hit Townville.")
		s.Headline = headline
		s.Places = []news.Entity{{Name: "Townville", Kind: "town", Conflict: "syria", Lead: true}}
		s.Figures = []news.StoryFigure{{Kind: news.FigureKilled, High: news.Figure{Value: 900}, Latest: news.Figure{Value: 300}, Lines: lines}}
		stories := memStories{s}
		for i := int64(2); i <= 4; i++ { // a digest of one story has no key lines
			o := testStory(i, news.Violence, at, "Strikes hit Townville.")
			o.Places = s.Places
			stories = append(stories, o)
		}
		d, err := Build(context.Background(), stories, news.DigestFilter{Since: day("2014-03-03"), Until: day("2014-03-10")}, at)
		if err != nil {
			t.Fatal(err)
		}
		if len(d.Key) == 0 || len(d.Trends) != 1 {
			t.Fatalf("key %+v trends %+v, want one of each", d.Key, d.Trends)
		}
		it := d.Item(1)
		it.Figures[0].Spread += "|" + d.Key[0].Text + "|" + d.Trends[0].Reason
		return it
	}
	monitor := news.FigureLine{Originator: "Monitor Group", Steps: []news.FigureBy{step(300, news.AtLeast)}}
	it := build(monitor, news.FigureLine{Originator: "rebels", PartyClaim: true, Steps: []news.FigureBy{step(900, news.Exact)}})
	got := strings.Split(it.Figures[0].Spread, "|")
	// The item's range and the key line date each end; the trend's
	// reason dates itself.
	want := "at least 300 (Monitor Group, 5 Mar) to 900 (rebels, a party to the fighting, 5 Mar)"
	if got[0] != want || !strings.HasSuffix(got[1], "killed: "+want+")") {
		t.Errorf("spread %q key %q, want %q", got[0], got[1], want)
	}
	if want := "at least 300 (Monitor Group) to 900 (rebels, a party to the fighting) killed (Townville"; !strings.HasPrefix(got[2], want) {
		t.Errorf("trend %q, want it to open %q", got[2], want)
	}
	// A monitor's "more than 40" that an independent council counts past
	// (at least 640) is an early, partial count, no end of the range; nor
	// is the activists' "at least 213": the range runs from the lowest
	// count not overtaken to the highest, each with its qualifier.
	it = build(news.FigureLine{Originator: "Relief Council", Steps: []news.FigureBy{step(640, news.AtLeast)}},
		news.FigureLine{Originator: "Watch Office", Steps: []news.FigureBy{step(40, news.MoreThan)}},
		news.FigureLine{Originator: "activists", Steps: []news.FigureBy{step(213, news.AtLeast)}},
		news.FigureLine{Originator: "opposition", PartyClaim: true, Steps: []news.FigureBy{step(1300, news.Exact)}})
	got = strings.Split(it.Figures[0].Spread, "|")
	want = "at least 640 (Relief Council, 5 Mar) to 1,300 (opposition, a party to the fighting, 5 Mar)"
	if got[0] != want || !strings.HasSuffix(got[1], "killed: "+want+")") {
		t.Errorf("lowest floor: spread %q key %q, want %q", got[0], got[1], want)
	}
	if want := "at least 640 (Relief Council) to 1,300 (opposition, a party to the fighting) killed (Townville"; !strings.HasPrefix(got[2], want) {
		t.Errorf("lowest floor: trend %q, want it to open %q", got[2], want)
	}
	// An exact count is never overtaken: it is the low end, below the
	// floors others overtook.
	it = build(news.FigureLine{Originator: "Relief Council", Steps: []news.FigureBy{step(640, news.AtLeast)}},
		news.FigureLine{Originator: "Watch Office", Steps: []news.FigureBy{step(40, news.MoreThan)}},
		news.FigureLine{Originator: "a monitoring group", Steps: []news.FigureBy{step(494, news.Exact)}},
		news.FigureLine{Originator: "opposition", PartyClaim: true, Steps: []news.FigureBy{step(1300, news.Exact)}})
	if got, want := strings.Split(it.Figures[0].Spread, "|")[0], "494 (a monitoring group, 5 Mar) to 1,300 (opposition, a party to the fighting, 5 Mar)"; got != want {
		t.Errorf("exact count: spread %q, want %q", got, want)
	}
	// A source's range of one day that holds its own count of that day is
	// the count's margin: the source stands at "at least 1,300", not at
	// the range's top.
	ranged := step(1800, news.UpTo)
	ranged.Low = 1000
	it = build(news.FigureLine{Originator: "a monitoring group", Steps: []news.FigureBy{step(494, news.Exact)}},
		news.FigureLine{Originator: "opposition", PartyClaim: true, Steps: []news.FigureBy{step(1300, news.AtLeast), ranged}})
	if got, want := strings.Split(it.Figures[0].Spread, "|")[0], "494 (a monitoring group, 5 Mar) to at least 1,300 (opposition, a party to the fighting, 5 Mar)"; got != want {
		t.Errorf("range as a margin: spread %q, want %q", got, want)
	}
	// Its line summing the item up (the headline tells its count), it
	// is summed up by 1,300 too, not by the range's top.
	headline = "Opposition says 1300 killed in Townville shelling"
	it = build(news.FigureLine{Originator: "opposition", PartyClaim: true, Steps: []news.FigureBy{step(1300, news.AtLeast), ranged}})
	if f := it.Figures[0]; f.Value != 1300 || f.Qualifier != news.AtLeast {
		t.Errorf("range as a margin: lead %d %s, want at least 1,300, the count the range is the margin of", f.Value, f.Qualifier)
	}
	headline = "Shelling hits Townville"
	// Below the lead too: a lower count is an end, the high end keeps
	// its qualifier.
	it = build(monitor, news.FigureLine{Originator: "medics", Steps: []news.FigureBy{step(20, news.Exact)}},
		news.FigureLine{Originator: "rebels", PartyClaim: true, Steps: []news.FigureBy{step(250, news.AtLeast)}})
	if got, want := strings.Split(it.Figures[0].Spread, "|")[0], "20 (medics, 5 Mar) to at least 300 (Monitor Group, 5 Mar)"; got != want {
		t.Errorf("lower count: spread %q, want %q", got, want)
	}
	// 400 is not more than 1.5 × 300; an outlet's own 900 names no source.
	it = build(monitor, news.FigureLine{Originator: "rebels", Steps: []news.FigureBy{step(400, news.Exact)}},
		news.FigureLine{Outlet: "wire", Steps: []news.FigureBy{step(900, news.Exact)}})
	if got := strings.Split(it.Figures[0].Spread, "|"); got[0] != "" || !strings.HasPrefix(got[2], "Monitor Group: at least 300 killed") {
		t.Errorf("close counts: spread %q trend %q, want no range and Monitor Group's count", got[0], got[2])
	}
	// Where each source stands now: the rebels' 900 of the first day,
	// revised to 600 the next, is no end of the range; their two counts of
	// one day (500 and 800) end it at the higher.
	later := func(v int64) news.FigureBy {
		st := step(v, news.Exact)
		st.Published = at.Add(24 * time.Hour)
		return st
	}
	it = build(monitor, news.FigureLine{Originator: "rebels", PartyClaim: true, Steps: []news.FigureBy{step(900, news.Exact), later(600)}})
	if got, want := strings.Split(it.Figures[0].Spread, "|")[0], "at least 300 (Monitor Group, 5 Mar) to 600 (rebels, a party to the fighting, 6 Mar)"; got != want {
		t.Errorf("revised count: spread %q, want %q", got, want)
	}
	it = build(monitor, news.FigureLine{Originator: "rebels", PartyClaim: true, Steps: []news.FigureBy{step(900, news.Exact), later(800), later(500)}})
	if got, want := strings.Split(it.Figures[0].Spread, "|")[0], "at least 300 (Monitor Group, 5 Mar) to 800 (rebels, a party to the fighting, 6 Mar)"; got != want {
		t.Errorf("one day's counts: spread %q, want %q", got, want)
	}
	// A headline telling a party's count keeps the range (a reader never
	// copies a party's claim alone while others count otherwise); one
	// telling an independent source's count is the lead alone.
	headline = "Rebels: 900 killed in Townville shelling"
	it = build(monitor, news.FigureLine{Originator: "rebels", PartyClaim: true, Steps: []news.FigureBy{step(900, news.Exact)}})
	if got, want := strings.Split(it.Figures[0].Spread, "|")[0], "at least 300 (Monitor Group, 5 Mar) to 900 (rebels, a party to the fighting, 5 Mar)"; got != want {
		t.Errorf("party's count in the headline: spread %q, want %q", got, want)
	}
	headline = "At least 300 killed in Townville shelling"
	it = build(monitor, news.FigureLine{Originator: "rebels", PartyClaim: true, Steps: []news.FigureBy{step(900, news.Exact)}})
	if got := strings.Split(it.Figures[0].Spread, "|"); got[0] != "" || !strings.HasPrefix(got[2], "Monitor Group: at least 300 killed") {
		t.Errorf("monitor's count in the headline: spread %q trend %q, want no range and Monitor Group's count", got[0], got[2])
	}
}

// TestTrendPlacesAddUp: a conflict's line counts every story it shows,
// those of places past the line's few as "elsewhere", so that the counts
// add up to its stories.
func TestTrendPlacesAddUp(t *testing.T) {
	var stories memStories
	for id := int64(1); id <= 8; id++ {
		s := testStory(id, news.Violence, day("2016-07-06"), "Shelling.")
		town := fmt.Sprint("Town", id)
		if id == 2 {
			town = "Town1"
		}
		s.Places = []news.Entity{{Name: town, Kind: "town", Conflict: "syria", Lead: true}}
		stories = append(stories, s)
	}
	d, err := Build(context.Background(), stories, news.DigestFilter{Since: day("2016-07-04"), Until: day("2016-07-11")}, day("2016-07-11"))
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Trends) != 1 {
		t.Fatalf("trends %+v, want one", d.Trends)
	}
	tr := d.Trends[0]
	sum := tr.Elsewhere
	for _, p := range tr.Places {
		sum += p.Stories
	}
	if sum != tr.Stories || tr.Stories != 8 || tr.Elsewhere != 1 {
		t.Errorf("trend %+v: counts add up to %d, want 8 with 1 elsewhere", tr, sum)
	}
	if line := TrendLine(tr); !strings.HasSuffix(line, ", elsewhere 1.") {
		t.Errorf("line %q, want it to end with the stories counted elsewhere", line)
	}
}

// TestPlaceOfCountryTie: a story that names no town and two countries of
// one conflict as often — the neighbour whose army fired and the country
// its shells landed in — is placed in the conflict's own country, whichever
// the report named first; a neighbour named more often keeps the place.
func TestPlaceOfCountryTie(t *testing.T) {
	for _, c := range []struct {
		turkey, syria int
		want          string
	}{{2, 2, "Syria"}, {3, 1, "Turkey"}} {
		s := testStory(1, news.Violence, day("2016-07-09"), "Army howitzers fire on militants.")
		s.Places = []news.Entity{
			{Name: "Turkey", Kind: "country", Conflict: "syria", Count: c.turkey, Lead: true},
			{Name: "Syria", Kind: "country", Conflict: "syria", Count: c.syria, Lead: true},
		}
		d, err := Build(context.Background(), memStories{s}, news.DigestFilter{Since: day("2016-07-04"), Until: day("2016-07-11")}, day("2016-07-11"))
		if err != nil {
			t.Fatal(err)
		}
		if it := d.Item(1); it == nil || it.Place != c.want {
			t.Errorf("Turkey %d, Syria %d: item %+v, want the place %s", c.turkey, c.syria, it, c.want)
		}
	}
}

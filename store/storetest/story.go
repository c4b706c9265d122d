package storetest

import (
	"context"
	"slices"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

func testStoryUpdate(t *testing.T, h Harness) {
	s, c := open(t, h)
	ctx := context.Background()
	st := &news.Story{Headline: "Truce holds", CeasefireStatus: news.CeasefireStatus("in_effect"),
		Categories: []news.Category{news.Ceasefire}, Places: []news.Entity{{Name: "Aleppo"}},
		FirstSeen: base.Add(-2 * time.Hour), LastSeen: base.Add(-time.Hour)}
	must(t, s.CreateStory(ctx, st))
	if st.ID == 0 || !st.Updated.Equal(base) {
		t.Fatalf("created story id %d updated %v", st.ID, st.Updated)
	}
	c.t = base.Add(time.Minute)
	up := &news.Story{ID: st.ID, Headline: "Truce collapses", CeasefireStatus: news.CeasefireStatus("collapsed"),
		Categories: []news.Category{news.Ceasefire, news.Violence}, FirstSeen: base.Add(-time.Hour), LastSeen: base}
	must(t, s.UpdateStory(ctx, up))
	got, err := s.Story(ctx, st.ID)
	must(t, err)
	if got.Headline != "Truce collapses" || got.CeasefireStatus != "collapsed" || got.PrevCeasefireStatus != "in_effect" ||
		len(got.Categories) != 2 || len(got.Places) != 0 || !got.Updated.Equal(c.t) {
		t.Fatalf("updated story %+v", got)
	}
	// the seen times only widen
	if !got.FirstSeen.Equal(base.Add(-2*time.Hour)) || !got.LastSeen.Equal(base) {
		t.Fatalf("seen %v..%v, want %v..%v", got.FirstSeen, got.LastSeen, base.Add(-2*time.Hour), base)
	}
	wantCode(t, s.UpdateStory(ctx, &news.Story{ID: 9999}), news.ENOTFOUND)
	_, err = s.Story(ctx, 9999)
	wantCode(t, err, news.ENOTFOUND)
}

// testStorySourceWritten: a story's sources carry each report's own date
// (its analysis's dateline), zero for a report whose text gives none, so a
// digest can date a report its feed stamped wrong.
func testStorySourceWritten(t *testing.T, h Harness) {
	w := newWorld(t, h)
	ctx := context.Background()
	n := w.newArticle(item{source: w.curated, ext: "w1", title: "Convoy hit near Aleppo", published: base.Add(-15 * 24 * time.Hour)})
	n.Analysis.Dateline = base.UTC().Format(time.DateOnly)
	must(t, w.s.CreateArticle(ctx, n))
	w.add(t, item{source: w.curated, ext: "w2", title: "Aid trucks burned", story: &news.Story{ID: n.Story.ID}})
	got, err := w.s.Story(ctx, n.Story.ID)
	must(t, err)
	want := map[string]time.Time{"w1": base.UTC().Truncate(24 * time.Hour), "w2": {}}
	if len(got.Sources) != 2 {
		t.Fatalf("story has %d sources, want 2", len(got.Sources))
	}
	for _, s := range got.Sources {
		if !s.Written.Equal(want[s.ExternalID]) {
			t.Errorf("source %s written %v, want %v", s.ExternalID, s.Written, want[s.ExternalID])
		}
	}
}

func testStoryMerge(t *testing.T, h Harness) {
	w := newWorld(t, h)
	ctx := context.Background()
	a := w.add(t, item{source: w.curated, ext: "m1", title: "Convoy hit near Aleppo"})
	b := w.add(t, item{source: w.curated, ext: "m2", title: "Aid trucks burned"})
	bridge := &news.Story{ID: a.Story.ID, Headline: "Convoy attack", Absorbed: []int64{b.Story.ID}}
	w.add(t, item{source: w.curated, ext: "m3", title: "UN suspends aid after convoy attack", story: bridge})
	got, err := w.s.Story(ctx, b.Story.ID) // the absorbed id finds the survivor
	must(t, err)
	if got.ID != a.Story.ID || got.Headline != "Convoy attack" || len(got.Sources) != 3 {
		t.Fatalf("story by absorbed id: id %d headline %q sources %d, want %d, Convoy attack, 3",
			got.ID, got.Headline, len(got.Sources), a.Story.ID)
	}
	stories, err := w.s.Stories(ctx, news.DigestFilter{Since: base.Add(-24 * time.Hour)})
	must(t, err)
	if len(stories) != 1 || stories[0].ID != a.Story.ID {
		t.Fatalf("stories after merge: %d, want the one survivor", len(stories))
	}
}

// testStoryVanished: an article whose story id vanished after the caller
// read it (another writer merged that story away, or deleted its last
// article) is stored in the survivor, or in a new story: never refused, and
// never under an id given before (issue 9).
func testStoryVanished(t *testing.T, h Harness) {
	w := newWorld(t, h)
	ctx := context.Background()
	add := func(ext, title string, st *news.Story) *news.NewArticle {
		return w.add(t, item{source: w.curated, ext: ext, title: title, story: st})
	}
	a := add("v1", "Shelling of Aleppo", nil)
	b := add("v2", "Aleppo shelled", nil)
	add("v3", "Aleppo shelling goes on", &news.Story{ID: a.Story.ID, Headline: "Shelling", Absorbed: []int64{b.Story.ID}})
	// A writer that read b's story before the merge: its article joins the
	// survivor, and its bridge to a third story merges that into the survivor.
	stale := add("v4", "More shelling", &news.Story{ID: b.Story.ID, Headline: "More shelling"})
	if stale.Story.ID != a.Story.ID {
		t.Errorf("an article of the merged story %d joined %d, want the survivor %d", b.Story.ID, stale.Story.ID, a.Story.ID)
	}
	c := add("v5", "Convoy hit", nil)
	add("v6", "Convoy hit during the shelling", &news.Story{ID: b.Story.ID, Headline: "Shelling", Absorbed: []int64{c.Story.ID, a.Story.ID}})
	members, err := w.s.StoryArticles(ctx, []int64{a.Story.ID})
	must(t, err)
	if got, want := sortedStrings(externalIDs(members)), []string{"v1", "v2", "v3", "v4", "v5", "v6"}; !equal(got, want) {
		t.Errorf("survivor's members %v, want %v", got, want)
	}
	for _, id := range []int64{b.Story.ID, c.Story.ID} {
		got, err := w.s.Story(ctx, id)
		must(t, err)
		if got.ID != a.Story.ID {
			t.Errorf("Story(%d) is %d, want the survivor %d", id, got.ID, a.Story.ID)
		}
	}
	// A story whose only member is deleted goes; an article that still
	// names it opens a new story, under an id never given before.
	lone := add("v7", "Lone report", nil)
	must(t, h.Exec(ctx, w.s, `DELETE FROM articles WHERE external_id = 'v7'`))
	_, err = w.s.Story(ctx, lone.Story.ID)
	wantCode(t, err, news.ENOTFOUND)
	late := add("v8", "Lone report, later", &news.Story{ID: lone.Story.ID, Headline: "Lone report"})
	if late.Story.ID <= lone.Story.ID {
		t.Errorf("an article of the deleted story %d was stored in story %d, want a new id", lone.Story.ID, late.Story.ID)
	}
	next := add("v9", "Another report", nil)
	if next.Story.ID <= late.Story.ID {
		t.Errorf("a new story got id %d, given before (the last was %d)", next.Story.ID, late.Story.ID)
	}
	// An id never given is the caller's mistake, not a vanished story.
	bogus := w.newArticle(item{source: w.curated, ext: "v10", title: "Bogus", story: &news.Story{ID: next.Story.ID + 1000}})
	wantCode(t, w.s.CreateArticle(ctx, bogus), news.ENOTFOUND)
}

func sortedStrings(xs []string) []string {
	out := append([]string(nil), xs...)
	slices.Sort(out)
	return out
}

func testStoriesFilter(t *testing.T, h Harness) {
	w := newWorld(t, h)
	ctx := context.Background()
	day := base.Add(-24 * time.Hour)
	talks := w.add(t, item{source: w.curated, ext: "s1", title: "Talks open in Geneva", published: day,
		cats: []news.Category{news.Talks}, places: []string{"Geneva"}})
	w.c.t = base.Add(time.Minute)
	aid := w.add(t, item{source: w.curated, ext: "s2", title: "Aid convoy reaches Aleppo", published: day.Add(time.Hour),
		cats: []news.Category{news.Humanitarian}, places: []string{"Aleppo"}})
	w.c.t = base.Add(2 * time.Minute)
	w.add(t, item{source: w.curated, ext: "s3", title: "Another talks report", published: day.Add(2 * time.Hour),
		cats: []news.Category{news.Talks}, story: talks.Story})
	for _, c := range []struct {
		name string
		f    news.DigestFilter
		want []int64
	}{
		{"newest change first", news.DigestFilter{Since: day}, []int64{talks.Story.ID, aid.Story.ID}},
		{"window", news.DigestFilter{Since: day.Add(time.Hour), Until: day.Add(2 * time.Hour)}, []int64{aid.Story.ID}},
		{"topic", news.DigestFilter{Since: day, Topics: []news.Category{news.Humanitarian}}, []int64{aid.Story.ID}},
		{"place", news.DigestFilter{Since: day, Places: []string{"GENEVA"}}, []int64{talks.Story.ID}},
		{"keyword phrase", news.DigestFilter{Since: day, Keywords: []string{"aid convoy"}}, []int64{aid.Story.ID}},
		{"keyword out of order", news.DigestFilter{Since: day, Keywords: []string{"convoy aid"}}, nil},
		{"limit", news.DigestFilter{Since: day, Limit: 1}, []int64{talks.Story.ID}},
	} {
		got, err := w.s.Stories(ctx, c.f)
		must(t, err)
		if ids := storyIDs(got); !equal(ids, c.want) {
			t.Errorf("%s: %v, want %v", c.name, ids, c.want)
		}
	}
	got, err := w.s.Stories(ctx, news.DigestFilter{Since: day, Topics: []news.Category{news.Talks}})
	must(t, err)
	if len(got) != 1 || len(got[0].Sources) != 2 || got[0].Sources[0].ExternalID != "s3" || got[0].NeedsView {
		t.Fatalf("talks story %+v: want two sources, newest (s3) first, no view needed", got)
	}
}

// testStoriesMisdated: a period of published times also holds a story
// with a report published before the first day of its events (a copy its
// feed re-dated) when that day lies in the period: the report counts at
// the day of its events (news.Story.PeriodTime). Stored time (a
// subscription's window) is not affected.
func testStoriesMisdated(t *testing.T, h Harness) {
	w := newWorld(t, h)
	day := base.Truncate(24 * time.Hour)
	ev := day.Add(24*time.Hour + 6*time.Hour) // events on the day after base, at 06:00
	misdated := w.add(t, item{source: w.curated, ext: "m1", title: "Barrel bombs hit a bakery in Maarat", published: day.Add(-9 * 24 * time.Hour),
		story: &news.Story{Headline: "Barrel bombs hit a bakery in Maarat", Categories: []news.Category{news.Violence}, EventFirst: ev, EventLast: ev}})
	old := w.add(t, item{source: w.curated, ext: "m2", title: "Rockets fall on a market in Jisr", published: day.Add(-9 * 24 * time.Hour),
		story: &news.Story{Headline: "Rockets fall on a market in Jisr", Categories: []news.Category{news.Violence},
			EventFirst: day.Add(-10 * 24 * time.Hour), EventLast: day.Add(-10 * 24 * time.Hour)}})
	evDay := day.Add(24 * time.Hour)
	checkStories(t, w, []storiesCase{
		{"period of its events", news.DigestFilter{Since: evDay, Until: evDay.Add(24 * time.Hour)}, []int64{misdated.Story.ID}},
		{"open period of its events", news.DigestFilter{Since: evDay}, []int64{misdated.Story.ID}},
		{"period of its date", news.DigestFilter{Since: day.Add(-9 * 24 * time.Hour), Until: day.Add(-8 * 24 * time.Hour)},
			[]int64{old.Story.ID, misdated.Story.ID}},
		{"after its events", news.DigestFilter{Since: evDay.Add(24 * time.Hour)}, nil},
		{"before its events", news.DigestFilter{Since: day.Add(-24 * time.Hour), Until: evDay}, nil},
		{"stored time", news.DigestFilter{Since: evDay, Until: evDay.Add(24 * time.Hour), ByStored: true}, nil},
	})
}

// testStoriesLaterDay: a report published on a day before its own event
// day (its feed stamped it the week before; its text dates it) counts at
// that day, even in a story whose first event is earlier: the period of
// its event day holds the story, as the period of its stamp does.
func testStoriesLaterDay(t *testing.T, h Harness) {
	w := newWorld(t, h)
	day := base.Truncate(24 * time.Hour)
	sun := day.Add(-3 * 24 * time.Hour)
	st := &news.Story{Headline: "Rebels killed in fight for a road", Categories: []news.Category{news.Violence}, EventFirst: sun, EventLast: sun}
	first := w.add(t, item{source: w.curated, ext: "l1", title: "Rebels killed in fight for a road", published: sun.Add(9 * time.Hour),
		eventDate: sun.Format(time.DateOnly), story: st})
	w.add(t, item{source: w.curated, ext: "l2", title: "Rebels launch assault on the city", published: day.Add(-9 * 24 * time.Hour),
		eventDate: sun.Add(24 * time.Hour).Format(time.DateOnly), story: first.Story})
	mon := sun.Add(24 * time.Hour)
	checkStories(t, w, []storiesCase{
		{"period of its event day", news.DigestFilter{Since: mon, Until: mon.Add(24 * time.Hour)}, []int64{first.Story.ID}},
		{"open period of its event day", news.DigestFilter{Since: mon}, []int64{first.Story.ID}},
		{"period of its stamp", news.DigestFilter{Since: day.Add(-9 * 24 * time.Hour), Until: day.Add(-8 * 24 * time.Hour)}, []int64{first.Story.ID}},
		{"after its event day", news.DigestFilter{Since: mon.Add(24 * time.Hour)}, nil},
		{"between its stamp and its event day", news.DigestFilter{Since: day.Add(-7 * 24 * time.Hour), Until: sun}, nil},
		{"stored time", news.DigestFilter{Since: mon, Until: mon.Add(24 * time.Hour), ByStored: true}, nil},
	})
}

// testStoriesLate: a period of published times with an end also holds a
// story whose events begin in it though all its reports were published
// after it (a report fed a fortnight late): the digests of the later
// periods leave it out as of other days and send the reader to this one
// (issue 13, 2016). A story whose events begin before the period is not
// its news, nor is a late story on stored time; an open period holds its
// reports (the period of their dates) anyway.
func testStoriesLate(t *testing.T, h Harness) {
	w := newWorld(t, h)
	day := base.Truncate(24 * time.Hour)
	ev := day.Add(-15*24*time.Hour + 6*time.Hour) // events a fortnight before the report
	late := w.add(t, item{source: w.curated, ext: "t1", title: "Coalition strikes kill fighters near a border town", published: day.Add(9 * time.Hour),
		story: &news.Story{Headline: "Coalition strikes kill fighters near a border town", Categories: []news.Category{news.Violence}, EventFirst: ev, EventLast: ev.Add(24 * time.Hour)}})
	other := w.add(t, item{source: w.curated, ext: "t2", title: "Shelling hits a village on the plain", published: day.Add(10 * time.Hour),
		story: &news.Story{Headline: "Shelling hits a village on the plain", Categories: []news.Category{news.Violence},
			EventFirst: ev.Add(-7 * 24 * time.Hour), EventLast: ev.Add(-7 * 24 * time.Hour)}})
	evDay := ev.Truncate(24 * time.Hour)
	week := news.DigestFilter{Since: evDay.Add(-2 * 24 * time.Hour), Until: evDay.Add(5 * 24 * time.Hour)}
	checkStories(t, w, []storiesCase{
		{"week of its events", week, []int64{late.Story.ID}},
		{"day of its events", news.DigestFilter{Since: evDay, Until: evDay.Add(24 * time.Hour)}, []int64{late.Story.ID}},
		{"day after its first event", news.DigestFilter{Since: evDay.Add(24 * time.Hour), Until: evDay.Add(2 * 24 * time.Hour)}, nil},
		{"open period of its events", news.DigestFilter{Since: evDay}, []int64{late.Story.ID, other.Story.ID}},
		{"stored time", news.DigestFilter{Since: week.Since, Until: week.Until, ByStored: true}, nil},
	})
}

// storiesCase is a filter and the stories a period's lookup should give.
type storiesCase struct {
	name string
	f    news.DigestFilter
	want []int64
}

// checkStories checks the stories each case's filter gives, in any order.
func checkStories(t *testing.T, w *world, cases []storiesCase) {
	t.Helper()
	for _, c := range cases {
		got, err := w.s.Stories(context.Background(), c.f)
		must(t, err)
		if ids := storyIDs(got); !equal(sortedIDs(ids), sortedIDs(c.want)) {
			t.Errorf("%s: %v, want %v", c.name, ids, c.want)
		}
	}
}

func testGuildScope(t *testing.T, h Harness) {
	w := newWorld(t, h)
	ctx := context.Background()
	day := base.Add(-24 * time.Hour)
	op := w.add(t, item{source: w.curated, ext: "o1", title: "Shelling in Idlib", published: day})
	w.add(t, item{source: w.ga, ext: "a1", title: "Guild A: shelling in Idlib", published: day, story: op.Story})
	own := w.add(t, item{source: w.gb, ext: "b1", title: "Guild B only", published: day})
	for _, c := range []struct {
		guild   string
		want    []int64
		sources int
	}{
		{"", []int64{op.Story.ID}, 1},
		{"guild-a", []int64{op.Story.ID}, 2},
		{"guild-b", []int64{own.Story.ID, op.Story.ID}, 1},
	} {
		got, err := w.s.Stories(ctx, news.DigestFilter{Since: day, GuildID: c.guild})
		must(t, err)
		ids := storyIDs(got)
		if !equal(sortedIDs(ids), sortedIDs(c.want)) {
			t.Fatalf("reader %q: stories %v, want %v", c.guild, ids, c.want)
		}
		for _, s := range got {
			if s.ID == op.Story.ID && (len(s.Sources) != c.sources || !s.NeedsView) {
				t.Fatalf("reader %q: shared story has %d sources, NeedsView %v; want %d, true", c.guild, len(s.Sources), s.NeedsView, c.sources)
			}
		}
	}
	m, err := w.s.StoryMembers(ctx, []int64{op.Story.ID}, "guild-b")
	must(t, err)
	if got := externalIDs(m[op.Story.ID]); !equal(got, []string{"o1"}) {
		t.Fatalf("members for guild-b: %v, want [o1]", got)
	}
	m, err = w.s.StoryMembers(ctx, []int64{op.Story.ID}, "guild-a")
	must(t, err)
	if len(m[op.Story.ID]) != 2 {
		t.Fatalf("members for guild-a: %d, want 2", len(m[op.Story.ID]))
	}
	// A guild that removes its feed removes what it brought.
	must(t, w.s.DeleteSource(ctx, w.ga))
	m, err = w.s.StoryMembers(ctx, []int64{op.Story.ID}, "guild-a")
	must(t, err)
	if got := externalIDs(m[op.Story.ID]); !equal(got, []string{"o1"}) {
		t.Fatalf("members for guild-a after its source went: %v, want [o1]", got)
	}
}

func testRetireGuild(t *testing.T, h Harness) {
	w := newWorld(t, h)
	ctx := context.Background()
	day := base.Add(-24 * time.Hour)
	w.add(t, item{source: w.ga, ext: "a1", title: "Guild A report", published: day})
	ch := &news.Subscription{GuildID: "guild-a", ChannelID: "c", Schedule: "@daily"}
	dm := &news.Subscription{GuildID: "guild-a", UserID: "u", DM: true, Schedule: "@daily"}
	must(t, w.s.CreateSubscription(ctx, ch))
	must(t, w.s.CreateSubscription(ctx, dm))
	_, err := w.s.RetireGuild(ctx, "")
	wantCode(t, err, news.EINVALID)
	r, err := w.s.RetireGuild(ctx, "guild-a")
	must(t, err)
	if r.Sources != 1 || r.Articles != 1 || r.DMSubscriptions != 1 || !equal(r.Subscriptions, []int64{ch.ID}) {
		t.Fatalf("retired %+v", r)
	}
	got, err := w.s.Stories(ctx, news.DigestFilter{Since: day, GuildID: "guild-a"})
	must(t, err)
	if len(got) != 0 {
		t.Fatalf("guild-a still sees %d stories", len(got))
	}
	d, err := w.s.Subscription(ctx, dm.ID)
	must(t, err)
	if d.GuildID != "" {
		t.Fatalf("DM subscription keeps guild %q", d.GuildID)
	}
	_, err = w.s.Subscription(ctx, ch.ID)
	wantCode(t, err, news.ENOTFOUND)
	// its articles' identity went with it: the feed added again stores them afresh
	src := &news.Source{URL: "https://feed.example/again", Kind: news.KindFeed, GuildID: "guild-a"}
	must(t, w.s.CreateSource(ctx, src))
	w.add(t, item{source: src.ID, ext: "a1", title: "Guild A report", published: day})
}

func storyIDs(ss []news.Story) []int64 {
	var out []int64
	for _, s := range ss {
		out = append(out, s.ID)
	}
	return out
}

func sortedIDs(ids []int64) []int64 {
	out := append([]int64(nil), ids...)
	for i := range out {
		for j := i + 1; j < len(out); j++ {
			if out[j] < out[i] {
				out[i], out[j] = out[j], out[i]
			}
		}
	}
	return out
}

// testStoryDevelopment: a story's development (a second event its reports
// tell) is stored beside its summary and read back by each way stories are
// loaded; a summary that says "Also:" itself stays whole, and an update
// without a development clears it.
func testStoryDevelopment(t *testing.T, h Harness) {
	w := newWorld(t, h)
	ctx := context.Background()
	const summary = "Jets struck the old city at dawn. Also: a bakery was hit."
	const dev = "On Thursday around 120 fighters were evacuated from the last besieged district of Homs."
	n := w.add(t, item{source: w.curated, ext: "d1", title: "Air strikes hit Aleppo",
		story: &news.Story{Headline: "Air strikes hit Aleppo", Summary: summary, Development: dev}})
	got, err := w.s.Story(ctx, n.Story.ID)
	must(t, err)
	if got.Summary != summary || got.Development != dev {
		t.Errorf("Story: summary %q, development %q; want %q, %q", got.Summary, got.Development, summary, dev)
	}
	stories, err := w.s.Stories(ctx, news.DigestFilter{Since: base.Add(-24 * time.Hour)})
	must(t, err)
	if len(stories) != 1 || stories[0].Summary != summary || stories[0].Development != dev {
		t.Fatalf("Stories: %+v, want the one story with summary %q, development %q", stories, summary, dev)
	}
	must(t, w.s.UpdateStory(ctx, &news.Story{ID: n.Story.ID, Headline: "Air strikes hit Aleppo", Summary: summary}))
	got, err = w.s.Story(ctx, n.Story.ID)
	must(t, err)
	if got.Summary != summary || got.Development != "" {
		t.Errorf("after an update without one: summary %q, development %q; want %q, none", got.Summary, got.Development, summary)
	}
}

// testStoryOtherEvent: an event of another town one of a story's reports
// also tells is stored with its town, outlet and day and read back by each
// way stories are loaded; an update without one clears it.
func testStoryOtherEvent(t *testing.T, h Harness) {
	w := newWorld(t, h)
	ctx := context.Background()
	const ev = "On Tuesday about 80 fighters left the besieged quarter of Riverton under a local deal."
	day := time.Date(2016, 3, 8, 0, 0, 0, 0, time.UTC)
	n := w.add(t, item{source: w.curated, ext: "o1", title: "Shelling hits Lakeside",
		story: &news.Story{Headline: "Shelling hits Lakeside", Summary: "Shells fell on Lakeside.",
			OtherEvent: ev, OtherEventPlace: "Riverton", OtherEventSource: "Example Wire", OtherEventDay: day}})
	check := func(where string, got *news.Story) {
		t.Helper()
		if got.OtherEvent != ev || got.OtherEventPlace != "Riverton" || got.OtherEventSource != "Example Wire" ||
			!got.OtherEventDay.Equal(day) {
			t.Errorf("%s: other event %q (%q, %q, %v); want %q (Riverton, Example Wire, %v)", where, got.OtherEvent,
				got.OtherEventPlace, got.OtherEventSource, got.OtherEventDay, ev, day)
		}
	}
	got, err := w.s.Story(ctx, n.Story.ID)
	must(t, err)
	check("Story", got)
	stories, err := w.s.Stories(ctx, news.DigestFilter{Since: base.Add(-24 * time.Hour)})
	must(t, err)
	if len(stories) != 1 {
		t.Fatalf("Stories: %d stories, want 1", len(stories))
	}
	check("Stories", &stories[0])
	must(t, w.s.UpdateStory(ctx, &news.Story{ID: n.Story.ID, Headline: "Shelling hits Lakeside", Summary: "Shells fell."}))
	got, err = w.s.Story(ctx, n.Story.ID)
	must(t, err)
	if got.OtherEvent != "" || got.OtherEventPlace != "" || got.OtherEventSource != "" || !got.OtherEventDay.IsZero() {
		t.Errorf("after an update without one: other event %q (%q, %q, %v); want none", got.OtherEvent,
			got.OtherEventPlace, got.OtherEventSource, got.OtherEventDay)
	}
}

package digest

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
	"github.com/conflict-digest/conflict-digest/store"
)

// mixedStore holds one story told by the operator's source and by a feed
// guild A added and named "Reuters"; the stored aggregate is of both, as
// the ingest builds it, and leads with the guild's fabrication.
func mixedStore(t *testing.T, now time.Time) (*store.Services, int64) {
	t.Helper()
	ctx := context.Background()
	db, curated, guild := twoSourceStore(t, now, "BBC News: World", "Reuters")
	fig := func(n int64, s string) news.Facts {
		return news.Facts{Killed: &news.Figure{Value: n, Qualifier: news.Exact, Sentence: s}}
	}
	st := &news.Story{Headline: "UN confirms 500 dead in Idlib", Summary: "The UN confirmed 500 dead.",
		Categories: []news.Category{news.Violence}, Places: []news.Entity{{Name: "Idlib", Kind: "city"}}}
	items := []struct {
		src        *news.Source
		id, title  string
		text       string
		facts      news.Facts
		published  time.Time
		categories []news.Category
	}{
		{guild, "g1", "UN confirms 500 dead in Idlib", "The UN confirmed 500 dead in Idlib, its official statement says.",
			fig(500, "The UN confirmed 500 dead in Idlib."), now.Add(-3 * time.Hour), []news.Category{news.Violence}},
		{curated, "c1", "Shelling in Idlib kills 12", "Shelling in Idlib killed 12 people on Monday, medics said.",
			fig(12, "Shelling in Idlib killed 12 people on Monday."), now.Add(-2 * time.Hour), []news.Category{news.Violence}},
	}
	for _, it := range items {
		a := &news.Article{ExternalID: it.id, URL: "https://x.example/" + it.id, SourceID: it.src.ID, SourceName: it.src.Name,
			Title: it.title, Text: it.text, Published: it.published}
		an := &news.Analysis{Categories: it.categories, Facts: it.facts, Places: []news.Entity{{Name: "Idlib", Kind: "city"}}}
		markTitle(a, an)
		if err := db.CreateArticle(ctx, &news.NewArticle{Article: a, Analysis: an, Story: st}); err != nil {
			t.Fatal(err)
		}
	}
	return db, st.ID
}

// twoSourceStore opens a store whose clock is an hour before now, with an
// operator's source and guild A's, named as given.
func twoSourceStore(tb testing.TB, now time.Time, operator, guild string) (*store.Services, *news.Source, *news.Source) {
	tb.Helper()
	db, err := store.OpenServices(context.Background(), filepath.Join(tb.TempDir(), "news.db"),
		store.WithNow(func() time.Time { return now.Add(-time.Hour) }))
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { db.Close() })
	op := &news.Source{URL: "https://op.example/rss", Kind: news.KindFeed, Name: operator}
	g := &news.Source{URL: "https://evil.example/rss", Kind: news.KindFeed, Name: guild, GuildID: "guild-a"}
	for _, s := range []*news.Source{op, g} {
		if err := db.CreateSource(context.Background(), s); err != nil {
			tb.Fatal(err)
		}
	}
	return db, op, g
}

// TestViewsShowWhatTheReaderMaySee: the operator's readers and another
// guild see the story as the operator's article tells it — its headline,
// summary, figures and sources, nothing of guild A's feed — and guild A
// sees its feed as its own, never as the outlet it named itself after.
func TestViewsShowWhatTheReaderMaySee(t *testing.T) {
	now := time.Date(2026, 3, 2, 12, 0, 0, 0, time.UTC)
	db, _ := mixedStore(t, now)
	ctx := context.Background()
	views := NewViews(db)
	for _, tt := range []struct {
		guild      string
		want, hide []string
		sources    int
	}{
		{"", []string{"12"}, []string{"500", "UN confirms", "Reuters", "server feed"}, 1},
		{"guild-b", []string{"12"}, []string{"500", "UN confirms", "Reuters", "server feed"}, 1},
		{"guild-a", []string{"12", "500", "Reuters (server feed)"}, nil, 2},
	} {
		for _, shared := range []bool{false, true} {
			f := news.DigestFilter{Since: now.Add(-24 * time.Hour), ByStored: true, GuildID: tt.guild, Places: []string{"idlib"}}
			var d *Digest
			var err error
			if shared {
				d, err = NewBuilder(views, now).Build(ctx, f)
			} else {
				d, err = Build(ctx, views, f, now)
			}
			if err != nil || len(d.Sections) != 1 || len(d.Sections[0].Items) != 1 {
				t.Fatalf("reader %q: %+v, %v; want one story", tt.guild, d, err)
			}
			it := d.Sections[0].Items[0]
			var md strings.Builder
			RenderMarkdown(&md, d)
			for _, w := range tt.want {
				if !strings.Contains(md.String(), w) {
					t.Errorf("reader %q (shared %v) does not see %q:\n%s", tt.guild, shared, w, md.String())
				}
			}
			for _, h := range tt.hide {
				if strings.Contains(md.String(), h) {
					t.Errorf("reader %q (shared %v) sees %q:\n%s", tt.guild, shared, h, md.String())
				}
			}
			if len(it.Sources) != tt.sources || it.SourceCount != tt.sources {
				t.Errorf("reader %q: %d sources (%d outlets), want %d", tt.guild, len(it.Sources), it.SourceCount, tt.sources)
			}
		}
	}
	// Read past the views, a story holding a guild's article is refused,
	// not shown with the aggregate of every article.
	if _, err := Build(ctx, db, news.DigestFilter{Since: now.Add(-24 * time.Hour), ByStored: true}, now); news.ErrorCode(err) != news.EINTERNAL {
		t.Errorf("Build over the store itself: %v, want EINTERNAL", err)
	}
}

// TestPeriodViewTellsThePeriod: a story that began before a digest's
// period and went on after it is told by the reports of the period — its
// headline, summary, figures, sources and ceasefire state, not as an
// earlier or a later report has it; a subscription's digest
// (by stored time) still reads the whole story.
func TestPeriodViewTellsThePeriod(t *testing.T) {
	since := time.Date(2017, 4, 10, 0, 0, 0, 0, time.UTC)
	until := since.Add(7 * 24 * time.Hour)
	now := until.Add(30 * 24 * time.Hour)
	for _, tc := range []struct{ in news.CeasefireStatus }{{news.CeasefireViolated}, {news.CeasefireNone}} {
		db, op, _ := twoSourceStore(t, now, "Jordan Times", "Reuters")
		ctx := context.Background()
		st := &news.Story{Headline: "Gas attack kills 70 in Idlib", Categories: []news.Category{news.Violence}}
		for _, r := range []struct {
			id, title, text string
			killed          int64
			published       time.Time
			cf              news.CeasefireStatus
		}{
			{"old", "Gas attack kills 70 in Idlib", "A gas attack killed 70 people in Khan Sheikhoun in Idlib at dawn today, medics said.", 70, since.Add(-6 * 24 * time.Hour), news.CeasefireInEffect},
			{"in", "Russia vetoes UN resolution on Idlib gas attack", "Russia vetoed a UN Security Council resolution on the Idlib gas attack, which killed 87 people, on Wednesday.", 87, since.Add(2 * 24 * time.Hour), tc.in},
			{"late", "Truce proposed for Idlib after gas attack", "A truce was proposed for Idlib on Monday after the gas attack that killed 88 people.", 88, until.Add(3 * 24 * time.Hour), news.CeasefireProposed},
		} {
			a := &news.Article{ExternalID: r.id, URL: "https://x.example/" + r.id, SourceID: op.ID, SourceName: op.Name,
				Title: r.title, Text: r.text, Published: r.published}
			an := &news.Analysis{Categories: []news.Category{news.Violence}, CeasefireStatus: r.cf, EventDate: r.published.Format(time.DateOnly),
				Facts:  news.Facts{Killed: &news.Figure{Value: r.killed, Qualifier: news.Exact, Sentence: r.text}},
				Places: []news.Entity{{Name: "Idlib", Kind: "city", Lead: true}}}
			markTitle(a, an)
			if err := db.CreateArticle(ctx, &news.NewArticle{Article: a, Analysis: an, Story: st}); err != nil {
				t.Fatal(err)
			}
		}
		views := NewViews(db)
		d, err := Build(ctx, views, news.DigestFilter{Since: since, Until: until}, now)
		if err != nil || len(d.Sections) != 1 || len(d.Sections[0].Items) != 1 {
			t.Fatalf("period digest: %+v, %v; want one story", d, err)
		}
		it := d.Sections[0].Items[0]
		if it.Headline != "Russia vetoes UN resolution on Idlib gas attack" || it.SourceCount != 1 || len(it.Sources) != 1 {
			t.Errorf("period item: headline %q, %d sources; want the veto report alone", it.Headline, it.SourceCount)
		}
		if len(it.Figures) != 1 || it.Figures[0].Value != 87 || len(it.Figures[0].Latest) != 1 {
			t.Errorf("period figures %+v, want killed 87 alone", it.Figures)
		}
		if want := "1 story from 1 report by 1 source · 10–16 Apr 2017"; d.Footer != want {
			t.Errorf("footer %q, want %q: it counts what the item lists", d.Footer, want)
		}
		if it.Earlier != 1 || it.Began == nil || !it.Began.Equal(since.Add(-6*24*time.Hour)) ||
			!strings.HasSuffix(ItemMeta(&it), " · story since 4 Apr 2017 (1 earlier report)") {
			t.Errorf("history: %d earlier from %v, meta %q; want 1 earlier report since 4 Apr 2017", it.Earlier, it.Began, ItemMeta(&it))
		}
		if it.CeasefireStatus != tc.in {
			t.Errorf("ceasefire %q, want %q as the period's report has it", it.CeasefireStatus, tc.in)
		}
		// A subscription reads every report it was not yet given.
		d, err = Build(ctx, views, news.DigestFilter{Since: since.Add(-30 * 24 * time.Hour), ByStored: true}, now)
		if err != nil || len(d.Sections) != 1 || len(d.Sections[0].Items[0].Sources) != 3 {
			t.Fatalf("stored-time digest: %+v, %v; want the story with its 3 reports", d, err)
		}
	}
}

// TestPeriodViewTakesMisdatedCopies: a report stored with a date before the
// period that tells of the period's event (a feed's wrong date, a late
// copy) is the period's, not the story's history. A verbatim copy of the
// period's report (its feed gave it again under another date) is that
// report, counted once, by the copy dated right.
func TestPeriodViewTakesMisdatedCopies(t *testing.T) {
	since := time.Date(2016, 9, 19, 0, 0, 0, 0, time.UTC)
	until := since.Add(7 * 24 * time.Hour)
	now := until.Add(30 * 24 * time.Hour)
	for _, c := range []struct {
		copyTitle, footer, sources string
	}{
		{"Aleppo: strikes kill 92", "1 story from 2 reports (1 of them dated before the events it reports) by 1 source · 19–25 Sep 2016", "in,copy"},
		{"Strikes kill 92 in Aleppo", "1 story from 1 report by 1 source · 19–25 Sep 2016", "in"},
	} {
		db, op, _ := twoSourceStore(t, now, "Daily Sabah", "Reuters")
		st := &news.Story{Headline: "Strikes kill 92 in Aleppo", Categories: []news.Category{news.Violence}}
		event := since.Add(5 * 24 * time.Hour) // 24 Sep
		for _, r := range []struct {
			id, title string
			published time.Time
		}{{"copy", c.copyTitle, since.Add(-13 * 24 * time.Hour)}, {"in", "Strikes kill 92 in Aleppo", event}} {
			addReport(t, db, st, op, r.id, r.title, "Strikes killed 92 civilians in Aleppo on Saturday, a civil defence official said.",
				"Aleppo", r.published, event)
		}
		d, it := periodItem(t, db, since, until, now)
		if it.Earlier != 0 || it.Began != nil || strings.Contains(ItemMeta(&it), "story since") {
			t.Errorf("meta %q (%d earlier): the copy dated 6 Sep tells of 24 Sep, no history", ItemMeta(&it), it.Earlier)
		}
		// A copy re-edited is listed, and counted as dated before the
		// events it reports (not as an earlier report, which it cannot
		// be), so that a reader who checks the count against the period
		// knows why it is not there.
		if d.Footer != c.footer {
			t.Errorf("copy %q: footer %q, want %q", c.copyTitle, d.Footer, c.footer)
		}
		var ids []string
		for _, s := range it.Sources {
			ids = append(ids, s.ArticleID)
		}
		if got := strings.Join(ids, ","); got != c.sources {
			t.Errorf("copy %q: sources %s, want %s", c.copyTitle, got, c.sources)
		}
	}
}

// TestPeriodViewEarlierCopyIsNoHistory: a feed gave its report of 12 Sep
// again on 20 Sep, verbatim, beside another outlet's report of that day:
// in the digest of 19–25 Sep the report and its copy count once. The copy
// is that report again, told in full by the period of 12 Sep (the story's
// home), so 19–25 Sep counts it once as the earlier report the story began
// with and does not list its copy as the period's: the period tells the
// story since 12 Sep by its own report (issue 13; it used to list the copy
// as the period's and tell the story in full a second time).
func TestPeriodViewEarlierCopyIsNoHistory(t *testing.T) {
	since := time.Date(2016, 9, 19, 0, 0, 0, 0, time.UTC)
	until := since.Add(7 * 24 * time.Hour)
	now := until.Add(30 * 24 * time.Hour)
	db, op, other := twoOutletStore(t, now)
	st := &news.Story{Headline: "Shelling of Homs goes on", Categories: []news.Category{news.Violence}}
	first := since.Add(-7 * 24 * time.Hour) // 12 Sep
	copyText := "Shelling killed seven people in Homs on Monday, medics said."
	for _, r := range []struct {
		id, title, text string
		src             *news.Source
		published, day  time.Time
	}{
		{"first", "Shelling kills 7 in Homs", copyText, op, first.Add(6 * time.Hour), first},
		{"again", "Shelling kills 7 in Homs", copyText, op, since.Add(26 * time.Hour), first},
		{"other", "Shelling of Homs goes on", "Shelling of Homs went on on Tuesday, medics said.", other, since.Add(28 * time.Hour), since.Add(24 * time.Hour)},
	} {
		addReport(t, db, st, r.src, r.id, r.title, r.text, "Homs", r.published, r.day)
	}
	_, it := periodItem(t, db, since, until, now)
	if it.Earlier != 1 || it.Began == nil || !it.Began.Equal(first) || len(it.Sources) != 1 {
		t.Errorf("meta %q, %d earlier, %d sources: want the period's own report, the copied one counted once as earlier", ItemMeta(&it), it.Earlier, len(it.Sources))
	}
	if got, want := ItemMeta(&it), "story since 12 Sep 2016 (1 earlier report)"; !strings.Contains(got, want) {
		t.Errorf("meta %q, want %q", got, want)
	}
}

// twoOutletStore opens a store with two operator's sources, Daily Sabah
// (op) and Anadolu (other).
func twoOutletStore(t *testing.T, now time.Time) (db *store.Services, op, other *news.Source) {
	t.Helper()
	db, op, _ = twoSourceStore(t, now, "Daily Sabah", "Reuters")
	other = &news.Source{URL: "https://other.example/rss", Kind: news.KindFeed, Name: "Anadolu"}
	if err := db.CreateSource(context.Background(), other); err != nil {
		t.Fatal(err)
	}
	return db, op, other
}

// addReport stores a report of violence in place, of the day day, as one
// of story st's.
func addReport(t *testing.T, db *store.Services, st *news.Story, src *news.Source, id, title, text, place string, published, day time.Time) {
	t.Helper()
	a := &news.Article{ExternalID: id, URL: "https://x.example/" + id, SourceID: src.ID, SourceName: src.Name,
		Title: title, Text: text, Published: published}
	an := &news.Analysis{Categories: []news.Category{news.Violence}, EventDate: day.Format(time.DateOnly),
		Places: []news.Entity{{Name: place, Kind: "city", Lead: true}}}
	markTitle(a, an)
	if err := db.CreateArticle(context.Background(), &news.NewArticle{Article: a, Analysis: an, Story: st}); err != nil {
		t.Fatal(err)
	}
}

// periodItem builds the digest of the period and returns it with its one
// item.
func periodItem(t *testing.T, db *store.Services, since, until, now time.Time) (*Digest, Item) {
	t.Helper()
	d, err := Build(context.Background(), NewViews(db), news.DigestFilter{Since: since, Until: until}, now)
	if err != nil || len(d.Sections) != 1 || len(d.Sections[0].Items) != 1 {
		t.Fatalf("period digest: %+v, %v; want one story", d, err)
	}
	return d, d.Sections[0].Items[0]
}

// TestPeriodViewLeavesALaterDaysReport: a report whose feed stamped it
// inside the period but whose own text dates its event after the period
// (a dateline of Tuesday, "launched an assault on Monday") is the next
// period's news, even in the story of the period's fighting: the period's
// item is told by the period's report alone — its summary, development
// and sources — and the later report is not listed as the period's.
func TestPeriodViewLeavesALaterDaysReport(t *testing.T) {
	since := time.Date(2016, 7, 4, 0, 0, 0, 0, time.UTC)
	until := since.Add(7 * 24 * time.Hour) // 4–10 Jul
	now := until.Add(30 * 24 * time.Hour)
	db, op, other := twoOutletStore(t, now)
	ctx := context.Background()
	st := &news.Story{Headline: "Rebels killed in fight for Aleppo road", Categories: []news.Category{news.Violence}}
	sun := since.Add(6 * 24 * time.Hour) // Sunday 10 Jul
	addReport(t, db, st, op, "sun", "Rebels killed in fight for Aleppo road",
		"At least 30 rebels were killed overnight in a failed bid to reopen the supply road into Aleppo, a monitor said on Sunday.",
		"Aleppo", sun.Add(9*time.Hour), sun)
	// Monday's report, stamped by its feed on 6 Jul, dated 12 Jul in its text.
	mon := &news.Article{ExternalID: "mon", URL: "https://x.example/mon", SourceID: other.ID, SourceName: other.Name,
		Title: "Rebels launch assault on Aleppo districts", Published: since.Add(2 * 24 * time.Hour),
		Text: "Tuesday 12 July 2016 Rebels launched a major assault on government-held districts of Aleppo on Monday. The UN envoy said Monday that a crucial moment had been reached in the talks."}
	an := &news.Analysis{Categories: []news.Category{news.Violence, news.Talks}, EventDate: "2016-07-11", EventDateBy: "text", Dateline: "2016-07-12",
		Places: []news.Entity{{Name: "Aleppo", Kind: "city", Lead: true}}}
	markTitle(mon, an)
	if err := db.CreateArticle(ctx, &news.NewArticle{Article: mon, Analysis: an, Story: st}); err != nil {
		t.Fatal(err)
	}
	d, it := periodItem(t, db, since, until, now)
	if len(it.Sources) != 1 || it.Sources[0].ArticleID != "sun" {
		t.Errorf("sources %+v, want Sunday's report alone", it.Sources)
	}
	if strings.Contains(it.Summary, "Monday") || strings.Contains(it.Development, "Monday") {
		t.Errorf("summary %q, development %q: Monday's news is not the period's", it.Summary, it.Development)
	}
	if want := "1 story from 1 report by 1 source · 4–10 Jul 2016"; d.Footer != want {
		t.Errorf("footer %q, want %q", d.Footer, want)
	}
}

// TestPeriodViewOfAMisdatedReport: a report its feed stamped a fortnight
// early, whose own dateline is 20 Sep, is 20 Sep's; in the digest of that
// day alone the story that began with a report of 19 Sep is told since 19
// Sep by it, not in full again from the stored story (issue 13, 2016).
func TestPeriodViewOfAMisdatedReport(t *testing.T) {
	since := time.Date(2016, 9, 20, 0, 0, 0, 0, time.UTC)
	until := since.Add(24 * time.Hour)
	now := until.Add(30 * 24 * time.Hour)
	db, op, other := twoOutletStore(t, now)
	st := &news.Story{Headline: "Strikes hit a town in the north", Categories: []news.Category{news.Violence}}
	addReport(t, db, st, op, "mon", "Strikes hit a town in the north", "Strikes hit a town in the north on Monday, residents said.",
		"Idlib", since.Add(-14*time.Hour), since.Add(-24*time.Hour))
	a := &news.Article{ExternalID: "tue", URL: "https://x.example/tue", SourceID: other.ID, SourceName: other.Name,
		Title: "More strikes on the northern town", Text: "20 September 2016 More strikes hit the northern town on Tuesday, residents said.",
		Published: since.Add(-15 * 24 * time.Hour)}
	an := &news.Analysis{Categories: []news.Category{news.Violence}, EventDate: "2016-09-20", EventDateBy: "text", Dateline: "2016-09-20",
		Places: []news.Entity{{Name: "Idlib", Kind: "city", Lead: true}}}
	markTitle(a, an)
	if err := db.CreateArticle(context.Background(), &news.NewArticle{Article: a, Analysis: an, Story: st}); err != nil {
		t.Fatal(err)
	}
	_, it := periodItem(t, db, since, until, now)
	if it.Earlier != 1 || it.Began == nil || !strings.Contains(ItemMeta(&it), "story since 19 Sep 2016 (1 earlier report)") {
		t.Errorf("meta %q, %d earlier: want the story since 19 Sep, told by the report of 20 Sep", ItemMeta(&it), it.Earlier)
	}
}

package digest

import (
	"bytes"
	"context"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
	"github.com/conflict-digest/conflict-digest/store"
)

// TestLateStoryShownInItsPeriod: a story whose only report was fed a
// fortnight after its events is left out of the digest of the report's
// week, whose footer sends the reader to the digest of the events' days —
// and that digest, made now, shows it, though its report falls after the
// period (issue 13, 2016: a late report of coalition strikes appeared in
// no digest). Through the real store: the period's lookup is its query. A
// subscription's digest, on stored time, tells it once, in the window it
// was stored in, and the events' week of stored time holds nothing.
func TestLateStoryShownInItsPeriod(t *testing.T) {
	ctx := context.Background()
	now := time.Date(2016, 6, 25, 12, 0, 0, 0, time.UTC)
	stored := now.Add(-time.Hour)
	db, err := store.OpenServices(ctx, filepath.Join(t.TempDir(), "news.db"), store.WithNow(func() time.Time { return stored }))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	add := func(ext, title string, published, first, last time.Time) {
		t.Helper()
		n := &news.NewArticle{
			Article:  &news.Article{ExternalID: ext, Title: title, Text: title + ".", Published: published},
			Analysis: &news.Analysis{Categories: []news.Category{news.Violence}},
			Story: &news.Story{Headline: title, Categories: []news.Category{news.Violence}, EventFirst: first, EventLast: last,
				Places: []news.Entity{{Name: "Aleppo", Kind: "city", Conflict: "syria"}}},
		}
		if err := db.CreateArticle(ctx, n); err != nil {
			t.Fatal(err)
		}
	}
	d := func(s string) time.Time { t, _ := time.Parse(time.DateOnly, s); return t }
	add("late", "Coalition strikes kill fighters near a border town", d("2016-06-16").Add(9*time.Hour), d("2016-05-31"), d("2016-06-01"))
	add("now", "Shelling hits a market in the old city", d("2016-06-15").Add(8*time.Hour), d("2016-06-15"), d("2016-06-15"))

	week := func(since, until string) news.DigestFilter {
		return news.DigestFilter{Since: d(since), Until: d(until), Limit: 10}
	}
	later, err := Build(ctx, db, week("2016-06-13", "2016-06-20"), now)
	if err != nil {
		t.Fatal(err)
	}
	if got := headlines(later); got != "[Shelling hits a market in the old city]" {
		t.Errorf("digest of the report's week shows %s, want the market shelling only", got)
	}
	want := "1 more story reported in this period tells of events of other days (31 May – 1 Jun 2016): the digest of those days shows it."
	if got := OutsideLine(later); got != want {
		t.Errorf("outside line %q, want %q", got, want)
	}
	var md bytes.Buffer
	if err := RenderMarkdown(&md, later); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(md.String(), want) {
		t.Errorf("footer lacks the outside line:\n%s", md.String())
	}
	// The promise: the digest of those days, made now, shows it.
	for _, f := range []news.DigestFilter{week("2016-05-30", "2016-06-06"), week("2016-05-31", "2016-06-01")} {
		earlier, err := Build(ctx, db, f, now)
		if err != nil {
			t.Fatal(err)
		}
		if got := headlines(earlier); got != "[Coalition strikes kill fighters near a border town]" {
			t.Errorf("digest of %s–%s shows %s, want the late story", f.Since.Format(time.DateOnly), f.Until.Format(time.DateOnly), got)
		}
		if line := OutsideLine(earlier); line != "" {
			t.Errorf("digest of the events' days defers: %q", line)
		}
		checkReportedLater(t, earlier, "16 Jun 2016")
	}
	checkReportedLater(t, later, "") // reported in its period
	// Not a period its events do not begin in.
	after, err := Build(ctx, db, week("2016-06-06", "2016-06-13"), now)
	if err != nil {
		t.Fatal(err)
	}
	if got := headlines(after); got != "[]" {
		t.Errorf("digest of the week between shows %s, want none", got)
	}
	// Subscriptions, on stored time: told once, in the window it was stored in.
	sub := news.DigestFilter{Since: stored.Add(-time.Hour), Until: stored.Add(time.Hour), ByStored: true}
	got, err := Build(ctx, db, sub, now)
	if err != nil {
		t.Fatal(err)
	}
	if h := headlines(got); h != "[Coalition strikes kill fighters near a border town Shelling hits a market in the old city]" {
		t.Errorf("subscription's window shows %s, want both stories", h)
	}
	checkReportedLater(t, got, "") // stored time: what was stored since is news
	sub = news.DigestFilter{Since: d("2016-05-30"), Until: d("2016-06-06"), ByStored: true}
	if got, err = Build(ctx, db, sub, now); err != nil {
		t.Fatal(err)
	}
	if h := headlines(got); h != "[]" {
		t.Errorf("stored-time window of the events' week shows %s, want none", h)
	}
}

// checkReportedLater checks that a digest's items are marked reported
// later (on day) or, for day "", not at all, in every format: the item's
// field, its JSON, its Markdown and Discord meta lines.
func checkReportedLater(t *testing.T, d *Digest, day string) {
	t.Helper()
	var md, dc bytes.Buffer
	if err := RenderMarkdown(&md, d); err != nil {
		t.Fatal(err)
	}
	if err := RenderDiscord(&dc, d); err != nil {
		t.Fatal(err)
	}
	js, err := json.Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	want := "reported later, on " + day
	for _, sec := range d.Sections {
		for _, it := range sec.Items {
			got := ""
			if it.ReportedLater != nil {
				got = FormatDate(*it.ReportedLater)
			}
			if got != day {
				t.Errorf("item %q reported later %q, want %q", it.Headline, got, day)
			}
		}
	}
	for name, out := range map[string]string{"markdown": md.String(), "discord": dc.String()} {
		if has := strings.Contains(out, "reported later, on "); has != (day != "") || day != "" && !strings.Contains(out, want) {
			t.Errorf("%s: want %q shown: %t\n%s", name, want, day != "", out)
		}
	}
	if has := bytes.Contains(js, []byte(`"reported_later":`)); has != (day != "") {
		t.Errorf("json has reported_later: %t, want %t", has, day != "")
	}
}

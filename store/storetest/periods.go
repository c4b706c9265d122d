package storetest

import (
	"context"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/digest"
	"github.com/conflict-digest/conflict-digest/news"
)

// testPeriodsTellOnce: the digests of consecutive weeks, made after every
// report is in, tell each story in full once — in the week of its first
// report, or, when that report came too late for that week's digest (its
// events older than the week), in the week of its first event day, marked
// reported later — and a later week only by its own reports, as the
// story's development since ("story since ..."). Nothing is dropped: every
// story is in some week's digest (issue 13). The period's lookup is the
// store's; the rest is the digest's, read through its views as the bot
// does. Invented stories.
func testPeriodsTellOnce(t *testing.T, h Harness) {
	w := newWorld(t, h)
	ctx := context.Background()
	week0 := time.Date(2016, 8, 29, 0, 0, 0, 0, time.UTC) // a Monday
	day := func(n int, hour int) time.Time {
		return week0.Add(time.Duration(n)*24*time.Hour + time.Duration(hour)*time.Hour)
	}
	dated := func(n int) string { return day(n, 0).Format(time.DateOnly) }
	add := func(ext, title string, published time.Time, eventDay int, s *news.Story) *news.NewArticle {
		if s == nil {
			s = &news.Story{Headline: title, Categories: []news.Category{news.Violence}}
		}
		return w.add(t, item{source: w.curated, ext: ext, title: title, published: published, eventDate: dated(eventDay), story: s})
	}
	withEvents := func(first, last int) *news.Story {
		return &news.Story{Headline: "", Categories: []news.Category{news.Violence}, EventFirst: day(first, 0), EventLast: day(last, 0)}
	}
	st := func(title string, first, last int) *news.Story {
		s := withEvents(first, last)
		s.Headline = title
		return s
	}
	onTime := add("p1", "Shelling hits a market in the old town", day(2, 10), 2, st("Shelling hits a market in the old town", 2, 2))
	// the last day's events, reported the next morning: the next week's
	nextMorning := add("p2", "Rockets strike a village on the plain", day(7, 8), 6, st("Rockets strike a village on the plain", 6, 6))
	// reported a fortnight late: the week of its events, marked
	late := add("p3", "Coalition strikes kill fighters near a border town", day(16, 9), 1, st("Coalition strikes kill fighters near a border town", 1, 1))
	// events across two weeks, reported in both
	span := st("Fighting rages around the airbase for a second day", 5, 8)
	running := add("p4", "Fighting rages around the airbase for a second day", day(5, 12), 5, span)
	add("p5", "Army pushes into the airbase after days of clashes", day(8, 12), 8, running.Story)

	full := map[int64][]int{} // story: the weeks that tell it in full
	cont := map[int64][]int{} // story: the weeks that tell its development
	lateOn := map[int64]string{}
	for k := range 3 {
		f := news.DigestFilter{Since: day(7*k, 0), Until: day(7*k+7, 0)}
		d, err := digest.Build(ctx, digest.NewViews(w.s), f, base)
		must(t, err)
		for _, sec := range d.Sections {
			for _, it := range sec.Items {
				if it.Began != nil {
					cont[it.StoryID] = append(cont[it.StoryID], k)
				} else {
					full[it.StoryID] = append(full[it.StoryID], k)
				}
				if it.ReportedLater != nil {
					lateOn[it.StoryID] = digest.FormatDate(*it.ReportedLater)
				}
			}
		}
	}
	for _, c := range []struct {
		name       string
		id         int64
		full, cont []int
		late       string
	}{
		{"on time", onTime.Story.ID, []int{0}, nil, ""},
		{"the next morning", nextMorning.Story.ID, []int{1}, nil, ""},
		{"a fortnight late", late.Story.ID, []int{0}, nil, "14 Sep 2016"},
		{"across two weeks", running.Story.ID, []int{0}, []int{1}, ""},
	} {
		if !equal(full[c.id], c.full) || !equal(cont[c.id], c.cont) || lateOn[c.id] != c.late {
			t.Errorf("%s: told in full in weeks %v, as a development in %v, reported later %q; want %v, %v, %q",
				c.name, full[c.id], cont[c.id], lateOn[c.id], c.full, c.cont, c.late)
		}
	}
}

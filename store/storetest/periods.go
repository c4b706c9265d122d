package storetest

import (
	"context"
	"slices"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/digest"
	"github.com/conflict-digest/conflict-digest/news"
)

// testPeriodsTellOnce: the digests of any run of periods, made after every
// report is in, tell each story in full once — in the period of its first
// report, or, when that report came too late for even its own day's digest
// (a day past the end of its events' last day), in the period of its first
// event day, marked reported later when that period ended before the
// report — and a later period only by its own reports, as the story's
// development since ("story since ..."). Nothing is dropped: every story is
// in some period's digest. It holds for periods of any length and offset,
// mixed: weeks, days, days after a week, a week from a Wednesday, three
// days, half a day from noon (issue 13). The period's lookup is the
// store's; the rest is the digest's, read through its views as the bot
// does. A Council session an attack's reports tell, shown under Talks
// (digest.Item.SessionOf), is a part of that story's telling in the
// period, not a second one, and only where the story is told. Invented
// stories.
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

	// reported two days after its day: too late for its report's day, so
	// the period of that day tells it, whatever periods are asked for
	late2 := add("p6", "Airstrike hits a bakery in the eastern quarter", day(11, 10), 9, st("Airstrike hits a bakery in the eastern quarter", 9, 9))
	// reported the evening after its day: its report's period tells it,
	// one that starts at noon too
	evening := add("p7", "Mortar fire hits a school on the river bank", day(13, 20), 12, st("Mortar fire hits a school on the river bank", 12, 12))
	// a report and a feed's copy of it the next morning (the same title
	// and opening, news.Opening): the copy is the report again, not the
	// next day's news, so the report's period tells the story in full
	// and the next day's none
	report := add("p8", "Gunmen fire on a convoy on the coast road", day(17, 10), 17, st("Gunmen fire on a convoy on the coast road", 17, 17))
	add("p9", "Gunmen fire on a convoy on the coast road", day(18, 8), 17, report.Story)
	// the same, with a report of the next day's own: that day tells the
	// story since, by its own report, counting the copied one once
	copied := add("p10", "Blast hits a checkpoint at the city gate", day(17, 11), 17, st("Blast hits a checkpoint at the city gate", 17, 18))
	add("p11", "Blast hits a checkpoint at the city gate", day(18, 7), 17, copied.Story)
	add("p12", "Checkpoint blast toll rises as more victims are found", day(18, 12), 18, copied.Story)

	// periods are runs of [from, to) in days (half days for noon) from week0
	periods := func(bounds ...float64) []news.DigestFilter {
		at := func(d float64) time.Time { return week0.Add(time.Duration(d * float64(24*time.Hour))) }
		var fs []news.DigestFilter
		for i := 0; i+1 < len(bounds); i++ {
			fs = append(fs, news.DigestFilter{Since: at(bounds[i]), Until: at(bounds[i+1])})
		}
		return fs
	}
	days := make([]float64, 22)
	for i := range days {
		days[i] = float64(i)
	}
	type want struct {
		full, cont []int // the periods (by index) that tell it in full, as a development
		late       string
	}
	for _, set := range []struct {
		name    string
		periods []news.DigestFilter
		want    map[*news.NewArticle]want
	}{
		{"weeks from a Monday", periods(0, 7, 14, 21), map[*news.NewArticle]want{
			onTime: {[]int{0}, nil, ""}, nextMorning: {[]int{1}, nil, ""}, late: {[]int{0}, nil, "14 Sep 2016"},
			running: {[]int{0}, []int{1}, ""}, late2: {[]int{1}, nil, ""}, evening: {[]int{1}, nil, ""},
			report: {[]int{2}, nil, ""}, copied: {[]int{2}, nil, ""},
		}},
		{"days", periods(days...), map[*news.NewArticle]want{
			onTime: {[]int{2}, nil, ""}, nextMorning: {[]int{7}, nil, ""}, late: {[]int{1}, nil, "14 Sep 2016"},
			running: {[]int{5}, []int{8}, ""}, late2: {[]int{9}, nil, "9 Sep 2016"}, evening: {[]int{13}, nil, ""},
			report: {[]int{17}, nil, ""}, copied: {[]int{17}, []int{18}, ""},
		}},
		// two days, a week from a Wednesday, three days, a day, half a
		// day, then from noon to the end
		{"mixed lengths and offsets", periods(0, 2, 9, 12, 13, 13.5, 21), map[*news.NewArticle]want{
			onTime: {[]int{1}, nil, ""}, nextMorning: {[]int{1}, nil, ""}, late: {[]int{0}, nil, "14 Sep 2016"},
			running: {[]int{1}, nil, ""}, late2: {[]int{2}, nil, ""}, evening: {[]int{5}, nil, ""},
			report: {[]int{5}, nil, ""}, copied: {[]int{5}, nil, ""},
		}},
		{"days after a week", periods(0, 7, 8, 9, 10, 11, 12, 13, 14, 21), map[*news.NewArticle]want{
			onTime: {[]int{0}, nil, ""}, nextMorning: {[]int{1}, nil, ""}, late: {[]int{0}, nil, "14 Sep 2016"},
			running: {[]int{0}, []int{2}, ""}, late2: {[]int{3}, nil, "9 Sep 2016"}, evening: {[]int{7}, nil, ""},
			report: {[]int{8}, nil, ""}, copied: {[]int{8}, nil, ""},
		}},
		// a daily digest of the bakery's day, then a week from the day
		// after: its report falls in the week, its home in the day
		{"a day, then a week from a Saturday", periods(0, 7, 8, 9, 10, 17, 21), map[*news.NewArticle]want{
			onTime: {[]int{0}, nil, ""}, nextMorning: {[]int{1}, nil, ""}, late: {[]int{0}, nil, "14 Sep 2016"},
			running: {[]int{0}, []int{2}, ""}, late2: {[]int{3}, nil, "9 Sep 2016"}, evening: {[]int{4}, nil, ""},
			report: {[]int{5}, nil, ""}, copied: {[]int{5}, nil, ""},
		}},
	} {
		full := map[int64][]int{} // story: the periods that tell it in full
		cont := map[int64][]int{} // story: the periods that tell its development
		lateOn := map[int64]string{}
		sessions := map[int64][]int{} // story: the periods that show its Council session (digest.Item.SessionOf)
		for k, f := range set.periods {
			d, err := digest.Build(ctx, digest.NewViews(w.s), f, base)
			must(t, err)
			for _, sec := range d.Sections {
				for _, it := range sec.Items {
					if it.SessionOf != 0 {
						sessions[it.StoryID] = append(sessions[it.StoryID], k)
						continue // a part of its story's telling, under Talks: no telling of its own
					}
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
		for id, ks := range sessions {
			for _, k := range ks {
				if !slices.Contains(full[id], k) && !slices.Contains(cont[id], k) {
					t.Errorf("%s: story %d: its session shown in period %d, which tells the story neither in full nor as a development", set.name, id, k)
				}
			}
		}
		for n, c := range set.want {
			id := n.Story.ID
			if !equal(full[id], c.full) || !equal(cont[id], c.cont) || lateOn[id] != c.late {
				t.Errorf("%s: %q: told in full in periods %v, as a development in %v, reported later %q; want %v, %v, %q",
					set.name, n.Article.Title, full[id], cont[id], lateOn[id], c.full, c.cont, c.late)
			}
		}
	}
}

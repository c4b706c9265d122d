package ingest

import (
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/analyze"
	"github.com/conflict-digest/conflict-digest/news"
	"github.com/conflict-digest/conflict-digest/story"
)

// FuzzEventDate fuzzes the event date along the article's path: the
// analyser reads it from a hostile title, text and published time (any time
// a feed can write, years 0 to 9999), story assignment decides whether to
// trust it (story.EventDay), and the pipeline files the day it matched on
// (fileEventDay), which the store turns into its event_day column. None may
// panic, and the filed day is a real day no later than the day after the
// fetch, from 1990 on or else the fetch day itself.
func FuzzEventDate(f *testing.F) {
	published := time.Date(2016, 7, 5, 12, 0, 0, 0, time.UTC).Unix()
	f.Add("Bomber kills 16 in Hasakeh", "A bomber killed 16 people in Hasakeh on Tuesday.", published)
	f.Add("", "DAMASCUS, 16-02-2015 (SANA) Shelling killed two on Sunday night.", int64(0))
	f.Add("Truce", "20 May 2014 AFP - The truce agreed on May 25 held yesterday, monitors said on Friday.", published)
	f.Add("x", "jul 012016 today tonight Saturday's on 31 april", time.Date(9999, 12, 31, 23, 59, 59, 0, time.UTC).Unix())
	f.Add("Archive", "Shells struck a market on Monday.", time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC).Unix())
	f.Add("Future", "2099-01-01 on Wednesday evening", time.Date(2099, 1, 1, 0, 0, 0, 0, time.UTC).Unix())
	f.Add("\xff", "\x00 28 04 2017 \xed\xa0\x80 yesterday", int64(-1))
	fetched := time.Date(2026, 11, 1, 9, 30, 0, 0, time.UTC)
	fetchDay := fetched.Format(time.DateOnly)
	lo, hi := time.Date(0, 1, 1, 0, 0, 0, 0, time.UTC).Unix(), time.Date(9999, 12, 31, 23, 59, 59, 0, time.UTC).Unix()
	f.Fuzz(func(t *testing.T, title, text string, pub int64) {
		var p time.Time
		if pub != 0 {
			p = time.Unix(lo+(pub%(hi-lo)+(hi-lo))%(hi-lo), 0).UTC()
		}
		d, by := analyze.EventDate(title, text, p)
		switch by {
		case "":
			if !d.IsZero() || !p.IsZero() {
				t.Fatalf("no event date (%v) although published %v", d, p)
			}
		case analyze.DatedByPublished:
			if y, m, dd := p.Date(); !d.Equal(time.Date(y, m, dd, 0, 0, 0, 0, time.UTC)) {
				t.Fatalf("dated by its published day %v: %v", p, d)
			}
		case analyze.DatedByText, analyze.DatedByDateline, analyze.DatedByNight:
		default:
			t.Fatalf("dated by %q", by)
		}
		if d.Location() != time.UTC || d.Hour() != 0 || d.Minute() != 0 || d.Second() != 0 || d.Nanosecond() != 0 {
			t.Fatalf("event date %v is not midnight UTC", d)
		}
		an := news.Analysis{EventDateBy: by}
		if by != "" {
			an.EventDate = d.Format(time.DateOnly)
		}
		day := story.EventDay(an.EventDate, fetched)
		fileEventDay(&an, day)
		if day == story.NoDay {
			t.Fatalf("no event day with a fetch time (event date %q)", an.EventDate)
		}
		filed, err := time.Parse(time.DateOnly, an.EventDate)
		if err != nil {
			t.Fatalf("filed event date %q: %v", an.EventDate, err)
		}
		if an.EventDate != fetchDay && (filed.Year() < 1990 || filed.After(fetched.AddDate(0, 0, 1))) {
			t.Fatalf("filed %s (read %v by %q), want 1990 to the day after the fetch, or the fetch day", an.EventDate, d, by)
		}
		if story.DayTime(day).Format(time.DateOnly) != an.EventDate {
			t.Fatalf("filed %s, matched on day %d", an.EventDate, day)
		}
		if an.EventDateBy != by && an.EventDateBy != "fetched" {
			t.Fatalf("filed by %q, read by %q", an.EventDateBy, by)
		}
	})
}

package digest

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

// TestSinceLastDigest: a subscription's next digest says what changed in a
// story it was told of — the toll rose, the truce collapsed, more sources —
// and marks new stories; what it was told is remembered only once a digest
// is delivered.
func TestSinceLastDigest(t *testing.T) {
	ctx := context.Background()
	w, s, c := newMemWorld(), newFakeSender(), &testClock{t0.Add(time.Hour)}
	w.addSub(news.Subscription{ID: 1, GuildID: "g", ChannelID: "c1", Schedule: "hourly", Created: t0})
	toll := func(v int64, q news.Qualifier, reported time.Time) []news.StoryFigure {
		f := news.Figure{Value: v, Qualifier: q, Originator: "SOHR"}
		return []news.StoryFigure{{Kind: "killed", Low: f, High: f, Latest: f, By: "reuters", AsOf: reported,
			Lines: []news.FigureLine{{Originator: "SOHR", Steps: []news.FigureBy{{Figure: f, Source: "reuters", Published: reported}}}}}}
	}
	st := testStory(1, news.Ceasefire, t0.Add(30*time.Minute), "A truce held in Aleppo.")
	st.CeasefireStatus, st.Figures = news.CeasefireInEffect, toll(58, news.Exact, t0.Add(-20*time.Hour))
	w.addStory(st, t0.Add(30*time.Minute))
	d := newDeliverer(w, s, c)
	d.Memory = w
	if out, err := d.Deliver(ctx, 1); err != nil || out != Delivered {
		t.Fatalf("first digest: %v %v", out, err)
	}
	if first := s.messages("c1")[0].content; !strings.Contains(first, "New") {
		t.Errorf("the first digest does not mark the story new:\n%s", first)
	}
	// An hour on, the truce has collapsed, the toll risen, more outlets report.
	later := st
	later.CeasefireStatus, later.Figures = news.CeasefireCollapsed, toll(86, news.AtLeast, t0.Add(90*time.Minute))
	later.Changes = []news.StoryChange{{Change: news.ChangeCeasefireCollapsed, From: news.CeasefireInEffect, At: t0.Add(90 * time.Minute)}}
	later.Sources = append(append([]news.StorySource{}, st.Sources...),
		news.StorySource{SourceName: "afp", URL: "https://example.org/afp", Published: t0.Add(90 * time.Minute)},
		news.StorySource{SourceName: "sana", URL: "https://example.org/sana", Published: t0.Add(95 * time.Minute)})
	w.addStory(later, t0.Add(100*time.Minute))
	c.t = t0.Add(2 * time.Hour)
	if out, err := d.Deliver(ctx, 1); err != nil || out != Delivered {
		t.Fatalf("second digest: %v %v", out, err)
	}
	msgs := s.messages("c1")
	second := msgs[len(msgs)-1].content
	for _, want := range []string{"Since your last digest", "ceasefire: in effect → collapsed", "toll rose — SOHR: 58 (31 Oct) → at least 86 (1 Nov)", "2 more sources"} {
		if !strings.Contains(second, want) {
			t.Errorf("the second digest lacks %q:\n%s", want, second)
		}
	}
}

// TestSinceNotesReadAsFigureLines: a note of a revised count says when
// each count was reported and whom it counts, and names its giver as the
// figure lines do — a name before the counts, a giver named by what it is
// after them, an outlet as the one who reported it, a party's claim
// marked.
func TestSinceNotesReadAsFigureLines(t *testing.T) {
	at := func(m, d int) time.Time { return time.Date(2017, time.Month(m), d, 9, 0, 0, 0, time.UTC) }
	count := func(kind, by string, v int64, reported time.Time) news.DeliveredFigure {
		return news.DeliveredFigure{Kind: kind, By: by, Text: fmt.Sprint(v), Value: v, Reported: reported}
	}
	withWho := func(c news.DeliveredFigure, who string) news.DeliveredFigure { c.Who = who; return c }
	party := func(c news.DeliveredFigure) news.DeliveredFigure { c.PartyClaim = true; return c }
	day := DayIn(at(4, 10), at(4, 17))
	for _, tt := range []struct {
		name string
		r    revision
		want string
	}{
		{"a rise over days", revision{was: count("killed", "SOHR", 58, at(4, 12)), now: count("killed", "SOHR", 86, at(4, 14))},
			"toll rose — SOHR: 58 (12 Apr) → 86 (14 Apr)"},
		{"one day's counts", revision{was: count("killed", "SOHR", 24, at(4, 14)), now: count("killed", "SOHR", 43, at(4, 14).Add(5*time.Hour))},
			"toll rose — SOHR: 24 → 43 (14 Apr)"},
		{"a giver named by what it is", revision{was: count("injured", "hospital", 45, at(4, 12)), now: count("injured", "hospital", 52, at(4, 14))},
			"injured rose — according to a hospital: 45 (12 Apr) → 52 (14 Apr)"},
		{"an outlet's own count", revision{was: count("killed", "Daily Sabah", 92, at(4, 12)), now: count("killed", "Daily Sabah", 80, at(4, 13)), outlet: true},
			"toll revised down — reported by Daily Sabah: 92 (12 Apr) → 80 (13 Apr)"},
		{"a party's claim", revision{was: party(count("killed", "state media", 30, at(4, 12))), now: party(count("killed", "state media", 41, at(4, 13)))},
			"toll rose — according to state media (a party to the fighting): 30 (12 Apr) → 41 (13 Apr)"},
		{"the groups counted", revision{was: withWho(count("killed", "SOHR", 58, at(4, 12)), "civilians"), now: withWho(count("killed", "SOHR", 86, at(4, 14)), "civilians")},
			"toll rose — SOHR: 58 civilians (12 Apr) → 86 civilians (14 Apr)"},
		{"another group is no rise", revision{was: withWho(count("killed", "SOHR", 25, at(4, 12)), "civilians"), now: withWho(count("killed", "SOHR", 40, at(4, 14)), "fighters")},
			"toll changed — SOHR: 25 civilians (12 Apr) → 40 fighters (14 Apr)"},
		{"told before days were kept", revision{was: count("displaced", "UNHCR", 5000, time.Time{}), now: count("displaced", "UNHCR", 7000, at(4, 14))},
			"displaced rose — UNHCR: 5000 (day not known) → 7000 (14 Apr)"},
		{"another year's report", revision{was: count("killed", "SOHR", 12, time.Date(2016, 12, 30, 9, 0, 0, 0, time.UTC)), now: count("killed", "SOHR", 20, at(4, 14))},
			"toll rose — SOHR: 12 (30 Dec 2016) → 20 (14 Apr)"},
		{"no day known", revision{was: count("killed", "SOHR", 58, time.Time{}), now: count("killed", "SOHR", 86, time.Time{})},
			"toll rose — SOHR: 58 → 86"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.r.text(day); got != tt.want {
				t.Errorf("note %q, want %q", got, tt.want)
			}
		})
	}
}

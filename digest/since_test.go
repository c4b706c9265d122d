package digest

import (
	"context"
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
	toll := func(v int64, q news.Qualifier) []news.StoryFigure {
		f := news.Figure{Value: v, Qualifier: q, Originator: "SOHR"}
		return []news.StoryFigure{{Kind: "killed", Low: f, High: f, Latest: f, By: "reuters", AsOf: t0,
			Lines: []news.FigureLine{{Originator: "SOHR", Steps: []news.FigureBy{{Figure: f, Source: "reuters"}}}}}}
	}
	st := testStory(1, news.Ceasefire, t0.Add(30*time.Minute), "A truce held in Aleppo.")
	st.CeasefireStatus, st.Figures = news.CeasefireInEffect, toll(58, news.Exact)
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
	later.CeasefireStatus, later.Figures = news.CeasefireCollapsed, toll(86, news.AtLeast)
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
	for _, want := range []string{"Since your last digest", "ceasefire: in effect → collapsed", "toll rose 58 → at least 86 (SOHR)", "2 more sources"} {
		if !strings.Contains(second, want) {
			t.Errorf("the second digest lacks %q:\n%s", want, second)
		}
	}
}

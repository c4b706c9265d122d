package storetest

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

// newOutbox stores a subscription and returns an outbox of parts messages
// for its window ending at until (not yet stored).
func newOutbox(t *testing.T, s Store, parts int, until time.Time) *news.Outbox {
	t.Helper()
	sub := &news.Subscription{GuildID: "g", ChannelID: "c", Schedule: "@daily"}
	must(t, s.CreateSubscription(context.Background(), sub))
	return outboxFor(sub.ID, parts, until)
}

func outboxFor(sub int64, parts int, until time.Time) *news.Outbox {
	o := &news.Outbox{SubscriptionID: sub, ChannelID: "c", Since: until.Add(-24 * time.Hour), Until: until,
		StoryIDs: []int64{7, 8}, Created: base}
	for p := 1; p <= parts; p++ {
		m := news.OutboxMessage{Part: p, Content: fmt.Sprintf("part %d", p), Marker: fmt.Sprintf("m%d", p),
			Nonce: fmt.Sprintf("n%d", p)}
		if p == 1 {
			m.Files = []news.Attachment{{Name: "chart.png", ContentType: "image/png", Data: []byte{1, 2, 3}}}
			m.Embeds = []news.Embed{{Title: "Digest", Description: "two stories"}}
		}
		o.Messages = append(o.Messages, m)
	}
	return o
}

func testOutboxDelivery(t *testing.T, h Harness) {
	s, _ := open(t, h)
	ctx := context.Background()
	o := newOutbox(t, s, 2, base)
	must(t, s.CreateOutbox(ctx, o))
	if o.ID == 0 {
		t.Fatal("outbox has no id")
	}
	pending, err := s.PendingOutboxes(ctx, o.SubscriptionID)
	must(t, err)
	if len(pending) != 1 || len(pending[0].Messages) != 2 || !pending[0].Until.Equal(base) ||
		!equal(pending[0].StoryIDs, []int64{7, 8}) {
		t.Fatalf("pending %+v", pending)
	}
	m1 := pending[0].Messages[0]
	if m1.Content != "part 1" || m1.Nonce != "n1" || len(m1.Files) != 1 || m1.Files[0].Name != "chart.png" ||
		len(m1.Files[0].Data) != 3 || len(m1.Embeds) != 1 || m1.Embeds[0].Title != "Digest" || !m1.Pending() {
		t.Fatalf("message 1 %+v", m1)
	}
	if pending[0].Messages[1].Files != nil {
		t.Fatalf("message 2 files %v, want nil", pending[0].Messages[1].Files)
	}
	done, err := s.MarkSent(ctx, o.ID, 1, "d1", base.Add(time.Second))
	must(t, err)
	if done {
		t.Fatal("done after one of two messages")
	}
	if sub, _ := s.Subscription(ctx, o.SubscriptionID); !sub.Cursor.IsZero() {
		t.Fatalf("cursor moved to %v before the digest was sent", sub.Cursor)
	}
	_, err = s.MarkSent(ctx, o.ID, 1, "again", base.Add(time.Second))
	wantCode(t, err, news.ENOTFOUND)
	done, err = s.MarkSent(ctx, o.ID, 2, "d2", base.Add(2*time.Second))
	must(t, err)
	if !done {
		t.Fatal("not done after the last message")
	}
	sub, err := s.Subscription(ctx, o.SubscriptionID)
	must(t, err)
	if !sub.Cursor.Equal(base) {
		t.Fatalf("cursor %v, want %v", sub.Cursor, base)
	}
	pending, err = s.PendingOutboxes(ctx, 0)
	must(t, err)
	if len(pending) != 0 {
		t.Fatalf("%d pending after delivery", len(pending))
	}
	_, err = s.MarkSent(ctx, 424242, 1, "x", base)
	wantCode(t, err, news.ENOTFOUND)
}

func testOutboxConflict(t *testing.T, h Harness) {
	s, _ := open(t, h)
	ctx := context.Background()
	o := newOutbox(t, s, 1, base)
	must(t, s.CreateOutbox(ctx, o))
	// one unfinished digest per subscription, whoever builds the next
	wantCode(t, s.CreateOutbox(ctx, outboxFor(o.SubscriptionID, 1, base.Add(time.Hour))), news.ECONFLICT)
	_, err := s.MarkSent(ctx, o.ID, 1, "d", base)
	must(t, err)
	// and one digest per window end, finished or not
	wantCode(t, s.CreateOutbox(ctx, outboxFor(o.SubscriptionID, 1, base)), news.ECONFLICT)
	must(t, s.CreateOutbox(ctx, outboxFor(o.SubscriptionID, 1, base.Add(time.Hour))))
}

func testOutboxParked(t *testing.T, h Harness) {
	s, _ := open(t, h)
	ctx := context.Background()
	o := newOutbox(t, s, 2, base)
	must(t, s.CreateOutbox(ctx, o))
	_, err := s.ParkMessage(ctx, o.ID, 1, "")
	wantCode(t, err, news.EINVALID)
	done, err := s.ParkMessage(ctx, o.ID, 1, "invalid form body")
	must(t, err)
	if done {
		t.Fatal("done with a message pending")
	}
	_, err = s.MarkSent(ctx, o.ID, 1, "late", base)
	wantCode(t, err, news.ENOTFOUND)
	done, err = s.MarkSent(ctx, o.ID, 2, "d2", base)
	must(t, err)
	if !done {
		t.Fatal("a parked and a sent message leave the digest unfinished")
	}
}

// testOutboxExactlyOnce: many deliverers (instances) settle the same
// message at once; exactly one is told it succeeded.
func testOutboxExactlyOnce(t *testing.T, h Harness) {
	s, _ := open(t, h)
	ctx := context.Background()
	o := newOutbox(t, s, 1, base)
	must(t, s.CreateOutbox(ctx, o))
	const n = 8
	var wg sync.WaitGroup
	results := make([]error, n)
	dones := make([]bool, n)
	for i := range n {
		wg.Go(func() {
			dones[i], results[i] = s.MarkSent(ctx, o.ID, 1, fmt.Sprint("msg", i), base)
		})
	}
	wg.Wait()
	ok, finished := 0, 0
	for i := range n {
		switch news.ErrorCode(results[i]) {
		case "":
			ok++
		case news.ENOTFOUND:
		default:
			t.Fatalf("deliverer %d: %v", i, results[i])
		}
		if dones[i] {
			finished++
		}
	}
	if ok != 1 || finished != 1 {
		t.Fatalf("%d deliverers marked the message sent and %d finished the digest; want 1 and 1", ok, finished)
	}
}

// testOutboxLastTwoAtOnce: the last two messages settled at once finish
// the digest exactly once, and it is finished.
func testOutboxLastTwoAtOnce(t *testing.T, h Harness) {
	s, _ := open(t, h)
	ctx := context.Background()
	for round := range 5 {
		until := base.Add(time.Duration(round) * time.Hour)
		o := newOutbox(t, s, 2, until)
		must(t, s.CreateOutbox(ctx, o))
		var wg sync.WaitGroup
		var dones [2]bool
		var errs [2]error
		for p := range 2 {
			wg.Go(func() { dones[p], errs[p] = s.MarkSent(ctx, o.ID, p+1, "d", until) })
		}
		wg.Wait()
		must(t, errs[0])
		must(t, errs[1])
		if dones[0] == dones[1] {
			t.Fatalf("round %d: done %v: want exactly one settle to finish the digest", round, dones)
		}
		pending, err := s.PendingOutboxes(ctx, o.SubscriptionID)
		must(t, err)
		sub, err := s.Subscription(ctx, o.SubscriptionID)
		must(t, err)
		if len(pending) != 0 || !sub.Cursor.Equal(until) {
			t.Fatalf("round %d: %d pending, cursor %v; want 0 and %v", round, len(pending), sub.Cursor, until)
		}
	}
}

func testDeliveredStories(t *testing.T, h Harness) {
	w := newWorld(t, h)
	ctx := context.Background()
	a := w.add(t, item{source: w.curated, ext: "x1", title: "Toll rises"})
	b := w.add(t, item{source: w.curated, ext: "x2", title: "More dead"})
	sub := &news.Subscription{GuildID: "g", ChannelID: "c", Schedule: "@daily"}
	must(t, w.s.CreateSubscription(ctx, sub))
	o := outboxFor(sub.ID, 1, base)
	o.Delivered = []news.DeliveredStory{{StoryID: b.Story.ID, Sources: 3}}
	must(t, w.s.CreateOutbox(ctx, o))
	got, err := w.s.DeliveredStories(ctx, sub.ID, []int64{b.Story.ID})
	must(t, err)
	if len(got) != 0 {
		t.Fatalf("remembered %v before the digest was sent", got)
	}
	_, err = w.s.MarkSent(ctx, o.ID, 1, "d", base)
	must(t, err)
	// b is merged into a: what was told of b is found under a
	w.add(t, item{source: w.curated, ext: "x3", title: "Bridge", story: &news.Story{ID: a.Story.ID, Headline: "Toll", Absorbed: []int64{b.Story.ID}}})
	got, err = w.s.DeliveredStories(ctx, sub.ID, []int64{a.Story.ID, 999})
	must(t, err)
	d, ok := got[a.Story.ID]
	if len(got) != 1 || !ok || d.Sources != 3 || !d.At.Equal(base) {
		t.Fatalf("delivered %+v, want story %d told with 3 sources at %v", got, a.Story.ID, base)
	}
}

func testStoredHorizon(t *testing.T, h Harness) {
	w := newWorld(t, h)
	ctx := context.Background()
	hz, err := w.s.StoredHorizon(ctx)
	must(t, err)
	if !hz.Equal(base) {
		t.Fatalf("horizon %v, want the clock's %v", hz, base)
	}
	w.add(t, item{source: w.curated, ext: "h1", title: "After the horizon"})
	got, err := w.s.Articles(ctx, news.DigestFilter{Since: hz, ByStored: true})
	must(t, err)
	if len(got) != 1 || got[0].Stored.Before(hz) {
		t.Fatalf("articles stored since the horizon: %+v", got)
	}
}

func testSearch(t *testing.T, h Harness) {
	w := newWorld(t, h)
	ctx := context.Background()
	text := w.add(t, item{source: w.curated, ext: "q1", title: "Fighting resumes",
		text: "The ceasefire in Aleppo collapsed as fighting resumed."})
	title := w.add(t, item{source: w.curated, ext: "q2", title: "Aleppo ceasefire collapses",
		text: "The truce ended on Monday."})
	w.add(t, item{source: w.curated, ext: "q3", title: "Talks in Geneva", text: "Diplomats met."})
	for _, c := range []struct {
		q    string
		want []int64
	}{
		{"aleppo ceasefire", []int64{title.Article.ID, text.Article.ID}},
		{"GENEVA", nil}, // filled below
		{"ceasefire geneva", nil},
		{`"aleppo* (`, []int64{title.Article.ID, text.Article.ID}},
		{"!!!", nil},
	} {
		got, err := h.Search(ctx, w.s, c.q, 10)
		if err != nil {
			t.Fatalf("search %q: %v", c.q, err)
		}
		want := c.want
		if c.q == "GENEVA" {
			a, _, err := w.s.ArticleByExternalID(ctx, "q3")
			must(t, err)
			want = []int64{a.ID}
		}
		if !equal(got, want) {
			t.Errorf("search %q: %v, want %v", c.q, got, want)
		}
	}
	got, err := h.Search(ctx, w.s, "aleppo", 1)
	must(t, err)
	if !equal(got, []int64{title.Article.ID}) {
		t.Errorf("search with limit 1: %v, want the title hit %d", got, title.Article.ID)
	}
}

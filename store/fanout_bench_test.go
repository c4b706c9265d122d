package store_test

import (
	"context"
	"flag"
	"fmt"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/bot"
	"github.com/conflict-digest/conflict-digest/digest"
	"github.com/conflict-digest/conflict-digest/feed"
	"github.com/conflict-digest/conflict-digest/ingest"
	"github.com/conflict-digest/conflict-digest/internal/fakediscord"
	"github.com/conflict-digest/conflict-digest/internal/sample"
	"github.com/conflict-digest/conflict-digest/news"
	"github.com/conflict-digest/conflict-digest/store"
	"github.com/conflict-digest/conflict-digest/story"
)

var fanoutChannels = flag.Int("fanout", 500, "channels of BenchmarkSlotFanOut (the issue's figure is 10000)")

// BenchmarkSlotFanOut delivers one digest slot to -fanout channels, one
// subscription each, through the whole delivery path — digest, outbox in
// SQLite, the bot's rate-limited sender — against the fake Discord with
// Discord's limits (50 requests/s, 5 messages per 5 s per channel) and real
// rate-limit headers. It reports messages/s, 429 answers, and checks that
// every channel got its digest exactly once.
func BenchmarkSlotFanOut(b *testing.B) {
	for b.Loop() { // each round a fresh world; the figures time delivery only
		w := newFanoutWorld(b, *fanoutChannels)
		start := time.Now()
		w.deliverAll(b)
		elapsed := time.Since(start)
		sent, n429 := w.check(b)
		b.ReportMetric(float64(sent)/elapsed.Seconds(), "msgs/s")
		b.ReportMetric(float64(n429), "429s")
		b.ReportMetric(float64(sent)/float64(len(w.chs)), "msgs/channel")
		w.close()
	}
}

type fanoutWorld struct {
	db   *store.Services
	srv  *fakediscord.Server
	d    *digest.Deliverer
	subs []int64
	chs  []string
}

func newFanoutWorld(b *testing.B, n int) *fanoutWorld {
	ctx := context.Background()
	db, err := store.OpenServices(ctx, filepath.Join(b.TempDir(), "news.db"))
	if err != nil {
		b.Fatal(err)
	}
	var arts []news.Article
	if err := feed.ReadJSONL(sample.Articles(), func(a news.Article) error { arts = append(arts, a); return nil }); err != nil {
		b.Fatal(err)
	}
	p := &ingest.Pipeline{Articles: db, Stories: ingest.NewStories(story.Config{}, db)}
	if _, err := p.Ingest(ctx, arts); err != nil {
		b.Fatal(err)
	}
	w := &fanoutWorld{db: db, srv: fakediscord.New(fakediscord.Options{})}
	created := time.Now().UTC().Add(-time.Hour)
	for i := range n {
		ch := fmt.Sprintf("7%017d", i)
		s := news.Subscription{GuildID: "300000000000000001", ChannelID: ch, UserID: "200000000000000001",
			Topics: []news.Category{news.Talks}, Schedule: "0 * * * *", TimeZone: "UTC", Created: created}
		if err := db.CreateSubscription(ctx, &s); err != nil {
			b.Fatal(err)
		}
		w.subs, w.chs = append(w.subs, s.ID), append(w.chs, ch)
	}
	sender := bot.NewSender(bot.SenderConfig{Token: w.srv.Token(), APIBase: w.srv.URL() + "api/v10/"})
	// The slot is two minutes ahead so that the window holds what was just
	// stored (windows end on whole minutes, DefaultLag before now).
	w.d = &digest.Deliverer{Stories: db, Subs: db, Outbox: db, Sender: sender, Render: bot.DigestMessages,
		Now: func() time.Time { return time.Now().Add(2 * time.Minute) }}
	return w
}

// deliverAll fires every subscription of the slot at once, as the
// scheduler does, with bounded concurrency.
func (w *fanoutWorld) deliverAll(b *testing.B) {
	ids := make(chan int64)
	var wg sync.WaitGroup
	for range 256 {
		wg.Go(func() {
			for id := range ids {
				if out, err := w.d.Deliver(context.Background(), id); err != nil || out != digest.Delivered {
					b.Errorf("subscription %d: %v, %v", id, out, err)
				}
			}
		})
	}
	for _, id := range w.subs {
		ids <- id
	}
	close(ids)
	wg.Wait()
}

// check counts what the fake accepted and refused, and that every channel
// holds its digest once: the same number of messages in each, no marker
// twice.
func (w *fanoutWorld) check(b *testing.B) (sent, n429 int) {
	for _, r := range w.srv.Requests() {
		if r.Status == 429 {
			n429++
		}
	}
	per := -1
	for _, ch := range w.chs {
		msgs := w.srv.Messages(ch)
		seen := map[string]bool{}
		for _, m := range msgs {
			c, _ := m["content"].(string)
			if seen[c] {
				b.Errorf("channel %s got a message twice: %.60q", ch, c)
			}
			seen[c] = true
		}
		if per == -1 {
			per = len(msgs)
		}
		if len(msgs) == 0 || len(msgs) != per {
			b.Errorf("channel %s got %d messages, others %d", ch, len(msgs), per)
		}
		sent += len(msgs)
	}
	return sent, n429
}

func (w *fanoutWorld) close() {
	w.srv.Close()
	w.db.Close()
}

package memory_test

import (
	"context"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
	"github.com/conflict-digest/conflict-digest/store/memory"
)

// TestCopies: what a caller passes in or gets back is its own; changing it
// changes nothing stored, as with a database.
func TestCopies(t *testing.T) {
	ctx := context.Background()
	now := time.Date(2016, 9, 19, 12, 0, 0, 0, time.UTC)
	db := memory.NewServices(memory.New(memory.WithNow(func() time.Time { return now })))
	sub := &news.Subscription{GuildID: "g", ChannelID: "c", Schedule: "@daily", Topics: []news.Category{news.Talks}}
	if err := db.CreateSubscription(ctx, sub); err != nil {
		t.Fatal(err)
	}
	sub.Topics[0] = news.Violence
	got, err := db.Subscription(ctx, sub.ID)
	if err != nil {
		t.Fatal(err)
	}
	got.Topics[0] = news.Violence
	if again, _ := db.Subscription(ctx, sub.ID); again.Topics[0] != news.Talks {
		t.Fatalf("stored topics %v, want [talks]", again.Topics)
	}

	st := &news.Story{Headline: "Talks", Places: []news.Entity{{Name: "Geneva"}}}
	an := &news.Analysis{Categories: []news.Category{news.Talks}, Places: []news.Entity{{Name: "Geneva"}}}
	n := &news.NewArticle{Article: &news.Article{ExternalID: "x", Title: "Talks open", Published: now.Add(-time.Hour)},
		Analysis: an, Story: st}
	if err := db.CreateArticle(ctx, n); err != nil {
		t.Fatal(err)
	}
	st.Places[0].Name, an.Places[0].Name, an.Categories[0] = "Aleppo", "Aleppo", news.Violence
	s, err := db.Story(ctx, st.ID)
	if err != nil {
		t.Fatal(err)
	}
	s.Places[0].Name, s.Sources[0].Title = "Idlib", "changed"
	s, _ = db.Story(ctx, st.ID)
	_, a, _ := db.Article(ctx, n.Article.ID)
	if s.Places[0].Name != "Geneva" || s.Sources[0].Title != "Talks open" || a.Places[0].Name != "Geneva" || a.Categories[0] != news.Talks {
		t.Fatalf("stored story %+v and analysis %+v changed through a caller's copy", s, a)
	}

	o := &news.Outbox{SubscriptionID: sub.ID, ChannelID: "c", Until: now, StoryIDs: []int64{st.ID},
		Messages: []news.OutboxMessage{{Part: 1, Content: "hello", Files: []news.Attachment{{Name: "a", Data: []byte{1}}}}}}
	if err := db.CreateOutbox(ctx, o); err != nil {
		t.Fatal(err)
	}
	o.Messages[0].Files[0].Data[0], o.StoryIDs[0] = 9, 9
	p, _ := db.PendingOutboxes(ctx, 0)
	p[0].Messages[0].Content = "changed"
	p, _ = db.PendingOutboxes(ctx, 0)
	if m := p[0].Messages[0]; m.Content != "hello" || m.Files[0].Data[0] != 1 || p[0].StoryIDs[0] != st.ID || m.LegacyEmbeds != nil {
		t.Fatalf("stored outbox %+v changed through a caller's copy", p[0])
	}
}

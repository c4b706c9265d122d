package bot

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/digest"
	"github.com/conflict-digest/conflict-digest/internal/fakediscord"
	"github.com/conflict-digest/conflict-digest/news"
)

// poisonRender renders as the bot does, then gives the first embed of the
// second message a URL of 2,121 characters, as a hostile feed's link would.
func poisonRender(d *digest.Digest) ([]digest.Message, error) {
	msgs, err := DigestMessages(d)
	if err != nil || len(msgs) < 2 {
		return msgs, err
	}
	if len(msgs[1].Embeds) == 0 {
		return msgs, nil
	}
	msgs[1].Embeds[0].URL = "https://evil.example/" + strings.Repeat("a", 2100)
	return msgs, nil
}

// Issue 11's "one bad URL stops a subscription for good": the message with
// a poison URL is parked before it reaches Discord, the rest of the digest
// goes out, the cursor moves, the guild is told once, and the next digest
// goes out. A message Discord itself refuses (50035) is parked the same way.
func TestPoisonURLParksOneMessage(t *testing.T) {
	h := startBot(t, nil)
	h.ready(t)
	ctx := context.Background()
	now := time.Date(2026, 11, 28, 12, 0, 0, 0, time.UTC)
	digestStories(t, h.store, 25, now)
	sub := &news.Subscription{GuildID: testGuild, ChannelID: "400000000000000077", Schedule: "hourly", TimeZone: "UTC",
		Created: now.Add(-time.Hour), MaxStories: 25}
	if err := h.store.CreateSubscription(ctx, sub); err != nil {
		t.Fatal(err)
	}
	clock := now
	out := h.store
	d := &digest.Deliverer{Stories: h.store, Subs: h.store, Outbox: out, Sender: h.bot.Sender(),
		Now: func() time.Time { return clock }, Render: poisonRender, Parked: h.bot.TellParked, NoChart: true}
	if o, err := d.Deliver(ctx, sub.ID); err != nil || o != digest.Delivered {
		t.Fatalf("deliver: %v %v, want delivered with one message parked", o, err)
	}
	parts := len(out.boxes()[0].Messages)
	parked := 0
	for _, m := range out.boxes()[0].Messages {
		if m.Parked != "" {
			parked++
			if !strings.Contains(m.Parked, "url over 2048") {
				t.Errorf("parked with %q, want the reason", m.Parked)
			}
		}
	}
	if parked != 1 || !out.boxes()[0].Done() {
		t.Fatalf("%d of %d messages parked, outbox done=%v; want exactly one parked and the rest sent", parked, parts, out.boxes()[0].Done())
	}
	for _, r := range h.fake.RequestsTo("POST", "/channels/{channel_id}/messages") {
		if strings.Contains(string(r.Body), "evil.example") {
			t.Fatal("the poison URL reached Discord")
		}
	}
	msgs := h.fake.Messages(sub.ChannelID)
	if got := len(msgs); got != parts-1+1 { // the rest, and one notice
		t.Errorf("%d messages in the channel, want %d sent and one notice", got, parts-1)
	}
	if c, _ := msgs[len(msgs)-1]["content"].(string); !strings.Contains(c, "could not be delivered") {
		t.Errorf("last message %q is not the notice", c)
	}
	if got, _ := h.store.Subscription(ctx, sub.ID); got.Paused() || !got.Cursor.After(sub.Created) {
		t.Fatalf("after parking: paused=%q cursor=%v, want the schedule kept and the cursor moved", got.PausedReason, got.Cursor)
	}

	// The next slot: new stories, the same poison, and Discord refusing one
	// more message as invalid. Everything else goes out, told no more.
	clock = now.Add(2 * time.Hour)
	digestStories(t, h.store, 25, clock)
	h.fake.AddFault(fakediscord.Fault{Method: "POST", Route: "/channels/{channel_id}/messages", ChannelID: sub.ChannelID, Code: 50035, Times: 1})
	if o, err := d.Deliver(ctx, sub.ID); err != nil || o != digest.Delivered {
		t.Fatalf("next digest: %v %v, want delivered", o, err)
	}
	second := out.boxes()[1]
	parked = 0
	for _, m := range second.Messages {
		if m.Parked != "" {
			parked++
		}
	}
	if parked != 2 || !second.Done() {
		t.Errorf("next digest: %d parked (want the poison and the refused one), done=%v", parked, second.Done())
	}
	notices := 0
	for _, m := range h.fake.Messages(sub.ChannelID) {
		if c, _ := m["content"].(string); strings.Contains(c, "could not be delivered") {
			notices++
		}
	}
	if notices != 2 { // the poison once; Discord's refusal, a new reason, once
		t.Errorf("%d notices, want one per reason", notices)
	}
}

package bot

import (
	"context"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/internal/fakediscord"
	"github.com/conflict-digest/conflict-digest/news"
	"github.com/conflict-digest/conflict-digest/store"
)

var _ PauseNotices = (*store.BotStateService)(nil)

// pauseDM pauses a DM subscription the way delivery does: a 50007 answer.
func pauseDM(t *testing.T, h *harness, subs news.SubscriptionService) *news.Subscription {
	t.Helper()
	ctx := context.Background()
	sub := &news.Subscription{DM: true, UserID: alice.ID, Schedule: "0 * * * *", TimeZone: "UTC"}
	if err := subs.CreateSubscription(ctx, sub); err != nil {
		t.Fatal(err)
	}
	h.fake.AddFault(fakediscord.Fault{Route: "/channels/{channel_id}/messages", ChannelID: "dm-channel-1", Code: 50007})
	_, err := h.bot.Sender().Post(ctx, "dm-channel-1", &Message{Content: "digest"}, "")
	if paused, perr := h.bot.PauseOnError(ctx, sub, err); !paused || perr != nil {
		t.Fatalf("PauseOnError = %v, %v", paused, perr)
	}
	return sub
}

// pauseNotes returns the pause explanations among the follow-ups of the
// reply that only the user sees, waiting a little for them (follow-ups come
// after the reply).
func pauseNotes(h *harness, r *fakediscord.Reply, want int) int {
	// A note is a follow-up posted after the reply: wait for the one wanted
	// long enough for a loaded CI machine (-race); when none is wanted, a
	// short wait shows one that comes.
	wait := 10 * time.Second
	if want == 0 {
		wait = 400 * time.Millisecond
	}
	n := 0
	for deadline := time.Now().Add(wait); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		n = 0
		for _, f := range h.fake.Followups(r.Token) {
			flags, _ := f["flags"].(float64)
			if c, _ := f["content"].(string); strings.Contains(c, "is paused") && int(flags)&fakediscord.FlagEphemeral != 0 {
				n++
			}
		}
		if n > 0 && n >= want {
			break
		}
	}
	return n
}

// The owner of a paused DM subscription is told once, at their next
// command, and not again, even after the bot restarts (the mark is stored).
func TestPausedDMToldOnce(t *testing.T) {
	db, err := store.OpenServices(context.Background(), filepath.Join(t.TempDir(), "bot.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	useDB := func(_ *Config, d *Deps) { d.Subscriptions, d.Notices = db, db }
	h := startBot(t, useDB)
	h.ready(t)
	pauseDM(t, h, db)
	latest := h.command(t, testGuild, 0, "latest") // a public reply: the note is still private
	if latest.Ephemeral() {
		t.Fatal("/latest answered ephemerally")
	}
	if n := pauseNotes(h, latest, 1); n != 1 {
		t.Fatalf("first command: %d private pause notes, want 1", n)
	}
	if n := pauseNotes(h, h.command(t, "", 0, "subscriptions"), 0); n != 0 {
		t.Fatalf("second command: %d pause notes, want 0", n)
	}
	h.stop()
	h.done <- <-h.done
	h2 := startBot(t, useDB)
	h2.ready(t)
	if n := pauseNotes(h2, h2.command(t, "", 0, "help"), 0); n != 0 {
		t.Fatalf("after a restart: %d pause notes, want 0", n)
	}
}

func TestResume(t *testing.T) {
	sched := &recordingScheduler{}
	h := startBot(t, func(_ *Config, d *Deps) { d.Scheduler = sched })
	h.ready(t)
	dm := pauseDM(t, h, h.store)
	pauseNotes(h, h.command(t, "", 0, "help"), 1) // told once
	ch := &news.Subscription{GuildID: testGuild, ChannelID: testChannel, UserID: alice.ID, Schedule: "0 8 * * *", TimeZone: "UTC",
		PausedReason: "the channel no longer exists"}
	h.store.CreateSubscription(context.Background(), ch)

	if got := resumeChoices(t, h, "", 0); got != strconv.FormatInt(dm.ID, 10) {
		t.Errorf("choices in a DM: %q, want only the paused DM subscription %d", got, dm.ID)
	}
	if got := resumeChoices(t, h, testGuild, 0); got != strconv.FormatInt(dm.ID, 10) {
		t.Errorf("choices without Manage Channels: %q, want only %d", got, dm.ID)
	}
	if got := resumeChoices(t, h, testGuild, manage); !strings.Contains(got, strconv.FormatInt(ch.ID, 10)) {
		t.Errorf("choices with Manage Channels: %q, want %d among them", got, ch.ID)
	}
	id := func(s *news.Subscription) fakediscord.Option {
		return fakediscord.Str("subscription", strconv.FormatInt(s.ID, 10))
	}
	if r := h.command(t, testGuild, 0, "resume", id(ch)); !strings.Contains(r.Content, "Manage Channels") || !r.Ephemeral() {
		t.Fatalf("resume without permission: %q", r.Content)
	}
	if r := h.command(t, testGuild, manage, "resume", id(ch)); !strings.Contains(r.Content, "Resumed subscription") {
		t.Fatalf("resume channel subscription: %q", r.Content)
	}
	if r := h.command(t, "", 0, "resume", id(dm)); !strings.Contains(r.Content, "Resumed subscription") {
		t.Fatalf("resume DM subscription: %q", r.Content)
	}
	if r := h.command(t, "", 0, "resume", id(dm)); !strings.Contains(r.Content, "not paused") {
		t.Fatalf("resume twice: %q", r.Content)
	}
	for _, s := range []*news.Subscription{ch, dm} {
		if got, _ := h.store.Subscription(context.Background(), s.ID); got.Paused() {
			t.Errorf("subscription %d still paused: %q", s.ID, got.PausedReason)
		}
	}
	sched.mu.Lock()
	if len(sched.upserted) != 2 {
		t.Errorf("scheduler upserts %v, want both subscriptions", sched.upserted)
	}
	sched.mu.Unlock()
	// Paused again for the same reason: told again, since resume forgot the mark.
	h.fake.ClearFaults()
	pauseDMAgain(t, h, dm)
	if n := pauseNotes(h, h.command(t, "", 0, "help"), 1); n != 1 {
		t.Fatalf("after resume and a new pause: %d pause notes, want 1", n)
	}
}

func pauseDMAgain(t *testing.T, h *harness, sub *news.Subscription) {
	t.Helper()
	h.fake.AddFault(fakediscord.Fault{Route: "/channels/{channel_id}/messages", ChannelID: "dm-channel-1", Code: 50007})
	_, err := h.bot.Sender().Post(context.Background(), "dm-channel-1", &Message{Content: "digest"}, "")
	if paused, _ := h.bot.PauseOnError(context.Background(), sub, err); !paused {
		t.Fatal("not paused again")
	}
}

// resumeChoices returns the values /resume's autocomplete offers, joined by spaces.
func resumeChoices(t *testing.T, h *harness, guild string, perms int64) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	ch := testChannel
	if guild == "" {
		ch = "500000000000000001"
	}
	r, err := h.fake.InjectAutocomplete(ctx, guild, ch, alice, perms, "resume",
		fakediscord.Option{Name: "subscription", Type: 3, Value: "", Focused: true})
	if err != nil {
		t.Fatalf("autocomplete: %v", err)
	}
	var vals []string
	for _, c := range r.Choices {
		vals = append(vals, c["value"].(string))
	}
	return strings.Join(vals, " ")
}

// A note that could not be posted is not counted as told: the next command
// tells again.
func TestPauseNoteRetriedWhenUnsent(t *testing.T) {
	h := startBot(t, nil)
	h.ready(t)
	pauseDM(t, h, h.store)
	h.fake.AddFault(fakediscord.Fault{Method: "POST", Route: "/webhooks/{webhook_id}/{webhook_token}", Status: 503, Times: 1})
	r := h.command(t, "", 0, "help")
	time.Sleep(300 * time.Millisecond) // the follow-up is tried after the reply
	if n := len(h.fake.Followups(r.Token)); n != 0 {
		t.Fatalf("%d follow-ups despite the fault", n)
	}
	if n := pauseNotes(h, h.command(t, "", 0, "help"), 1); n != 1 {
		t.Fatalf("after an unsent note: %d pause notes, want 1", n)
	}
}

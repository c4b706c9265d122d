package bot

import (
	"context"
	"errors"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/conflict-digest/conflict-digest/internal/fakediscord"
	"github.com/conflict-digest/conflict-digest/internal/testutil"
	"github.com/conflict-digest/conflict-digest/news"
)

const (
	testGuild   = "300000000000000001"
	testChannel = "300000000000000002"
)

var alice = fakediscord.User{ID: "400000000000000001", Username: "alice"}

type harness struct {
	fake  *fakediscord.Server
	store *memStore
	bot   *Bot
	done  chan error
	stop  context.CancelFunc
}

// startBot runs a bot against a fresh fake until the test ends. Tests that
// start bots are not parallel: discordgo's endpoints are process-wide.
func startBot(t *testing.T, mutate func(*Config, *Deps)) *harness {
	t.Helper()
	return startBotOn(t, fakediscord.New(fakediscord.Options{Guilds: []string{testGuild}}), mutate)
}

// startBotOn is startBot against a fake the test prepared; it closes the fake.
func startBotOn(t *testing.T, fake *fakediscord.Server, mutate func(*Config, *Deps)) *harness {
	t.Helper()
	store := newMemStore()
	cfg := Config{Token: fake.Token(), ApplicationID: fake.ApplicationID(), RESTBase: fake.URL()}
	deps := Deps{Subscriptions: store, Sources: store, Stories: store, Guilds: store,
		Logger:   slog.New(slog.NewTextHandler(testWriter{t}, &slog.HandlerOptions{Level: slog.LevelWarn})),
		CheckURL: func(string) error { return nil }}
	if mutate != nil {
		mutate(&cfg, &deps)
	}
	b, err := New(cfg, deps)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	h := &harness{fake: fake, store: store, bot: b, done: make(chan error, 1), stop: cancel}
	go func() { h.done <- b.Run(ctx) }()
	t.Cleanup(func() {
		cancel()
		select {
		case <-h.done:
		case <-time.After(10 * time.Second):
			t.Error("Run did not return after cancel")
		}
		b.Close()
		// Every answer the bot got must have Discord's documented shape.
		for _, err := range fake.CheckResponses() {
			t.Error(err)
		}
		fake.Close()
	})
	return h
}

func (h *harness) ready(t *testing.T) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := h.fake.WaitReady(ctx, 1); err != nil {
		t.Fatalf("bot never became ready: %v", err)
	}
}

func (h *harness) command(t *testing.T, guild string, perms int64, name string, opts ...fakediscord.Option) *fakediscord.Reply {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	ch := testChannel
	if guild == "" {
		ch = "500000000000000001"
	}
	r, err := h.fake.InjectCommand(ctx, guild, ch, alice, perms, name, opts...)
	if err != nil {
		t.Fatalf("/%s: %v", name, err)
	}
	return r
}

func mustSubs(t *testing.T, m *memStore) []news.Subscription {
	subs, err := m.Subscriptions(context.Background(), news.SubscriptionFilter{})
	if err != nil {
		t.Fatal(err)
	}
	return subs
}

type testWriter struct{ t *testing.T }

func (w testWriter) Write(p []byte) (int, error) {
	w.t.Log(strings.TrimSpace(string(p)))
	return len(p), nil
}

func TestStartupRegistersCommands(t *testing.T) {
	h := startBot(t, nil)
	h.ready(t)
	cmds := h.fake.Commands("")
	var names []string
	for _, c := range cmds {
		names = append(names, c["name"].(string))
	}
	want := "subscribe unsubscribe resume subscriptions digest latest sources alert follow unfollow ask help"
	if got := strings.Join(names, " "); got != want {
		t.Fatalf("registered %q, want %q", got, want)
	}
	for _, r := range h.fake.RequestsTo("PUT", "/applications/{application_id}/commands") {
		if r.Status != 200 {
			t.Fatalf("registration answered %d: %s", r.Status, r.Body)
		}
	}
	checkCommandAccess(t, cmds)
}

func TestSubscribe(t *testing.T) {
	h := startBot(t, nil)
	h.ready(t)
	tests := []struct {
		name, guild  string
		perms        int64
		opts         []fakediscord.Option
		wantReply    string
		wantDM, save bool
	}{
		{"guild channel", testGuild, discordgo.PermissionManageChannels,
			[]fakediscord.Option{fakediscord.Str("to", "here"), fakediscord.Str("schedule", "daily 07:30"), fakediscord.Str("timezone", "Europe/Berlin"), fakediscord.Str("topics", "ceasefire, talks")},
			"Subscribed", false, true},
		{"dm from a DM", "", 0, []fakediscord.Option{fakediscord.Str("to", "here"), fakediscord.Str("schedule", "hourly")}, "your DMs", true, true},
		{"dm from a guild without permission", testGuild, 0, []fakediscord.Option{fakediscord.Str("to", "dm")}, "your DMs", true, true},
		{"permission refused", testGuild, discordgo.PermissionSendMessages, []fakediscord.Option{fakediscord.Str("to", "here")}, "Manage Channels", false, false},
		{"bad cron", testGuild, discordgo.PermissionManageChannels, []fakediscord.Option{fakediscord.Str("to", "here"), fakediscord.Str("schedule", "61 * * * *")}, "cron expression", false, false},
		{"unknown zone", "", 0, []fakediscord.Option{fakediscord.Str("to", "dm"), fakediscord.Str("timezone", "Mars/Olympus")}, "unknown time zone", false, false},
		// A valid cron that fires too often was saved before it was refused,
		// and then stopped the scheduler's start.
		{"too often", "", 0, []fakediscord.Option{fakediscord.Str("to", "dm"), fakediscord.Str("schedule", "*/5 * * * *")}, "more often than hourly", false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := len(mustSubs(t, h.store))
			r := h.command(t, tt.guild, tt.perms, "subscribe", tt.opts...)
			if !r.Ephemeral() || !strings.Contains(r.Content, tt.wantReply) {
				t.Fatalf("reply %q (ephemeral %v), want ephemeral containing %q", r.Content, r.Ephemeral(), tt.wantReply)
			}
			subs, _ := h.store.Subscriptions(context.Background(), news.SubscriptionFilter{})
			if got := len(subs) - before; got != map[bool]int{true: 1, false: 0}[tt.save] {
				t.Fatalf("saved %d subscriptions, want save=%v", got, tt.save)
			}
			if tt.save {
				s := subs[len(subs)-1]
				if s.DM != tt.wantDM || s.UserID != alice.ID {
					t.Fatalf("saved %+v, want DM=%v owned by alice", s, tt.wantDM)
				}
			}
		})
	}
	no, yes := false, true
	subs, _ := h.store.Subscriptions(context.Background(), news.SubscriptionFilter{GuildID: testGuild, DM: &no})
	if len(subs) != 1 || subs[0].Schedule != "30 7 * * *" || subs[0].TimeZone != "Europe/Berlin" || len(subs[0].Topics) != 2 {
		t.Fatalf("guild subscription = %+v", subs)
	}
	// A DM subscription made in the guild reads the guild's sources too.
	if dms, _ := h.store.Subscriptions(context.Background(), news.SubscriptionFilter{GuildID: testGuild, DM: &yes}); len(dms) != 1 {
		t.Fatalf("DM subscriptions made in the guild = %+v, want one keeping the guild", dms)
	}
}

func TestGuildSubscriptionLimit(t *testing.T) {
	h := startBot(t, func(c *Config, _ *Deps) { c.MaxSubscriptionsPerGuild = 1 })
	h.ready(t)
	here := fakediscord.Str("to", "here")
	if r := h.command(t, testGuild, discordgo.PermissionManageChannels, "subscribe", here); !strings.Contains(r.Content, "Subscribed") {
		t.Fatalf("first subscribe: %q", r.Content)
	}
	r := h.command(t, testGuild, discordgo.PermissionManageChannels, "subscribe", here)
	if !r.Ephemeral() || !strings.Contains(r.Content, "the limit") {
		t.Fatalf("second subscribe: %q, want the limit explained", r.Content)
	}
}

// Anyone who can DM the bot can subscribe there, and each subscription is
// work for the scheduler: DM subscriptions have a limit per user too.
func TestUserSubscriptionLimit(t *testing.T) {
	h := startBot(t, func(c *Config, _ *Deps) { c.MaxSubscriptionsPerUser = 1 })
	h.ready(t)
	dm := fakediscord.Str("to", "dm")
	if r := h.command(t, "", 0, "subscribe", dm); !strings.Contains(r.Content, "Subscribed") {
		t.Fatalf("first subscribe: %q", r.Content)
	}
	r := h.command(t, testGuild, 0, "subscribe", dm)
	if !r.Ephemeral() || !strings.Contains(r.Content, "the limit") {
		t.Fatalf("second subscribe: %q, want the limit explained", r.Content)
	}
	if n := len(mustSubs(t, h.store)); n != 1 {
		t.Fatalf("%d subscriptions stored, want 1", n)
	}
}

// Every source a guild adds is polled: a guild has a limit of them.
func TestGuildSourceLimit(t *testing.T) {
	h := startBot(t, func(c *Config, d *Deps) {
		c.MaxSourcesPerGuild = 1
		d.CheckURL = func(string) error { return nil }
	})
	h.ready(t)
	add := func(u string) string {
		return h.command(t, testGuild, discordgo.PermissionManageGuild, "sources",
			fakediscord.Sub("add", fakediscord.Str("url", u))).Content
	}
	if r := add("https://example.org/a.xml"); !strings.Contains(r, "Added source") {
		t.Fatalf("first add: %q", r)
	}
	if r := add("https://example.org/b.xml"); !strings.Contains(r, "the limit") {
		t.Fatalf("second add: %q, want the limit explained", r)
	}
	if srcs, _ := h.store.Sources(context.Background(), testGuild); len(srcs) != 1 {
		t.Fatalf("%d sources stored, want 1", len(srcs))
	}
}

func TestSlowStoreRepliesInTime(t *testing.T) {
	h := startBot(t, nil)
	h.ready(t)
	h.store.delay.Store(int64(2 * time.Second))
	r := h.command(t, testGuild, discordgo.PermissionManageChannels, "subscriptions")
	if !r.Deferred || r.AnsweredIn >= 3*time.Second {
		t.Fatalf("deferred %v, first answer after %v; want deferred within 3 s", r.Deferred, r.AnsweredIn)
	}
	if !r.Ephemeral() || !strings.Contains(r.Content, "No subscriptions yet") {
		t.Fatalf("final reply %q (ephemeral %v)", r.Content, r.Ephemeral())
	}
}

// panickingSubs is a subscription service with a bug.
type panickingSubs struct{ news.SubscriptionService }

func (panickingSubs) Subscriptions(context.Context, news.SubscriptionFilter) ([]news.Subscription, error) {
	panic("boom")
}

type syncBuffer = testutil.SyncBuffer

func TestPanicBecomesReference(t *testing.T) {
	var logs syncBuffer
	h := startBot(t, func(_ *Config, d *Deps) {
		d.SuggestPlaces = func(string, int) []news.Entity { panic("gazetteer exploded") }
		d.Subscriptions = panickingSubs{d.Subscriptions}
		d.Logger = slog.New(slog.NewTextHandler(&logs, nil))
	})
	h.ready(t)
	r := h.command(t, testGuild, 0, "subscriptions")
	if !r.Ephemeral() || !strings.Contains(r.Content, "Reference") {
		t.Fatalf("reply %q, want an ephemeral message with a reference", r.Content)
	}
	ref := r.Content[strings.Index(r.Content, "`")+1 : strings.LastIndex(r.Content, "`")]
	if got := logs.Count("ref=" + ref); got != 1 {
		t.Fatalf("reference %s logged %d times, want once:\n%s", ref, got, logs.String())
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	ar, err := h.fake.InjectAutocomplete(ctx, testGuild, testChannel, alice, 0, "latest", fakediscord.Option{Name: "place", Type: 3, Value: "Ale", Focused: true})
	if err != nil || ar.Type != fakediscord.CallbackAutocomplete || len(ar.Choices) != 0 {
		t.Fatalf("autocomplete after panic: %+v, %v", ar, err)
	}
}

func TestAutocompleteTimezone(t *testing.T) {
	h := startBot(t, nil)
	h.ready(t)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	r, err := h.fake.InjectAutocomplete(ctx, testGuild, testChannel, alice, 0, "subscribe",
		fakediscord.Str("to", "here"), fakediscord.Option{Name: "timezone", Type: 3, Value: "berl", Focused: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Choices) == 0 || r.Choices[0]["value"] != "Europe/Berlin" {
		t.Fatalf("choices %v, want Europe/Berlin first", r.Choices)
	}
}

func TestDigestPreview(t *testing.T) {
	h := startBot(t, nil)
	h.ready(t)
	now := time.Now().UTC()
	for i := range 14 {
		h.store.CreateStory(context.Background(), &news.Story{
			Headline: "Shelling in Aleppo kills civilians " + strings.Repeat("x", i), Summary: "At least 12 people were killed.",
			Categories: []news.Category{news.Violence}, FirstSeen: now.Add(-time.Hour), LastSeen: now.Add(-time.Minute), Updated: now,
			Sources: []news.StorySource{{Title: "t", SourceName: "reuters", URL: "https://example.org/a", Published: now.Add(-time.Hour)}},
		})
	}
	h.command(t, testGuild, discordgo.PermissionManageChannels, "subscribe", fakediscord.Str("to", "here"), fakediscord.Str("topics", "violence"))
	r := h.command(t, testGuild, 0, "digest", fakediscord.Sub("preview"))
	if !r.Ephemeral() || !strings.Contains(r.Content, "Preview of subscription") {
		t.Fatalf("preview reply %q (ephemeral %v)", r.Content, r.Ephemeral())
	}
	embeds := len(r.Embeds())
	var leftOut string
	deadline := time.Now().Add(5 * time.Second)
	for time.Now().Before(deadline) && leftOut == "" {
		for _, f := range h.fake.Followups(r.Token) {
			fe, _ := f["embeds"].([]any)
			embeds += len(fe)
			if c, _ := f["content"].(string); strings.Contains(c, "Left out") {
				leftOut = c
			}
		}
		time.Sleep(50 * time.Millisecond)
	}
	if embeds < news.DefaultMaxStories || strings.Count(leftOut, "Shelling in Aleppo") != 4 {
		t.Fatalf("preview showed %d embeds and left-out %q; want %d embeds and 4 stories left out", embeds, leftOut, news.DefaultMaxStories)
	}
}

func TestGatewayAuthFailureStops(t *testing.T) {
	for _, code := range []int{4004, 4014} {
		h := startBot(t, func(*Config, *Deps) {})
		h.fake.SetIdentifyClose(code)
		select {
		case err := <-h.done:
			if !errors.Is(err, ErrStopped) || !strings.Contains(err.Error(), "40") {
				t.Fatalf("close %d: Run returned %v, want ErrStopped", code, err)
			}
			h.done <- err // for the cleanup
		case <-time.After(10 * time.Second):
			t.Fatalf("close %d: Run did not stop", code)
		}
	}
}

func TestGatewayResumesAfterDrop(t *testing.T) {
	h := startBot(t, nil)
	h.ready(t)
	h.fake.CloseGateway(fakediscord.CloseUnknownError)
	ctx, cancel := context.WithTimeout(context.Background(), 25*time.Second)
	defer cancel()
	if err := h.fake.WaitReady(ctx, 2); err != nil {
		t.Fatalf("bot did not reconnect: %v", err)
	}
	if _, resumes, _ := h.fake.GatewayStats(); resumes < 1 {
		t.Fatalf("resumes = %d, want the session resumed", resumes)
	}
	r := h.command(t, testGuild, 0, "help")
	if !strings.Contains(r.Content, "Conflict digest") {
		t.Fatalf("help after resume: %q", r.Content)
	}
	h.fake.DropGateway() // no close frame: a network cut
	if err := h.fake.WaitReady(ctx, 3); err != nil {
		t.Fatalf("bot did not reconnect after a cut: %v", err)
	}
	if identifies, _, _ := h.fake.GatewayStats(); identifies != 1 {
		t.Fatalf("%d identifies, want 1: reconnects resume", identifies)
	}
}

func TestRegistration401Stops(t *testing.T) {
	fake := fakediscord.New(fakediscord.Options{})
	defer fake.Close()
	store := newMemStore()
	b, err := New(Config{Token: "wrong", ApplicationID: fake.ApplicationID(), RESTBase: fake.URL()},
		Deps{Subscriptions: store, Sources: store, Stories: store, Guilds: store})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := b.Run(ctx); !errors.Is(err, ErrStopped) {
		t.Fatalf("Run with a wrong token = %v, want ErrStopped", err)
	}
}

// TestSubscribeDefaultZone: a /subscribe that names no zone gets the
// operator's default (CD_DEFAULT_TIMEZONE), and the option says which.
func TestSubscribeDefaultZone(t *testing.T) {
	h := startBot(t, func(c *Config, _ *Deps) { c.DefaultTimeZone = "Europe/Paris" })
	h.ready(t)
	r := h.command(t, testGuild, discordgo.PermissionManageChannels, "subscribe", fakediscord.Str("to", "here"))
	if !strings.Contains(r.Content, "Subscribed") {
		t.Fatalf("/subscribe: %q", r.Content)
	}
	subs := mustSubs(t, h.store)
	if len(subs) != 1 || subs[0].TimeZone != "Europe/Paris" {
		t.Fatalf("saved %+v, want the default zone Europe/Paris", subs)
	}
	for _, c := range h.fake.Commands("") {
		if c["name"] != "subscribe" {
			continue
		}
		for _, o := range c["options"].([]any) {
			if o := o.(map[string]any); o["name"] == "timezone" && !strings.Contains(o["description"].(string), "Europe/Paris") {
				t.Errorf("timezone option says %q", o["description"])
			}
		}
	}
}

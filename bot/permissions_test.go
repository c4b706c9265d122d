package bot

import (
	"context"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/conflict-digest/conflict-digest/analyze"
	"github.com/conflict-digest/conflict-digest/internal/fakediscord"
	"github.com/conflict-digest/conflict-digest/news"
)

// TestPermissionIsTheTargetChannels: a member with Manage Channels in one
// channel cannot stop another channel's subscription from there (issue 11:
// the permission was checked where the command ran, and applied to any
// channel); Manage Server can, and so can Manage Channels in its channel.
func TestPermissionIsTheTargetChannels(t *testing.T) {
	h := startBot(t, nil)
	h.ready(t)
	const other = "300000000000000099"
	run := func(channel string, perms int64, name string, opts ...fakediscord.Option) *fakediscord.Reply {
		t.Helper()
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		r, err := h.fake.InjectCommand(ctx, testGuild, channel, alice, perms, name, opts...)
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	subscribe := func() string {
		sub := &news.Subscription{GuildID: testGuild, ChannelID: testChannel, UserID: alice.ID, Schedule: "0 8 * * *", TimeZone: "UTC"}
		if err := h.store.CreateSubscription(context.Background(), sub); err != nil {
			t.Fatal(err)
		}
		return strconv.FormatInt(sub.ID, 10)
	}
	id := subscribe()
	for _, name := range []string{"unsubscribe", "resume", "digest"} {
		opts := []fakediscord.Option{fakediscord.Str("subscription", id)}
		if name == "digest" {
			opts = []fakediscord.Option{fakediscord.Sub("now", opts...)}
		}
		r := run(other, discordgo.PermissionManageChannels, name, opts...)
		if !strings.Contains(r.Content, "Manage Server") {
			t.Errorf("/%s from another channel with Manage Channels there: %q, want a refusal", name, r.Content)
		}
	}
	if subs := mustSubs(t, h.store); len(subs) != 1 {
		t.Fatalf("the subscription was stopped from another channel: %d left", len(subs))
	}
	if r := run(other, discordgo.PermissionManageGuild, "unsubscribe", fakediscord.Str("subscription", id)); !strings.Contains(r.Content, "Stopped") {
		t.Errorf("with Manage Server from another channel: %q", r.Content)
	}
	id = subscribe()
	if r := run(testChannel, discordgo.PermissionManageChannels, "unsubscribe", fakediscord.Str("subscription", id)); !strings.Contains(r.Content, "Stopped") {
		t.Errorf("with Manage Channels in its channel: %q", r.Content)
	}
	// A guild's sources are the whole guild's: Manage Channels is not enough.
	r := run(testChannel, discordgo.PermissionManageChannels, "sources", fakediscord.Sub("add", fakediscord.Str("url", "https://example.org/feed")))
	if !strings.Contains(r.Content, "Manage Server") {
		t.Errorf("/sources add with Manage Channels: %q, want a refusal", r.Content)
	}
}

// TestSubscribePlacesThroughTheGazetteer: places are stored by their
// gazetteer names whatever the spelling, and an unknown place is refused
// with suggestions (issue 11).
func TestSubscribePlacesThroughTheGazetteer(t *testing.T) {
	h := startBot(t, func(_ *Config, d *Deps) {
		d.LookupPlace, d.SuggestPlaces = analyze.LookupPlace, analyze.SuggestPlaces
	})
	h.ready(t)
	r := h.command(t, testGuild, discordgo.PermissionManageChannels, "subscribe",
		fakediscord.Str("to", "here"), fakediscord.Str("places", "aleppo, Deir Ezzor, ALEPPO"))
	if !strings.Contains(r.Content, "Subscribed") {
		t.Fatalf("/subscribe: %q", r.Content)
	}
	if subs := mustSubs(t, h.store); len(subs) != 1 || strings.Join(subs[0].Places, "|") != "Aleppo|Deir ez-Zor" {
		t.Fatalf("stored %+v, want the places Aleppo and Deir ez-Zor", subs)
	}
	r = h.command(t, testGuild, discordgo.PermissionManageChannels, "subscribe",
		fakediscord.Str("to", "here"), fakediscord.Str("places", "Alepo"))
	if !strings.Contains(r.Content, "do not know the place") || !strings.Contains(r.Content, "Aleppo") {
		t.Fatalf("unknown place: %q, want a refusal suggesting Aleppo", r.Content)
	}
	if n := len(mustSubs(t, h.store)); n != 1 {
		t.Fatalf("%d subscriptions after an unknown place, want 1", n)
	}
	if r := h.command(t, testGuild, 0, "latest", fakediscord.Str("place", "Atlantis")); !strings.Contains(r.Content, "do not know the place") {
		t.Errorf("/latest place:Atlantis: %q", r.Content)
	}
}

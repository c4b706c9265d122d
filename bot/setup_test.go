package bot

import (
	"context"
	"strconv"
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"
	"github.com/conflict-digest/conflict-digest/internal/fakediscord"
	"github.com/conflict-digest/conflict-digest/news"
)

// Finding "setup checked too late": /subscribe accepted a channel where
// the bot could not View Channel or Send Messages (app_permissions said
// so) and the admin learnt it at the first delivery. Now it is refused
// with what to fix, and nothing is saved.
func TestSubscribeChecksBotPermissions(t *testing.T) {
	h := startBot(t, nil)
	h.ready(t)
	all := int64(discordgo.PermissionViewChannel | discordgo.PermissionSendMessages | discordgo.PermissionEmbedLinks |
		discordgo.PermissionAttachFiles | discordgo.PermissionReadMessageHistory)
	tests := []struct {
		name  string
		perms int64
		want  []string // named in the answer; nil: accepted
	}{
		{"cannot see or post", all &^ (discordgo.PermissionViewChannel | discordgo.PermissionSendMessages), []string{"View Channel", "Send Messages"}},
		{"no embeds or history", all &^ (discordgo.PermissionEmbedLinks | discordgo.PermissionReadMessageHistory), []string{"Embed Links", "Read Message History"}},
		{"no attachments", all &^ discordgo.PermissionAttachFiles, []string{"Attach Files"}},
		{"administrator", discordgo.PermissionAdministrator, nil},
		{"everything needed", all, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h.fake.SetAppPermissions(testChannel, tt.perms)
			before := len(mustSubs(t, h.store))
			r := h.command(t, testGuild, discordgo.PermissionManageChannels, "subscribe", fakediscord.Str("to", "here"))
			saved := len(mustSubs(t, h.store)) - before
			if tt.want == nil {
				if saved != 1 || !strings.Contains(r.Content, "Subscribed") {
					t.Fatalf("refused with %q", r.Content)
				}
				return
			}
			if saved != 0 || !r.Ephemeral() {
				t.Fatalf("saved %d subscriptions (reply %q), want none", saved, r.Content)
			}
			for _, w := range tt.want {
				if !strings.Contains(r.Content, w) {
					t.Errorf("answer %q does not name %s", r.Content, w)
				}
			}
			if !strings.Contains(r.Content, "Permissions") {
				t.Errorf("answer %q does not say where to fix it", r.Content)
			}
		})
	}
}

// DMs closed to the bot are found at /subscribe, by a first DM, and the
// answer says how to open them; with DMs open the subscription keeps the
// DM channel.
func TestSubscribeDMChecksDMsOpen(t *testing.T) {
	h := startBot(t, nil)
	h.ready(t)
	h.fake.AddFault(fakediscord.Fault{Method: "POST", Route: "/channels/{channel_id}/messages", Code: 50007, Times: 1})
	r := h.command(t, testGuild, 0, "subscribe", fakediscord.Str("to", "dm"))
	if n := len(mustSubs(t, h.store)); n != 0 || !strings.Contains(r.Content, "Privacy Settings") {
		t.Fatalf("DMs closed: saved %d, answer %q", n, r.Content)
	}
	r = h.command(t, testGuild, 0, "subscribe", fakediscord.Str("to", "dm"))
	subs := mustSubs(t, h.store)
	if len(subs) != 1 || subs[0].ChannelID == "" || !strings.Contains(r.Content, "Subscribed") {
		t.Fatalf("DMs open: %q, saved %+v", r.Content, subs)
	}
	if msgs := h.fake.Messages(subs[0].ChannelID); len(msgs) != 1 {
		t.Errorf("%d messages in the DM channel, want the first note", len(msgs))
	}
}

// Findings "/resume does not send the waiting digest" and the setup check
// at /resume: resuming asks the scheduler to deliver what waited, and a
// channel the bot still cannot post in stays paused with what to fix.
func TestResumeChecksAndDelivers(t *testing.T) {
	sched := &recordingScheduler{}
	h := startBot(t, func(_ *Config, d *Deps) { d.Scheduler = sched })
	h.ready(t)
	ctx := context.Background()
	sub := &news.Subscription{GuildID: testGuild, ChannelID: testChannel, UserID: alice.ID, Schedule: "0 * * * *",
		TimeZone: "UTC", PausedReason: "the bot has no access to the channel"}
	if err := h.store.CreateSubscription(ctx, sub); err != nil {
		t.Fatal(err)
	}
	h.fake.SetAppPermissions(testChannel, discordgo.PermissionViewChannel)
	r := h.command(t, testGuild, discordgo.PermissionManageChannels, "resume", fakediscord.Str("subscription", "1"))
	if got, _ := h.store.Subscription(ctx, sub.ID); !got.Paused() || !strings.Contains(r.Content, "Send Messages") {
		t.Fatalf("resumed into a channel the bot cannot post in: %q", r.Content)
	}
	h.fake.SetAppPermissions(testChannel, discordgo.PermissionAdministrator)
	r = h.command(t, testGuild, discordgo.PermissionManageChannels, "resume", fakediscord.Str("subscription", "1"))
	if got, _ := h.store.Subscription(ctx, sub.ID); got.Paused() || !strings.Contains(r.Content, "Resumed") {
		t.Fatalf("not resumed: %q", r.Content)
	}
	sched.mu.Lock()
	defer sched.mu.Unlock()
	if len(sched.ran) != 1 || sched.ran[0] != sub.ID {
		t.Errorf("deliveries asked after /resume: %v, want [%d]", sched.ran, sub.ID)
	}
}

// The setup check at /resume for a subscription in another channel than
// the command's: app_permissions tell only of the command's own channel,
// so the bot reads its permissions there from Discord (overwrites, roles,
// its member roles). A channel where it cannot post stays paused with what
// to fix; a deleted one says so; once fixed, it resumes.
func TestResumeChecksAnotherChannel(t *testing.T) {
	const other, gone = "700000000000000011", "700000000000000012"
	sched := &recordingScheduler{}
	h := startBot(t, func(_ *Config, d *Deps) { d.Scheduler = sched })
	h.ready(t)
	ctx := context.Background()
	h.fake.SetAppPermissions(testChannel, discordgo.PermissionAdministrator) // the command's channel is fine
	h.fake.SetChannel(fakediscord.GuildChannel{ID: other, GuildID: testGuild, Name: "briefing", Overwrites: []fakediscord.Overwrite{
		{ID: testGuild, Type: 0, Deny: fakediscord.PermSendMessages | fakediscord.PermAttachFiles}}})
	paused := func(ch string) *news.Subscription {
		sub := &news.Subscription{GuildID: testGuild, ChannelID: ch, UserID: alice.ID, Schedule: "0 * * * *",
			TimeZone: "UTC", PausedReason: "the bot lacks permission to post in the channel"}
		if err := h.store.CreateSubscription(ctx, sub); err != nil {
			t.Fatal(err)
		}
		return sub
	}
	sub, lost := paused(other), paused(gone)
	resume := func(s *news.Subscription) string {
		r := h.command(t, testGuild, discordgo.PermissionManageChannels|discordgo.PermissionManageGuild, "resume",
			fakediscord.Str("subscription", strconv.FormatInt(s.ID, 10)))
		return r.Content
	}
	r := resume(sub)
	if got, _ := h.store.Subscription(ctx, sub.ID); !got.Paused() {
		t.Fatalf("resumed into a channel where the bot cannot post: %q", r)
	}
	for _, w := range []string{"Send Messages", "Attach Files", "<#" + other + ">"} {
		if !strings.Contains(r, w) {
			t.Errorf("answer %q does not name %s", r, w)
		}
	}
	if strings.Contains(r, "Embed Links") {
		t.Errorf("answer %q names a permission the bot has", r)
	}
	r = resume(lost)
	if got, _ := h.store.Subscription(ctx, lost.ID); !got.Paused() || !strings.Contains(r, "no longer exists") {
		t.Errorf("deleted channel: paused %v, answer %q", got.Paused(), r)
	}
	h.fake.SetChannel(fakediscord.GuildChannel{ID: other, GuildID: testGuild, Name: "briefing"})
	r = resume(sub)
	if got, _ := h.store.Subscription(ctx, sub.ID); got.Paused() || !strings.Contains(r, "Resumed") {
		t.Fatalf("fixed channel not resumed: %q", r)
	}
	for _, err := range h.fake.CheckResponses() {
		t.Error(err)
	}
}

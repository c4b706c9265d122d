package bot

import (
	"encoding/json"
	"os"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/conflict-digest/conflict-digest/news"
)

func TestSubscriptionFromFixture(t *testing.T) {
	raw, err := os.ReadFile("testdata/interaction_subscribe_guild.json")
	if err != nil {
		t.Fatal(err)
	}
	var i discordgo.Interaction
	if err := json.Unmarshal(raw, &i); err != nil {
		t.Fatalf("decode fixture: %v", err)
	}
	in := newInvocation(&i)
	if in.Command != "subscribe" || in.GuildID != "300000000000000001" || in.UserID != "400000000000000001" {
		t.Fatalf("invocation %+v", in)
	}
	if in.Perms&discordgo.PermissionManageChannels == 0 || in.requireManageChannels() != nil {
		t.Fatalf("perms %d: want Manage Channels", in.Perms)
	}
	now := time.Date(2026, 11, 29, 0, 0, 0, 0, time.UTC)
	b := &Bot{deps: Deps{Now: func() time.Time { return now }}}
	sub, err := b.subscriptionFromOptions(in)
	if err != nil {
		t.Fatal(err)
	}
	want := news.Subscription{GuildID: in.GuildID, ChannelID: "300000000000000002", UserID: in.UserID,
		Schedule: "30 7 * * 1", TimeZone: "Asia/Damascus", QuietNote: true}
	if sub.GuildID != want.GuildID || sub.ChannelID != want.ChannelID || sub.Schedule != want.Schedule ||
		sub.TimeZone != want.TimeZone || !sub.QuietNote || sub.DM {
		t.Fatalf("got %+v, want %+v", sub, want)
	}
	if len(sub.Topics) != 2 || sub.Topics[0] != news.Ceasefire || sub.Topics[1] != news.Humanitarian {
		t.Fatalf("topics %v", sub.Topics)
	}
	if len(sub.Places) != 2 || sub.Places[1] != "Idlib" {
		t.Fatalf("places %v", sub.Places)
	}
}

func TestRequireManageChannels(t *testing.T) {
	tests := []struct {
		name  string
		guild string
		perms int64
		ok    bool
	}{
		{"manage channels", "g", discordgo.PermissionManageChannels, true},
		{"administrator", "g", discordgo.PermissionAdministrator, true},
		{"send only", "g", discordgo.PermissionSendMessages, false},
		{"dm", "", discordgo.PermissionManageChannels, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := (&Invocation{GuildID: tt.guild, Perms: tt.perms}).requireManageChannels()
			if (err == nil) != tt.ok || (err != nil && news.ErrorCode(err) != news.EFORBIDDEN) {
				t.Fatalf("got %v, want ok=%v", err, tt.ok)
			}
		})
	}
}

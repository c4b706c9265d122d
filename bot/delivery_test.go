package bot

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/internal/fakediscord"
	"github.com/conflict-digest/conflict-digest/news"
)

const systemChannel = "300000000000000099"

// A paused channel subscription is announced in the guild's system channel
// as well as to its creator; never in the failing channel, never with
// mentions, never where the guild has no system channel.
func TestPauseTellsGuild(t *testing.T) {
	const otherGuild = "300000000000000050"
	fake := fakediscord.New(fakediscord.Options{Guilds: []string{testGuild, otherGuild},
		SystemChannels: map[string]string{testGuild: systemChannel}})
	h := startBotOn(t, fake, nil)
	h.ready(t)
	waitSystemChannel(t, h.bot, testGuild)
	tests := []struct {
		name, guild, channel string
		code                 int
		wantNotice           bool
	}{
		{"unknown channel", testGuild, "910000000000000001", 10003, true},
		{"missing access", testGuild, "910000000000000002", 50001, true},
		{"missing permissions", testGuild, "910000000000000003", 50013, true},
		{"the system channel itself fails", testGuild, systemChannel, 50013, false},
		{"guild without a system channel", otherGuild, "910000000000000004", 50001, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := len(fake.Messages(systemChannel))
			sub := &news.Subscription{GuildID: tt.guild, ChannelID: tt.channel, UserID: alice.ID, Schedule: "0 * * * *", TimeZone: "UTC"}
			h.store.CreateSubscription(context.Background(), sub)
			fake.AddFault(fakediscord.Fault{Route: "/channels/{channel_id}/messages", ChannelID: tt.channel, Code: tt.code})
			_, err := h.bot.Sender().Post(context.Background(), tt.channel, &Message{Content: "digest"}, "")
			if paused, perr := h.bot.PauseOnError(context.Background(), sub, err); !paused || perr != nil {
				t.Fatalf("PauseOnError = %v, %v", paused, perr)
			}
			fake.ClearFaults()
			msgs := fake.Messages(systemChannel)
			if got := len(msgs) - before; (got == 1) != tt.wantNotice || got > 1 {
				t.Fatalf("%d notices in the system channel, want notice=%v", got, tt.wantNotice)
			}
			if !tt.wantNotice {
				return
			}
			content, _ := msgs[len(msgs)-1]["content"].(string)
			if !strings.Contains(content, "<#"+tt.channel+">") || !strings.Contains(content, "/resume") {
				t.Errorf("notice %q lacks the channel or /resume", content)
			}
		})
	}
	for _, r := range fake.RequestsTo("POST", "/channels/{channel_id}/messages") {
		if r.Params["channel_id"] != systemChannel {
			continue
		}
		var body struct {
			AllowedMentions *struct {
				Parse []string `json:"parse"`
			} `json:"allowed_mentions"`
		}
		if err := json.Unmarshal(r.Body, &body); err != nil || body.AllowedMentions == nil || len(body.AllowedMentions.Parse) != 0 {
			t.Errorf("notice sent without empty allowed_mentions: %s", r.Body)
		}
	}
}

func waitSystemChannel(t *testing.T, b *Bot, guild string) {
	t.Helper()
	for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); time.Sleep(10 * time.Millisecond) {
		if b.guilds.systemChannel(guild) != "" {
			return
		}
	}
	t.Fatal("GUILD_CREATE's system channel never arrived")
}

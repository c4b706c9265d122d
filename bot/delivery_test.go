package bot

import (
	"context"
	"encoding/json"
	"fmt"
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
		// A deleted channel cannot be fixed: no "/resume", the
		// subscription is gone (checked below).
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
			if tt.code == 10003 {
				if strings.Contains(content, "/resume") || strings.Contains(content, "Fix it") || !strings.Contains(content, "/subscribe") {
					t.Errorf("notice of a deleted channel %q asks for a fix that cannot work", content)
				}
				if _, err := h.store.Subscription(context.Background(), sub.ID); news.ErrorCode(err) != news.ENOTFOUND {
					t.Errorf("subscription of a deleted channel still stored: %v", err)
				}
				return
			}
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

// A pause notice whose post Discord accepted but answered with a 5xx is
// retried with the same nonce, so the creator and the guild each get it
// once.
func TestPauseNoticeRetryAfter5xxPostsOnce(t *testing.T) {
	fake := fakediscord.New(fakediscord.Options{Guilds: []string{testGuild},
		SystemChannels: map[string]string{testGuild: systemChannel}})
	h := startBotOn(t, fake, nil)
	h.ready(t)
	waitSystemChannel(t, h.bot, testGuild)
	ctx := context.Background()
	dm, err := h.bot.Sender().OpenDM(ctx, alice.ID)
	if err != nil {
		t.Fatalf("OpenDM: %v", err)
	}
	const failing = "910000000000000011"
	sub := &news.Subscription{GuildID: testGuild, ChannelID: failing, UserID: alice.ID, Schedule: "0 * * * *", TimeZone: "UTC"}
	h.store.CreateSubscription(ctx, sub)
	fake.AddFault(fakediscord.Fault{Route: "/channels/{channel_id}/messages", ChannelID: failing, Code: 50013})
	_, perr := h.bot.Sender().Post(ctx, failing, &Message{Content: "digest"}, "")
	for _, ch := range []string{dm, systemChannel} {
		fake.AddFault(fakediscord.Fault{Method: "POST", Route: "/channels/{channel_id}/messages", ChannelID: ch,
			Status: 502, Times: 1, AfterAccept: true})
	}
	if paused, err := h.bot.PauseOnError(ctx, sub, perr); !paused || err != nil {
		t.Fatalf("PauseOnError = %v, %v", paused, err)
	}
	for _, ch := range []string{dm, systemChannel} {
		var statuses []int
		nonces := map[string]bool{}
		for _, r := range fake.RequestsTo("POST", "/channels/{channel_id}/messages") {
			if r.Params["channel_id"] != ch {
				continue
			}
			statuses = append(statuses, r.Status)
			var body struct {
				Nonce        string `json:"nonce"`
				EnforceNonce bool   `json:"enforce_nonce"`
			}
			json.Unmarshal(r.Body, &body)
			if body.Nonce == "" || !body.EnforceNonce || len(body.Nonce) > 25 {
				t.Errorf("channel %s: notice posted with nonce %q enforce %v", ch, body.Nonce, body.EnforceNonce)
			}
			nonces[body.Nonce] = true
		}
		if got := fmt.Sprint(statuses); got != "[502 200]" || len(nonces) != 1 {
			t.Errorf("channel %s: statuses %s with %d nonces, want [502 200] with one nonce", ch, got, len(nonces))
		}
		if n := len(fake.Messages(ch)); n != 1 {
			t.Errorf("channel %s: %d notices, want 1", ch, n)
		}
	}
}

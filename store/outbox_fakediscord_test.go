package store_test

import (
	"context"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/bot"
	"github.com/conflict-digest/conflict-digest/digest"
	"github.com/conflict-digest/conflict-digest/internal/fakediscord"
)

// fakeDiscord is the bot's real sender (HTTP, rate limits, nonce with
// enforce_nonce, marker look-up) against the fake Discord server.
type fakeDiscord struct {
	*bot.Sender
	srv *fakediscord.Server
	n   atomic.Int64
}

func (f *fakeDiscord) contents(ch string) []string {
	if strings.HasPrefix(ch, "dm-") {
		ch = f.srv.DMChannel(strings.TrimPrefix(ch, "dm-"))
	}
	var out []string
	for _, m := range f.srv.Messages(ch) {
		c, _ := m["content"].(string)
		out = append(out, c)
	}
	return out
}

// forgetNonces does nothing: the fake server honours a nonce for ever, so
// here the nonce alone could hide a missing marker check; the in-memory
// run of the same test covers that.
func (f *fakeDiscord) forgetNonces() {}

func (f *fakeDiscord) sends() int { return int(f.n.Load()) }

func (f *fakeDiscord) Send(ctx context.Context, ch string, m digest.Message, nonce string) (string, error) {
	f.n.Add(1)
	return f.Sender.Send(ctx, ch, m, nonce)
}

// TestCrashExactlyOnceFakeDiscord is the crash test of
// TestCrashExactlyOnceSQLite with the bot's sender and the fake Discord.
func TestCrashExactlyOnceFakeDiscord(t *testing.T) {
	srv := fakediscord.New(fakediscord.Options{ChannelLimit: 1000, ChannelPeriod: time.Second})
	defer srv.Close()
	s := bot.NewSender(bot.SenderConfig{Token: srv.Token(), APIBase: srv.URL() + "api/v10/"})
	runCrashTest(t, &fakeDiscord{Sender: s, srv: srv}, 100)
}

// fakeDiscordEmbeds delivers digests as the bot's embeds: what a channel
// holds is each message's embed titles, as the Markdown headlines the
// crash test counts, then its content with the marker.
type fakeDiscordEmbeds struct{ *fakeDiscord }

func (f fakeDiscordEmbeds) render(d *digest.Digest) ([]digest.Message, error) {
	return bot.DigestMessages(d)
}

func (f fakeDiscordEmbeds) contents(ch string) []string {
	if strings.HasPrefix(ch, "dm-") {
		ch = f.srv.DMChannel(strings.TrimPrefix(ch, "dm-"))
	}
	var out []string
	for _, m := range f.srv.Messages(ch) {
		var b strings.Builder
		embeds, _ := m["embeds"].([]any)
		for _, e := range embeds {
			title, _ := e.(map[string]any)["title"].(string)
			b.WriteString("**" + title + "**\n")
		}
		c, _ := m["content"].(string)
		out = append(out, b.String()+c)
	}
	return out
}

// TestCrashExactlyOnceFakeDiscordEmbeds is TestCrashExactlyOnceFakeDiscord
// with the bot's embed renderer plugged in: exactly once holds with embeds.
func TestCrashExactlyOnceFakeDiscordEmbeds(t *testing.T) {
	srv := fakediscord.New(fakediscord.Options{ChannelLimit: 1000, ChannelPeriod: time.Second})
	defer srv.Close()
	s := bot.NewSender(bot.SenderConfig{Token: srv.Token(), APIBase: srv.URL() + "api/v10/"})
	runCrashTest(t, fakeDiscordEmbeds{&fakeDiscord{Sender: s, srv: srv}}, 100)
}

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

package bot

import (
	"context"
	"net/http"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/internal/fakediscord"
)

// With GatewayURL set, the bot connects there and never asks GET /gateway:
// the fake's gateway routes fail here, so asking them would never connect.
func TestGatewayURLOverride(t *testing.T) {
	fake := fakediscord.New(fakediscord.Options{Guilds: []string{testGuild}})
	for _, route := range []string{"/gateway", "/gateway/bot"} {
		fake.AddFault(fakediscord.Fault{Method: "GET", Route: route, Status: http.StatusServiceUnavailable})
	}
	h := startBotOn(t, fake, func(c *Config, _ *Deps) { c.GatewayURL = fake.GatewayURL() })
	h.ready(t)
	for _, route := range []string{"/gateway", "/gateway/bot"} {
		if n := len(fake.RequestsTo("GET", route)); n != 0 {
			t.Errorf("GET %s asked %d times, want 0", route, n)
		}
	}
	if r := h.command(t, "", 0, "help"); !r.Ephemeral() {
		t.Errorf("/help over the overridden gateway: not answered ephemerally")
	}
}

// Without the override the same faults keep the bot from connecting: the
// test above proves something.
func TestGatewayURLFromREST(t *testing.T) {
	fake := fakediscord.New(fakediscord.Options{Guilds: []string{testGuild}})
	for _, route := range []string{"/gateway", "/gateway/bot"} {
		fake.AddFault(fakediscord.Fault{Method: "GET", Route: route, Status: http.StatusServiceUnavailable})
	}
	startBotOn(t, fake, nil)
	ctx, cancel := context.WithTimeout(context.Background(), 1500*time.Millisecond)
	defer cancel()
	if err := fake.WaitReady(ctx, 1); err == nil {
		t.Fatal("bot became ready although GET /gateway fails")
	}
	if n := len(fake.RequestsTo("GET", "/gateway")) + len(fake.RequestsTo("GET", "/gateway/bot")); n == 0 {
		t.Error("bot never asked GET /gateway")
	}
}

func TestGatewayURLValidated(t *testing.T) {
	store := newMemStore()
	_, err := New(Config{Token: "x", GatewayURL: "http://example.invalid"}, Deps{Subscriptions: store, Sources: store, Stories: store, Guilds: store})
	if err == nil {
		t.Fatal("New accepted an http:// gateway URL")
	}
}

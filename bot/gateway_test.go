package bot

import (
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/internal/fakediscord"
)

// gwBot is a bot run against a fake until stopped, for gateway tests that
// start several bots on one fake (restarts).
type gwBot struct {
	bot  *Bot
	done chan error
	stop context.CancelFunc
}

func runGatewayBot(t *testing.T, fake *fakediscord.Server, state StateStore) *gwBot {
	t.Helper()
	store := newMemStore()
	b, err := New(Config{Token: fake.Token(), ApplicationID: fake.ApplicationID(), RESTBase: fake.URL()},
		Deps{Subscriptions: store, Sources: store, Stories: store, Guilds: store, State: state,
			Logger: slog.New(slog.NewTextHandler(testWriter{t}, &slog.HandlerOptions{Level: slog.LevelInfo}))})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	g := &gwBot{bot: b, done: make(chan error, 1), stop: cancel}
	go func() { g.done <- b.Run(ctx) }()
	t.Cleanup(func() { g.halt(t) })
	return g
}

// halt stops the bot and returns what Run returned.
func (g *gwBot) halt(t *testing.T) error {
	g.stop()
	select {
	case err := <-g.done:
		g.done <- err // for a second halt
		return err
	case <-time.After(15 * time.Second):
		t.Error("Run did not return after cancel")
		return nil
	}
}

func waitReady(t *testing.T, fake *fakediscord.Server, n int, within time.Duration) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), within)
	defer cancel()
	if err := fake.WaitReady(ctx, n); err != nil {
		t.Fatalf("not ready %d times within %v: %v", n, within, err)
	}
}

// events returns the gateway events of kind.
func events(fake *fakediscord.Server, kind string) []fakediscord.GatewayEvent {
	var out []fakediscord.GatewayEvent
	for _, e := range fake.GatewayLog() {
		if e.Kind == kind {
			out = append(out, e)
		}
	}
	return out
}

// checkGatewayRules fails on anything the fake counts against the bot: an
// IDENTIFY refused for the session start rate, a close with 4008, and two
// admitted IDENTIFYs within 5 s.
func checkGatewayRules(t *testing.T, fake *fakediscord.Server) {
	t.Helper()
	if n := len(events(fake, fakediscord.GatewayIdentifyRefused)); n > 0 {
		t.Errorf("%d IDENTIFYs refused for the session start rate", n)
	}
	for _, e := range events(fake, fakediscord.GatewayServerClose) {
		if e.Code == fakediscord.CloseRateLimited {
			t.Errorf("closed with 4008 at %v", e.At)
		}
	}
	ids := events(fake, fakediscord.GatewayIdentify)
	for i := 1; i < len(ids); i++ {
		if d := ids[i].At.Sub(ids[i-1].At); d < 5*time.Second {
			t.Errorf("IDENTIFY %d only %v after the previous one", i+1, d)
		}
	}
}

// Finding "identify storm": a restart within 5 s of the last IDENTIFY
// whose session cannot be resumed used to be answered with op 9 and re-
// IDENTIFY at once, ~120 times in 30 ms, until 4008. Now the restart reads
// when it last identified and waits; no IDENTIFY is refused.
func TestRestartKeepsIdentifyRate(t *testing.T) {
	fake := fakediscord.New(fakediscord.Options{Guilds: []string{testGuild}})
	defer fake.Close()
	state := &memState{}
	first := runGatewayBot(t, fake, state)
	waitReady(t, fake, 1, 10*time.Second)
	fake.InvalidateSession(false) // the session is gone: the next start must IDENTIFY
	first.halt(t)
	second := runGatewayBot(t, fake, state)
	waitReady(t, fake, 2, 20*time.Second)
	if n := len(events(fake, fakediscord.GatewayIdentify)); n != 2 {
		t.Errorf("%d IDENTIFYs, want 2", n)
	}
	checkGatewayRules(t, fake)
	if r := commandOn(t, fake, "help"); !strings.Contains(r.Content, "Conflict digest") {
		t.Errorf("/help after the restart: %q", r.Content)
	}
	second.halt(t)
}

// Op 9 not resumable: the bot waits a random 1–5 s, then IDENTIFYs when
// the session start rate allows it; never a storm, never 4008.
func TestInvalidSessionWaits(t *testing.T) {
	fake := fakediscord.New(fakediscord.Options{Guilds: []string{testGuild}})
	defer fake.Close()
	runGatewayBot(t, fake, nil)
	waitReady(t, fake, 1, 10*time.Second)
	fake.InvalidateSession(false)
	op9 := time.Now()
	waitReady(t, fake, 2, 20*time.Second)
	ids := events(fake, fakediscord.GatewayIdentify)
	if len(ids) != 2 {
		t.Fatalf("%d IDENTIFYs, want 2", len(ids))
	}
	if d := ids[1].At.Sub(op9); d < time.Second {
		t.Errorf("IDENTIFY %v after op 9, want at least 1 s", d)
	}
	checkGatewayRules(t, fake)
	// Resumable op 9: the session goes on, no new IDENTIFY.
	fake.InvalidateSession(true)
	waitReady(t, fake, 3, 20*time.Second)
	if n := len(events(fake, fakediscord.GatewayIdentify)); n != 2 {
		t.Errorf("%d IDENTIFYs after a resumable op 9, want still 2", n)
	}
	if n := len(events(fake, fakediscord.GatewayResume)); n != 1 {
		t.Errorf("%d RESUMEs after a resumable op 9, want 1", n)
	}
}

// Finding "4004 while running is not fatal": a close with 4004 or 4010–4014
// after READY stops the bot with a clear error; it does not reconnect.
func TestFatalCloseAfterReady(t *testing.T) {
	for _, code := range []int{4004, 4010, 4011, 4012, 4013, 4014} {
		fake := fakediscord.New(fakediscord.Options{Guilds: []string{testGuild}})
		g := runGatewayBot(t, fake, nil)
		waitReady(t, fake, 1, 10*time.Second)
		fake.SetIdentifyClose(code) // were it to come back, it would be refused again
		fake.CloseGateway(code)
		select {
		case err := <-g.done:
			g.done <- err
			if !errors.Is(err, ErrStopped) || !strings.Contains(err.Error(), "gateway closed") {
				t.Errorf("close %d: Run returned %v, want ErrStopped", code, err)
			}
			if code == closeShardingRequired && !strings.Contains(err.Error(), "sharding") {
				t.Errorf("close 4011: %v does not say sharding is required", err)
			}
		case <-time.After(10 * time.Second):
			t.Errorf("close %d after READY: Run did not stop", code)
		}
		if n := len(events(fake, fakediscord.GatewayConnect)); n != 1 {
			t.Errorf("close %d: %d connections, want no reconnect", code, n)
		}
		fake.Close()
	}
}

// Finding "zombie connections": a gateway that stops acknowledging
// heartbeats is noticed within two heartbeat intervals, closed with a code
// other than 1000 (which would end the session) and RESUMEd; an interaction
// dispatched meanwhile is replayed and answered.
func TestZombieDetectedAndResumed(t *testing.T) {
	const interval = 600 * time.Millisecond
	fake := fakediscord.New(fakediscord.Options{Guilds: []string{testGuild}, HeartbeatInterval: interval})
	defer fake.Close()
	runGatewayBot(t, fake, nil)
	waitReady(t, fake, 1, 10*time.Second)
	time.Sleep(2 * interval) // past the first, jittered heartbeat
	fake.SetZombie(true)
	zombie := time.Now()
	payload, token := fake.Interaction(fakediscord.InteractionCommand, testGuild, testChannel, alice, 0, "help", nil)
	if err := fake.Dispatch("INTERACTION_CREATE", jsonRaw(payload)); err != nil {
		t.Fatal(err)
	}
	var closed fakediscord.GatewayEvent
	for deadline := time.Now().Add(4 * interval); time.Now().Before(deadline) && closed.Kind == ""; time.Sleep(20 * time.Millisecond) {
		if cs := events(fake, fakediscord.GatewayClientClose); len(cs) > 0 {
			closed = cs[0]
		}
	}
	fake.SetZombie(false)
	if closed.Kind == "" {
		t.Fatalf("zombie not noticed within %v", 4*interval)
	}
	if d := closed.At.Sub(zombie); d > 2*interval+100*time.Millisecond {
		t.Errorf("zombie noticed after %v, want within two intervals (%v)", d, 2*interval)
	}
	if closed.Code == 1000 || closed.Code == 1001 {
		t.Errorf("zombie closed with %d, which ends the session", closed.Code)
	}
	waitReady(t, fake, 2, 10*time.Second)
	if n := len(events(fake, fakediscord.GatewayResume)); n != 1 {
		t.Errorf("%d RESUMEs after the zombie, want 1", n)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if r, err := fake.Wait(ctx, token); err != nil || !strings.Contains(r.Content, "Conflict digest") {
		t.Errorf("interaction sent during the zombie: %+v, %v", r, err)
	}
}

// A quick restart RESUMEs the saved session instead of starting a new one.
func TestQuickRestartResumes(t *testing.T) {
	fake := fakediscord.New(fakediscord.Options{Guilds: []string{testGuild}})
	defer fake.Close()
	state := &memState{}
	first := runGatewayBot(t, fake, state)
	waitReady(t, fake, 1, 10*time.Second)
	commandOn(t, fake, "help")
	first.halt(t)
	runGatewayBot(t, fake, state)
	waitReady(t, fake, 2, 10*time.Second)
	if n := len(events(fake, fakediscord.GatewayIdentify)); n != 1 {
		t.Errorf("%d IDENTIFYs across the restart, want 1", n)
	}
	if rs := events(fake, fakediscord.GatewayResume); len(rs) != 1 || rs[0].Seq == 0 {
		t.Errorf("RESUMEs = %+v, want one with the saved sequence", rs)
	}
	for _, c := range events(fake, fakediscord.GatewayClientClose) {
		if c.Code == 1000 || c.Code == 1001 {
			t.Errorf("the bot closed with %d, which ends the session", c.Code)
		}
	}
	if r := commandOn(t, fake, "help"); !strings.Contains(r.Content, "Conflict digest") {
		t.Errorf("/help after the resumed restart: %q", r.Content)
	}
}

func commandOn(t *testing.T, fake *fakediscord.Server, name string) *fakediscord.Reply {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	r, err := fake.InjectCommand(ctx, testGuild, testChannel, alice, 0, name)
	if err != nil {
		t.Fatalf("/%s: %v", name, err)
	}
	return r
}

func jsonRaw(b []byte) json.RawMessage { return json.RawMessage(b) }

// slowState is a database that takes its time to write.
type slowState struct {
	memState
	delay atomic.Int64 // nanoseconds
}

func (s *slowState) SaveState(ctx context.Context, key string, value []byte, expires time.Time) error {
	time.Sleep(time.Duration(s.delay.Load()))
	return s.memState.SaveState(ctx, key, value, expires)
}

// A busy database does not hold interactions past Discord's answer window:
// the sequence is saved before an interaction runs when the database
// answers within 250 ms, and the interaction runs anyway when it does not.
func TestBusyStateDoesNotDelayInteractions(t *testing.T) {
	fake := fakediscord.New(fakediscord.Options{Guilds: []string{testGuild}})
	defer fake.Close()
	state := &slowState{}
	runGatewayBot(t, fake, state)
	waitReady(t, fake, 1, 10*time.Second)
	state.delay.Store(int64(3 * time.Second))
	r := commandOn(t, fake, "help")
	if !strings.Contains(r.Content, "Conflict digest") || r.AnsweredIn > time.Second {
		t.Errorf("/help with a busy database: answered in %v: %q", r.AnsweredIn, r.Content)
	}
}

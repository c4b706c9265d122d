package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"math/rand/v2"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/internal/fakediscord"
	"github.com/conflict-digest/conflict-digest/internal/sample"
	"github.com/conflict-digest/conflict-digest/news"
	"github.com/conflict-digest/conflict-digest/store"
)

var faultsLong = flag.Bool("faults.long", false, "run the long fault suite (40 SIGKILL restarts) instead of the short one")

// envFaultChild makes the test binary run `bot run` as the fault suite's
// child process.
const envFaultChild = "CD_FAULT_CHILD"

const (
	// faultHeartbeat is the fake's heartbeat interval: short, so a zombie
	// is noticed within seconds, and long enough that a child slowed down
	// by a busy 2-core CI machine still beats in time.
	faultHeartbeat = 2 * time.Second
	faultGuild     = "300000000000000001"
	faultSystem    = "300000000000000009"
	faultSubs      = 4
)

var faultUser = fakediscord.User{ID: "200000000000000001", Username: "alice"}

// faultChannel is the channel of subscription i.
func faultChannel(i int) string { return fmt.Sprintf("4100000000000000%02d", i) }

// suite is the fault suite's world: the fake Discord, the database file,
// the bot process of the moment, and what the injector saw.
type suite struct {
	t    *testing.T
	fake *fakediscord.Server
	db   string
	env  []string
	rng  *rand.Rand

	mu      sync.Mutex
	child   *exec.Cmd
	logs    *bytes.Buffer
	kills   []time.Time
	sent    []sentInteraction
	round   int
	stopped chan struct{}
}

// sentInteraction is one interaction the injector dispatched.
type sentInteraction struct {
	id, token string
	at        time.Time // created and handed to the gateway
	answered  bool
}

// TestFaultSuite runs `bot run` as a real process (the test binary
// re-executed) against the fake Discord, whose gateway keeps Discord's
// rules, and puts it through faults: quick restarts under SIGKILL 0.3–8 s
// apart, op 9 not resumable, a dropped connection, a zombie, a 429 burst,
// a 5xx burst, and 4004 after READY. Then, from the fake's records and the
// database: no two IDENTIFYs within 5 s and none refused, no 4008, no 429
// that a fault did not cause, every interaction Discord delivered to a
// connection that stayed up for the answer window answered, every digest
// message delivered exactly once (or parked), and 4004 stops the process.
// -faults.long restarts 40 times instead of 4.
func TestFaultSuite(t *testing.T) {
	if testing.Short() {
		t.Skip("the fault suite runs real processes")
	}
	s := newSuite(t)
	defer s.fake.Close()
	stop := s.inject()
	restarts := 4
	if *faultsLong {
		restarts = 40
	}
	s.start()
	s.waitReady(1, 20*time.Second)
	for i := range restarts {
		time.Sleep(time.Duration(300+s.intn(7700)) * time.Millisecond)
		s.kill()
		ready := s.readyCount()
		s.start()
		s.t.Logf("restart %d of %d", i+1, restarts)
		if i == restarts-1 {
			s.waitReady(ready+1, 30*time.Second) // the faults below hit a live session
		}
	}
	s.fault("op 9 not resumable", func() { s.fake.InvalidateSession(false) })
	s.fault("a dropped connection", func() { s.fake.DropGateway() })
	s.fault("a zombie", s.zombie)
	// Each burst meets a digest: news is stored, then a digest asked for.
	s.fault("a 429 burst", func() {
		s.ingest(3)
		s.fake.AddFault(fakediscord.Fault{Method: "POST", Route: "/channels/{channel_id}/messages", Status: http.StatusTooManyRequests,
			RetryAfter: 500 * time.Millisecond, Times: 8})
		s.digestNow()
	})
	s.fault("a 5xx burst", func() {
		s.ingest(3)
		s.fake.AddFault(fakediscord.Fault{Method: "POST", Route: "/channels/{channel_id}/messages", Status: http.StatusBadGateway, Times: 8})
		s.digestNow()
	})
	stop()
	s.settle(90 * time.Second)
	s.checkGateway()
	s.checkRateLimits()
	s.checkInteractions()
	s.checkDigests()
	s.fatalClose()
}

func newSuite(t *testing.T) *suite {
	fake := fakediscord.New(fakediscord.Options{Guilds: []string{faultGuild}, HeartbeatInterval: faultHeartbeat,
		SystemChannels: map[string]string{faultGuild: faultSystem}})
	dir := t.TempDir()
	s := &suite{t: t, fake: fake, db: filepath.Join(dir, "news.db"), rng: rand.New(rand.NewPCG(12, 1))}
	s.env = append(os.Environ(), envFaultChild+"=1", "DISCORD_TOKEN="+fake.Token(), "DISCORD_APP_ID="+fake.ApplicationID(),
		"DISCORD_API_BASE="+fake.URL(), "CD_DB="+s.db, "CD_DEFAULT_FEEDS=false", "CD_LOG_LEVEL=info", "CD_POLL_INTERVAL=1h")
	s.ingest(19)
	ctx := context.Background()
	db, err := store.OpenServices(ctx, s.db)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	// Back-date what is stored so the first, catch-up digests hold it.
	if _, err := db.Writer().ExecContext(ctx, `UPDATE articles SET stored = stored - 600`); err != nil {
		t.Fatal(err)
	}
	for i := range faultSubs {
		// No story limit to speak of: the suite is about delivery under
		// faults, and wants digests of several messages to deliver.
		sub := &news.Subscription{GuildID: faultGuild, ChannelID: faultChannel(i), UserID: faultUser.ID,
			Schedule: "0 * * * *", TimeZone: "UTC", Created: time.Now().Add(-48 * time.Hour), Updated: time.Now(), MaxStories: 100}
		if err := db.CreateSubscription(ctx, sub); err != nil {
			t.Fatal(err)
		}
	}
	return s
}

// ingest stores n articles of the sample under new ids, so each round is
// news to the digests.
func (s *suite) ingest(n int) {
	s.mu.Lock()
	s.round++
	round := s.round
	s.mu.Unlock()
	var b bytes.Buffer
	sc := bufio.NewScanner(sample.Articles())
	sc.Buffer(make([]byte, 1<<20), 1<<22)
	for i := 0; i < n && sc.Scan(); i++ {
		var a map[string]any
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			s.t.Fatal(err)
		}
		a["id"] = fmt.Sprintf("fault-%d-%v", round, a["id"])
		a["title"] = fmt.Sprintf("%v (update %d)", a["title"], round)
		line, _ := json.Marshal(a)
		b.Write(append(line, '\n'))
	}
	path := filepath.Join(s.t.TempDir(), fmt.Sprintf("round-%d.jsonl", round))
	if err := os.WriteFile(path, b.Bytes(), 0o600); err != nil {
		s.t.Fatal(err)
	}
	var out, errb bytes.Buffer
	if err := run(context.Background(), []string{"ingest", "--db", s.db, "--jsonl", path}, quietEnv, strings.NewReader(""), &out, &errb); err != nil {
		s.t.Errorf("ingest round %d: %v\n%s", round, err, errb.String())
	}
}

// intn draws from the suite's seeded generator, shared by its goroutines.
func (s *suite) intn(n int) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.rng.IntN(n)
}

// start runs a new bot process.
func (s *suite) start() {
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = s.env
	logs := &bytes.Buffer{}
	cmd.Stdout, cmd.Stderr = logs, logs
	if err := cmd.Start(); err != nil {
		s.t.Fatal(err)
	}
	done := make(chan struct{})
	go func() { cmd.Wait(); close(done) }()
	s.mu.Lock()
	s.child, s.logs, s.stopped = cmd, logs, done
	s.mu.Unlock()
}

// kill SIGKILLs the bot process.
func (s *suite) kill() {
	s.mu.Lock()
	cmd, done := s.child, s.stopped
	s.kills = append(s.kills, time.Now())
	s.mu.Unlock()
	cmd.Process.Kill()
	<-done
}

func (s *suite) waitReady(n int, within time.Duration) {
	s.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), within)
	defer cancel()
	if err := s.fake.WaitReady(ctx, n); err != nil {
		s.mu.Lock()
		defer s.mu.Unlock()
		s.t.Fatalf("not ready %d times within %v: %v\n%s", n, within, err, s.logs.String())
	}
}

func (s *suite) readyCount() int { _, _, ready := s.fake.GatewayStats(); return ready }

// fault applies one fault to the running bot, then waits until it is
// ready again (a session made ready after the fault) and a little more.
func (s *suite) fault(name string, f func()) {
	s.t.Logf("fault: %s", name)
	before := s.readyCount()
	f()
	if name != "a 429 burst" && name != "a 5xx burst" {
		s.waitReady(before+1, 30*time.Second)
	}
	time.Sleep(3 * time.Second)
}

// zombie stops the gateway's answers until the bot closes the connection.
func (s *suite) zombie() {
	closes := len(s.events(fakediscord.GatewayClientClose))
	s.fake.SetZombie(true)
	start := time.Now()
	for len(s.events(fakediscord.GatewayClientClose)) == closes && time.Since(start) < 5*faultHeartbeat {
		time.Sleep(20 * time.Millisecond)
	}
	s.fake.SetZombie(false)
	if d := time.Since(start); d > 2*faultHeartbeat+300*time.Millisecond {
		s.t.Errorf("zombie noticed after %v, want within two heartbeat intervals", d)
	}
}

func (s *suite) events(kind string) []fakediscord.GatewayEvent {
	var out []fakediscord.GatewayEvent
	for _, e := range s.fake.GatewayLog() {
		if e.Kind == kind {
			out = append(out, e)
		}
	}
	return out
}

// inject sends /help every 700 ms and, every 4 s, new articles and a
// /digest now, until the returned function is called.
func (s *suite) inject() (stop func()) {
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for i := 0; ctx.Err() == nil; i++ {
			wg.Add(1)
			go func() { defer wg.Done(); s.interact("help") }()
			if i%6 == 5 {
				s.ingest(3)
				s.digestNow()
			}
			select {
			case <-ctx.Done():
			case <-time.After(700 * time.Millisecond):
			}
		}
	}()
	return func() { cancel(); wg.Wait() }
}

// interact dispatches one command and records whether it was answered
// (a message or a deferral) within Discord's window.
func (s *suite) interact(name string, opts ...fakediscord.Option) {
	s.interactIn(faultChannel(0), name, opts...)
}

// interactIn is interact from a given channel.
func (s *suite) interactIn(channel, name string, opts ...fakediscord.Option) {
	payload, token := s.fake.Interaction(fakediscord.InteractionCommand, faultGuild, channel, faultUser,
		fakediscord.PermManageChannels, name, opts)
	var it struct {
		ID string `json:"id"`
	}
	json.Unmarshal(payload, &it)
	at := time.Now()
	if err := s.fake.Dispatch("INTERACTION_CREATE", json.RawMessage(payload)); err != nil {
		return // no live connection: Discord did not deliver it
	}
	time.Sleep(3500 * time.Millisecond) // Discord's answer window, and a little
	_, answered := s.fake.Answered(token)
	s.mu.Lock()
	s.sent = append(s.sent, sentInteraction{id: it.ID, token: token, at: at, answered: answered})
	s.mu.Unlock()
}

// digestNow asks for one subscription's digest at once, from its own
// channel (elsewhere a member without Manage Server is refused).
func (s *suite) digestNow() {
	id := 1 + s.intn(faultSubs)
	go s.interactIn(faultChannel(id-1), "digest", fakediscord.Sub("now", fakediscord.Str("subscription", fmt.Sprint(id))))
}

// settle waits until no digest is left unfinished.
func (s *suite) settle(within time.Duration) {
	ctx := context.Background()
	db, err := store.OpenServices(ctx, s.db, store.WithReadConns(1))
	if err != nil {
		s.t.Fatal(err)
	}
	defer db.Close()
	for deadline := time.Now().Add(within); ; time.Sleep(500 * time.Millisecond) {
		pending, err := db.PendingOutboxes(ctx, 0)
		if err != nil {
			s.t.Fatal(err)
		}
		if len(pending) == 0 {
			return
		}
		if time.Now().After(deadline) {
			s.mu.Lock()
			defer s.mu.Unlock()
			s.t.Fatalf("%d digests still unfinished after %v\n%s", len(pending), within, s.logs.String())
		}
	}
}

// checkGateway: the session start rate was kept and nothing was closed
// for a rate.
func (s *suite) checkGateway() {
	if n := len(s.events(fakediscord.GatewayIdentifyRefused)); n > 0 {
		s.t.Errorf("%d IDENTIFYs refused for the session start rate", n)
	}
	ids := s.events(fakediscord.GatewayIdentify)
	for i := 1; i < len(ids); i++ {
		if d := ids[i].At.Sub(ids[i-1].At); d < 5*time.Second {
			s.t.Errorf("IDENTIFY %d only %v after the previous one", i+1, d)
		}
	}
	for _, e := range s.events(fakediscord.GatewayServerClose) {
		if e.Code == fakediscord.CloseRateLimited || e.Code == fakediscord.CloseSessionTimedOut {
			s.t.Errorf("the gateway closed a connection with %d", e.Code)
		}
	}
	var trace []string
	for _, e := range s.fake.GatewayLog() {
		if e.Kind != fakediscord.GatewayDispatch && e.Kind != fakediscord.GatewayConnect {
			trace = append(trace, fmt.Sprintf("%s#%d/%d", e.Kind, e.Conn, e.Code))
		}
	}
	s.t.Logf("gateway trace: %s", strings.Join(trace, " "))
	s.t.Logf("gateway: %d connections, %d IDENTIFYs, %d RESUMEs admitted, %d kills",
		len(s.events(fakediscord.GatewayConnect)), len(ids), len(s.events(fakediscord.GatewayResume)), len(s.kills))
}

// checkRateLimits: no 429 that a fault did not cause.
func (s *suite) checkRateLimits() {
	faults := map[int]int{}
	for _, r := range s.fake.Requests() {
		if r.Fault {
			faults[r.Status]++
		}
		if r.Status == http.StatusTooManyRequests && !r.Fault {
			s.t.Errorf("a 429 not caused by a fault: %s %s at %v", r.Method, r.Path, r.At)
		}
	}
	s.t.Logf("REST: %d requests; answered by faults: %v", len(s.fake.Requests()), faults)
	if faults[http.StatusTooManyRequests] == 0 || faults[http.StatusBadGateway] == 0 {
		s.t.Errorf("the 429 and 5xx bursts were not exercised: %v", faults)
	}
}

// checkInteractions: every interaction that reached a live connection in
// time was answered within Discord's window. In time: written within 1.5 s
// of its creation (the bot defers at 1.5 s, Discord allows 3 s), to a
// connection that stayed up for the answer window. One first written to a
// connection that was then killed, and replayed on a later RESUME, is
// past its window, as it would be on Discord.
func (s *suite) checkInteractions() {
	closedAt := map[int]time.Time{}
	for _, e := range s.fake.GatewayLog() {
		if (e.Kind == fakediscord.GatewayClientClose || e.Kind == fakediscord.GatewayServerClose) && closedAt[e.Conn].IsZero() {
			closedAt[e.Conn] = e.At
		}
	}
	writes := map[string][]fakediscord.GatewayEvent{}
	for _, e := range s.events(fakediscord.GatewayDispatch) {
		if e.Interaction != "" {
			writes[e.Interaction] = append(writes[e.Interaction], e)
		}
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	answered, live := 0, 0
	for _, it := range s.sent {
		inTime := false
		for _, e := range writes[it.id] {
			c := closedAt[e.Conn]
			if e.At.Sub(it.at) <= 1500*time.Millisecond && (c.IsZero() || c.Sub(e.At) > 3*time.Second) {
				inTime = true
			}
		}
		if !inTime {
			continue
		}
		live++
		if it.answered {
			answered++
			continue
		}
		var trace []string
		for _, e := range writes[it.id] {
			trace = append(trace, fmt.Sprintf("conn %d at +%v (closed %v)", e.Conn, e.At.Sub(it.at), closedAt[e.Conn].Sub(e.At)))
		}
		s.t.Errorf("interaction %s reached a live connection in time and was not answered: %s", it.id, strings.Join(trace, "; "))
	}
	s.t.Logf("interactions: %d dispatched, %d reached a live connection in time, %d answered", len(s.sent), live, answered)
	if live < 10 {
		s.t.Errorf("only %d interactions reached a live connection: the suite proves little", live)
	}
}

var markerRe = regexp.MustCompile(`digest [0-9a-f]{12} · \d+/\d+`)

// checkDigests: every message of every digest in the outbox is in its
// channel exactly once, unless parked; no digest message is there twice.
func (s *suite) checkDigests() {
	ctx := context.Background()
	db, err := store.OpenServices(ctx, s.db, store.WithReadConns(1))
	if err != nil {
		s.t.Fatal(err)
	}
	defer db.Close()
	rows, err := db.Reader().QueryContext(ctx, `SELECT d.channel_id, m.marker, m.parked FROM outbox_messages m
		JOIN outbox_digests d ON d.id = m.digest_id`)
	if err != nil {
		s.t.Fatal(err)
	}
	defer rows.Close()
	want := map[string]int{}
	messages := 0
	for rows.Next() {
		var ch, marker, parked string
		if err := rows.Scan(&ch, &marker, &parked); err != nil {
			s.t.Fatal(err)
		}
		messages++
		if parked == "" {
			want[ch+"|"+marker] = 1
		}
	}
	got := map[string]int{}
	for i := range faultSubs {
		for _, m := range s.fake.Messages(faultChannel(i)) {
			c, _ := m["content"].(string)
			for _, mk := range markerRe.FindAllString(c, -1) {
				got[faultChannel(i)+"|"+mk]++
			}
		}
	}
	for k, n := range want {
		if got[k] != n {
			s.t.Errorf("digest message %s delivered %d times, want once", k, got[k])
		}
	}
	for k := range got {
		if want[k] == 0 {
			s.t.Errorf("digest message %s in a channel but not in the outbox (or parked)", k)
		}
	}
	s.t.Logf("digests: %d messages in the outbox, %d delivered", messages, len(got))
	if messages < minDigestMessages {
		s.t.Errorf("only %d digest messages: the suite proves little\n%s", messages, s.logs.String())
	}
}

// minDigestMessages is the fewest digest messages the suite must see
// through its faults: one digest for each subscription.
const minDigestMessages = faultSubs

// fatalClose: 4004 after READY stops the process with a clear error, and
// it does not come back.
func (s *suite) fatalClose() {
	connects := len(s.events(fakediscord.GatewayConnect))
	s.fake.SetIdentifyClose(fakediscord.CloseAuthenticationFailed)
	s.fake.CloseGateway(fakediscord.CloseAuthenticationFailed)
	s.mu.Lock()
	done, logs := s.stopped, s.logs
	s.mu.Unlock()
	select {
	case <-done:
	case <-time.After(15 * time.Second):
		s.kill()
		s.t.Fatal("4004 after READY did not stop the process")
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if code := s.child.ProcessState.ExitCode(); code == 0 || !strings.Contains(logs.String(), "4004") {
		s.t.Errorf("after 4004: exit code %d, logs lack 4004:\n%s", code, logs.String())
	}
	if n := len(s.events(fakediscord.GatewayConnect)) - connects; n != 0 {
		s.t.Errorf("%d reconnects after 4004", n)
	}
}

package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"math/rand/v2"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/internal/fakediscord"
	"github.com/conflict-digest/conflict-digest/internal/testutil"
	"github.com/conflict-digest/conflict-digest/news"
	"github.com/conflict-digest/conflict-digest/store/postgres"
	"github.com/jackc/pgx/v5"
)

var instancesFull = flag.Bool("instances.full", false,
	"run the multi-instance crash test at full size (1,000 subscriptions, 100 kills) instead of CI's")

// crashRun is one size of the multi-instance crash test.
type crashRun struct {
	subs, kills int
	every       time.Duration // the mean pause between kills
	settle      time.Duration // how long the survivors may take to finish after the last kill
}

// TestInstancesCrash runs three `bot run` processes (the test binary
// re-executed) on one PostgreSQL schema of the test's own, against the fake
// Discord, with every subscription due at once, and SIGKILLs a random
// instance every second or so while they deliver, restarting it at once.
// Then, from the fake's channels and the database: every subscription got
// its digest, every message of every digest is in its channel exactly
// once, none was parked (none broke Discord's limits) and Discord answered
// no request with 429. -instances.full runs 1,000 subscriptions and 100
// kills; the default is CI's minute.
func TestInstancesCrash(t *testing.T) {
	if testing.Short() {
		t.Skip("the crash test runs real processes")
	}
	size := crashRun{subs: 500, kills: 12, every: 700 * time.Millisecond, settle: 2 * time.Minute}
	if *instancesFull {
		size = crashRun{subs: 1000, kills: 100, every: 550 * time.Millisecond, settle: 3 * time.Minute}
	}
	c := newCrashCluster(t, size.subs, fakediscord.Options{Guilds: []string{crashGuild}})
	defer c.fake.Close()
	for i := range c.procs {
		c.start(i)
	}
	start := time.Now()
	kills, pauses := 0, 0
	var wg sync.WaitGroup
	for kills < size.kills && !c.done() {
		time.Sleep(time.Duration(float64(size.every) * (0.3 + 1.4*c.rng.Float64())))
		i := c.rng.IntN(len(c.procs))
		if (kills+pauses)%6 == 5 {
			// Paused past its leases (SIGSTOP), as by a stalled VM, while
			// the kills go on: the others take its work over; woken, it
			// must record nothing and post nothing of it.
			pauses++
			wg.Go(func() { c.pause(c.procs[i], crashLeaseTTL+time.Second) })
			continue
		}
		c.kill(i)
		kills++
		c.start(i)
	}
	wg.Wait()
	t.Logf("%d kills and %d pauses past the lease in %v; %d digests finished by then",
		kills, pauses, time.Since(start).Round(time.Millisecond), c.finished())
	if kills < size.kills {
		t.Errorf("delivery ended after %d kills of %d: the kills did not all land during delivery", kills, size.kills)
	}
	c.settle(size.settle)
	took := time.Since(start)
	for i := range c.procs {
		c.stop(i)
	}
	c.check(took, kills, pauses)
}

// crashCluster is the crash test's world: the fake Discord, the database,
// the three processes.
type crashCluster struct {
	t     *testing.T
	fake  *fakediscord.Server
	url   string // the store's URL, with its schema
	subs  int
	env   []string
	rng   *rand.Rand
	procs [3]*crashProc
	// profiles, when set, is a directory each instance writes its CPU
	// profile to (instance-N.pprof; a restarted one overwrites it).
	profiles   string
	profileFor time.Duration // how long each profiles (0: until stopped)
	// handovers counts the instances stopped (SIGINT) while the others
	// ran: each hands its gateway session over, as a kill does.
	handovers int
}

type crashProc struct {
	cmd  *exec.Cmd
	logs *testutil.SyncBuffer
	done chan struct{}
}

// crashGuild is the guild of every subscription; crashChannel(i) the
// channel of subscription i.
const crashGuild = "300000000000000007"

func crashChannel(i int) string { return fmt.Sprintf("42%016d", i) }

// The instances' leases: short, so the work of a killed one is taken over
// within seconds; and the deliveries each claims at once.
const (
	crashLeaseTTL    = 3 * time.Second
	crashConcurrency = 8
)

// newCrashCluster readies the world of subs subscriptions; opts are the
// fake Discord's.
func newCrashCluster(t *testing.T, subs int, opts fakediscord.Options) *crashCluster {
	url := pgURL(t)
	fake := fakediscord.New(opts)
	c := &crashCluster{t: t, fake: fake, url: url, subs: subs, rng: rand.New(rand.NewPCG(15, 3))}
	// Three instances share Discord's 50 requests per second at bot run's
	// default rate: each sends within its share (50 / live instances),
	// every request of a start included, and a joiner waits until the
	// others count it.
	c.env = append(os.Environ(), envFaultChild+"=1", "DISCORD_TOKEN="+fake.Token(), "DISCORD_APP_ID="+fake.ApplicationID(),
		"DISCORD_API_BASE="+fake.URL(), "CD_DATABASE_URL="+url, "CD_DEFAULT_FEEDS=false", "CD_LOG_LEVEL=info",
		"CD_POLL_INTERVAL=1h", fmt.Sprint("CD_LEASE_TTL=", crashLeaseTTL), "CD_LEASE_RENEW=1s",
		fmt.Sprint("CD_DELIVERY_CONCURRENCY=", crashConcurrency))
	ctx := context.Background()
	conn, db := seedCrashWorld(t, ctx, url)
	defer conn.Close(ctx)
	defer db.Close()
	for i := range subs {
		sub := &news.Subscription{GuildID: crashGuild, ChannelID: crashChannel(i), UserID: faultUser.ID,
			Schedule: "0 * * * *", TimeZone: "UTC"}
		if err := db.CreateSubscription(ctx, sub); err != nil {
			t.Fatal(err)
		}
	}
	return c
}

// seedCrashWorld ingests the sample into the database at url, back-dates
// what is stored so the first, catch-up digests hold it, and opens the
// store as of two days ago, so that every subscription made through it is
// due at start. The caller closes both.
func seedCrashWorld(t *testing.T, ctx context.Context, url string) (*pgx.Conn, *postgres.Services) {
	t.Helper()
	if _, _, err := runEnv(t, map[string]string{"CD_DATABASE_URL": url, "CD_LOG_LEVEL": "error"}, "ingest", "--jsonl", writeSample(t)); err != nil {
		t.Fatal(err)
	}
	conn, err := pgx.Connect(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := conn.Exec(ctx, `UPDATE articles SET stored = stored - 600`); err != nil {
		t.Fatal(err)
	}
	db, err := postgres.OpenServices(ctx, url, postgres.WithNow(func() time.Time { return time.Now().Add(-48 * time.Hour) }))
	if err != nil {
		t.Fatal(err)
	}
	return conn, db
}

// start runs instance i as a new process.
func (c *crashCluster) start(i int) {
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = c.env
	if c.profiles != "" {
		cmd.Env = append(slices.Clip(c.env), envChildProfile+"="+filepath.Join(c.profiles, fmt.Sprintf("instance-%d.pprof", i)),
			envChildProfileFor+"="+c.profileFor.String())
	}
	p := &crashProc{cmd: cmd, logs: &testutil.SyncBuffer{}, done: make(chan struct{})}
	cmd.Stdout, cmd.Stderr = p.logs, p.logs
	if err := cmd.Start(); err != nil {
		c.t.Fatal(err)
	}
	go func() { cmd.Wait(); close(p.done) }()
	c.procs[i] = p
}

// pause stops p for d (SIGSTOP, SIGCONT). A process killed meanwhile is
// left alone: its successor is another process.
func (c *crashCluster) pause(p *crashProc, d time.Duration) {
	p.cmd.Process.Signal(syscall.SIGSTOP)
	select {
	case <-p.done:
	case <-time.After(d):
		p.cmd.Process.Signal(syscall.SIGCONT)
	}
}

// kill SIGKILLs instance i and waits until it is gone.
func (c *crashCluster) kill(i int) {
	p := c.procs[i]
	p.cmd.Process.Kill()
	<-p.done
}

// stop ends instance i as an operator would (SIGTERM), SIGKILL after 30 s.
func (c *crashCluster) stop(i int) {
	p := c.procs[i]
	p.cmd.Process.Signal(os.Interrupt)
	select {
	case <-p.done:
		if code := p.cmd.ProcessState.ExitCode(); code != 0 {
			c.t.Errorf("instance %d stopped with exit code %d:\n%s", i, code, tail(p.logs.String(), 3000))
		}
	case <-time.After(30 * time.Second):
		c.kill(i)
		c.t.Errorf("instance %d did not stop within 30 s of SIGINT", i)
	}
}

// count runs one counting query on the store.
func (c *crashCluster) count(q string) int {
	var n int
	c.scan(q, nil, &n)
	return n
}

// scan runs one query of one row, with args, on the store into dst.
func (c *crashCluster) scan(q string, args []any, dst ...any) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	conn, err := pgx.Connect(ctx, c.url)
	if err != nil {
		c.t.Fatal(err)
	}
	defer conn.Close(context.Background())
	if err := conn.QueryRow(ctx, q, args...).Scan(dst...); err != nil {
		c.t.Fatal(err)
	}
}

// finished counts the subscriptions whose digest is delivered.
func (c *crashCluster) finished() int {
	return c.count(`SELECT count(DISTINCT subscription_id) FROM outbox_digests WHERE finished = 1`)
}

// done reports whether every subscription's digest is delivered.
func (c *crashCluster) done() bool {
	return c.finished() == c.subs && c.count(`SELECT count(*) FROM outbox_digests WHERE finished = 0`) == 0
}

// settle waits until every digest is delivered.
func (c *crashCluster) settle(within time.Duration) {
	for deadline := time.Now().Add(within); !c.done(); time.Sleep(500 * time.Millisecond) {
		if time.Now().After(deadline) {
			var logs strings.Builder
			for i, p := range c.procs {
				if p == nil {
					continue // not started
				}
				fmt.Fprintf(&logs, "--- instance %d\n%s\n", i, tail(p.logs.String(), 3000))
			}
			c.t.Fatalf("%d of %d subscriptions delivered after %v\n%s", c.finished(), c.subs, within, logs.String())
		}
	}
}

func tail(s string, n int) string {
	if len(s) > n {
		return "…" + s[len(s)-n:]
	}
	return s
}

// check: every message of every digest in the outbox is in its channel
// exactly once, every subscription has its one digest, nothing parked,
// and no 429.
func (c *crashCluster) check(took time.Duration, kills, pauses int) {
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, c.url)
	if err != nil {
		c.t.Fatal(err)
	}
	defer conn.Close(ctx)
	rows, err := conn.Query(ctx, `SELECT d.subscription_id, d.channel_id, m.marker, m.parked FROM outbox_messages m
		JOIN outbox_digests d ON d.id = m.digest_id`)
	if err != nil {
		c.t.Fatal(err)
	}
	want := map[string]int{}
	messages := 0
	for rows.Next() {
		var sub int64
		var ch, marker, parked string
		if err := rows.Scan(&sub, &ch, &marker, &parked); err != nil {
			c.t.Fatal(err)
		}
		messages++
		if parked != "" {
			c.t.Errorf("subscription %d: a message parked: %s", sub, parked)
			continue
		}
		want[ch+"|"+marker] = 1
	}
	if err := rows.Err(); err != nil {
		c.t.Fatal(err)
	}
	digests := map[int64]int{}
	rows, err = conn.Query(ctx, `SELECT subscription_id, count(*) FROM outbox_digests GROUP BY subscription_id`)
	if err != nil {
		c.t.Fatal(err)
	}
	for rows.Next() {
		var sub int64
		var n int
		if err := rows.Scan(&sub, &n); err != nil {
			c.t.Fatal(err)
		}
		digests[sub] = n
	}
	if err := rows.Err(); err != nil {
		c.t.Fatal(err)
	}
	got := map[string]int{}
	for i := range c.subs {
		for _, m := range c.fake.Messages(crashChannel(i)) {
			content, _ := m["content"].(string)
			for _, mk := range markerRe.FindAllString(content, -1) {
				got[crashChannel(i)+"|"+mk]++
			}
		}
	}
	twice := 0
	for k, n := range want {
		if got[k] != n {
			twice++
			if twice <= 10 {
				c.t.Errorf("digest message %s delivered %d times, want once", k, got[k])
			}
		}
	}
	for k := range got {
		if want[k] == 0 {
			c.t.Errorf("digest message %s in a channel but not in the outbox", k)
		}
	}
	for id := int64(1); id <= int64(c.subs); id++ {
		if digests[id] != 1 {
			c.t.Errorf("subscription %d: %d digests, want 1", id, digests[id])
		}
	}
	// A post whose nonce was posted before was answered with the first
	// message (enforce_nonce): a send repeated after a kill, its marker
	// not yet seen, or made by an instance woken from a pause in the
	// instant before it saw its claims were lost. Each kill may cause one,
	// each pause one per claim; two instances sending one subscription's
	// digest at once would cause many.
	posts, repeated, checks, limited := 0, 0, 0, 0
	nonces := map[string]bool{}
	for _, r := range c.fake.Requests() {
		if r.Method == http.MethodPost && r.Route == "/channels/{channel_id}/messages" && r.Status == http.StatusOK {
			posts++
			var body struct {
				Nonce string `json:"nonce"`
			}
			json.Unmarshal(r.Body, &body)
			if nonces[body.Nonce] {
				repeated++
			}
			nonces[body.Nonce] = true
		}
		if r.Method == http.MethodGet && r.Route == "/channels/{channel_id}/messages" {
			checks++ // a marker looked for: an unfinished digest resumed
		}
		if r.Status == http.StatusTooManyRequests {
			limited++
			c.t.Logf("429: %s %s at %s: %s", r.Method, r.Path, r.At.Format("15:04:05.000"), r.Response)
		}
	}
	if limited != 0 {
		c.t.Errorf("%d requests answered 429", limited)
	}
	if repeated > kills+pauses*crashConcurrency {
		c.t.Errorf("%d posts repeated a nonce after %d kills and %d pauses: two instances sent one digest", repeated, kills, pauses)
	}
	c.t.Logf("%d subscriptions, %d digests, %d messages in the outbox, %d in the channels; %d posts accepted, %d of them repeats of a nonce; %d marker checks of resumed digests; %d 429s; %d requests; %v from the first start to the last digest",
		c.subs, len(digests), messages, len(got), posts, repeated, checks, limited, len(c.fake.Requests()), took.Round(time.Millisecond))
	c.checkGateway(kills + pauses + c.handovers)
	for i, p := range c.procs {
		if p != nil && strings.Contains(p.logs.String(), "panic") {
			c.t.Errorf("instance %d panicked:\n%s", i, tail(p.logs.String(), 4000))
		}
	}
}

// checkGateway: one instance at a time holds the gateway (its lease), so
// the three never take the session from each other: every connection
// after the first follows a kill, and none is refused its IDENTIFY.
func (c *crashCluster) checkGateway(faults int) {
	kinds := map[string]int{}
	for _, e := range c.fake.GatewayLog() {
		if e.Kind == fakediscord.GatewayServerClose && e.Code == fakediscord.CloseUnknownError {
			kinds["taken over"]++ // "Session resumed elsewhere."
		}
		kinds[e.Kind]++
	}
	conns := kinds[fakediscord.GatewayIdentify] + kinds[fakediscord.GatewayResume]
	if conns > faults+1 || kinds[fakediscord.GatewayIdentifyRefused] > 0 {
		c.t.Errorf("gateway: %d sessions started or resumed after %d kills and pauses, %d IDENTIFYs refused: want one holder at a time",
			conns, faults, kinds[fakediscord.GatewayIdentifyRefused])
	}
	c.t.Logf("gateway: %d IDENTIFYs, %d RESUMEs, %d sessions taken from a live connection, %d IDENTIFYs refused",
		kinds[fakediscord.GatewayIdentify], kinds[fakediscord.GatewayResume], kinds["taken over"], kinds[fakediscord.GatewayIdentifyRefused])
}

package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"runtime/pprof"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/bot"
	"github.com/conflict-digest/conflict-digest/digest"
	"github.com/conflict-digest/conflict-digest/internal/fakediscord"
	"github.com/conflict-digest/conflict-digest/news"
	"github.com/conflict-digest/conflict-digest/store/postgres"
	"github.com/jackc/pgx/v5"
)

var fanoutSubs = flag.Int("fanout.subs", 0,
	"run TestFanOutInstances with this many subscriptions due in one slot (the issue's figure is 100000); 0 skips it")
var fanoutBuildOnly = flag.Bool("fanout.buildonly", false, "TestFanOutInstances: measure building the digests, deliver nothing")
var fanoutConcurrency = flag.Int("fanout.concurrency", 0, "TestFanOutInstances: CD_DELIVERY_CONCURRENCY of each instance; 0 keeps bot run's default (8)")
var fanoutProfile = flag.String("fanout.cpuprofile", "", "TestFanOutInstances: write a CPU profile of building the digests to this file")
var fanoutFor = flag.Duration("fanout.for", 0,
	"TestFanOutInstances: stop delivering after this long and report the rate so far (0: until every digest is delivered, then check each once)")
var fanoutInstProfiles = flag.String("fanout.instprofiles", "", "TestFanOutInstances: a directory each instance writes its CPU profile to (instance-N.pprof)")

// TestFanOutInstances is the fan-out measure of issue 15, a load test
// never in the ordinary run (-fanout.subs N): one slot of N subscriptions,
// each in a channel of its own, delivered by three `bot run` processes
// (the test binary re-executed) at bot run's default settings on one
// PostgreSQL schema of the test's own, against the fake Discord at
// Discord's limits (50 requests per second per token, 5 messages per 5 s
// per channel). It measures:
//
//   - building the slot's digests: every subscription's digest built,
//     its chart drawn and rendered into Discord messages, as the
//     deliverer does, by three Builders of the slot (one per instance)
//     building 8 digests at once each (CD_DELIVERY_CONCURRENCY, or
//     -fanout.concurrency, which the instances are then given), in the
//     test's process on the same store, before the instances start;
//   - delivering them: messages per second from the first post to the
//     last, 429 answers, and that every subscription got its one digest,
//     each message in its channel exactly once.
//
// The command:
//
//	go test -run TestFanOutInstances -v -timeout 3h ./cmd/bot -args -fanout.subs 100000
func TestFanOutInstances(t *testing.T) {
	if *fanoutSubs <= 0 {
		t.Skip("a load test: -args -fanout.subs N runs it")
	}
	n := *fanoutSubs
	c := newFanoutCluster(t, n)
	defer c.fake.Close()

	built, messages := c.buildAll(t)
	t.Logf("built %d digests (%d messages) in %v: %.0f digests/s",
		n, messages, built.Round(time.Millisecond), float64(n)/built.Seconds())
	if *fanoutBuildOnly {
		return
	}

	c.profiles = *fanoutInstProfiles
	if *fanoutFor > 0 {
		c.profileFor = *fanoutFor // ended before the stop, which may outlast its grace and kill
	}
	cpu0 := c.cpu()
	for i := range c.procs {
		c.start(i)
	}
	start := time.Now()
	defer c.report(t, start) // also when it did not finish
	stop := c.progress(t, start, time.Minute)
	defer stop()
	if *fanoutFor > 0 {
		time.Sleep(*fanoutFor)
		c.reportCPU(t, cpu0)
		for i := range c.procs {
			c.stop(i)
		}
		return
	}
	c.settle(time.Duration(n)*time.Second/5 + 10*time.Minute) // at 5 msgs/s and more
	took := time.Since(start)
	c.reportCPU(t, cpu0)
	for i := range c.procs {
		c.stop(i)
	}
	c.check(took, 0, 0)
}

// cpuTimes are CPU seconds (user and system) used so far: by each
// instance, and by every PostgreSQL process of the machine (its backends
// serve all of the machine's users: a figure for a quiet server).
type cpuTimes struct {
	instances [3]float64
	postgres  float64
	load      string
}

// cpu reads the instances' and PostgreSQL's CPU times from /proc, and the
// machine's load (Linux only; zeros elsewhere).
func (c *crashCluster) cpu() cpuTimes {
	var ct cpuTimes
	for i, p := range c.procs {
		if p != nil {
			ct.instances[i] = procCPU(p.cmd.Process.Pid)
		}
	}
	dirs, _ := os.ReadDir("/proc")
	for _, d := range dirs {
		pid, err := strconv.Atoi(d.Name())
		if err != nil {
			continue
		}
		if comm, _ := os.ReadFile(fmt.Sprintf("/proc/%d/comm", pid)); strings.TrimSpace(string(comm)) == "postgres" {
			ct.postgres += procCPU(pid)
		}
	}
	if b, err := os.ReadFile("/proc/loadavg"); err == nil {
		ct.load = strings.Join(strings.Fields(string(b))[:3], " ")
	}
	return ct
}

// procCPU is a process's user and system time in seconds (/proc/PID/stat,
// at the kernel's usual 100 ticks a second).
func procCPU(pid int) float64 {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return 0
	}
	s := string(b)
	f := strings.Fields(s[strings.LastIndexByte(s, ')')+2:]) // after "pid (comm) "
	if len(f) < 13 {
		return 0
	}
	utime, _ := strconv.ParseFloat(f[11], 64)
	stime, _ := strconv.ParseFloat(f[12], 64)
	return (utime + stime) / 100
}

// reportCPU logs the CPU seconds per 1,000 digests delivered since before
// the instances started (cpu0): the instances' own, and PostgreSQL's.
func (c *crashCluster) reportCPU(t *testing.T, cpu0 cpuTimes) {
	now := c.cpu()
	n := c.finished()
	var inst float64
	for i := range now.instances {
		inst += now.instances[i] // each started after cpu0
	}
	pg := now.postgres - cpu0.postgres
	own := c.backendsCPU(t)
	per := func(s float64) float64 { return s * 1000 / float64(max(n, 1)) }
	t.Logf("cpu: %d digests delivered; instances %.1f s (%.1f + %.1f + %.1f), %.1f s per 1,000 digests; "+
		"their PostgreSQL backends %.1f s, %.1f s per 1,000; every PostgreSQL process of the machine %.1f s, %.1f s per 1,000; "+
		"load %s at the start, %s now",
		n, inst, now.instances[0], now.instances[1], now.instances[2], per(inst), own, per(own), pg, per(pg), cpu0.load, now.load)
}

// fanoutApp is the application_name of the fan-out's connections.
const fanoutApp = "cd-fanout"

// backendsCPU is the CPU seconds of the PostgreSQL backends serving the
// fan-out's connections now (the instances' pools, opened after they
// started; the test's own short connections are left out).
func (c *crashCluster) backendsCPU(t *testing.T) float64 {
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, c.url)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	rows, err := conn.Query(ctx, `SELECT pid FROM pg_stat_activity WHERE application_name = $1 AND pid <> pg_backend_pid()`, fanoutApp)
	if err != nil {
		t.Fatal(err)
	}
	pids, err := pgx.CollectRows(rows, pgx.RowTo[int32])
	if err != nil {
		t.Fatal(err)
	}
	var s float64
	for _, pid := range pids {
		s += procCPU(int(pid))
	}
	return s
}

// newFanoutCluster is the crash test's world at the fan-out's size and
// with bot run's own defaults (no CD_LEASE_TTL or delivery concurrency
// of the test's): n subscriptions to the talks, each due at once, made
// in one statement.
func newFanoutCluster(t *testing.T, n int) *crashCluster {
	// Named, so that the instances' backends can be told from the
	// machine's others (reportCPU).
	url := pgURL(t) + "&application_name=" + fanoutApp
	fake := fakediscord.New(fakediscord.Options{Guilds: []string{crashGuild}})
	c := &crashCluster{t: t, fake: fake, url: url, subs: n}
	c.env = append(os.Environ(), envFaultChild+"=1", "DISCORD_TOKEN="+fake.Token(), "DISCORD_APP_ID="+fake.ApplicationID(),
		"DISCORD_API_BASE="+fake.URL(), "CD_DATABASE_URL="+url, "CD_DEFAULT_FEEDS=false", "CD_LOG_LEVEL=warn",
		"CD_POLL_INTERVAL=1h")
	if *fanoutConcurrency > 0 {
		c.env = append(c.env, fmt.Sprint("CD_DELIVERY_CONCURRENCY=", *fanoutConcurrency))
	}
	ctx := context.Background()
	conn, db := seedCrashWorld(t, ctx, url)
	defer conn.Close(ctx)
	defer db.Close()
	first := &news.Subscription{GuildID: crashGuild, ChannelID: crashChannel(0), UserID: faultUser.ID,
		Topics: []news.Category{news.Talks}, Schedule: "0 * * * *", TimeZone: "UTC"}
	if err := db.CreateSubscription(ctx, first); err != nil {
		t.Fatal(err)
	}
	// The others copy the first, each in its own channel: subscription i
	// (id i+1) in crashChannel(i).
	if _, err := conn.Exec(ctx, `INSERT INTO subscriptions (guild_id, channel_id, user_id, dm, topics, places, keywords,
		schedule, time_zone, quiet_note, cursor, paused_reason, created, updated, max_stories, no_chart)
		SELECT guild_id, '42' || lpad(g::text, 16, '0'), user_id, dm, topics, places, keywords,
		schedule, time_zone, quiet_note, cursor, paused_reason, created, updated, max_stories, no_chart
		FROM subscriptions, generate_series(1, $1 - 1) AS g WHERE id = $2 ORDER BY g`, n, first.ID); err != nil {
		t.Fatal(err)
	}
	var ids [2]int64
	if err := conn.QueryRow(ctx, `SELECT min(id), max(id) FROM subscriptions`).Scan(&ids[0], &ids[1]); err != nil {
		t.Fatal(err)
	}
	if ids != [2]int64{1, int64(n)} {
		t.Fatalf("subscriptions %d to %d, want 1 to %d", ids[0], ids[1], n)
	}
	return c
}

// fanoutWorkers is how many digests an instance builds at once: bot run's
// default CD_DELIVERY_CONCURRENCY, or -fanout.concurrency.
func fanoutWorkers() int {
	if *fanoutConcurrency > 0 {
		return *fanoutConcurrency
	}
	return 8
}

// buildAll builds every subscription's digest as the deliverer does
// (digest.Builder of the slot, what it was told before, the chart, the
// bot's rendering), as the three instances would: a slot's Builder each,
// fanoutWorkers digests at once on each; it returns the time it took and
// the messages rendered.
func (c *crashCluster) buildAll(t *testing.T) (time.Duration, int) {
	ctx := context.Background()
	db, err := postgres.OpenServices(ctx, c.url)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	subs, err := db.Subscriptions(ctx, news.SubscriptionFilter{})
	if err != nil {
		t.Fatal(err)
	}
	until, err := db.StoredHorizon(ctx)
	if err != nil {
		t.Fatal(err)
	}
	until = until.UTC().Truncate(time.Minute)
	views := digest.NewViews(db)
	next := make(chan *news.Subscription)
	var messages, empty atomic.Int64
	var wg sync.WaitGroup
	if *fanoutProfile != "" {
		f, err := os.Create(*fanoutProfile)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			t.Fatal(err)
		}
		defer pprof.StopCPUProfile()
	}
	start := time.Now()
	for range len(c.procs) {
		b := digest.NewBuilder(views, until)
		for range fanoutWorkers() {
			wg.Go(func() {
				for sub := range next {
					m, err := buildOne(ctx, db, b, sub, until)
					if err != nil {
						t.Error(err)
					}
					if m == 0 {
						empty.Add(1)
					}
					messages.Add(int64(m))
				}
			})
		}
	}
	for i := range subs {
		next <- &subs[i]
	}
	close(next)
	wg.Wait()
	took := time.Since(start)
	if empty.Load() > 0 {
		t.Fatalf("%d of %d digests empty: the slot must hold news for every subscription", empty.Load(), len(subs))
	}
	return took, int(messages.Load())
}

// buildOne is the deliverer's building of one digest: the story query of
// the slot (shared through b), the subscription's filter and memory, the
// chart and the messages.
func buildOne(ctx context.Context, db *postgres.Services, b *digest.Builder, sub *news.Subscription, until time.Time) (int, error) {
	f := digest.SubscriptionFilter(sub, digest.WindowStart(sub), until)
	told := func(ctx context.Context, ids []int64) (map[int64]news.DeliveredStory, error) {
		return db.DeliveredStories(ctx, sub.ID, ids)
	}
	dg, err := b.BuildSince(ctx, f, told)
	if err != nil {
		return 0, fmt.Errorf("subscription %d: build: %w", sub.ID, err)
	}
	if dg.Empty() {
		return 0, nil
	}
	png, err := b.Chart(dg)
	if err != nil {
		return 0, fmt.Errorf("subscription %d: chart: %w", sub.ID, err)
	}
	if png != nil {
		dg.ChartFile = digest.ChartFile
	}
	msgs, err := bot.DigestMessages(dg)
	if err != nil {
		return 0, fmt.Errorf("subscription %d: render: %w", sub.ID, err)
	}
	return len(msgs), nil
}

// report logs the delivery's figures from the fake's records and the
// outbox: messages per second from the first post to the last, when the
// instances stored their first and last digest, and the 429s.
func (c *crashCluster) report(t *testing.T, start time.Time) {
	var first, last time.Time
	posts, limited, other := 0, 0, 0
	for _, r := range c.fake.Requests() {
		if r.Status == 429 {
			limited++
		}
		if r.Method != "POST" || r.Route != "/channels/{channel_id}/messages" || r.Status != 200 {
			other++
			continue
		}
		posts++
		if first.IsZero() || r.At.Before(first) {
			first = r.At
		}
		if r.At.After(last) {
			last = r.At
		}
	}
	var created [2]int64
	c.scan(`SELECT min(created), max(created) FROM outbox_digests`, nil, &created[0], &created[1])
	span := last.Sub(first)
	t.Logf("delivery: %d posts in %v from the first to the last: %.1f msgs/s (%.1f/s from the first start); "+
		"%d other requests; %d × 429; first post %v after the start; digests stored in the outbox over %d s",
		posts, span.Round(time.Millisecond), float64(posts-1)/span.Seconds(), float64(posts)/last.Sub(start).Seconds(),
		other, limited, first.Sub(start).Round(time.Millisecond), created[1]-created[0])
	for i, p := range c.procs {
		if s := p.logs.String(); strings.Contains(s, "level=ERROR") {
			t.Logf("instance %d logged errors:\n%s", i, tail(s, 2000))
		}
	}
}

// progress logs every period how many digests are delivered and the
// 429s so far, so that a run stopped early still tells its rate.
func (c *crashCluster) progress(t *testing.T, start time.Time, period time.Duration) (stop func()) {
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() {
		tick := time.NewTicker(period)
		defer tick.Stop()
		for {
			select {
			case <-done:
				return
			case <-tick.C:
			}
			limited := 0
			for _, r := range c.fake.Requests() {
				if r.Status == 429 {
					limited++
				}
			}
			n, since := c.finished(), time.Since(start)
			t.Logf("progress: %d digests delivered in %v (%.1f/s), %d × 429", n, since.Round(time.Second),
				float64(n)/since.Seconds(), limited)
		}
	})
	return func() { close(done); wg.Wait() }
}

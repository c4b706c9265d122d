package alert_test

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/alert"
	"github.com/conflict-digest/conflict-digest/bot"
	"github.com/conflict-digest/conflict-digest/digest"
	"github.com/conflict-digest/conflict-digest/ingest"
	"github.com/conflict-digest/conflict-digest/internal/fakediscord"
	"github.com/conflict-digest/conflict-digest/news"
	"github.com/conflict-digest/conflict-digest/store/postgres"
	"github.com/conflict-digest/conflict-digest/store/postgres/pgtest"
	"github.com/conflict-digest/conflict-digest/story"
	"github.com/conflict-digest/conflict-digest/thread"
	"github.com/jackc/pgx/v5"
)

// instance is one of two bot instances sharing a PostgreSQL schema: its
// own pool, sender, alerter and follower, with the rounds leased as bot
// run leases them (alert/round, thread/round).
type instance struct {
	al     *alert.Alerter
	fl     *thread.Follower
	rounds atomic.Int64 // rounds run under the lease
}

func newInstance(t *testing.T, url, schema, name, api string, leased bool) *instance {
	t.Helper()
	db, err := postgres.OpenServices(context.Background(), url, postgres.WithSchema(schema))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	in := &instance{}
	hold := func(round string) alert.Hold {
		if !leased {
			return nil
		}
		return func(ctx context.Context) (context.Context, func(), bool, error) {
			lctx, release, ok, err := db.Hold(ctx, round, name, 3*time.Second, time.Second)
			if ok {
				in.rounds.Add(1)
			}
			return lctx, release, ok, err
		}
	}
	sender := bot.NewSender(bot.SenderConfig{Token: "test-token", APIBase: api})
	in.al = &alert.Alerter{Decider: &alert.Decider{Stories: digest.NewViews(db), Articles: db}, Store: db,
		Sender: sender, PerHour: 1000, Horizon: db.StoredHorizon, Hold: hold("alert/round")}
	in.fl = &thread.Follower{Stories: digest.NewViews(db), Articles: db, Store: db, Sender: sender,
		PerRound: 1000, Horizon: db.StoredHorizon, Hold: hold("thread/round")}
	return in
}

// TestTwoInstancesPostOnce runs the alert and thread rounds of two
// instances on one PostgreSQL schema at the same time, as two `bot run`
// do, while the sample arrives in batches: with the rounds leased, every
// alert and thread post stored is in its channel (or thread) exactly
// once, nothing else is, and no post repeats a nonce (no post was sent by
// both). Without the leases (the control, measured and logged, not
// asserted) the two send the same pending posts: repeated nonces, which
// Discord answers with the first message, and forum posts, which carry no
// nonce, made twice.
func TestTwoInstancesPostOnce(t *testing.T) {
	for _, leased := range []bool{true, false} {
		t.Run(map[bool]string{true: "leased", false: "unleased"}[leased], func(t *testing.T) {
			report := t.Errorf
			if !leased {
				report = t.Logf
			}
			twoInstances(t, leased, report)
		})
	}
}

func twoInstances(t *testing.T, leased bool, report func(string, ...any)) {
	url, schema := pgtest.Schema(t)
	srv := fakediscord.New(fakediscord.Options{ChannelLimit: 1000, ChannelPeriod: time.Second})
	defer srv.Close()
	api := srv.URL() + "api/v10/"
	first := newInstance(t, url, schema, "a", api, leased)
	second := newInstance(t, url, schema, "b", api, leased)
	ctx := context.Background()
	db, err := postgres.OpenServices(ctx, url, postgres.WithSchema(schema))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var channels, followed []string
	for i := range 6 {
		ch := fmt.Sprintf("7%017d", i)
		channels = append(channels, ch)
		r := news.AlertRule{GuildID: "g1", ChannelID: ch, Toll: 10}
		if err := db.CreateAlertRule(ctx, &r, 0); err != nil {
			t.Fatal(err)
		}
	}
	for i := range 2 {
		followed = append(followed, follow(t, db, srv, i))
	}
	pipe := &ingest.Pipeline{Articles: db, Stories: ingest.NewStories(story.Config{}, db), Workers: 1}
	arts := newWorld(t).arts
	for next := 0; next < len(arts); next += 4 {
		if _, err := pipe.Ingest(ctx, arts[next:min(next+4, len(arts))]); err != nil {
			t.Fatal(err)
		}
		time.Sleep(1100 * time.Millisecond) // the round's window ends on the second
		var wg sync.WaitGroup
		for _, in := range []*instance{first, second} {
			for _, round := range []func(context.Context) (int, error){in.al.Round, in.fl.Round} {
				wg.Go(func() {
					for range 2 {
						if _, err := round(ctx); err != nil && news.ErrorCode(err) != news.ECONFLICT {
							t.Errorf("round: %v", err)
						}
					}
				})
			}
		}
		wg.Wait()
	}
	// What a round left (a round skipped while the other held the lease
	// ends with nothing pending).
	for _, round := range []func(context.Context) (int, error){first.al.Round, first.fl.Round} {
		if _, err := round(ctx); err != nil {
			t.Errorf("last round: %v", err)
		}
	}
	alerts, threads, wrong := postsOnce(t, url, schema, srv, channels, report)
	repeats := 0
	nonces := map[string]bool{}
	for _, r := range srv.Requests() {
		if r.Method == http.MethodPost && r.Route == "/channels/{channel_id}/messages" && r.Status == http.StatusOK {
			var body struct {
				Nonce string `json:"nonce"`
			}
			json.Unmarshal(r.Body, &body)
			if nonces[body.Nonce] {
				repeats++
			}
			nonces[body.Nonce] = true
		}
	}
	if repeats != 0 {
		report("%d posts repeated a nonce: both instances sent them", repeats)
	}
	t.Logf("leased %v: %d alert posts and %d thread posts stored, %d of them not in their channel exactly once; %d posts repeated a nonce; rounds run under the lease: a %d, b %d",
		leased, alerts, threads, wrong, repeats, first.rounds.Load(), second.rounds.Load())
}

// postsOnce checks that every alert and thread post stored was sent and
// is in its channel (or one of the followed channel's threads) exactly
// once, and that the alert channels hold nothing else, telling report of
// each miss; it returns the posts' counts and the misses'.
func postsOnce(t *testing.T, url, schema string, srv *fakediscord.Server, channels []string, report func(string, ...any)) (int, int, int) {
	t.Helper()
	ctx := context.Background()
	cfg, err := pgx.ParseConfig(url)
	if err != nil {
		t.Fatal(err)
	}
	cfg.RuntimeParams["search_path"] = schema
	conn, err := pgx.ConnectConfig(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	count := func(texts []string, marker string) int {
		n := 0
		for _, s := range texts {
			n += strings.Count(s, marker)
		}
		return n
	}
	texts := func(chs ...string) []string {
		var out []string
		for _, ch := range chs {
			for _, m := range srv.Messages(ch) {
				content, _ := m["content"].(string)
				out = append(out, content)
			}
			for _, th := range srv.Threads(ch) {
				out = append(out, th.Name)
				for _, m := range srv.Messages(th.ID) {
					content, _ := m["content"].(string)
					out = append(out, content)
				}
			}
		}
		return out
	}
	wrong := 0
	check := func(q string) int {
		rows, err := conn.Query(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		n := 0
		for rows.Next() {
			var ch, marker, parked string
			var sent int64
			if err := rows.Scan(&ch, &marker, &sent, &parked); err != nil {
				t.Fatal(err)
			}
			n++
			if sent == 0 || parked != "" {
				wrong++
				report("post %s in %s: sent %d, parked %q", marker, ch, sent, parked)
			}
			if got := count(texts(ch), marker); got != 1 {
				wrong++
				report("post %s in %s %d times, want once", marker, ch, got)
			}
		}
		if err := rows.Err(); err != nil {
			t.Fatal(err)
		}
		return n
	}
	alerts := check(`SELECT channel_id, marker, sent, parked FROM alert_posts`)
	threads := check(`SELECT f.channel_id, p.marker, p.sent, p.parked FROM thread_posts p JOIN thread_follows f ON f.id = p.follow_id`)
	if alerts == 0 || threads == 0 {
		t.Errorf("%d alert posts and %d thread posts: the sample should make both", alerts, threads)
	}
	msgs := 0
	for _, ch := range channels {
		msgs += len(srv.Messages(ch))
	}
	if msgs != alerts {
		wrong++
		report("%d messages in the alert channels, %d alert posts stored", msgs, alerts)
	}
	return alerts, threads, wrong
}

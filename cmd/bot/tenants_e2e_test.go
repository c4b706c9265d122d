package main

import (
	"context"
	"crypto/ed25519"
	"database/sql"
	"encoding/hex"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/conflict-digest/conflict-digest/digest"
	"github.com/conflict-digest/conflict-digest/feed"
	"github.com/conflict-digest/conflict-digest/internal/fakediscord"
	"github.com/conflict-digest/conflict-digest/internal/testutil"
	"github.com/conflict-digest/conflict-digest/news"
	"github.com/conflict-digest/conflict-digest/store"
)

// The adversarial suite of issue 11: two guilds on one bot, the whole
// service as `bot run` wires it, against the fake Discord over real HTTP
// and WebSocket. Guild A adds a hostile feed; guild B must see nothing of
// it, anywhere; guild A sees it as its own, as text.
const (
	guildA, guildB        = "310000000000000001", "310000000000000002"
	chanA, chanB, chanB2  = "410000000000000001", "410000000000000002", "410000000000000003"
	hostileMark           = "Zorblax" // in every text of the hostile feed
	hostileHost           = "hostile.example"
	longURLLength         = 2121
	manageChannels        = fakediscord.PermManageChannels
	manageChannelsAndSite = fakediscord.PermManageChannels | fakediscord.PermManageGuild
)

var (
	mallory = fakediscord.User{ID: "510000000000000001", Username: "mallory"} // guild A's admin
	bob     = fakediscord.User{ID: "510000000000000002", Username: "bob"}     // guild B's admin
)

// words pads a lead to a full article: items of 80 words or more are not
// teasers, so no page is fetched for them.
func words(lead string) string {
	return lead + strings.Repeat(" Residents described the situation to reporters as aid agencies called for calm and access.", 9)
}

// eventDay is the weekday the feeds' reports name for their events: the
// day of the earliest report (published three hours before now), so that
// every report names its own day or the day before, whatever day the test
// runs on (a fixed "Monday" dates the events up to six days back, outside
// /latest's three days).
func eventDay(now time.Time) string {
	return now.Add(-3 * time.Hour).Weekday().String()
}

// curatedRSS is the operator's feed: ordinary reports.
func curatedRSS(now time.Time) string {
	day := eventDay(now)
	return rss("BBC News: World", []rssItem{
		{"Shelling in Idlib kills 12 civilians", "https://www.bbc.co.uk/news/world-idlib-12",
			words("Shelling in Idlib killed 12 civilians on " + day + ", medics in the province said."), now.Add(-2 * time.Hour)},
		{"Aid convoy reaches Aleppo", "https://www.bbc.co.uk/news/world-aleppo-aid",
			words("An aid convoy of 31 trucks reached Aleppo on " + day + ", the UN said."), now.Add(-3 * time.Hour)},
	})
}

// hostileRSS is guild A's feed: it names itself after a curated feed and
// carries phishing masked links, javascript: URLs, a 2,121-character URL
// and mentions, and fabricates a toll for the story the curated feed tells.
func hostileRSS(now time.Time) string {
	day := eventDay(now)
	long := "https://evil.example/" + strings.Repeat("a", longURLLength-len("https://evil.example/"))
	return rss("BBC News: World", []rssItem{
		{"[Official UN statement](https://evil.example/phish) Shelling in Idlib kills 500 " + hostileMark,
			"https://evil.example/phish/1",
			words("Shelling in Idlib killed 500 civilians on " + day + ", medics in the province said. @everyone <@&111> <#222> <@333> " +
				"[Evil](javascript:alert(1)) Visit https://evil.example/login now. " + hostileMark + "."), now.Add(-90 * time.Minute)},
		{"Aleppo convoy hijacked " + hostileMark, "javascript:alert(1)",
			words("The aid convoy near Aleppo was hijacked, [click](https://evil.example/x) @here. " + hostileMark + "."), now.Add(-80 * time.Minute)},
		{"Idlib ceasefire collapses " + hostileMark, long,
			words("The Idlib ceasefire collapsed on " + day + " after shelling killed 40, a monitor said. " + hostileMark + "."), now.Add(-70 * time.Minute)},
	})
}

type rssItem struct {
	title, link, text string
	published         time.Time
}

func rss(title string, items []rssItem) string {
	var b strings.Builder
	fmt.Fprintf(&b, `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>%s</title><link>https://feed.example/</link><description>d</description>`, title)
	for _, it := range items {
		fmt.Fprintf(&b, `<item><title><![CDATA[%s]]></title><link><![CDATA[%s]]></link><guid isPermaLink="false">%x</guid><description><![CDATA[%s]]></description><pubDate>%s</pubDate></item>`,
			it.title, it.link, it.title, it.text, it.published.Format(time.RFC1123Z))
	}
	b.WriteString(`</channel></rss>`)
	return b.String()
}

// internet is the test's world wide web: every address dials the feed
// server on loopback (guilds' sources included, which the real fetcher
// keeps off loopback: feed's tests hold that).
func internet(srv *httptest.Server) *feed.Fetcher {
	dial := func(ctx context.Context, network, _ string) (net.Conn, error) {
		return (&net.Dialer{}).DialContext(ctx, network, srv.Listener.Addr().String())
	}
	c := &http.Client{Transport: &http.Transport{DialContext: dial}, Timeout: 10 * time.Second}
	return &feed.Fetcher{Client: c, Operator: c}
}

// world is the running suite: the fake, the feeds, the database, the
// interactions endpoint and its key.
type world struct {
	t       *testing.T
	fake    *fakediscord.Server
	feeds   *httptest.Server
	dbPath  string
	env     map[string]string
	priv    ed25519.PrivateKey
	http    string // interactions endpoint address
	logs    testutil.SyncBuffer
	stop    context.CancelFunc
	done    chan error
	running bool
	starts  int
}

func newWorld(t *testing.T) *world {
	now := time.Now().UTC()
	feeds := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/curated.xml":
			io.WriteString(w, curatedRSS(now))
		case "/hostile.xml":
			io.WriteString(w, hostileRSS(now))
		default:
			http.NotFound(w, r)
		}
	}))
	t.Cleanup(feeds.Close)
	fake := fakediscord.New(fakediscord.Options{Guilds: []string{guildA, guildB}})
	t.Cleanup(fake.Close)
	pub, priv, _ := ed25519.GenerateKey(nil)
	w := &world{t: t, fake: fake, feeds: feeds, dbPath: filepath.Join(t.TempDir(), "news.db"), priv: priv, http: freeAddr(t)}
	w.env = map[string]string{
		"DISCORD_TOKEN": fake.Token(), "DISCORD_APP_ID": fake.ApplicationID(), "DISCORD_API_BASE": fake.URL(),
		"CD_DB": w.dbPath, "CD_DEFAULT_FEEDS": "false", "CD_LOG_LEVEL": "warn",
		"INTERACTIONS_ADDR": w.http, "INTERACTIONS_PUBLIC_KEY": hex.EncodeToString(pub),
		// The operator's allowance: its command line may read loopback.
		"CD_FETCH_ALLOW_CIDRS": "127.0.0.0/8",
	}
	return w
}

func freeAddr(t *testing.T) string {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().String()
}

func (w *world) getenv(k string) string { return w.env[k] }

// start runs the service as `bot run` does, its digest windows ending
// ahead of the clock so that what was stored just now is in them.
func (w *world) start(ahead time.Duration) {
	w.t.Helper()
	cfg, err := loadConfig(w.getenv, forRun)
	if err != nil {
		w.t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	w.stop, w.done, w.running = cancel, make(chan error, 1), true
	now := func() time.Time { return time.Now().Add(ahead) }
	go func() { w.done <- serve(ctx, cfg, services{fetcher: internet(w.feeds), now: now}, cfg.logger(&w.logs)) }()
	w.starts++
	wctx, wcancel := context.WithTimeout(ctx, 20*time.Second)
	defer wcancel()
	if err := w.fake.WaitReady(wctx, w.starts); err != nil {
		w.t.Fatalf("bot never became ready: %v\n%s", err, w.logs.String())
	}
	w.t.Cleanup(w.halt)
}

// halt stops the service and checks it stopped cleanly.
func (w *world) halt() {
	if !w.running {
		return
	}
	w.running = false
	w.stop()
	select {
	case err := <-w.done:
		if err != nil {
			w.t.Errorf("serve returned %v", err)
		}
	case <-time.After(30 * time.Second):
		w.t.Error("serve did not stop")
	}
}

// command runs a slash command over the gateway and returns its answer
// and follow-ups.
func (w *world) command(guild, channel string, u fakediscord.User, perms int64, name string, opts ...fakediscord.Option) (*fakediscord.Reply, []map[string]any) {
	w.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	r, err := w.fake.InjectCommand(ctx, guild, channel, u, perms, name, opts...)
	if err != nil {
		w.t.Fatalf("/%s: %v\n%s", name, err, w.logs.String())
	}
	time.Sleep(200 * time.Millisecond) // follow-ups come after the answer
	return r, append([]map[string]any{r.Message}, w.fake.Followups(r.Token)...)
}

func (w *world) db() *sql.DB {
	w.t.Helper()
	db, err := sql.Open("sqlite", "file:"+w.dbPath+"?_pragma=busy_timeout(10000)&mode=ro")
	if err != nil {
		w.t.Fatal(err)
	}
	w.t.Cleanup(func() { db.Close() })
	return db
}

// waitFor polls cond until it holds or the deadline passes.
func (w *world) waitFor(what string, cond func() bool) {
	w.t.Helper()
	for deadline := time.Now().Add(30 * time.Second); !cond(); time.Sleep(50 * time.Millisecond) {
		if time.Now().After(deadline) {
			w.t.Fatalf("timed out waiting for %s\n%s", what, w.logs.String())
		}
	}
}

func count(t *testing.T, db *sql.DB, q string, args ...any) int {
	t.Helper()
	var n int
	if err := db.QueryRow(q, args...).Scan(&n); err != nil {
		t.Fatalf("%s: %v", q, err)
	}
	return n
}

// strs collects every string in a decoded JSON value.
func strs(v any, out *[]string) {
	switch x := v.(type) {
	case string:
		*out = append(*out, x)
	case map[string]any:
		for _, e := range x {
			strs(e, out)
		}
	case []any:
		for _, e := range x {
			strs(e, out)
		}
	case []map[string]any:
		for _, e := range x {
			strs(e, out)
		}
	}
}

// shown is every string of the messages, one a line.
func shown(msgs []map[string]any) string {
	var all []string
	strs(msgs, &all)
	return strings.Join(all, "\n")
}

// mustNotShow fails when any message shows any of the words.
func mustNotShow(t *testing.T, where string, msgs []map[string]any, words ...string) {
	t.Helper()
	text := shown(msgs)
	for _, w := range words {
		if containsToken(text, w) {
			t.Errorf("%s shows %q:\n%.3000s", where, w, text)
		}
	}
}

// containsToken reports whether w is in text; a number only where no
// letter or digit joins it on either side: "500" is in "HTTP 500:" but
// not in a timestamp's "…23.855007419Z" or a snowflake.
func containsToken(text, w string) bool {
	if strings.TrimFunc(w, unicode.IsDigit) != "" {
		return strings.Contains(text, w)
	}
	alnum := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
	for i := 0; ; {
		j := strings.Index(text[i:], w)
		if j < 0 {
			return false
		}
		start, end := i+j, i+j+len(w)
		before, _ := utf8.DecodeLastRuneInString(text[:start])
		after, _ := utf8.DecodeRuneInString(text[end:])
		if (start == 0 || !alnum(before)) && (end == len(text) || !alnum(after)) {
			return true
		}
		i = start + 1
	}
}

// mustShow fails when no message shows one of the words.
func mustShow(t *testing.T, where string, msgs []map[string]any, words ...string) {
	t.Helper()
	text := shown(msgs)
	for _, w := range words {
		if !strings.Contains(text, w) {
			t.Errorf("%s does not show %q:\n%.3000s", where, w, text)
		}
	}
}

// allowedLinks are the links a renderer may make: the items' own URLs
// that are http(s) and at most 2,048 characters.
func allowedLinks(now time.Time) map[string]bool {
	out := map[string]bool{}
	for _, feedText := range []string{curatedRSS(now), hostileRSS(now)} {
		for _, part := range strings.Split(feedText, "<link><![CDATA[")[1:] {
			if u, ok := digest.LinkURL(part[:strings.Index(part, "]]>")]); ok {
				out[u] = true
			}
		}
	}
	return out
}

// mustNotLeak fails when a message's Markdown holds a link, mention or web
// address of the feeds' making, or an embed URL that is no allowed link.
func mustNotLeak(t *testing.T, where string, msgs []map[string]any) {
	t.Helper()
	allowed := allowedLinks(time.Now().UTC())
	for _, m := range msgs {
		content, _ := m["content"].(string)
		leaks := testutil.MarkdownLeaks(content, allowed)
		embeds, _ := m["embeds"].([]any)
		for _, e := range embeds {
			em, _ := e.(map[string]any)
			for _, k := range []string{"title", "description"} {
				s, _ := em[k].(string)
				leaks = append(leaks, testutil.MarkdownLeaks(s, allowed)...)
			}
			fields, _ := em["fields"].([]any)
			for _, f := range fields {
				fm, _ := f.(map[string]any)
				for _, k := range []string{"name", "value"} {
					s, _ := fm[k].(string)
					leaks = append(leaks, testutil.MarkdownLeaks(s, allowed)...)
				}
			}
			if u, _ := em["url"].(string); u != "" && !allowed[u] {
				leaks = append(leaks, "embed url "+u)
			}
		}
		if len(leaks) > 0 {
			t.Errorf("%s: outside text became Markdown: %q", where, leaks)
		}
	}
}

// TestTenantsAndHostileInput is the suite.
func TestTenantsAndHostileInput(t *testing.T) {
	if testing.Short() {
		t.Skip("the whole service, twice, against the fake Discord")
	}
	w := newWorld(t)
	// The operator's command line reads its feed on a loopback literal: its
	// allowance applies to literals (issue 11: it did not).
	if _, errOut, err := w.runCLI("ingest", "--db", w.dbPath, w.feeds.URL+"/curated.xml"); err != nil {
		t.Fatalf("bot ingest of the curated feed on loopback: %v\n%s", err, errOut)
	}

	// Phase 1: the guilds set up.
	w.start(0)
	r, _ := w.command(guildA, chanA, mallory, manageChannelsAndSite, "sources",
		fakediscord.Sub("add", fakediscord.Str("url", "http://"+hostileHost+"/hostile.xml"), fakediscord.Str("name", "BBC News: World")))
	if !strings.Contains(r.Content, "would pass for a news outlet") {
		t.Errorf("guild A naming its feed after a curated one: %q", r.Content)
	}
	r, _ = w.command(guildA, chanA, mallory, manageChannelsAndSite, "sources",
		fakediscord.Sub("add", fakediscord.Str("url", "http://"+hostileHost+"/hostile.xml")))
	if !strings.Contains(r.Content, "Added source") {
		t.Fatalf("guild A's /sources add: %q", r.Content)
	}
	subA := w.subscribe(guildA, chanA, mallory, "here")
	dmA := w.subscribe(guildA, chanA, mallory, "dm")
	subB := w.subscribe(guildB, chanB, bob, "here")
	_, msgs := w.command(guildB, chanB, bob, manageChannelsAndSite, "sources", fakediscord.Sub("list"))
	mustNotShow(t, "guild B's /sources list", msgs, hostileHost)
	w.halt()

	// Phase 2: a restart polls the feeds; everyone reads.
	w.start(3 * time.Minute)
	slow := w.slowBody()
	db := w.db()
	w.waitFor("guild A's articles, indexed", func() bool {
		return count(t, db, `SELECT count(*) FROM articles WHERE guild_id = ?`, guildA) >= 2 &&
			count(t, db, `SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM sentence_articles s WHERE s.article_id = a.id)`) == 0
	})
	forbidden := []string{hostileMark, "evil.example", hostileHost, "server feed", "500"}

	// Guild B's digest, /latest and /ask hold nothing of guild A's feed.
	w.digestNow(guildB, chanB, bob, subB)
	b := w.channel(chanB)
	mustShow(t, "guild B's digest", b, "world-idlib-12", "12 civilians (", "according to medics")
	mustNotShow(t, "guild B's digest", b, forbidden...)
	mustNotLeak(t, "guild B's digest", b)
	_, latestB := w.command(guildB, chanB, bob, 0, "latest")
	mustShow(t, "guild B's /latest", latestB, "world-idlib-12")
	mustNotShow(t, "guild B's /latest", latestB, forbidden...)
	_, askB := w.command(guildB, chanB, bob, 0, "ask", fakediscord.Str("question", "How many civilians were killed by the shelling in Idlib?"))
	mustShow(t, "guild B's /ask", askB, "12")
	mustNotShow(t, "guild B's /ask", askB, forbidden...)

	// Guild A sees its feed as its own, as text, in its channel and in the
	// DMs its members subscribed from it.
	w.digestNow(guildA, chanA, mallory, subA)
	a := w.channel(chanA)
	mustShow(t, "guild A's digest", a, hostileHost+" (server feed)", "500")
	mustNotShow(t, "guild A's digest", a, "BBC News: World (server feed)")
	mustNotLeak(t, "guild A's digest", a)
	w.digestNow(guildA, chanA, mallory, dmA)
	dm := w.channel(w.fake.DMChannel(mallory.ID))
	mustShow(t, "the DM subscribed from guild A", dm, hostileHost+" (server feed)")
	mustNotLeak(t, "the DM subscribed from guild A", dm)
	_, latestA := w.command(guildA, chanA, mallory, 0, "latest")
	mustNotLeak(t, "guild A's /latest", latestA)
	_, askA := w.command(guildA, chanA, mallory, 0, "ask", fakediscord.Str("question", "Was there an official UN statement about Idlib?"))
	mustNotLeak(t, "guild A's /ask", askA)

	// A signed interaction replayed within its window runs once.
	w.replay()
	// A body that never ends is cut at the read timeout.
	select {
	case err := <-slow:
		if err != nil {
			t.Errorf("slow body: %v", err)
		}
	case <-time.After(40 * time.Second):
		t.Error("a slow body was held past the read timeout")
	}

	// Guild A kicks the bot: its feed, subscriptions and articles retire.
	if err := w.fake.Dispatch("GUILD_DELETE", map[string]any{"id": guildA}); err != nil {
		t.Fatal(err)
	}
	w.waitFor("guild A retired", func() bool {
		return count(t, db, `SELECT count(*) FROM sources WHERE guild_id = ?`, guildA) == 0
	})
	if n := count(t, db, `SELECT count(*) FROM articles WHERE guild_id = ? AND retired = 0`, guildA); n != 0 {
		t.Errorf("%d of guild A's articles still shown", n)
	}
	if n := count(t, db, `SELECT count(*) FROM subscriptions WHERE guild_id = ?`, guildA); n != 0 {
		t.Errorf("%d subscriptions still read guild A", n)
	}
	if n := count(t, db, `SELECT count(*) FROM subscriptions WHERE id = ? AND guild_id = '' AND dm = 1`, dmA); n != 1 {
		t.Error("the DM subscription made in guild A is gone or still reads it")
	}
	w.halt()
	if strings.Contains(w.logs.String(), w.fake.Token()) {
		t.Error("the token reached the logs")
	}
}

// runCLI runs a command of the bot with the world's environment.
func (w *world) runCLI(args ...string) (string, string, error) {
	var out, errb testutil.SyncBuffer
	err := run(context.Background(), args, w.getenv, strings.NewReader(""), &out, &errb)
	return out.String(), errb.String(), err
}

// subscribe makes a subscription and returns its id.
func (w *world) subscribe(guild, channel string, u fakediscord.User, to string) int64 {
	w.t.Helper()
	r, _ := w.command(guild, channel, u, manageChannels, "subscribe", fakediscord.Str("to", to))
	var id int64
	if _, err := fmt.Sscanf(r.Content[strings.Index(r.Content, "#")+1:], "%d", &id); err != nil || !strings.Contains(r.Content, "Subscribed") {
		w.t.Fatalf("/subscribe to:%s in %s: %q", to, guild, r.Content)
	}
	return id
}

func (w *world) digestNow(guild, channel string, u fakediscord.User, sub int64) {
	w.t.Helper()
	r, _ := w.command(guild, channel, u, manageChannels, "digest",
		fakediscord.Sub("now", fakediscord.Str("subscription", strconv.FormatInt(sub, 10))))
	if !strings.Contains(r.Content, "Delivered") {
		w.t.Fatalf("/digest now #%d: %q\n%s", sub, r.Content, w.logs.String())
	}
}

func (w *world) channel(id string) []map[string]any {
	var out []map[string]any
	for _, m := range w.fake.Messages(id) {
		out = append(out, m)
	}
	return out
}

// replay posts one signed /subscribe twice to the interactions endpoint.
func (w *world) replay() {
	w.t.Helper()
	body, _ := w.fake.Interaction(fakediscord.InteractionCommand, guildB, chanB2, bob, manageChannels,
		"subscribe", []fakediscord.Option{fakediscord.Str("to", "here")})
	stamp := strconv.FormatInt(time.Now().Unix(), 10)
	sig := hex.EncodeToString(ed25519.Sign(w.priv, append([]byte(stamp), body...)))
	var codes []int
	for range 2 {
		req, _ := http.NewRequest("POST", "http://"+w.http+"/interactions", strings.NewReader(string(body)))
		req.Header.Set("X-Signature-Ed25519", sig)
		req.Header.Set("X-Signature-Timestamp", stamp)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			w.t.Fatal(err)
		}
		resp.Body.Close()
		codes = append(codes, resp.StatusCode)
	}
	if codes[0] != 200 || codes[1] != http.StatusConflict {
		w.t.Errorf("signed /subscribe and its replay answered %v, want [200 409]", codes)
	}
	db, err := store.OpenServices(context.Background(), w.dbPath, store.WithReadConns(1))
	if err != nil {
		w.t.Fatal(err)
	}
	defer db.Close()
	subs, err := db.Subscriptions(context.Background(), news.SubscriptionFilter{ChannelID: chanB2})
	if err != nil || len(subs) != 1 {
		w.t.Errorf("%d subscriptions after a replayed /subscribe (%v), want 1", len(subs), err)
	}
}

// slowBody starts a request to the interactions endpoint whose body never
// ends, and reports on the channel once the server has cut it (nil) or
// answered it otherwise.
func (w *world) slowBody() <-chan error {
	out := make(chan error, 1)
	c, err := net.Dial("tcp", w.http)
	if err != nil {
		w.t.Fatal(err)
	}
	w.t.Cleanup(func() { c.Close() })
	fmt.Fprintf(c, "POST /interactions HTTP/1.1\r\nHost: x\r\nContent-Length: 100000\r\n\r\n{")
	go func() {
		for {
			if _, err := c.Write([]byte(" ")); err != nil {
				out <- nil // cut
				return
			}
			time.Sleep(200 * time.Millisecond)
		}
	}()
	return out
}

// TestContainsToken: a number is found as a token, not inside a longer
// number; other words as substrings.
func TestContainsToken(t *testing.T) {
	for _, tt := range []struct {
		text, w string
		want    bool
	}{
		{"HTTP 500: server error", "500", true},
		{"500", "500", true},
		{"2026-12-04T17:03:23.855007419Z", "500", false},
		{"id 200000000000000088", "500", false},
		{"code500x", "500", false},
		{"see evil.example/x", "evil.example", true},
		{"xevil.example", "evil.example", true},
	} {
		if got := containsToken(tt.text, tt.w); got != tt.want {
			t.Errorf("containsToken(%q, %q) = %v, want %v", tt.text, tt.w, got, tt.want)
		}
	}
}

package bot

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/conflict-digest/conflict-digest/internal/fakediscord"
)

func TestRouteOf(t *testing.T) {
	for _, c := range []struct{ method, path, want string }{
		{"POST", "/api/v10/channels/123456789012345678/messages", "POST /channels/{id}/messages"},
		{"GET", "/api/v10/channels/1/messages", "GET /channels/{id}/messages"},
		{"PUT", "/api/v10/applications/100000000000000001/guilds/300/commands", "PUT /applications/{id}/guilds/{id}/commands"},
		{"POST", "/api/v10/interactions/555/aW50ZXJhY3Rpb246OjEyMw/callback", "POST /interactions/{id}/{token}/callback"},
		{"PATCH", "/api/v10/webhooks/100/tok-en_x/messages/@original", "PATCH /webhooks/{id}/{token}/messages/@original"},
		{"GET", "/api/v10/users/@me", "GET /users/@me"},
		{"GET", "/api/v10/gateway/bot", "GET /gateway/bot"},
		{"GET", "/proxy/api/channels/9", "GET /channels/{id}"},
	} {
		if got := RouteOf(c.method, c.path); got != c.want {
			t.Errorf("RouteOf(%s %s) = %q, want %q", c.method, c.path, got, c.want)
		}
	}
}

func TestChannelPermissions(t *testing.T) {
	const guild, bot, role, other = "1", "9", "5", "6"
	var need int64 = discordgo.PermissionViewChannel | discordgo.PermissionSendMessages | discordgo.PermissionEmbedLinks
	roles := map[string]int64{guild: discordgo.PermissionViewChannel | discordgo.PermissionSendMessages, role: discordgo.PermissionEmbedLinks}
	ow := func(id string, typ discordgo.PermissionOverwriteType, allow, deny int64) *discordgo.PermissionOverwrite {
		return &discordgo.PermissionOverwrite{ID: id, Type: typ, Allow: allow, Deny: deny}
	}
	const roleT, memberT = discordgo.PermissionOverwriteTypeRole, discordgo.PermissionOverwriteTypeMember
	for _, c := range []struct {
		name  string
		roles []string
		ows   []*discordgo.PermissionOverwrite
		has   bool
	}{
		{"everyone and a role", []string{role}, nil, true},
		{"without the role", nil, nil, false},
		{"everyone denied view", []string{role}, []*discordgo.PermissionOverwrite{ow(guild, roleT, 0, discordgo.PermissionViewChannel)}, false},
		{"role allows back what everyone denies", []string{role}, []*discordgo.PermissionOverwrite{
			ow(guild, roleT, 0, discordgo.PermissionViewChannel), ow(role, roleT, discordgo.PermissionViewChannel, 0)}, true},
		{"another role's overwrite does not apply", []string{role}, []*discordgo.PermissionOverwrite{ow(other, roleT, 0, need)}, true},
		{"member denial wins over role allow", []string{role}, []*discordgo.PermissionOverwrite{
			ow(role, roleT, need, 0), ow(bot, memberT, 0, discordgo.PermissionSendMessages)}, false},
		{"administrator ignores overwrites", []string{"admin"}, []*discordgo.PermissionOverwrite{ow(guild, roleT, 0, need)}, true},
	} {
		rs := map[string]int64{"admin": discordgo.PermissionAdministrator}
		for k, v := range roles {
			rs[k] = v
		}
		got := channelPermissions(guild, rs, c.roles, bot, c.ows)
		if (got&need == need) != c.has {
			t.Errorf("%s: permissions %b, has all needed = %v, want %v", c.name, got, got&need == need, c.has)
		}
	}
}

// TestStartupRetries5xx: Discord answering 503 to the command
// registration at start no longer stops the bot; it retries with
// back-off and connects.
func TestStartupRetries5xx(t *testing.T) {
	fake := fakediscord.New(fakediscord.Options{Guilds: []string{testGuild}})
	fake.AddFault(fakediscord.Fault{Method: "PUT", Route: "/applications/{application_id}/commands", Status: 503, Times: 3})
	h := startBotOn(t, fake, func(c *Config, _ *Deps) { c.StartupBackoff = 20 * time.Millisecond })
	h.ready(t)
	puts := fake.RequestsTo("PUT", "/applications/{application_id}/commands")
	// discordgo itself retries a 502 only; each 503 is one attempt here.
	if len(puts) != 4 || puts[3].Status != 200 {
		t.Fatalf("registration attempts: %d (last %d), want 3 refused then 1 accepted", len(puts), puts[len(puts)-1].Status)
	}
	if len(fake.Commands("")) == 0 {
		t.Fatal("no commands registered")
	}
	// discordgo marks the session ready once its first heartbeat is out.
	var st GatewayStatus
	for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline) && !st.Connected; time.Sleep(10 * time.Millisecond) {
		st = h.bot.GatewayStatus()
	}
	if !st.Connected || st.SinceAck < 0 || st.SinceAck > time.Minute {
		t.Errorf("gateway status after ready: %+v", st)
	}
}

// TestStartupGivesUpOnA4xx: a refusal that retrying cannot fix stops at once.
func TestStartupGivesUpOnA4xx(t *testing.T) {
	fake := fakediscord.New(fakediscord.Options{Guilds: []string{testGuild}})
	fake.AddFault(fakediscord.Fault{Method: "PUT", Route: "/applications/{application_id}/commands", Code: 50001})
	h := startBotOn(t, fake, func(c *Config, _ *Deps) { c.StartupBackoff = 20 * time.Millisecond })
	select {
	case err := <-h.done:
		h.done <- err // for the cleanup
		if err == nil || !strings.Contains(err.Error(), "register commands") {
			t.Fatalf("Run: %v, want the registration's refusal", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("Run kept going after a 403 at registration")
	}
	if n := len(fake.RequestsTo("PUT", "/applications/{application_id}/commands")); n != 1 {
		t.Errorf("a 403 was tried %d times, want once", n)
	}
	if st := h.bot.GatewayStatus(); st.Connected {
		t.Error("a bot that never connected reports a connected gateway")
	}
}

// TestObservedTransportSeesEveryRequest counts the requests of a running
// bot by route and status; and, against a plain server, a 429 with its
// scope and a request that got no answer.
func TestObservedTransportSeesEveryRequest(t *testing.T) {
	var mu sync.Mutex
	seen := map[string]int{}
	observe := func(route string, status int, d time.Duration, scope string) {
		mu.Lock()
		defer mu.Unlock()
		seen[fmt.Sprintf("%s %d %s", route, status, scope)]++
	}
	fake := fakediscord.New(fakediscord.Options{Guilds: []string{testGuild}})
	h := startBotOn(t, fake, func(c *Config, _ *Deps) {
		c.HTTPClient = &http.Client{Timeout: 10 * time.Second, Transport: ObservedTransport(nil, observe)}
	})
	h.ready(t)
	for _, nonce := range []string{"n1", "n2"} {
		if _, err := h.bot.Sender().Post(context.Background(), testChannel, &Message{Content: "hello"}, nonce); err != nil {
			t.Fatal(err)
		}
	}
	limited := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("X-RateLimit-Scope", "global")
		w.WriteHeader(http.StatusTooManyRequests)
	}))
	client := &http.Client{Transport: ObservedTransport(nil, observe)}
	resp, err := client.Get(limited.URL + "/api/v10/channels/42/messages")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	limited.Close()
	if _, err := client.Get(limited.URL + "/api/v10/users/@me"); err == nil {
		t.Fatal("a closed server answered")
	}
	mu.Lock()
	defer mu.Unlock()
	for key, want := range map[string]int{
		"PUT /applications/{id}/commands 200 ":   1,
		"POST /channels/{id}/messages 200 ":      2,
		"GET /channels/{id}/messages 429 global": 1,
		"GET /users/@me 0 ":                      1,
	} {
		if seen[key] != want {
			t.Errorf("%q seen %d times, want %d (all: %v)", key, seen[key], want, seen)
		}
	}
}

// TestDiagnoseThreadsAndAlerts: the doctor checks a followed forum for
// Create Posts and Send Messages in Threads, a followed text channel also
// for Create Public Threads, and an alert's role for a ping Discord would
// honour (the role exists, and is mentionable or the bot may mention
// everyone); each failure names its fix, and passes once fixed.
func TestDiagnoseThreadsAndAlerts(t *testing.T) {
	const forum, text, alerts, role = "700000000000000011", "700000000000000012", "700000000000000013", "800000000000000001"
	fake := fakediscord.New(fakediscord.Options{Guilds: []string{testGuild}})
	defer fake.Close()
	fake.SetChannel(fakediscord.GuildChannel{ID: forum, GuildID: testGuild, Name: "stories", Type: fakediscord.ChannelForum})
	fake.SetChannel(fakediscord.GuildChannel{ID: text, GuildID: testGuild, Name: "news"})
	fake.SetChannel(fakediscord.GuildChannel{ID: alerts, GuildID: testGuild, Name: "alerts"})
	cfg := Config{Token: fake.Token(), ApplicationID: fake.ApplicationID(), RESTBase: fake.URL()}
	targets := []Target{{ChannelID: forum, Label: "follow #1", Threads: true}, {ChannelID: text, Label: "follow #2", Threads: true},
		{ChannelID: alerts, Label: "alert #1", Alerts: true, Roles: []string{role}}}
	const threadPerms = 1<<38 | 1<<35 // Send Messages in Threads, Create Public Threads
	for _, c := range []struct {
		name    string
		roles   []fakediscord.Role
		details []string // of the three channels, "" when it passes
	}{
		{"no thread permissions, the role gone", nil, []string{
			"#stories lacks Send Messages in Threads", "#news lacks Send Messages in Threads, Create Public Threads",
			"the role " + role + " an alert of #alerts pings no longer exists"}},
		{"thread permissions given, the role not mentionable", []fakediscord.Role{
			{ID: testGuild, Permissions: fakediscord.DefaultEveryone | threadPerms},
			{ID: role, Name: "watch"}}, []string{"", "", "@watch, which an alert of #alerts pings, is not mentionable"}},
		{"all fixed", []fakediscord.Role{
			{ID: testGuild, Permissions: fakediscord.DefaultEveryone | threadPerms},
			{ID: role, Name: "watch", Mentionable: true}}, []string{"", "", ""}},
	} {
		t.Run(c.name, func(t *testing.T) {
			if c.roles != nil {
				fake.SetRoles(testGuild, c.roles...)
			}
			fs := Diagnose(context.Background(), cfg, targets, nil)
			if len(fs) != 6 {
				t.Fatalf("got %d findings, want 6: %+v", len(fs), fs)
			}
			for i, want := range c.details {
				f := fs[3+i]
				if f.OK != (want == "") || !strings.Contains(f.Detail, want) || !f.OK && f.Fix == "" {
					t.Errorf("%s: %+v, want ok %v and %q", f.Check, f, want == "", want)
				}
			}
		})
	}
	fake.SetChannel(fakediscord.GuildChannel{ID: forum, GuildID: testGuild, Name: "stories", Type: fakediscord.ChannelForum,
		Overwrites: []fakediscord.Overwrite{{ID: testGuild, Type: 0, Deny: fakediscord.PermSendMessages}}})
	if f := Diagnose(context.Background(), cfg, targets[:1], nil)[3]; f.OK || !strings.Contains(f.Detail, "#stories lacks Create Posts") {
		t.Errorf("a forum without Send Messages: %+v, want Create Posts named", f)
	}
	fake.SetChannel(fakediscord.GuildChannel{ID: forum, GuildID: testGuild, Name: "stories", Type: fakediscord.ChannelForum, Flags: fakediscord.FlagRequireTag})
	if f := Diagnose(context.Background(), cfg, targets[:1], nil)[3]; f.OK || !strings.Contains(f.Detail, "requires a tag on each post") || f.Fix == "" {
		t.Errorf("a forum that requires tags: %+v", f)
	}
	for _, err := range fake.CheckResponses() {
		t.Error(err)
	}
}

// TestDiagnose runs the doctor's Discord checks against the fake: a good
// channel, one whose overwrites take Embed Links and Read Message History
// from @everyone, a deleted one; then a wrong application id and a wrong
// token.
func TestDiagnose(t *testing.T) {
	const good, poor, gone = "700000000000000001", "700000000000000002", "700000000000000003"
	fake := fakediscord.New(fakediscord.Options{Guilds: []string{testGuild}})
	defer fake.Close()
	fake.SetChannel(fakediscord.GuildChannel{ID: good, GuildID: testGuild, Name: "news"})
	fake.SetChannel(fakediscord.GuildChannel{ID: poor, GuildID: testGuild, Name: "quiet", Overwrites: []fakediscord.Overwrite{
		{ID: testGuild, Type: 0, Deny: fakediscord.PermEmbedLinks | fakediscord.PermReadMessageHistory}}})
	cfg := Config{Token: fake.Token(), ApplicationID: fake.ApplicationID(), RESTBase: fake.URL()}
	targets := []Target{{ChannelID: good, Label: "subscription #1"}, {ChannelID: poor, Label: "subscription #2"}, {ChannelID: gone, Label: "subscription #3"}}
	fs := Diagnose(context.Background(), cfg, targets, nil)
	if len(fs) != 6 {
		t.Fatalf("got %d findings, want 6: %+v", len(fs), fs)
	}
	for i, want := range []bool{true, true, true, true, false, false} {
		if fs[i].OK != want {
			t.Errorf("finding %d (%s): ok = %v, want %v: %s", i, fs[i].Check, fs[i].OK, want, fs[i].Detail)
		}
	}
	if !strings.Contains(fs[4].Detail, "Embed Links, Read Message History") || !strings.Contains(fs[4].Fix, "#quiet") {
		t.Errorf("the poor channel: %+v", fs[4])
	}
	if !strings.Contains(fs[5].Detail, "no longer exists") {
		t.Errorf("the deleted channel: %+v", fs[5])
	}
	for _, err := range fake.CheckResponses() {
		t.Error(err)
	}

	cfg.ApplicationID = "100000000000000077"
	fs = Diagnose(context.Background(), cfg, targets, nil)
	if len(fs) != 3 || fs[2].OK || !strings.Contains(fs[2].Fix, "DISCORD_APP_ID="+fake.ApplicationID()) {
		t.Errorf("a wrong application id: %+v", fs)
	}
	cfg.Token = "wrong-token"
	fs = Diagnose(context.Background(), cfg, targets, nil)
	if len(fs) != 2 || fs[1].OK || !strings.Contains(fs[1].Fix, "Reset Token") || strings.Contains(fs[1].Detail+fs[1].Fix, "wrong-token") {
		t.Errorf("a wrong token: %+v", fs)
	}
}

package main

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/internal/fakediscord"
)

// alertRSS is an outlet reporting a truce's collapse: the news an alert is for.
func alertRSS(now time.Time) string {
	return rss("Syria Desk", []rssItem{
		{"Idlib ceasefire collapses as shelling resumes", "https://desk.example/idlib-truce",
			words("The ceasefire in Idlib collapsed on " + eventDay(now) + " after government shelling killed 40 civilians, a monitor said."), now.Add(-time.Hour)},
	})
}

// TestAlertEndToEnd: /alert add refuses a role the bot may not ping and
// @everyone, takes a mentionable one; a truce collapsing in a report
// stored afterwards is posted in the channel within a round, pinging that
// role alone (allowed_mentions names it, never everyone), once, also
// across a restart; /alert list, preview and remove work.
func TestAlertEndToEnd(t *testing.T) {
	w := newWorld(t)
	w.env["CD_ALERT_INTERVAL"] = "1s"
	now := time.Now().UTC()
	desk := httptest.NewServer(http.HandlerFunc(func(rw http.ResponseWriter, _ *http.Request) { io.WriteString(rw, alertRSS(now)) }))
	defer desk.Close()
	const pingable, mods = "610000000000000001", "610000000000000002"
	w.fake.SetRoles(guildA, fakediscord.Role{ID: guildA, Name: "@everyone", Permissions: fakediscord.DefaultEveryone},
		fakediscord.Role{ID: pingable, Name: "truce-watch", Mentionable: true}, fakediscord.Role{ID: mods, Name: "mods"})
	w.fake.SetAppPermissions(chanA, fakediscord.DefaultEveryone) // no Mention Everyone
	w.start(0)

	refusals := []struct {
		name string
		opts []fakediscord.Option
		want string
	}{
		{"a role that is not mentionable", []fakediscord.Option{fakediscord.RoleOpt("role", mods)}, "not mentionable"},
		{"@everyone", []fakediscord.Option{fakediscord.RoleOpt("role", guildA)}, "never ping @everyone"},
	}
	for _, tt := range refusals {
		r, _ := w.command(guildA, chanA, mallory, manageChannels, "alert", fakediscord.Sub("add", tt.opts...))
		if !strings.Contains(r.Content, tt.want) {
			t.Errorf("/alert add with %s: %q, want %q", tt.name, r.Content, tt.want)
		}
	}
	if r, _ := w.command(guildA, chanA, mallory, 0, "alert", fakediscord.Sub("add")); !strings.Contains(r.Content, "Manage Channels") {
		t.Errorf("/alert add without Manage Channels: %q", r.Content)
	}
	w.fake.SetAppPermissions(chanA, fakediscord.PermViewChannel|fakediscord.PermSendMessages)
	if r, _ := w.command(guildA, chanA, mallory, manageChannels, "alert", fakediscord.Sub("add")); !strings.Contains(r.Content, "lacks Read Message History") {
		t.Errorf("/alert add where the bot cannot read the history: %q", r.Content)
	}
	w.fake.SetAppPermissions(chanA, fakediscord.PermViewChannel|fakediscord.PermSendMessages|fakediscord.PermReadMessageHistory) // no embeds, files or Mention Everyone: enough
	r, _ := w.command(guildA, chanA, mallory, manageChannels, "alert", fakediscord.Sub("add",
		fakediscord.Str("topics", "ceasefire"), fakediscord.RoleOpt("role", pingable)))
	if !strings.Contains(r.Content, "Alert #1") {
		t.Fatalf("/alert add: %q", r.Content)
	}
	if r, _ := w.command(guildA, chanA, mallory, manageChannels, "alert", fakediscord.Sub("list")); !strings.Contains(r.Content, "#1 in <#"+chanA+">") {
		t.Errorf("/alert list: %q", r.Content)
	}

	if _, errOut, err := w.runCLI("ingest", "--db", w.dbPath, desk.URL+"/feed.xml"); err != nil {
		t.Fatalf("ingest: %v\n%s", err, errOut)
	}
	alerts := func() []fakediscord.Message {
		var out []fakediscord.Message
		for _, m := range w.fake.Messages(chanA) {
			if strings.Contains(str(m["content"]), "-# alert ") {
				out = append(out, m)
			}
		}
		return out
	}
	w.waitFor("the alert", func() bool { return len(alerts()) > 0 })
	got := alerts()[0]
	content := str(got["content"])
	for _, want := range []string{"<@&" + pingable + "> **Ceasefire: collapsed**", "Idlib ceasefire collapses",
		"Reported by: desk.example", "(<https://desk.example/idlib-truce>)"} {
		if !strings.Contains(content, want) {
			t.Errorf("alert lacks %q:\n%s", want, content)
		}
	}
	if roles := fakediscord.MentionRoles(got); !slices.Equal(roles, []string{pingable}) || got["mention_everyone"] != false {
		t.Errorf("alert pinged roles %v, everyone %v; want only %s", roles, got["mention_everyone"], pingable)
	}
	for _, req := range w.fake.RequestsTo("POST", "/channels/{channel_id}/messages") {
		var body struct {
			Content         string `json:"content"`
			AllowedMentions struct {
				Parse []string `json:"parse"`
				Roles []string `json:"roles"`
			} `json:"allowed_mentions"`
		}
		json.Unmarshal(req.Body, &body)
		if strings.Contains(body.Content, "-# alert ") && (len(body.AllowedMentions.Parse) != 0 || !slices.Equal(body.AllowedMentions.Roles, []string{pingable})) {
			t.Errorf("alert sent with allowed_mentions %+v", body.AllowedMentions)
		}
	}

	// A restart and more rounds post nothing again.
	w.halt()
	w.start(0)
	time.Sleep(2500 * time.Millisecond)
	if n := len(alerts()); n != 1 {
		t.Errorf("%d alert posts after a restart, want 1", n)
	}
	if r, _ := w.command(guildA, chanA, mallory, manageChannels, "alert", fakediscord.Sub("preview", fakediscord.Str("topics", "ceasefire"))); !strings.Contains(r.Content, "Ceasefire: collapsed — Idlib ceasefire collapses") {
		t.Errorf("/alert preview: %q", r.Content)
	}
	if r, _ := w.command(guildA, chanA, mallory, manageChannels, "alert", fakediscord.Sub("remove", fakediscord.Option{Name: "alert", Type: 4, Value: 1})); !strings.Contains(r.Content, "Stopped alert #1") {
		t.Errorf("/alert remove: %q", r.Content)
	}
	if r, _ := w.command(guildA, chanA, mallory, manageChannels, "alert", fakediscord.Sub("list")); !strings.Contains(r.Content, "no alerts") {
		t.Errorf("/alert list after remove: %q", r.Content)
	}
}

func str(v any) string { s, _ := v.(string); return s }

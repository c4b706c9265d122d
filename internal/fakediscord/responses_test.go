package fakediscord

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
)

// TestResponsesMatchOpenAPI calls every route the fake serves, plus error
// answers (unknown channel, invalid body, rate limited), and checks each
// JSON answer against Discord's documented response schema.
func TestResponsesMatchOpenAPI(t *testing.T) {
	s := New(Options{})
	defer s.Close()
	tok, app := s.Token(), s.ApplicationID()
	payload, itoken := s.Interaction(InteractionCommand, "300000000000000001", "300000000000000002",
		User{ID: "400000000000000001", Username: "alice"}, 16, "help", nil)
	var it struct {
		ID string `json:"id"`
	}
	json.Unmarshal(payload, &it)
	cmds := `[{"name":"help","description":"Shows help","type":1,"default_member_permissions":16,"contexts":[0,1],` +
		`"options":[{"type":3,"name":"q","description":"d","choices":null,"channel_types":null,"required":true}]}]`
	msg := `{"content":"x","allowed_mentions":{"parse":[]},"embeds":[{"title":"t","fields":[{"name":"n","value":"v"}]}]}`
	s.SetChannel(GuildChannel{ID: "500000000000000001", GuildID: "300000000000000001", Name: "news",
		Overwrites: []Overwrite{{ID: "300000000000000001", Type: 0, Deny: PermEmbedLinks}}})
	s.SetRoles("300000000000000001", Role{ID: "300000000000000001", Name: "@everyone", Permissions: DefaultEveryone})
	calls := []struct{ method, path, body, token string }{
		{"GET", "/channels/500000000000000001", "", tok},
		{"GET", "/channels/500000000000000009", "", tok}, // 404 10003
		{"GET", "/guilds/300000000000000001/roles", "", tok},
		{"GET", "/guilds/300000000000000001/members/" + app, "", tok},
		{"GET", "/applications/@me", "", tok},
		{"GET", "/gateway", "", ""},
		{"GET", "/gateway/bot", "", tok},
		{"GET", "/users/@me", "", tok},
		{"POST", "/users/@me/channels", `{"recipient_id":"400000000000000001"}`, tok},
		{"PUT", "/applications/" + app + "/commands", cmds, tok},
		{"GET", "/applications/" + app + "/commands", "", tok},
		{"PUT", "/applications/" + app + "/guilds/300000000000000001/commands", cmds, tok},
		{"GET", "/applications/" + app + "/guilds/300000000000000001/commands", "", tok},
		{"POST", "/interactions/" + it.ID + "/" + itoken + "/callback", `{"type":4,"data":{"content":"hi","flags":64}}`, ""},
		{"POST", "/webhooks/" + app + "/" + itoken, msg, ""},
		{"PATCH", "/webhooks/" + app + "/" + itoken + "/messages/@original", `{"content":"edited","embeds":null}`, ""},
		{"GET", "/webhooks/" + app + "/" + itoken + "/messages/@original", "", ""},
		{"DELETE", "/webhooks/" + app + "/" + itoken + "/messages/@original", "", ""},
		{"DELETE", "/webhooks/" + app + "/" + itoken + "/messages/@original", "", ""}, // 404 10008
		{"POST", "/channels/300000000000000002/messages", msg, tok},
		{"GET", "/channels/300000000000000002/messages?limit=10", "", tok},
		{"POST", "/channels/300000000000000002/messages", `{"content":5}`, tok}, // 400 50035
		{"POST", "/webhooks/" + app + "/unknown-token", msg, ""},                // 404 10015
	}
	for _, c := range calls {
		do(t, s, c.method, c.path, c.body, c.token)
	}
	threadCalls(t, s)
	s.AddFault(Fault{Route: "/channels/{channel_id}/messages", ChannelID: "300000000000000003", Code: 10003})
	do(t, s, "POST", "/channels/300000000000000003/messages", msg, tok)
	for range 6 { // the sixth in 5 s is rate limited
		do(t, s, "POST", "/channels/300000000000000004/messages", msg, tok)
	}
	for _, err := range s.CheckResponses() {
		t.Error(err)
	}
	seen := map[string]bool{}
	statuses := map[int]bool{}
	for _, r := range s.Requests() {
		statuses[r.Status] = true
		if r.Status < 300 {
			seen[r.Method+" "+r.Route] = true
		}
	}
	for _, rt := range routes {
		if !seen[rt.method+" "+rt.tmpl] {
			t.Errorf("%s %s never answered successfully: the test misses a route", rt.method, rt.tmpl)
		}
	}
	for _, st := range []int{200, 204, 400, 404, 429} {
		if !statuses[st] {
			t.Errorf("no answer with status %d was checked", st)
		}
	}
}

// The check can fail: answers off the documented shape are reported.
func TestValidateResponseRejects(t *testing.T) {
	tests := []struct {
		name, method, path string
		status             int
		body               string
		wantErr            string
	}{
		{"message without id", "POST", "/channels/{channel_id}/messages", 200, `{"content":"x"}`, "id"},
		{"user without flags", "GET", "/users/@me", 200, `{"id":"1","username":"u","discriminator":"0","avatar":null,"global_name":null}`, "public_flags"},
		{"command with numeric permissions", "PUT", "/applications/{application_id}/commands", 200,
			`[{"id":"1","application_id":"1","version":"1","type":1,"name":"a","description":"b","default_member_permissions":16}]`, "default_member_permissions"},
		{"error without code", "POST", "/channels/{channel_id}/messages", 404, `{"message":"Unknown Channel"}`, "code"},
		{"not json", "GET", "/gateway", 200, `{`, "invalid JSON"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := validateResponse(tt.method, tt.path, tt.status, []byte(tt.body))
			if err == nil || !strings.Contains(fmt.Sprint(err), tt.wantErr) {
				t.Fatalf("validateResponse = %v, want an error about %q", err, tt.wantErr)
			}
		})
	}
}

// threadCalls makes a forum post, a thread from a message, archives it and
// lists the active threads, for their answers to be checked.
func threadCalls(t *testing.T, s *Server) {
	t.Helper()
	tok := s.Token()
	s.SetChannel(GuildChannel{ID: "500000000000000002", GuildID: "300000000000000001", Name: "forum", Type: ChannelForum})
	do(t, s, "POST", "/channels/500000000000000002/threads", `{"name":"Post","message":{"content":"x","allowed_mentions":{"parse":[]}}}`, tok)
	_, m := do(t, s, "POST", "/channels/500000000000000001/messages", `{"content":"x"}`, tok)
	id, _ := m["id"].(string)
	do(t, s, "POST", "/channels/500000000000000001/messages/"+id+"/threads", `{"name":"Thread"}`, tok)
	do(t, s, "POST", "/channels/500000000000000001/messages/"+id+"/threads", `{"name":"Thread"}`, tok) // 400 160004
	do(t, s, "PATCH", "/channels/500000000000000001/messages/"+id, `{"content":"edited","allowed_mentions":{"parse":[]}}`, tok)
	do(t, s, "PATCH", "/channels/"+id, `{"archived":true}`, tok)
	do(t, s, "GET", "/guilds/300000000000000001/threads/active", "", tok)
}

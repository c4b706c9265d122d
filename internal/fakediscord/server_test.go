package fakediscord

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/gorilla/websocket"
)

func do(t *testing.T, s *Server, method, path, body, token string) (*http.Response, map[string]any) {
	t.Helper()
	req, _ := http.NewRequest(method, s.URL()+"api/v10"+path, strings.NewReader(body))
	if token != "" {
		req.Header.Set("Authorization", "Bot "+token)
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	var m map[string]any
	json.Unmarshal(b, &m)
	return resp, m
}

func TestRESTErrorsAreDiscordShaped(t *testing.T) {
	s := New(Options{})
	defer s.Close()
	tests := []struct {
		name, method, path, body, token string
		wantStatus                      int
		wantCode                        float64
	}{
		{"no token", "POST", "/channels/1/messages", `{"content":"x"}`, "", 401, 0},
		{"invalid body", "POST", "/channels/1/messages", `{"content":"` + strings.Repeat("x", 2001) + `"}`, s.Token(), 400, 50035},
		{"embeds over 6000", "POST", "/channels/1/messages", `{"embeds":[{"description":"` + strings.Repeat("x", 4000) + `"},{"description":"` + strings.Repeat("y", 2001) + `"}]}`, s.Token(), 400, 50035},
		{"unknown route", "GET", "/nowhere", ``, s.Token(), 404, 0},
		{"unknown interaction", "POST", "/interactions/1/x/callback", `{"type":4,"data":{"content":"x"}}`, "", 404, 10062},
		{"valid", "POST", "/channels/1/messages", `{"content":"x","allowed_mentions":{"parse":[]}}`, s.Token(), 200, 0},
		{"parse roles with role ids", "POST", "/channels/1/messages", `{"content":"x","allowed_mentions":{"parse":["roles"],"roles":["5"]}}`, s.Token(), 400, 50035},
		{"role ids", "POST", "/channels/1/messages", `{"content":"<@&5> x","allowed_mentions":{"parse":[],"roles":["5"]}}`, s.Token(), 200, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp, m := do(t, s, tt.method, tt.path, tt.body, tt.token)
			if resp.StatusCode != tt.wantStatus {
				t.Fatalf("status %d, want %d (%v)", resp.StatusCode, tt.wantStatus, m)
			}
			if tt.wantStatus >= 400 && (m["code"] != tt.wantCode || m["message"] == nil) {
				t.Fatalf("body %v, want code %v and a message", m, tt.wantCode)
			}
			if tt.wantCode == 50035 && m["errors"] == nil {
				t.Fatalf("body %v lacks errors", m)
			}
		})
	}
}

func TestRateLimits(t *testing.T) {
	s := New(Options{})
	defer s.Close()
	var last *http.Response
	for i := range 6 {
		resp, m := do(t, s, "POST", "/channels/42/messages", `{"content":"x"}`, s.Token())
		last = resp
		if i < 5 && (resp.StatusCode != 200 || resp.Header.Get("X-RateLimit-Remaining") != string(rune('4'-i))) {
			t.Fatalf("message %d: status %d, remaining %q", i, resp.StatusCode, resp.Header.Get("X-RateLimit-Remaining"))
		}
		if i == 5 && (resp.StatusCode != 429 || m["retry_after"] == nil || m["global"] != false) {
			t.Fatalf("sixth message: status %d, body %v; want a 429 with retry_after", resp.StatusCode, m)
		}
	}
	for _, h := range []string{"X-RateLimit-Limit", "X-RateLimit-Reset", "X-RateLimit-Reset-After", "X-RateLimit-Bucket", "X-RateLimit-Scope", "Retry-After"} {
		if last.Header.Get(h) == "" {
			t.Errorf("429 lacks %s", h)
		}
	}
	// The global limit: 50 per second across channels.
	global := 0
	for i := range 60 {
		resp, _ := do(t, s, "GET", "/channels/"+string(rune('a'+i%26))+"/messages", "", s.Token())
		if resp.StatusCode == 429 && resp.Header.Get("X-RateLimit-Global") == "true" {
			global++
		}
	}
	if global == 0 {
		t.Fatal("no global 429 after 66 requests in well under a second")
	}
}

func TestFaultsAndNonce(t *testing.T) {
	s := New(Options{})
	defer s.Close()
	s.AddFault(Fault{Route: "/channels/{channel_id}/messages", ChannelID: "7", Code: 50013, Times: 1})
	resp, m := do(t, s, "POST", "/channels/7/messages", `{"content":"x"}`, s.Token())
	if resp.StatusCode != 403 || m["code"] != float64(50013) || m["message"] != "Missing Permissions" {
		t.Fatalf("fault answered %d %v", resp.StatusCode, m)
	}
	body := `{"content":"x","nonce":"n1","enforce_nonce":true}`
	_, a := do(t, s, "POST", "/channels/7/messages", body, s.Token())
	_, b := do(t, s, "POST", "/channels/7/messages", body, s.Token())
	if a["id"] != b["id"] || len(s.Messages("7")) != 1 {
		t.Fatalf("ids %v %v, %d messages; want one message for one nonce", a["id"], b["id"], len(s.Messages("7")))
	}
	s.AddFault(Fault{Method: "GET", Latency: 100 * time.Millisecond, Times: 1})
	start := time.Now()
	do(t, s, "GET", "/channels/7/messages", "", s.Token())
	if time.Since(start) < 100*time.Millisecond {
		t.Fatal("latency fault did not delay")
	}
	if n := len(s.Requests()); n != 4 {
		t.Fatalf("%d requests recorded, want 4", n)
	}
}

func dialGateway(t *testing.T, s *Server) *websocket.Conn {
	t.Helper()
	c, _, err := websocket.DefaultDialer.Dial(s.GatewayURL()+"/?v=10&encoding=json", nil)
	if err != nil {
		t.Fatal(err)
	}
	var hello frame
	if err := c.ReadJSON(&hello); err != nil || hello.Op != 10 {
		t.Fatalf("hello %+v, %v", hello, err)
	}
	return c
}

func TestGatewayIdentify(t *testing.T) {
	s := New(Options{Guilds: []string{"g1"}})
	defer s.Close()
	tests := []struct {
		name      string
		token     string
		intents   int
		wantClose int
	}{
		{"wrong token", "nope", 1, CloseAuthenticationFailed},
		{"privileged intent", s.Token(), 1 << 15, CloseDisallowedIntents},
		{"ok", s.Token(), 1, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := dialGateway(t, s)
			defer c.Close()
			c.WriteJSON(map[string]any{"op": 2, "d": map[string]any{"token": tt.token, "intents": tt.intents}})
			var f frame
			err := c.ReadJSON(&f)
			var ce *websocket.CloseError
			if tt.wantClose != 0 {
				if !errors.As(err, &ce) || ce.Code != tt.wantClose {
					t.Fatalf("got %+v, %v; want close %d", f, err, tt.wantClose)
				}
				return
			}
			if err != nil || f.T != "READY" || !bytes.Contains(f.D, []byte("session_id")) {
				t.Fatalf("got %+v, %v; want READY", f, err)
			}
			c.ReadJSON(&f)
			if f.T != "GUILD_CREATE" {
				t.Fatalf("got %s, want GUILD_CREATE", f.T)
			}
			c.WriteJSON(map[string]any{"op": 1, "d": 2})
			if c.ReadJSON(&f); f.Op != 11 {
				t.Fatalf("heartbeat answered op %d, want 11", f.Op)
			}
		})
	}
}

// A fault after accepting creates the message yet answers the error: only
// a nonce keeps the retry from posting twice.
func TestFaultAfterAccept(t *testing.T) {
	s := New(Options{})
	defer s.Close()
	for _, body := range []string{`{"content":"plain"}`, `{"content":"once","nonce":"n2","enforce_nonce":true}`} {
		s.AddFault(Fault{Method: "POST", Route: "/channels/{channel_id}/messages", Status: 502, Times: 1, AfterAccept: true})
		if resp, _ := do(t, s, "POST", "/channels/8/messages", body, s.Token()); resp.StatusCode != 502 {
			t.Fatalf("first post answered %d, want 502", resp.StatusCode)
		}
		do(t, s, "POST", "/channels/8/messages", body, s.Token())
	}
	var contents []string
	for _, m := range s.Messages("8") {
		contents = append(contents, m["content"].(string))
	}
	if got := strings.Join(contents, ","); got != "plain,plain,once" {
		t.Fatalf("messages %s, want plain twice and once once", got)
	}
}

// Deleting a deferred answer makes the next follow-up the final answer.
func TestDeleteDeferredOriginal(t *testing.T) {
	s := New(Options{})
	defer s.Close()
	app := s.ApplicationID()
	payload, token := s.Interaction(InteractionCommand, "300000000000000001", "300000000000000002",
		User{ID: "400000000000000001", Username: "alice"}, 0, "latest", nil)
	var it struct {
		ID string `json:"id"`
	}
	json.Unmarshal(payload, &it)
	orig := "/webhooks/" + app + "/" + token + "/messages/@original"
	if resp, _ := do(t, s, "DELETE", orig, "", ""); resp.StatusCode != 404 {
		t.Fatalf("delete before any answer: %d, want 404", resp.StatusCode)
	}
	do(t, s, "POST", "/interactions/"+it.ID+"/"+token+"/callback", `{"type":5}`, "")
	if resp, _ := do(t, s, "DELETE", orig, "", ""); resp.StatusCode != 204 {
		t.Fatalf("delete of the deferral: %d, want 204", resp.StatusCode)
	}
	if resp, m := do(t, s, "DELETE", orig, "", ""); resp.StatusCode != 404 || m["code"] != float64(10008) {
		t.Fatalf("second delete: %d %v, want 404 10008", resp.StatusCode, m)
	}
	do(t, s, "POST", "/webhooks/"+app+"/"+token, `{"content":"oops","flags":64}`, "")
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	r, err := s.Wait(ctx, token)
	if err != nil || !r.Deleted || !r.Ephemeral() || r.Content != "oops" {
		t.Fatalf("reply %+v, %v; want the ephemeral follow-up after the deletion", r, err)
	}
}

// TestMentionsFollowAllowedMentions: a stored message pings the roles its
// allowed_mentions name and no others, and @everyone only when parsed.
func TestMentionsFollowAllowedMentions(t *testing.T) {
	s := New(Options{})
	defer s.Close()
	tests := []struct {
		name, body   string
		wantRoles    []string
		wantEveryone bool
	}{
		{"only the named role", `{"content":"<@&5> <@&6> @everyone","allowed_mentions":{"parse":[],"roles":["5"]}}`, []string{"5"}, false},
		{"nothing allowed", `{"content":"<@&5> @here","allowed_mentions":{"parse":[]}}`, nil, false},
		{"no allowed_mentions pings all", `{"content":"<@&5> @everyone"}`, []string{"5"}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp, m := do(t, s, "POST", "/channels/9/messages", tt.body, s.Token())
			if resp.StatusCode != 200 {
				t.Fatalf("status %d: %v", resp.StatusCode, m)
			}
			msgs := s.Messages("9")
			last := msgs[len(msgs)-1]
			if got := MentionRoles(last); !slices.Equal(got, tt.wantRoles) {
				t.Errorf("mention_roles = %v, want %v", got, tt.wantRoles)
			}
			if got := last["mention_everyone"]; got != tt.wantEveryone {
				t.Errorf("mention_everyone = %v, want %v", got, tt.wantEveryone)
			}
		})
	}
}

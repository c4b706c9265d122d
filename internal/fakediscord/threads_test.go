package fakediscord

import (
	"strings"
	"testing"
	"time"
)

// TestThreads: a forum post is a thread whose starter message has its id;
// a text channel's message starts one thread, once; a message unarchives
// an archived thread; bodies off the description are refused, and every
// answer has Discord's documented shape.
func TestThreads(t *testing.T) {
	s := New(Options{})
	defer s.Close()
	s.SetChannel(GuildChannel{ID: "10", GuildID: "1", Name: "news", Type: ChannelForum})
	s.SetChannel(GuildChannel{ID: "20", GuildID: "1", Name: "chat"})
	tok := s.Token()

	resp, post := do(t, s, "POST", "/channels/10/threads", `{"name":"Truce holds","message":{"content":"first"}}`, tok)
	if resp.StatusCode != 201 || post["parent_id"] != "10" || post["name"] != "Truce holds" {
		t.Fatalf("forum post: %d %v", resp.StatusCode, post)
	}
	id := post["id"].(string)
	if msgs := s.Messages(id); len(msgs) != 1 || msgs[0]["id"] != id || msgs[0]["content"] != "first" {
		t.Fatalf("starter of forum post %s: %v", id, msgs)
	}
	if resp, m := do(t, s, "POST", "/channels/10/threads", `{"name":"no message"}`, tok); resp.StatusCode != 400 || m["code"] != float64(50035) {
		t.Fatalf("forum post without a message: %d %v", resp.StatusCode, m)
	}
	long := `{"name":"` + strings.Repeat("x", 101) + `","message":{"content":"x"}}`
	if resp, m := do(t, s, "POST", "/channels/10/threads", long, tok); resp.StatusCode != 400 || m["code"] != float64(50035) {
		t.Fatalf("a 101-character name: %d %v", resp.StatusCode, m)
	}

	_, msg := do(t, s, "POST", "/channels/20/messages", `{"content":"starter"}`, tok)
	mid := msg["id"].(string)
	resp, th := do(t, s, "POST", "/channels/20/messages/"+mid+"/threads", `{"name":"Talks"}`, tok)
	if resp.StatusCode != 201 || th["id"] != mid || th["parent_id"] != "20" {
		t.Fatalf("thread from message: %d %v", resp.StatusCode, th)
	}
	if resp, m := do(t, s, "POST", "/channels/20/messages/"+mid+"/threads", `{"name":"Talks"}`, tok); resp.StatusCode != 400 || m["code"] != float64(160004) {
		t.Fatalf("a second thread from one message: %d %v", resp.StatusCode, m)
	}
	if resp, m := do(t, s, "POST", "/channels/20/messages/999/threads", `{"name":"x"}`, tok); resp.StatusCode != 404 || m["code"] != float64(10008) {
		t.Fatalf("thread from an unknown message: %d %v", resp.StatusCode, m)
	}

	if resp, m := do(t, s, "PATCH", "/channels/"+id+"/messages/"+id, `{"content":"first, edited"}`, tok); resp.StatusCode != 200 || m["edited_timestamp"] == nil {
		t.Fatalf("edit the starter: %d %v", resp.StatusCode, m)
	}
	if msgs := s.Messages(id); msgs[0]["content"] != "first, edited" {
		t.Fatalf("starter after the edit: %v", msgs[0])
	}
	if resp, m := do(t, s, "PATCH", "/channels/"+id+"/messages/"+id, `{"content":"`+strings.Repeat("x", 2001)+`"}`, tok); resp.StatusCode != 400 || m["code"] != float64(50035) {
		t.Fatalf("an edit over 2000 characters: %d %v", resp.StatusCode, m)
	}
	if resp, m := do(t, s, "PATCH", "/channels/"+mid, `{"archived":true}`, tok); resp.StatusCode != 200 || m["thread_metadata"].(map[string]any)["archived"] != true {
		t.Fatalf("archive: %d %v", resp.StatusCode, m)
	}
	_, active := do(t, s, "GET", "/guilds/1/threads/active", "", tok)
	if list := active["threads"].([]any); len(list) != 1 || list[0].(map[string]any)["id"] != id {
		t.Fatalf("active threads %v, want only %s", active, id)
	}
	do(t, s, "POST", "/channels/"+mid+"/messages", `{"content":"later"}`, tok)
	if ts := s.Threads("20"); len(ts) != 1 || ts[0].Archived {
		t.Fatalf("a message left its thread archived: %+v", ts)
	}
	for _, err := range s.CheckResponses() {
		t.Error(err)
	}
}

// TestNonceWindow: enforce_nonce answers with the earlier message only
// within the window; past it, the same nonce posts again, as on Discord.
func TestNonceWindow(t *testing.T) {
	s := New(Options{NonceWindow: 50 * time.Millisecond})
	defer s.Close()
	body := `{"content":"x","nonce":"n1","enforce_nonce":true}`
	_, a := do(t, s, "POST", "/channels/7/messages", body, s.Token())
	_, b := do(t, s, "POST", "/channels/7/messages", body, s.Token())
	time.Sleep(60 * time.Millisecond)
	_, c := do(t, s, "POST", "/channels/7/messages", body, s.Token())
	if a["id"] != b["id"] || a["id"] == c["id"] || len(s.Messages("7")) != 2 {
		t.Fatalf("ids %v %v %v, %d messages; want the second answered by the first, the third new", a["id"], b["id"], c["id"], len(s.Messages("7")))
	}
}

// TestThreadLimits: a forum that requires tags refuses a post without one
// (40067); a guild at MaxActiveThreads refuses a new thread (160006), in a
// forum and from a message, until one is archived.
func TestThreadLimits(t *testing.T) {
	s := New(Options{MaxActiveThreads: 1})
	defer s.Close()
	s.SetChannel(GuildChannel{ID: "10", GuildID: "1", Name: "news", Type: ChannelForum, Flags: FlagRequireTag})
	s.SetChannel(GuildChannel{ID: "20", GuildID: "1", Name: "chat"})
	tok := s.Token()
	if resp, m := do(t, s, "POST", "/channels/10/threads", `{"name":"x","message":{"content":"x"}}`, tok); resp.StatusCode != 400 || m["code"] != float64(40067) {
		t.Fatalf("an untagged post in a forum that requires tags: %d %v", resp.StatusCode, m)
	}
	resp, post := do(t, s, "POST", "/channels/10/threads", `{"name":"x","message":{"content":"x"},"applied_tags":["5"]}`, tok)
	if resp.StatusCode != 201 {
		t.Fatalf("a tagged post: %d %v", resp.StatusCode, post)
	}
	_, msg := do(t, s, "POST", "/channels/20/messages", `{"content":"starter"}`, tok)
	mid := msg["id"].(string)
	if resp, m := do(t, s, "POST", "/channels/20/messages/"+mid+"/threads", `{"name":"y"}`, tok); resp.StatusCode != 400 || m["code"] != float64(160006) {
		t.Fatalf("a thread past the limit: %d %v", resp.StatusCode, m)
	}
	do(t, s, "PATCH", "/channels/"+post["id"].(string), `{"archived":true}`, tok)
	if resp, m := do(t, s, "POST", "/channels/20/messages/"+mid+"/threads", `{"name":"y"}`, tok); resp.StatusCode != 201 {
		t.Fatalf("a thread once one is archived: %d %v", resp.StatusCode, m)
	}
	for _, err := range s.CheckResponses() {
		t.Error(err)
	}
}

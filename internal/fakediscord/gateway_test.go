package fakediscord

import (
	"encoding/json"
	"errors"
	"testing"
	"time"

	"github.com/gorilla/websocket"
)

func identify(c *websocket.Conn, token string) {
	c.WriteJSON(map[string]any{"op": 2, "d": map[string]any{"token": token, "intents": 1}})
}

// readUntil reads frames until one of op (and type t, when given) arrives.
func readUntil(t *testing.T, c *websocket.Conn, op int, typ string) frame {
	t.Helper()
	c.SetReadDeadline(time.Now().Add(5 * time.Second))
	for {
		var f frame
		if err := c.ReadJSON(&f); err != nil {
			t.Fatalf("waiting for op %d %s: %v", op, typ, err)
		}
		if f.Op == op && (typ == "" || f.T == typ) {
			return f
		}
	}
}

// The fake keeps Discord's session start rate: a second IDENTIFY within
// the interval is answered with op 9, and a connection that keeps trying
// is closed with 4008.
func TestGatewayIdentifyRate(t *testing.T) {
	s := New(Options{Guilds: []string{"g1"}})
	defer s.Close()
	first := dialGateway(t, s)
	defer first.Close()
	identify(first, s.Token())
	readUntil(t, first, 0, "READY")
	c := dialGateway(t, s)
	defer c.Close()
	for range identifyRefusals {
		identify(c, s.Token())
		if f := readUntil(t, c, 9, ""); string(f.D) != "false" {
			t.Fatalf("op 9 with %s, want false", f.D)
		}
	}
	identify(c, s.Token())
	var f frame
	var ce *websocket.CloseError
	if err := c.ReadJSON(&f); !errors.As(err, &ce) || ce.Code != CloseRateLimited {
		t.Fatalf("after %d refused IDENTIFYs: %+v, %v; want 4008", identifyRefusals+1, f, err)
	}
	if id, _, _ := s.GatewayStats(); id != 1 {
		t.Errorf("%d IDENTIFYs admitted, want 1", id)
	}
}

// A connection without heartbeats is closed with 4009.
func TestGatewayHeartbeatTimeout(t *testing.T) {
	s := New(Options{HeartbeatInterval: 200 * time.Millisecond})
	defer s.Close()
	c := dialGateway(t, s)
	defer c.Close()
	c.SetReadDeadline(time.Now().Add(3 * time.Second))
	var f frame
	var ce *websocket.CloseError
	if err := c.ReadJSON(&f); !errors.As(err, &ce) || ce.Code != CloseSessionTimedOut {
		t.Fatalf("silent client: %+v, %v; want 4009", f, err)
	}
}

// A RESUME replays what the client missed; a session the client closed
// with 1000 cannot be resumed.
func TestGatewayResumeRules(t *testing.T) {
	s := New(Options{Guilds: []string{"g1"}})
	defer s.Close()
	c := dialGateway(t, s)
	identify(c, s.Token())
	var ready struct {
		SessionID string `json:"session_id"`
	}
	f := readUntil(t, c, 0, "READY")
	json.Unmarshal(f.D, &ready)
	seq := readUntil(t, c, 0, "GUILD_CREATE").S
	s.SetZombie(true) // events from now on are kept, not written
	if err := s.Dispatch("GUILD_UPDATE", map[string]any{"id": "g1"}); err != nil {
		t.Fatal(err)
	}
	c.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(4000, ""), time.Now().Add(time.Second))
	c.Close()
	s.SetZombie(false)
	r := dialGateway(t, s)
	r.WriteJSON(map[string]any{"op": 6, "d": map[string]any{"token": s.Token(), "session_id": ready.SessionID, "seq": seq}})
	if f := readUntil(t, r, 0, ""); f.T != "GUILD_UPDATE" || f.S != seq+1 {
		t.Fatalf("first frame after RESUME %s #%d, want the missed GUILD_UPDATE #%d", f.T, f.S, seq+1)
	}
	readUntil(t, r, 0, "RESUMED")
	r.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(websocket.CloseNormalClosure, ""), time.Now().Add(time.Second))
	r.Close()
	time.Sleep(100 * time.Millisecond)
	again := dialGateway(t, s)
	defer again.Close()
	again.WriteJSON(map[string]any{"op": 6, "d": map[string]any{"token": s.Token(), "session_id": ready.SessionID, "seq": seq + 2}})
	if f := readUntil(t, again, 9, ""); string(f.D) != "false" {
		t.Fatalf("RESUME of a session closed with 1000: op 9 %s, want false", f.D)
	}
}

package fakediscord

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"sync"
	"time"

	"github.com/gorilla/websocket"
)

// Intents that need approval: guild members, presences, message content.
const (
	privilegedIntents   = 1<<1 | 1<<8 | 1<<15
	unprivilegedIntents = (1<<25 - 1) &^ privilegedIntents
)

// Gateway close codes the fake sends.
const (
	CloseAuthenticationFailed = 4004
	CloseDisallowedIntents    = 4014
	CloseUnknownError         = 4000
)

type gateway struct {
	mu            sync.Mutex
	conns         map[*gwConn]struct{}
	sessions      map[string]int64 // session id → last sequence
	identifyClose int
	identifies    int
	resumes       int
	ready         int
	changed       chan struct{} // closed and replaced on every READY/RESUMED
}

type gwConn struct {
	ws      *websocket.Conn
	wmu     sync.Mutex
	session string
	live    bool
}

func (g *gateway) init() {
	g.conns, g.sessions, g.changed = map[*gwConn]struct{}{}, map[string]int64{}, make(chan struct{})
}

var upgrader = websocket.Upgrader{CheckOrigin: func(*http.Request) bool { return true }}

type frame struct {
	Op int             `json:"op"`
	D  json.RawMessage `json:"d,omitempty"`
	S  int64           `json:"s,omitempty"`
	T  string          `json:"t,omitempty"`
}

func (g *gateway) serveWS(s *Server, w http.ResponseWriter, r *http.Request) {
	ws, err := upgrader.Upgrade(w, r, nil)
	if err != nil {
		return
	}
	c := &gwConn{ws: ws}
	g.mu.Lock()
	g.conns[c] = struct{}{}
	g.mu.Unlock()
	defer func() {
		g.mu.Lock()
		delete(g.conns, c)
		g.mu.Unlock()
		ws.Close()
	}()
	c.send(0, "", map[string]any{"heartbeat_interval": s.opts.HeartbeatInterval.Milliseconds()}, 10)
	for {
		var f frame
		if err := ws.ReadJSON(&f); err != nil {
			return
		}
		if !g.handle(s, c, f) {
			return
		}
	}
}

func (c *gwConn) send(seq int64, t string, d any, op int) error {
	b, _ := json.Marshal(d)
	c.wmu.Lock()
	defer c.wmu.Unlock()
	return c.ws.WriteJSON(frame{Op: op, D: b, S: seq, T: t})
}

func (c *gwConn) close(code int, text string) {
	c.wmu.Lock()
	c.ws.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(code, text), time.Now().Add(time.Second))
	c.wmu.Unlock()
	c.ws.Close()
}

// handle answers one client frame; false ends the connection.
func (g *gateway) handle(s *Server, c *gwConn, f frame) bool {
	switch f.Op {
	case 1:
		c.send(0, "", nil, 11)
	case 2:
		return g.identify(s, c, f.D)
	case 6:
		return g.resume(s, c, f.D)
	}
	return true
}

func (g *gateway) identify(s *Server, c *gwConn, d json.RawMessage) bool {
	var id struct {
		Token   string `json:"token"`
		Intents int    `json:"intents"`
	}
	json.Unmarshal(d, &id)
	g.mu.Lock()
	g.identifies++
	forced := g.identifyClose
	g.mu.Unlock()
	switch {
	case forced != 0:
		c.close(forced, "closed by test")
		return false
	case id.Token != s.opts.Token && id.Token != "Bot "+s.opts.Token:
		c.close(CloseAuthenticationFailed, "Authentication failed.")
		return false
	case id.Intents&^s.opts.AllowedIntents != 0:
		c.close(CloseDisallowedIntents, "Disallowed intent(s).")
		return false
	}
	c.session = s.NewID()
	ready := map[string]any{
		"v": 10, "user": s.botUser(), "session_id": c.session, "resume_gateway_url": s.GatewayURL(),
		"guilds": guildStubs(s.opts.Guilds, true), "application": map[string]any{"id": s.opts.ApplicationID, "flags": 0},
	}
	seq := g.next(c)
	c.send(seq, "READY", ready, 0)
	g.markReady(c)
	for _, gs := range guildStubs(s.opts.Guilds, false) {
		gs["system_channel_id"] = nil
		if ch, ok := s.opts.SystemChannels[gs["id"].(string)]; ok {
			gs["system_channel_id"] = ch
		}
		c.send(g.next(c), "GUILD_CREATE", gs, 0)
	}
	return true
}

func guildStubs(ids []string, unavailable bool) []map[string]any {
	out := []map[string]any{}
	for _, id := range ids {
		m := map[string]any{"id": id, "unavailable": unavailable}
		if !unavailable {
			m["name"], m["channels"], m["roles"], m["members"] = "guild "+id, []any{}, []any{}, []any{}
		}
		out = append(out, m)
	}
	return out
}

func (g *gateway) resume(s *Server, c *gwConn, d json.RawMessage) bool {
	var r struct {
		Token     string `json:"token"`
		SessionID string `json:"session_id"`
	}
	json.Unmarshal(d, &r)
	g.mu.Lock()
	_, known := g.sessions[r.SessionID]
	g.resumes++
	g.mu.Unlock()
	if r.Token != s.opts.Token && r.Token != "Bot "+s.opts.Token {
		c.close(CloseAuthenticationFailed, "Authentication failed.")
		return false
	}
	if !known {
		c.send(0, "", false, 9)
		return true
	}
	c.session = r.SessionID
	c.send(g.next(c), "RESUMED", map[string]any{}, 0)
	g.markReady(c)
	return true
}

func (g *gateway) next(c *gwConn) int64 {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.sessions[c.session]++
	return g.sessions[c.session]
}

func (g *gateway) markReady(c *gwConn) {
	g.mu.Lock()
	c.live = true
	g.ready++
	close(g.changed)
	g.changed = make(chan struct{})
	g.mu.Unlock()
}

func (g *gateway) closeAll() {
	g.mu.Lock()
	conns := make([]*gwConn, 0, len(g.conns))
	for c := range g.conns {
		conns = append(conns, c)
	}
	g.mu.Unlock()
	for _, c := range conns {
		c.close(websocket.CloseGoingAway, "server closing")
	}
}

// SetIdentifyClose makes every following IDENTIFY answered by closing with
// code (4004, 4014, ...); 0 restores normal behaviour.
func (s *Server) SetIdentifyClose(code int) {
	s.gw.mu.Lock()
	s.gw.identifyClose = code
	s.gw.mu.Unlock()
}

// CloseGateway closes every gateway connection with the close code.
func (s *Server) CloseGateway(code int) {
	s.gw.closeConns(func(c *gwConn) { c.close(code, "closed by test") })
}

// DropGateway cuts every gateway connection without a close frame.
func (s *Server) DropGateway() { s.gw.closeConns(func(c *gwConn) { c.ws.UnderlyingConn().Close() }) }

func (g *gateway) closeConns(f func(*gwConn)) {
	g.mu.Lock()
	var conns []*gwConn
	for c := range g.conns {
		c.live = false
		conns = append(conns, c)
	}
	g.mu.Unlock()
	for _, c := range conns {
		f(c)
	}
}

// GatewayStats returns the counts of IDENTIFY and RESUME received and of
// READY or RESUMED sent.
func (s *Server) GatewayStats() (identifies, resumes, ready int) {
	s.gw.mu.Lock()
	defer s.gw.mu.Unlock()
	return s.gw.identifies, s.gw.resumes, s.gw.ready
}

// WaitReady waits until n sessions in all have been made ready (READY or RESUMED).
func (s *Server) WaitReady(ctx context.Context, n int) error {
	for {
		s.gw.mu.Lock()
		ready, ch := s.gw.ready, s.gw.changed
		s.gw.mu.Unlock()
		if ready >= n {
			return nil
		}
		select {
		case <-ch:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
}

// ErrNoGateway is returned by Dispatch when no session is connected.
var ErrNoGateway = errors.New("no live gateway session")

// Dispatch sends an event to every live gateway session.
func (s *Server) Dispatch(t string, d any) error {
	s.gw.mu.Lock()
	var conns []*gwConn
	for c := range s.gw.conns {
		if c.live {
			conns = append(conns, c)
		}
	}
	s.gw.mu.Unlock()
	if len(conns) == 0 {
		return ErrNoGateway
	}
	for _, c := range conns {
		if err := c.send(s.gw.next(c), t, d, 0); err != nil {
			return err
		}
	}
	return nil
}

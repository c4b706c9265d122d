package fakediscord

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"strconv"
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
	CloseUnknownError         = 4000
	CloseAuthenticationFailed = 4004
	CloseRateLimited          = 4008
	CloseSessionTimedOut      = 4009
	CloseInvalidShard         = 4010
	CloseDisallowedIntents    = 4014
)

// gateway is the fake's gateway: strict about Discord's rules. IDENTIFY is
// admitted once per IdentifyInterval in each of max_concurrency buckets
// across all connections, a shard's bucket being shard_id %
// max_concurrency (a refused one is answered with op 9, and a connection that
// keeps trying is closed with 4008, like one sending more than 120 payloads
// a minute); a connection without heartbeats is closed with 4009; a session
// ends when the client closes with 1000 or 1001 and otherwise stays
// resumable, and a RESUME replays what the client missed.
type gateway struct {
	mu       sync.Mutex
	conns    map[*gwConn]struct{}
	sessions map[string]*gwSession

	identifyClose  int
	zombie         bool              // the server stops answering: no ACK, no events
	lastIdentifies map[int]time.Time // by rate-limit bucket
	log            []GatewayEvent

	identifies, resumes, ready int
	nconns                     int
	changed                    chan struct{} // closed and replaced on every READY/RESUMED
}

// gwSession is one gateway session: its sequence and the dispatches sent
// in it, for replay on RESUME.
type gwSession struct {
	id     string
	n      int    // order of creation
	shard  [2]int // [shard_id, num_shards]
	seq    int64
	events []frame
	conn   *gwConn // the connection it runs on, nil while disconnected
	ended  bool    // closed with 1000/1001 or invalidated: RESUME is refused
}

type gwConn struct {
	n        int
	ws       *websocket.Conn
	wmu      sync.Mutex
	session  *gwSession
	live     bool
	refused  int         // IDENTIFYs refused for the rate
	payloads []time.Time // received in the last minute
	beat     time.Time   // last heartbeat (or HELLO)
	closing  bool
}

// GatewayEvent is one thing that happened on the fake's gateway, for
// assertions about the client's behaviour.
type GatewayEvent struct {
	At      time.Time
	Conn    int    // connection number, from 1
	Kind    string // see the Gateway* kinds
	Code    int    // close code, for closes
	Session string
	Seq     int64 // RESUME: the sequence asked for; dispatch: its sequence
	Type    string
	// Interaction is the id of a dispatched INTERACTION_CREATE.
	Interaction string
	// Shard is the [shard_id, num_shards] an IDENTIFY named ([0, 1] when
	// it named none).
	Shard [2]int
}

// Kinds of GatewayEvent.
const (
	GatewayConnect         = "connect"
	GatewayIdentify        = "identify"         // admitted: READY follows
	GatewayIdentifyRefused = "identify_refused" // too soon: op 9 sent
	GatewayResume          = "resume"           // admitted: missed events and RESUMED follow
	GatewayResumeRefused   = "resume_refused"   // unknown or ended session: op 9 sent
	GatewayServerClose     = "server_close"     // the fake closed with Code
	GatewayClientClose     = "client_close"     // the client closed with Code (0: no close frame)
	GatewayDispatch        = "dispatch"         // an event written to the connection
	GatewayInvalidSession  = "invalid_session"  // op 9 sent by a test's fault
)

func (g *gateway) init() {
	g.conns, g.sessions, g.changed = map[*gwConn]struct{}{}, map[string]*gwSession{}, make(chan struct{})
	g.lastIdentifies = map[int]time.Time{}
}

var upgrader = websocket.Upgrader{CheckOrigin: func(*http.Request) bool { return true }}

type frame struct {
	Op int             `json:"op"`
	D  json.RawMessage `json:"d,omitempty"`
	S  int64           `json:"s,omitempty"`
	T  string          `json:"t,omitempty"`
}

func (g *gateway) record(e GatewayEvent) {
	e.At = time.Now()
	g.log = append(g.log, e)
}

func (g *gateway) serveWS(s *Server, w http.ResponseWriter, r *http.Request) {
	ws, err := upgrader.Upgrade(w, r, nil)
	if err != nil {
		return
	}
	c := &gwConn{ws: ws, beat: time.Now()}
	g.mu.Lock()
	g.conns[c] = struct{}{}
	g.nconns++
	c.n = g.nconns
	g.record(GatewayEvent{Conn: c.n, Kind: GatewayConnect})
	g.mu.Unlock()
	stop := make(chan struct{})
	defer func() {
		close(stop)
		g.detach(c)
		ws.Close()
	}()
	go g.watchHeartbeats(s, c, stop)
	c.send(frame{Op: 10}, map[string]any{"heartbeat_interval": s.opts.HeartbeatInterval.Milliseconds()})
	for {
		var f frame
		if err := ws.ReadJSON(&f); err != nil {
			g.clientGone(c, err)
			return
		}
		if !g.handle(s, c, f) {
			return
		}
	}
}

// watchHeartbeats closes a connection whose client stopped heartbeating:
// Discord allows the interval plus some slack.
func (g *gateway) watchHeartbeats(s *Server, c *gwConn, stop chan struct{}) {
	limit := s.opts.HeartbeatInterval*3/2 + 500*time.Millisecond
	t := time.NewTicker(s.opts.HeartbeatInterval / 4)
	defer t.Stop()
	for {
		select {
		case <-stop:
			return
		case <-t.C:
		}
		g.mu.Lock()
		late := time.Since(c.beat) > limit
		g.mu.Unlock()
		if late {
			g.serverClose(c, CloseSessionTimedOut, "Session timed out.")
			return
		}
	}
}

// clientGone records how the client left; a close with 1000 or 1001 ends
// its session, as on Discord.
func (g *gateway) clientGone(c *gwConn, err error) {
	g.mu.Lock()
	defer g.mu.Unlock()
	if c.closing {
		return
	}
	code := 0
	var ce *websocket.CloseError
	if errors.As(err, &ce) {
		code = ce.Code
	}
	sid := ""
	if c.session != nil {
		sid = c.session.id
		if code == websocket.CloseNormalClosure || code == websocket.CloseGoingAway {
			c.session.ended = true
		}
	}
	g.record(GatewayEvent{Conn: c.n, Kind: GatewayClientClose, Code: code, Session: sid})
}

func (g *gateway) detach(c *gwConn) {
	g.mu.Lock()
	defer g.mu.Unlock()
	delete(g.conns, c)
	c.live = false
	if c.session != nil && c.session.conn == c {
		c.session.conn = nil
	}
}

func (c *gwConn) send(f frame, d any) error {
	if d != nil {
		f.D, _ = json.Marshal(d)
	} else if f.D == nil {
		f.D = json.RawMessage("null")
	}
	c.wmu.Lock()
	defer c.wmu.Unlock()
	return c.ws.WriteJSON(f)
}

func (g *gateway) serverClose(c *gwConn, code int, text string) {
	g.mu.Lock()
	c.closing, c.live = true, false
	sid := ""
	if c.session != nil {
		sid = c.session.id
	}
	g.record(GatewayEvent{Conn: c.n, Kind: GatewayServerClose, Code: code, Session: sid})
	g.mu.Unlock()
	c.wmu.Lock()
	c.ws.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(code, text), time.Now().Add(time.Second))
	c.wmu.Unlock()
	c.ws.Close()
}

// gatewayPayloadLimit is Discord's limit of payloads a client may send on
// one connection per minute.
const gatewayPayloadLimit = 120

// handle answers one client frame; false ends the connection.
func (g *gateway) handle(s *Server, c *gwConn, f frame) bool {
	g.mu.Lock()
	now := time.Now()
	cut := 0
	for cut < len(c.payloads) && now.Sub(c.payloads[cut]) > time.Minute {
		cut++
	}
	c.payloads = append(c.payloads[cut:], now)
	flood := len(c.payloads) > gatewayPayloadLimit
	zombie := g.zombie
	if f.Op == 1 {
		c.beat = now
	}
	g.mu.Unlock()
	if flood {
		g.serverClose(c, CloseRateLimited, "You are being rate limited.")
		return false
	}
	switch f.Op {
	case 1:
		if !zombie {
			c.send(frame{Op: 11}, nil)
		}
	case 2:
		return g.identify(s, c, f.D)
	case 6:
		return g.resume(s, c, f.D)
	}
	return true
}

// identifyRefusals is how many refused IDENTIFYs a connection may send
// before it is closed with 4008.
const identifyRefusals = 3

func (g *gateway) identify(s *Server, c *gwConn, d json.RawMessage) bool {
	var id struct {
		Token   string `json:"token"`
		Intents int    `json:"intents"`
		Shard   []int  `json:"shard"`
	}
	json.Unmarshal(d, &id)
	shard, shardOK := identifyShard(id.Shard)
	g.mu.Lock()
	forced := g.identifyClose
	g.mu.Unlock()
	switch {
	case forced != 0:
		g.serverClose(c, forced, "closed by test")
		return false
	case id.Token != s.opts.Token && id.Token != "Bot "+s.opts.Token:
		g.serverClose(c, CloseAuthenticationFailed, "Authentication failed.")
		return false
	case id.Intents&^s.opts.AllowedIntents != 0:
		g.serverClose(c, CloseDisallowedIntents, "Disallowed intent(s).")
		return false
	case !shardOK:
		g.serverClose(c, CloseInvalidShard, "Invalid shard.")
		return false
	}
	g.mu.Lock()
	admitted := g.admitIdentify(s, shard[0], time.Now())
	if !admitted {
		c.refused++
		g.record(GatewayEvent{Conn: c.n, Kind: GatewayIdentifyRefused, Shard: shard})
	}
	refused := c.refused
	g.mu.Unlock()
	switch {
	case refused > identifyRefusals:
		g.serverClose(c, CloseRateLimited, "You are being rate limited.")
		return false
	case !admitted:
		c.send(frame{Op: 9}, false)
		return true
	}
	g.startSession(s, c, shard)
	return true
}

// identifyShard checks an IDENTIFY's shard field: absent, or two numbers
// [shard_id, num_shards] with 0 <= shard_id < num_shards (Discord closes
// with 4010 otherwise).
func identifyShard(f []int) ([2]int, bool) {
	switch {
	case f == nil:
		return [2]int{0, 1}, true
	case len(f) != 2 || f[1] < 1 || f[0] < 0 || f[0] >= f[1]:
		return [2]int{}, false
	}
	return [2]int{f[0], f[1]}, true
}

// admitIdentify applies the session start rate: one IDENTIFY per
// IdentifyInterval in each bucket, the bucket of a shard being shard_id %
// max_concurrency. The caller holds g.mu.
func (g *gateway) admitIdentify(s *Server, shardID int, now time.Time) bool {
	key := shardID % s.opts.MaxConcurrency
	if last, ok := g.lastIdentifies[key]; ok && now.Sub(last) < s.opts.IdentifyInterval {
		return false
	}
	g.lastIdentifies[key] = now
	g.identifies++
	return true
}

func (g *gateway) startSession(s *Server, c *gwConn, shard [2]int) {
	sess := &gwSession{id: s.NewID(), shard: shard}
	g.mu.Lock()
	sess.n = len(g.sessions)
	g.sessions[sess.id] = sess
	c.session, sess.conn = sess, c
	g.record(GatewayEvent{Conn: c.n, Kind: GatewayIdentify, Session: sess.id, Shard: shard})
	g.mu.Unlock()
	ready := map[string]any{
		"v": 10, "user": s.botUser(), "session_id": sess.id, "resume_gateway_url": s.GatewayURL(),
		"guilds": guildStubs(s.opts.Guilds, true), "application": map[string]any{"id": s.opts.ApplicationID, "flags": 0},
		"shard": shard[:],
	}
	g.dispatchTo(c, "READY", ready)
	g.markReady(c)
	for _, gs := range guildStubs(s.opts.Guilds, false) {
		gs["system_channel_id"] = nil
		if ch, ok := s.opts.SystemChannels[gs["id"].(string)]; ok {
			gs["system_channel_id"] = ch
		}
		g.dispatchTo(c, "GUILD_CREATE", gs)
	}
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

// resume continues a session on a new connection: the events the client
// missed (sequence above the one it sends) are replayed, then RESUMED. An
// unknown or ended session is answered with op 9 (not resumable).
func (g *gateway) resume(s *Server, c *gwConn, d json.RawMessage) bool {
	var r struct {
		Token     string `json:"token"`
		SessionID string `json:"session_id"`
		Seq       int64  `json:"seq"`
	}
	json.Unmarshal(d, &r)
	g.mu.Lock()
	g.resumes++
	forced := g.identifyClose
	sess := g.sessions[r.SessionID]
	ok := sess != nil && !sess.ended && r.Seq <= sess.seq
	kind := GatewayResumeRefused
	if ok {
		kind = GatewayResume
	}
	g.record(GatewayEvent{Conn: c.n, Kind: kind, Session: r.SessionID, Seq: r.Seq})
	var old *gwConn
	var missed []frame
	if ok {
		old, sess.conn, c.session = sess.conn, c, sess
		for _, f := range sess.events {
			if f.S > r.Seq {
				missed = append(missed, f)
			}
		}
	}
	g.mu.Unlock()
	switch {
	case forced != 0:
		g.serverClose(c, forced, "closed by test")
		return false
	case r.Token != s.opts.Token && r.Token != "Bot "+s.opts.Token:
		g.serverClose(c, CloseAuthenticationFailed, "Authentication failed.")
		return false
	case !ok:
		c.send(frame{Op: 9}, false)
		return true
	}
	if old != nil && old != c {
		g.serverClose(old, CloseUnknownError, "Session resumed elsewhere.")
	}
	for _, f := range missed {
		g.mu.Lock()
		g.recordDispatch(c, sess, f)
		g.mu.Unlock()
		c.send(f, nil)
	}
	g.dispatchTo(c, "RESUMED", map[string]any{})
	g.markReady(c)
	return true
}

// dispatchTo sends an event in c's session, keeping it for a replay; a
// zombie server keeps it without writing it.
func (g *gateway) dispatchTo(c *gwConn, t string, d any) error {
	b, err := json.Marshal(d)
	if err != nil {
		return err
	}
	g.mu.Lock()
	sess := c.session
	sess.seq++
	f := frame{Op: 0, D: b, S: sess.seq, T: t}
	sess.events = append(sess.events, f)
	if len(sess.events) > 1000 {
		sess.events = sess.events[len(sess.events)-1000:]
	}
	zombie := g.zombie && t != "READY" && t != "RESUMED" && t != "GUILD_CREATE"
	if !zombie {
		g.recordDispatch(c, sess, f)
	}
	g.mu.Unlock()
	if zombie {
		return nil
	}
	return c.send(f, nil)
}

// recordDispatch logs an event written to c; the caller holds g.mu.
func (g *gateway) recordDispatch(c *gwConn, sess *gwSession, f frame) {
	e := GatewayEvent{Conn: c.n, Kind: GatewayDispatch, Session: sess.id, Seq: f.S, Type: f.T}
	if f.T == "INTERACTION_CREATE" {
		var it struct {
			ID string `json:"id"`
		}
		json.Unmarshal(f.D, &it)
		e.Interaction = it.ID
	}
	g.record(e)
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
	g.closeConns(func(c *gwConn) { g.serverClose(c, websocket.CloseGoingAway, "server closing") })
}

// SetIdentifyClose makes every following IDENTIFY and RESUME answered by
// closing with code (4004, 4014, ...); 0 restores normal behaviour.
func (s *Server) SetIdentifyClose(code int) {
	s.gw.mu.Lock()
	s.gw.identifyClose = code
	s.gw.mu.Unlock()
}

// SetZombie makes the gateway stop answering without closing anything:
// heartbeats are not acknowledged and events are not written (they are
// kept for a RESUME), as when a connection dies silently on the way.
func (s *Server) SetZombie(on bool) {
	s.gw.mu.Lock()
	s.gw.zombie = on
	s.gw.mu.Unlock()
}

// InvalidateSession sends op 9 to every live connection; not resumable
// also ends their sessions, so only a new IDENTIFY helps.
func (s *Server) InvalidateSession(resumable bool) {
	s.gw.mu.Lock()
	var conns []*gwConn
	for c := range s.gw.conns {
		if c.live {
			conns = append(conns, c)
			if !resumable && c.session != nil {
				c.session.ended = true
			}
			c.live = false
			s.gw.record(GatewayEvent{Conn: c.n, Kind: GatewayInvalidSession})
		}
	}
	s.gw.mu.Unlock()
	for _, c := range conns {
		c.send(frame{Op: 9}, resumable)
	}
}

// RequestReconnect sends op 7 (reconnect and resume) to every live connection.
func (s *Server) RequestReconnect() {
	s.gw.mu.Lock()
	var conns []*gwConn
	for c := range s.gw.conns {
		if c.live {
			conns = append(conns, c)
		}
	}
	s.gw.mu.Unlock()
	for _, c := range conns {
		c.send(frame{Op: 7}, nil)
	}
}

// CloseGateway closes every gateway connection with the close code.
func (s *Server) CloseGateway(code int) {
	s.gw.closeConns(func(c *gwConn) { s.gw.serverClose(c, code, "closed by test") })
}

// DropGateway cuts every gateway connection without a close frame.
func (s *Server) DropGateway() {
	s.gw.closeConns(func(c *gwConn) {
		s.gw.mu.Lock()
		c.closing = true
		s.gw.record(GatewayEvent{Conn: c.n, Kind: GatewayServerClose})
		s.gw.mu.Unlock()
		c.ws.UnderlyingConn().Close()
	})
}

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

// GatewayStats returns the counts of IDENTIFY admitted and RESUME received
// and of READY or RESUMED sent.
func (s *Server) GatewayStats() (identifies, resumes, ready int) {
	s.gw.mu.Lock()
	defer s.gw.mu.Unlock()
	return s.gw.identifies, s.gw.resumes, s.gw.ready
}

// GatewayLog returns everything that happened on the gateway, oldest first.
func (s *Server) GatewayLog() []GatewayEvent {
	s.gw.mu.Lock()
	defer s.gw.mu.Unlock()
	return append([]GatewayEvent(nil), s.gw.log...)
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

// Dispatch sends an event to every live gateway session. While the gateway
// is a zombie the event is kept for the session's RESUME instead. When the
// bot shards, the event goes to one shard only, as on Discord: the one of
// its guild, (guild_id >> 22) % num_shards, shard 0 without a guild; if
// that shard's session has no live connection, the event is kept for its
// RESUME.
func (s *Server) Dispatch(t string, d any) error {
	if sess := s.gw.shardSession(d); sess != nil {
		return s.gw.dispatchSession(sess, t, d)
	}
	s.gw.mu.Lock()
	var conns []*gwConn
	for c := range s.gw.conns {
		if c.live && c.session != nil {
			conns = append(conns, c)
		}
	}
	s.gw.mu.Unlock()
	if len(conns) == 0 {
		return ErrNoGateway
	}
	for _, c := range conns {
		if err := s.gw.dispatchTo(c, t, d); err != nil {
			return err
		}
	}
	return nil
}

// shardSession is the newest session of the shard an event goes to, nil
// when no session shards.
func (g *gateway) shardSession(d any) *gwSession {
	b, _ := json.Marshal(d)
	var ev struct {
		GuildID string `json:"guild_id"`
	}
	json.Unmarshal(b, &ev)
	guild, _ := strconv.ParseUint(ev.GuildID, 10, 64)
	g.mu.Lock()
	defer g.mu.Unlock()
	var best *gwSession
	for _, sess := range g.sessions {
		if sess.ended || sess.shard[1] < 2 || int((guild>>22)%uint64(sess.shard[1])) != sess.shard[0] {
			continue
		}
		if best == nil || sess.n > best.n {
			best = sess
		}
	}
	return best
}

// dispatchSession sends an event in sess on its live connection, or keeps
// it for the session's RESUME when it has none.
//
// A connection whose session has started but whose READY is still being
// written is waited for (a second at most), as Discord sends no event
// before READY: an event dispatched as soon as a client has read READY
// used to be kept for a RESUME that never came.
func (g *gateway) dispatchSession(sess *gwSession, t string, d any) error {
	deadline := time.Now().Add(time.Second)
	g.mu.Lock()
	for {
		c := sess.conn
		if c != nil && c.live {
			g.mu.Unlock()
			return g.dispatchTo(c, t, d)
		}
		if c == nil || c.closing || sess.ended || !time.Now().Before(deadline) {
			break
		}
		changed := g.changed
		g.mu.Unlock()
		select {
		case <-changed:
		case <-time.After(time.Until(deadline)):
		}
		g.mu.Lock()
	}
	defer g.mu.Unlock()
	b, err := json.Marshal(d)
	if err != nil {
		return err
	}
	sess.seq++
	sess.events = append(sess.events, frame{Op: 0, D: b, S: sess.seq, T: t})
	return nil
}

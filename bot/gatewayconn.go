package bot

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"net/http"
	"sync"
	"sync/atomic"
	"time"

	"github.com/gorilla/websocket"
)

// The bot owns its gateway connection; discordgo (v0.29) stays for REST and
// types. discordgo cannot be made to follow Discord's gateway rules by
// configuration: it answers op 9 with an immediate IDENTIFY whatever the
// resumable flag (the identify storm), keeps no identify rate across
// restarts, notices a zombie only after five missed ACKs and then closes
// with 1000 (which ends the session, so nothing can be resumed), reads
// close codes only while opening, and keeps the session id and sequence in
// unexported fields, so a restart cannot RESUME. Its Open holds the session
// lock while it dials and reads, so a wrapper cannot interpose either.

// gatewaySession is what the bot remembers of its gateway session, saved
// through the StateStore: the session and sequence to RESUME after a quick
// restart, and when it last sent IDENTIFY, so that a restart keeps the
// session start rate.
type gatewaySession struct {
	SessionID  string    `json:"session_id"`
	ResumeURL  string    `json:"resume_url"`
	Seq        int64     `json:"seq"`
	Identified time.Time `json:"identified"`
}

const gatewayStateKey = "gateway/session"

// Gateway opcodes.
const (
	opDispatch       = 0
	opHeartbeat      = 1
	opIdentify       = 2
	opResume         = 6
	opReconnect      = 7
	opInvalidSession = 9
	opHello          = 10
	opHeartbeatACK   = 11
)

// closeResumable is the close code the bot uses when it leaves a
// connection it wants to RESUME: Discord ends a session closed with 1000
// or 1001.
const closeResumable = 4000

// Close codes after which the session cannot be resumed, but a new one
// may start.
const (
	closeInvalidSeq       = 4007
	closeSessionTimedOut  = 4009
	maxGatewayPayload     = 8 << 20 // bytes of one event the bot reads
	gatewayHandshakeLimit = 20 * time.Second
)

type gwFrame struct {
	Op int             `json:"op"`
	D  json.RawMessage `json:"d"`
	S  int64           `json:"s,omitempty"`
	T  string          `json:"t,omitempty"`
}

// gatewayClient connects to Discord's gateway and keeps its rules:
// heartbeats with a zombie check every interval, RESUME whenever Discord
// allows it, at most one IDENTIFY per identifyEvery across restarts, a wait
// of 1–5 s after op 9, and a stop on the close codes that no reconnect can
// fix.
type gatewayClient struct {
	token   string
	intents int
	log     *slog.Logger
	state   StateStore
	dialer  *websocket.Dialer
	onEvent func(ctx context.Context, t string, d json.RawMessage)
	now     func() time.Time
	jitter  func() float64 // in [0, 1)
	sleep   func(ctx context.Context, d time.Duration) bool
	url     string // where a new session connects
	shard   [2]int // [shard_id, shard_count]
	gate    *identifyGate
	// live, when set, reports whether this process may still serve the
	// shard (its lease is surely held): checked before each connection and
	// each event, so that an instance woken from a pause past its lease
	// neither RESUMEs the shard away from its new holder nor handles an
	// event the new holder may handle too.
	live func() bool

	// status is what monitoring reads of the connection (GatewayStatus):
	// written by the connection's goroutines, read by health checks.
	status gatewayStatus

	mu     sync.Mutex
	sess   gatewaySession
	saved  time.Time // when sess was last saved
	recent []string  // ids of the interactions dispatched lately
	saveMu sync.Mutex
}

// loadSession reads the saved session, if any.
func (g *gatewayClient) loadSession(ctx context.Context) {
	key := shardStateKey(g.shard)
	vals, err := g.state.LoadState(ctx, key)
	if err != nil {
		g.log.Warn("read saved gateway session", "error", err)
		return
	}
	var s gatewaySession
	if b, ok := vals[key]; ok {
		if err := json.Unmarshal(b, &s); err != nil {
			g.log.Warn("saved gateway session unreadable; starting a new one", "error", err)
			return
		}
	}
	g.mu.Lock()
	g.sess = s
	g.mu.Unlock()
}

// save writes the session and waits for the write; force writes even if
// it was saved recently.
func (g *gatewayClient) save(ctx context.Context, force bool) { g.saveWithin(ctx, force, -1) }

// saveWithin writes the session, waiting at most wait for it (< 0: until
// it is written, 0: not at all). Each write takes the session as it is when the write
// starts, one at a time, so a slow write never overwrites a newer one.
func (g *gatewayClient) saveWithin(ctx context.Context, force bool, wait time.Duration) {
	g.mu.Lock()
	if !force && g.now().Sub(g.saved) < seqSaveEvery {
		g.mu.Unlock()
		return
	}
	g.saved = g.now()
	g.mu.Unlock()
	done := make(chan struct{})
	go func() {
		defer close(done)
		g.saveMu.Lock()
		defer g.saveMu.Unlock()
		g.mu.Lock()
		b, _ := json.Marshal(g.sess)
		g.mu.Unlock()
		if err := g.state.SaveState(context.WithoutCancel(ctx), shardStateKey(g.shard), b, time.Time{}); err != nil {
			g.log.Warn("save gateway session", "error", err)
		}
	}()
	switch {
	case wait < 0:
		<-done
		return
	case wait == 0:
		return
	}
	t := time.NewTimer(wait)
	defer t.Stop()
	select {
	case <-done:
	case <-t.C:
		g.log.Warn("saving the gateway sequence is slow (the database is busy); handling the event meanwhile",
			"duration_ms", wait.Milliseconds())
	}
}

// seqSaveEvery bounds how stale the saved sequence may be for events other
// than interactions. An interaction's sequence is saved before it runs, so
// that a RESUME after a crash does not replay one that was already handled;
// when the database is too busy to save it within interactionSaveWait, the
// interaction runs anyway: Discord's 3-second answer window matters more.
const (
	seqSaveEvery        = 2 * time.Second
	interactionSaveWait = 250 * time.Millisecond
)

// seen reports whether an interaction was dispatched before by this
// process (a RESUME replays what the gateway thinks was missed), and
// remembers it.
func (g *gatewayClient) seen(d json.RawMessage) bool {
	var it struct {
		ID string `json:"id"`
	}
	if json.Unmarshal(d, &it) != nil || it.ID == "" {
		return false
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	for _, id := range g.recent {
		if id == it.ID {
			return true
		}
	}
	if len(g.recent) == recentInteractions {
		g.recent = g.recent[1:]
	}
	g.recent = append(g.recent, it.ID)
	return false
}

// recentInteractions is how many interaction ids seen keeps.
const recentInteractions = 256

func (g *gatewayClient) session() gatewaySession {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.sess
}

// forget drops the session: the next connection IDENTIFYs.
func (g *gatewayClient) forget(ctx context.Context) {
	g.mu.Lock()
	g.sess.SessionID, g.sess.ResumeURL, g.sess.Seq = "", "", 0
	g.mu.Unlock()
	g.save(ctx, true)
}

// waitIdentify waits until an IDENTIFY is allowed (the gate: one per
// interval in the shard's bucket, this process's, a previous one's or
// another instance's) and records it before it is sent, so a crash right
// after still counts.
func (g *gatewayClient) waitIdentify(ctx context.Context) bool {
	if !g.gate.wait(ctx, g.shard[0]) {
		return false
	}
	g.mu.Lock()
	g.sess.Identified = g.now()
	g.mu.Unlock()
	g.save(ctx, true)
	return true
}

// connResult is how one connection ended.
type connResult struct {
	fatal  error // stop the bot
	resume bool  // the session may be resumed; false: IDENTIFY next
	ready  bool  // the connection reached READY or RESUMED
}

// conn is one live WebSocket connection.
type conn struct {
	ws     *websocket.Conn
	wmu    sync.Mutex
	beat   atomic.Int64 // unix nanoseconds of the last heartbeat sent
	acked  atomic.Bool
	zombie atomic.Bool
	closed atomic.Bool
}

func (c *conn) write(v any) error {
	c.wmu.Lock()
	defer c.wmu.Unlock()
	c.ws.SetWriteDeadline(time.Now().Add(10 * time.Second))
	return c.ws.WriteJSON(v)
}

// closeWith sends a close frame with code and closes the connection.
func (c *conn) closeWith(code int, text string) {
	if c.closed.Swap(true) {
		return
	}
	c.wmu.Lock()
	c.ws.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(code, text), time.Now().Add(time.Second))
	c.wmu.Unlock()
	c.ws.Close()
}

// run connects once and serves the connection until it ends.
func (g *gatewayClient) run(ctx context.Context) connResult {
	sess := g.session()
	resume := sess.SessionID != ""
	url := g.url
	if resume && sess.ResumeURL != "" {
		url = sess.ResumeURL
	}
	if !resume && !g.waitIdentify(ctx) {
		return connResult{resume: true}
	}
	dctx, cancel := context.WithTimeout(ctx, gatewayHandshakeLimit)
	ws, _, err := g.dialer.DialContext(dctx, gatewayURL(url), http.Header{})
	cancel()
	if err != nil {
		g.log.Warn("gateway connect failed", "error", err)
		return connResult{resume: resume}
	}
	ws.SetReadLimit(maxGatewayPayload)
	c := &conn{ws: ws}
	defer c.closeWith(closeResumable, "")
	interval, err := readHello(c)
	if err != nil {
		g.log.Warn("gateway hello", "error", err)
		return connResult{resume: resume}
	}
	hctx, stopBeats := context.WithCancel(ctx)
	defer stopBeats()
	go g.heartbeat(hctx, c, interval)
	if err := g.start(ctx, c, sess, resume); err != nil {
		g.log.Warn("gateway start", "error", err)
		return connResult{resume: resume}
	}
	stop := context.AfterFunc(ctx, func() { c.closeWith(closeResumable, "shutting down") })
	defer stop()
	return g.serve(ctx, c)
}

// gatewayURL adds the version and encoding the bot speaks.
func gatewayURL(base string) string {
	return base + "?v=" + apiVersion + "&encoding=json"
}

func readHello(c *conn) (time.Duration, error) {
	c.ws.SetReadDeadline(time.Now().Add(gatewayHandshakeLimit))
	defer c.ws.SetReadDeadline(time.Time{})
	var f gwFrame
	if err := c.ws.ReadJSON(&f); err != nil {
		return 0, fmt.Errorf("read hello: %w", err)
	}
	var h struct {
		Interval int64 `json:"heartbeat_interval"`
	}
	if f.Op != opHello || json.Unmarshal(f.D, &h) != nil || h.Interval <= 0 {
		return 0, fmt.Errorf("read hello: got op %d", f.Op)
	}
	return time.Duration(h.Interval) * time.Millisecond, nil
}

// start sends IDENTIFY or RESUME.
func (g *gatewayClient) start(ctx context.Context, c *conn, sess gatewaySession, resume bool) error {
	if resume {
		d := map[string]any{"token": "Bot " + g.token, "session_id": sess.SessionID, "seq": sess.Seq}
		return c.write(map[string]any{"op": opResume, "d": d})
	}
	// The bucket's interval runs from the IDENTIFY sent, not from the
	// reservation before the dial: a slow dial must not bring the next
	// shard of the bucket closer than the interval.
	g.gate.sent(ctx, g.shard[0])
	d := map[string]any{"token": "Bot " + g.token, "intents": g.intents, "shard": g.shard[:],
		"properties": map[string]string{"os": "linux", "browser": "conflict-digest", "device": "conflict-digest"}}
	return c.write(map[string]any{"op": opIdentify, "d": d})
}

// heartbeat beats every interval, the first after a random part of it as
// Discord asks. A beat due while the previous one is unacknowledged means
// a zombie connection: it is closed with a code that keeps the session, so
// the next connection RESUMEs. Detection takes at most two intervals.
func (g *gatewayClient) heartbeat(ctx context.Context, c *conn, interval time.Duration) {
	c.acked.Store(true)
	wait := time.Duration(g.jitter() * float64(interval))
	for {
		if !g.sleep(ctx, wait) {
			return
		}
		wait = interval
		if !c.acked.Swap(false) {
			g.log.Warn("gateway zombie: no heartbeat ACK within an interval; reconnecting to resume",
				"interval_ms", interval.Milliseconds())
			c.zombie.Store(true)
			c.closeWith(closeResumable, "zombie connection")
			return
		}
		c.beat.Store(time.Now().UnixNano())
		if err := c.write(map[string]any{"op": opHeartbeat, "d": g.session().Seq}); err != nil {
			return // the read loop sees the broken connection
		}
	}
}

// serve reads the connection until it ends and says how.
func (g *gatewayClient) serve(ctx context.Context, c *conn) connResult {
	res := connResult{resume: true}
	for {
		var f gwFrame
		if err := c.ws.ReadJSON(&f); err != nil {
			g.status.connected.Store(false)
			return g.ended(ctx, c, err, res.ready)
		}
		if g.live != nil && !g.live() {
			g.log.Warn("shard lease no longer surely held; leaving the connection")
			c.closeWith(closeResumable, "lease lost")
			return connResult{resume: true, ready: res.ready}
		}
		switch f.Op {
		case opDispatch:
			if g.dispatch(ctx, f) {
				res.ready = true
				g.status.ready(time.Now())
			}
		case opHeartbeat:
			c.write(map[string]any{"op": opHeartbeat, "d": g.session().Seq})
		case opHeartbeatACK:
			c.acked.Store(true)
			g.status.ack(time.Now(), c.beat.Load())
		case opReconnect:
			g.status.connected.Store(false)
			g.log.Info("gateway asked to reconnect")
			c.closeWith(closeResumable, "reconnect")
			return connResult{resume: true, ready: res.ready}
		case opInvalidSession:
			g.status.connected.Store(false)
			return g.invalidSession(ctx, c, f.D, res.ready)
		}
	}
}

// invalidSession follows op 9: wait a random 1–5 s, as Discord asks, then
// leave the connection; the next one RESUMEs when Discord said the session
// is resumable and IDENTIFYs otherwise.
func (g *gatewayClient) invalidSession(ctx context.Context, c *conn, d json.RawMessage, ready bool) connResult {
	var resumable bool
	json.Unmarshal(d, &resumable)
	wait := time.Second + time.Duration(g.jitter()*float64(4*time.Second))
	g.log.Warn("gateway session invalidated", "resumable", resumable, "retry_in_ms", wait.Milliseconds())
	if !resumable {
		g.forget(ctx)
	}
	g.sleep(ctx, wait)
	c.closeWith(closeResumable, "invalid session")
	return connResult{resume: resumable, ready: ready}
}

// ended classifies a read error: a fatal close code stops the bot, 4007
// and 4009 start a new session, anything else resumes.
func (g *gatewayClient) ended(ctx context.Context, c *conn, err error, ready bool) connResult {
	var ce *websocket.CloseError
	if errors.As(err, &ce) {
		if reason, ok := fatalClose[ce.Code]; ok {
			return connResult{fatal: fmt.Errorf("%w: gateway closed: %d %s", ErrStopped, ce.Code, reason), ready: ready}
		}
		if ce.Code == closeInvalidSeq || ce.Code == closeSessionTimedOut {
			g.log.Warn("gateway session ended by Discord", "close_code", ce.Code)
			g.forget(ctx)
			return connResult{resume: false, ready: ready}
		}
	}
	if ctx.Err() == nil && !c.zombie.Load() {
		g.log.Warn("gateway disconnected; resuming", "error", err)
	}
	g.save(ctx, true)
	return connResult{resume: true, ready: ready}
}

// dispatch handles one event and reports whether it made the session ready.
func (g *gatewayClient) dispatch(ctx context.Context, f gwFrame) bool {
	g.mu.Lock()
	if f.S > g.sess.Seq {
		g.sess.Seq = f.S
	}
	g.mu.Unlock()
	switch f.T {
	case "READY":
		var r struct {
			SessionID string `json:"session_id"`
			ResumeURL string `json:"resume_gateway_url"`
		}
		json.Unmarshal(f.D, &r)
		g.mu.Lock()
		g.sess.SessionID, g.sess.ResumeURL = r.SessionID, r.ResumeURL
		g.mu.Unlock()
		g.saveWithin(ctx, true, 0) // not waited for: events follow, and a lost save only costs a RESUME
		g.log.Info("gateway connected", "resumed", false)
		return true
	case "RESUMED":
		g.saveWithin(ctx, true, 0)
		g.log.Info("gateway connected", "resumed", true)
		return true
	case "INTERACTION_CREATE":
		if g.seen(f.D) {
			return false
		}
		g.saveWithin(ctx, true, interactionSaveWait) // before it runs: a RESUME must not replay it
	default:
		g.saveWithin(ctx, false, 0)
	}
	g.onEvent(ctx, f.T, f.D)
	return false
}

// connect keeps the bot connected until ctx ends or Discord refuses it for
// good. A connection that was ready is followed at once by the next; one
// that failed before it was ready waits a growing, jittered pause.
func (g *gatewayClient) connect(ctx context.Context) error {
	wait := time.Second
	for ctx.Err() == nil {
		if g.live != nil && !g.live() {
			g.log.Warn("shard lease no longer surely held; not reconnecting")
			break
		}
		res := g.run(ctx)
		if res.fatal != nil {
			g.forget(ctx)
			return res.fatal
		}
		if ctx.Err() != nil {
			break
		}
		if res.ready {
			// A short pause: a gateway that accepts and drops at once
			// must not be answered with a tight loop of RESUMEs.
			wait = time.Second
			if !g.sleep(ctx, time.Duration(g.jitter()*float64(readyPause))) {
				break
			}
			continue
		}
		d := time.Duration((0.5 + g.jitter()) * float64(wait))
		g.log.Info("gateway reconnecting", "retry_in_ms", d.Milliseconds())
		if !g.sleep(ctx, d) {
			break
		}
		wait = min(2*wait, time.Minute)
	}
	g.save(context.WithoutCancel(ctx), true)
	return nil
}

// readyPause bounds the pause before reconnecting after a connection that was ready.
const readyPause = 500 * time.Millisecond

func randJitter() float64 { return rand.Float64() }

// gatewayStatus is the connection's state for monitoring, kept in atomics
// so a health check never waits on the connection.
type gatewayStatus struct {
	connected atomic.Bool
	lastAck   atomic.Int64 // unix nanoseconds; the READY counts as one
	latency   atomic.Int64 // nanoseconds from the last heartbeat to its ACK
}

func (s *gatewayStatus) ready(now time.Time) {
	s.lastAck.Store(now.UnixNano())
	s.connected.Store(true)
}

func (s *gatewayStatus) ack(now time.Time, sent int64) {
	s.lastAck.Store(now.UnixNano())
	if sent > 0 {
		s.latency.Store(now.UnixNano() - sent)
	}
}

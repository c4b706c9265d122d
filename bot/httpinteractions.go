package bot

import (
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"strconv"
	"sync"
	"time"

	"github.com/bwmarrin/discordgo"
)

// answerWindow is how long Discord waits for the first answer.
const answerWindow = 3 * time.Second

// maxSkew is how old (or early) a signed interaction's timestamp may be.
const maxSkew = 5 * time.Minute

// InteractionsHandler serves Discord's HTTP interactions: it verifies the
// Ed25519 signature over timestamp + body (401 on any failure or a stale
// timestamp), refuses a body over the cap (413), an interaction it has
// already run (409: a signed request replayed within its window) and one
// without a user (400), answers PING with PONG, and routes everything else
// through the same dispatcher as the gateway.
func (b *Bot) InteractionsHandler() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodPost {
			http.Error(w, "POST only", http.StatusMethodNotAllowed)
			return
		}
		body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, b.cfg.HTTP.MaxBody))
		var tooLarge *http.MaxBytesError
		switch {
		case errors.As(err, &tooLarge):
			http.Error(w, "body too large", http.StatusRequestEntityTooLarge)
			return
		case err != nil || !verify(b.pubKey, r.Header, body, b.deps.Now()):
			http.Error(w, "invalid request signature", http.StatusUnauthorized)
			return
		}
		var i discordgo.Interaction
		if err := json.Unmarshal(body, &i); err != nil {
			http.Error(w, "bad interaction", http.StatusBadRequest)
			return
		}
		if i.Type == discordgo.InteractionPing {
			writeInteraction(w, &discordgo.InteractionResponse{Type: discordgo.InteractionResponsePong})
			return
		}
		if !hasUser(&i) {
			http.Error(w, "interaction without a user", http.StatusBadRequest)
			return
		}
		if !b.replays.first(i.ID, b.deps.Now()) {
			b.log.Warn("replayed interaction refused", "interaction_id", i.ID, "guild_id", i.GuildID)
			http.Error(w, "interaction already handled", http.StatusConflict)
			return
		}
		b.serveInteraction(w, r, &i)
	})
}

// serveInteraction dispatches i and writes its first answer as the response.
func (b *Bot) serveInteraction(w http.ResponseWriter, r *http.Request, i *discordgo.Interaction) {
	first := make(chan *discordgo.InteractionResponse, 1)
	go b.dispatch(context.WithoutCancel(r.Context()), i, func(ctx context.Context, resp *discordgo.InteractionResponse) error {
		first <- resp
		return nil
	})
	select {
	case resp := <-first:
		writeInteraction(w, resp)
	case <-time.After(answerWindow):
		http.Error(w, "no answer in time", http.StatusInternalServerError)
	case <-r.Context().Done():
	}
}

// hasUser reports whether the interaction names who used it: a member's
// user in a guild, the user elsewhere.
func hasUser(i *discordgo.Interaction) bool {
	return (i.Member != nil && i.Member.User != nil && i.Member.User.ID != "") || (i.User != nil && i.User.ID != "")
}

// replayGuard remembers the ids of the interactions run through the HTTP
// endpoint for as long as their signature could still be accepted, so that
// a signed request replayed within that window is not run twice. Discord
// never sends one interaction twice.
type replayGuard struct {
	mu    sync.Mutex
	seen  map[string]time.Time // id → when it may be forgotten
	order []string             // ids by when they may be forgotten
}

// replayMemory is how long an id is remembered: a timestamp is accepted up
// to maxSkew either side of the clock, so a request signed now can be
// replayed for 2 × maxSkew.
const replayMemory = 2*maxSkew + time.Minute

// maxReplayIDs bounds the memory; past it the oldest ids are forgotten
// first. Only Discord can sign, so real traffic is the only load.
const maxReplayIDs = 200_000

// first reports whether id is seen for the first time, and remembers it.
func (g *replayGuard) first(id string, now time.Time) bool {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.seen == nil {
		g.seen = map[string]time.Time{}
	}
	for len(g.order) > 0 && (now.After(g.seen[g.order[0]]) || len(g.order) >= maxReplayIDs) {
		delete(g.seen, g.order[0])
		g.order = g.order[1:]
	}
	if _, ok := g.seen[id]; ok {
		return false
	}
	g.seen[id] = now.Add(replayMemory)
	g.order = append(g.order, id)
	return true
}

func writeInteraction(w http.ResponseWriter, resp *discordgo.InteractionResponse) {
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(resp)
}

// verify checks X-Signature-Ed25519 over X-Signature-Timestamp + body.
func verify(key ed25519.PublicKey, h http.Header, body []byte, now time.Time) bool {
	sig, err := hex.DecodeString(h.Get("X-Signature-Ed25519"))
	ts := h.Get("X-Signature-Timestamp")
	if err != nil || len(sig) != ed25519.SignatureSize || len(key) != ed25519.PublicKeySize || ts == "" {
		return false
	}
	sec, err := strconv.ParseInt(ts, 10, 64)
	if err != nil {
		return false
	}
	if d := now.Sub(time.Unix(sec, 0)); d > maxSkew || d < -maxSkew {
		return false
	}
	return ed25519.Verify(key, append([]byte(ts), body...), sig)
}

// InteractionsAddr returns the address the HTTP interactions endpoint
// listens on while Run serves it (useful with a ":0" port), or "".
func (b *Bot) InteractionsAddr() string {
	a, _ := b.httpAddr.Load().(string)
	return a
}

// startHTTP serves the interactions endpoint when configured; the returned
// function shuts it down.
func (b *Bot) startHTTP(ctx context.Context) (func(), error) {
	if b.cfg.InteractionsAddr == "" {
		return func() {}, nil
	}
	ln, err := net.Listen("tcp", b.cfg.InteractionsAddr)
	if err != nil {
		return nil, fmt.Errorf("listen for interactions: %w", err)
	}
	lim := b.cfg.HTTP
	srv := &http.Server{
		Handler: b.InteractionsHandler(), ReadHeaderTimeout: min(5*time.Second, lim.ReadTimeout),
		// A slow body or an idle keep-alive is cut: Discord sends the whole
		// request at once and answers are written within answerWindow.
		ReadTimeout: lim.ReadTimeout, WriteTimeout: lim.WriteTimeout, IdleTimeout: lim.IdleTimeout,
		MaxHeaderBytes: 16 << 10,
		ErrorLog:       slog.NewLogLogger(b.log.Handler(), slog.LevelDebug),
	}
	ln = limitListener(ln, lim.MaxConns)
	done := make(chan struct{})
	go func() {
		defer close(done)
		if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			b.log.Error("interactions endpoint stopped", "error", err)
		}
	}()
	b.log.Info("interactions endpoint listening", "addr", ln.Addr().String())
	b.httpAddr.Store(ln.Addr().String())
	return func() {
		defer b.httpAddr.Store("")
		sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
		defer cancel()
		srv.Shutdown(sctx)
		<-done
	}, nil
}

// HTTPLimits bound the HTTP interactions endpoint; zero fields take the
// defaults of withDefaults.
type HTTPLimits struct {
	ReadTimeout  time.Duration // headers and body; default 10 s
	WriteTimeout time.Duration // from the end of the headers to the answer written; default 10 s
	IdleTimeout  time.Duration // a kept-alive connection with no request; default 60 s
	MaxBody      int64         // bytes; default 256 KiB
	MaxConns     int           // connections at once; default 256
}

func (l HTTPLimits) withDefaults() HTTPLimits {
	def := func(d *time.Duration, v time.Duration) {
		if *d <= 0 {
			*d = v
		}
	}
	def(&l.ReadTimeout, 10*time.Second)
	def(&l.WriteTimeout, 10*time.Second)
	def(&l.IdleTimeout, 60*time.Second)
	if l.MaxBody <= 0 {
		l.MaxBody = 256 << 10
	}
	if l.MaxConns <= 0 {
		l.MaxConns = 256
	}
	return l
}

// limitListener accepts at most n connections at once: Accept waits while
// n are open, and the rest wait in the kernel's backlog.
func limitListener(l net.Listener, n int) net.Listener {
	return &limitedListener{Listener: l, slots: make(chan struct{}, n), done: make(chan struct{})}
}

type limitedListener struct {
	net.Listener
	slots     chan struct{}
	done      chan struct{}
	closeOnce sync.Once
}

// Accept waits for a free slot, then for a connection.
func (l *limitedListener) Accept() (net.Conn, error) {
	select {
	case l.slots <- struct{}{}:
	case <-l.done:
		return nil, net.ErrClosed
	}
	c, err := l.Listener.Accept()
	if err != nil {
		<-l.slots
		return nil, err
	}
	return &slotConn{Conn: c, release: func() { <-l.slots }}, nil
}

// Close stops Accept, including one waiting for a slot.
func (l *limitedListener) Close() error {
	l.closeOnce.Do(func() { close(l.done) })
	return l.Listener.Close()
}

// slotConn gives its slot back once, when closed.
type slotConn struct {
	net.Conn
	once    sync.Once
	release func()
}

func (c *slotConn) Close() error {
	err := c.Conn.Close()
	c.once.Do(c.release)
	return err
}

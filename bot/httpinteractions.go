package bot

import (
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"strconv"
	"time"

	"github.com/bwmarrin/discordgo"
)

// answerWindow is how long Discord waits for the first answer.
const answerWindow = 3 * time.Second

// maxSkew is how old (or early) a signed interaction's timestamp may be.
const maxSkew = 5 * time.Minute

// InteractionsHandler serves Discord's HTTP interactions: it verifies the
// Ed25519 signature over timestamp + body (401 on any failure or a stale
// timestamp), answers PING with PONG, and routes everything else through
// the same dispatcher as the gateway.
func (b *Bot) InteractionsHandler() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, err := io.ReadAll(io.LimitReader(r.Body, 1<<20))
		if err != nil || !verify(b.pubKey, r.Header, body, b.deps.Now()) {
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
		first := make(chan *discordgo.InteractionResponse, 1)
		go b.dispatch(context.WithoutCancel(r.Context()), &i, func(ctx context.Context, resp *discordgo.InteractionResponse) error {
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
	})
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
	srv := &http.Server{Handler: b.InteractionsHandler(), ReadHeaderTimeout: 5 * time.Second}
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

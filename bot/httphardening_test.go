package bot

import (
	"bytes"
	"crypto/ed25519"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/conflict-digest/conflict-digest/internal/fakediscord"
)

// httpHarness runs a bot with its HTTP interactions endpoint on loopback.
func httpHarness(t *testing.T, lim HTTPLimits) (*harness, string, ed25519.PrivateKey) {
	t.Helper()
	pub, priv, _ := ed25519.GenerateKey(nil)
	h := startBot(t, func(c *Config, _ *Deps) {
		c.InteractionsAddr, c.PublicKey, c.HTTP = "127.0.0.1:0", hex.EncodeToString(pub), lim
	})
	h.ready(t)
	return h, waitAddr(t, h.bot), priv
}

// TestHTTPReplayRunsOnce: a signed /subscribe replayed within its 5-minute
// window is refused and runs once (issue 11: it ran twice).
func TestHTTPReplayRunsOnce(t *testing.T) {
	h, addr, priv := httpHarness(t, HTTPLimits{})
	body, _ := h.fake.Interaction(fakediscord.InteractionCommand, testGuild, testChannel, alice,
		discordgo.PermissionManageChannels, "subscribe", []fakediscord.Option{fakediscord.Str("to", "here")})
	at := time.Now()
	url := "http://" + addr + "/interactions"
	if r := postSigned(t, url, priv, at, body, false); r.status != 200 {
		t.Fatalf("first: status %d %s", r.status, r.body)
	}
	if r := postSigned(t, url, priv, at, body, false); r.status != http.StatusConflict {
		t.Fatalf("replay: status %d %s, want 409", r.status, r.body)
	}
	if subs := mustSubs(t, h.store); len(subs) != 1 {
		t.Fatalf("%d subscriptions after a replayed /subscribe, want 1", len(subs))
	}
}

// TestHTTPRefusals: an oversized body, an interaction without a user and a
// method other than POST are refused before anything runs.
func TestHTTPRefusals(t *testing.T) {
	h, addr, priv := httpHarness(t, HTTPLimits{MaxBody: 4 << 10})
	url := "http://" + addr + "/interactions"
	big := []byte(`{"id":"7","type":2,"token":"t","version":1,"data":{"name":"help","type":1},"pad":"` + strings.Repeat("x", 8<<10) + `"}`)
	if r := postSigned(t, url, priv, time.Now(), big, false); r.status != http.StatusRequestEntityTooLarge {
		t.Errorf("8 KiB body over a 4 KiB cap: status %d, want 413", r.status)
	}
	nobody := []byte(`{"id":"8","application_id":"` + h.fake.ApplicationID() + `","type":2,"token":"t","version":1,"channel_id":"5","data":{"id":"3","name":"help","type":1}}`)
	if r := postSigned(t, url, priv, time.Now(), nobody, false); r.status != http.StatusBadRequest {
		t.Errorf("interaction without a user: status %d %s, want 400", r.status, r.body)
	}
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusMethodNotAllowed {
		t.Errorf("GET: status %d, want 405", resp.StatusCode)
	}
}

// TestHTTPSlowBodyIsCut: a client that sends headers and then trickles its
// body is disconnected at the read timeout instead of being held (issue
// 11: only the headers had a timeout); an idle keep-alive is closed too.
func TestHTTPSlowBodyIsCut(t *testing.T) {
	const timeout = 700 * time.Millisecond
	_, addr, _ := httpHarness(t, HTTPLimits{ReadTimeout: timeout, IdleTimeout: timeout})
	c, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	fmt.Fprintf(c, "POST /interactions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{")
	cut := make(chan error, 1)
	go func() { // a byte every 100 ms: never idle, never done
		for {
			if _, err := c.Write([]byte(" ")); err != nil {
				cut <- err
				return
			}
			time.Sleep(100 * time.Millisecond)
		}
	}()
	c.SetReadDeadline(time.Now().Add(20 * time.Second))
	if _, err := io.ReadAll(c); err != nil && !isClosed(err) {
		t.Fatalf("reading the answer to a slow body: %v", err)
	}
	select {
	case <-cut:
	case <-time.After(20 * time.Second):
		t.Fatal("the slow body was never cut")
	}
	// An idle keep-alive connection is closed.
	idle, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer idle.Close()
	idle.SetReadDeadline(time.Now().Add(20 * time.Second))
	_, err = idle.Read(make([]byte, 1))
	var ne net.Error
	if err == nil || (errors.As(err, &ne) && ne.Timeout()) {
		t.Fatalf("idle connection: %v, want it closed by the server", err)
	}
}

func isClosed(err error) bool {
	return errors.Is(err, io.EOF) || strings.Contains(err.Error(), "reset by peer")
}

// TestHTTPConnectionLimit: connections past the limit wait for a free slot.
func TestHTTPConnectionLimit(t *testing.T) {
	_, addr, priv := httpHarness(t, HTTPLimits{MaxConns: 2, ReadTimeout: 4 * time.Second})
	var held []net.Conn
	for range 2 {
		c, err := net.Dial("tcp", addr)
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		held = append(held, c)
	}
	time.Sleep(200 * time.Millisecond) // both accepted and holding their slots
	url := "http://" + addr + "/interactions"
	ping := []byte(`{"id":"1","application_id":"1","type":1,"token":"p","version":1}`)
	client := &http.Client{Timeout: time.Second}
	if _, err := client.Do(signedPost(url, priv, ping)); err == nil {
		t.Fatal("a third connection was served while two held every slot")
	}
	held[0].Close()
	client.Timeout = 10 * time.Second
	resp, err := client.Do(signedPost(url, priv, ping))
	if err != nil {
		t.Fatalf("after a slot was freed: %v", err)
	}
	resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Errorf("after a slot was freed: status %d", resp.StatusCode)
	}
}

func signedPost(url string, priv ed25519.PrivateKey, body []byte) *http.Request {
	stamp := fmt.Sprint(time.Now().Unix())
	sig := ed25519.Sign(priv, append([]byte(stamp), body...))
	req, _ := http.NewRequest("POST", url, bytes.NewReader(body))
	req.Header.Set("X-Signature-Ed25519", hex.EncodeToString(sig))
	req.Header.Set("X-Signature-Timestamp", stamp)
	return req
}

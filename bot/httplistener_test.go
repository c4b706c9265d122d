package bot

import (
	"bytes"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"net/http"
	"strconv"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/conflict-digest/conflict-digest/internal/fakediscord"
)

// TestHTTPInteractionsListener drives Run's own listener over real HTTP on
// loopback: signed interactions are routed and answered, forged or stale
// ones get 401, PING gets PONG, and the listener closes with Run's ctx.
func TestHTTPInteractionsListener(t *testing.T) {
	pub, priv, _ := ed25519.GenerateKey(nil)
	h := startBot(t, func(c *Config, _ *Deps) {
		c.InteractionsAddr, c.PublicKey = "127.0.0.1:0", hex.EncodeToString(pub)
	})
	h.ready(t)
	addr := waitAddr(t, h.bot)
	url := "http://" + addr + "/interactions"
	subscribe, _ := h.fake.Interaction(fakediscord.InteractionCommand, testGuild, testChannel, alice,
		discordgo.PermissionManageChannels, "subscribe", []fakediscord.Option{fakediscord.Str("to", "here")})
	help, _ := h.fake.Interaction(fakediscord.InteractionCommand, "", "500000000000000001", alice, 0, "help", nil)
	ping := []byte(`{"id":"1","application_id":"` + h.fake.ApplicationID() + `","type":1,"token":"p","version":1}`)
	tests := []struct {
		name       string
		body       []byte
		at         time.Duration
		forge      bool
		wantStatus int
		wantType   discordgo.InteractionResponseType
	}{
		{"ping", ping, 0, false, 200, discordgo.InteractionResponsePong},
		{"help in a DM", help, 0, false, 200, discordgo.InteractionResponseChannelMessageWithSource},
		{"subscribe in a guild", subscribe, 0, false, 200, discordgo.InteractionResponseChannelMessageWithSource},
		{"forged", help, 0, true, 401, 0},
		{"stale", help, -6 * time.Minute, false, 401, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp := postSigned(t, url, priv, time.Now().Add(tt.at), tt.body, tt.forge)
			if resp.status != tt.wantStatus {
				t.Fatalf("status %d, want %d: %s", resp.status, tt.wantStatus, resp.body)
			}
			if tt.wantType != 0 && resp.Type != tt.wantType {
				t.Fatalf("type %d, want %d: %s", resp.Type, tt.wantType, resp.body)
			}
		})
	}
	if subs := mustSubs(t, h.store); len(subs) != 1 || subs[0].ChannelID != testChannel {
		t.Errorf("subscriptions after the HTTP /subscribe: %+v, want one for %s", subs, testChannel)
	}
	h.stop()
	<-h.done
	h.done <- nil // for the cleanup
	if _, err := http.Post(url, "application/json", bytes.NewReader(ping)); err == nil {
		t.Error("the interactions endpoint still answers after Run returned")
	}
	if a := h.bot.InteractionsAddr(); a != "" {
		t.Errorf("InteractionsAddr after Run = %q, want empty", a)
	}
}

func waitAddr(t *testing.T, b *Bot) string {
	t.Helper()
	for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); time.Sleep(10 * time.Millisecond) {
		if a := b.InteractionsAddr(); a != "" {
			return a
		}
	}
	t.Fatal("the interactions endpoint never listened")
	return ""
}

type signedResponse struct {
	status int
	body   []byte
	Type   discordgo.InteractionResponseType `json:"type"`
}

func postSigned(t *testing.T, url string, priv ed25519.PrivateKey, at time.Time, body []byte, forge bool) signedResponse {
	t.Helper()
	stamp := strconv.FormatInt(at.Unix(), 10)
	sig := ed25519.Sign(priv, append([]byte(stamp), body...))
	if forge {
		sig[5] ^= 0x40
	}
	req, _ := http.NewRequest("POST", url, bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-Signature-Ed25519", hex.EncodeToString(sig))
	req.Header.Set("X-Signature-Timestamp", stamp)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatalf("POST %s: %v", url, err)
	}
	defer resp.Body.Close()
	var out signedResponse
	var buf bytes.Buffer
	buf.ReadFrom(resp.Body)
	out.status, out.body = resp.StatusCode, buf.Bytes()
	if resp.StatusCode == 200 {
		if err := json.Unmarshal(out.body, &out); err != nil {
			t.Fatalf("answer is not JSON: %s", out.body)
		}
	}
	return out
}

package bot

import (
	"bytes"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
	"time"
)

func signedRequest(t testing.TB, priv ed25519.PrivateKey, ts time.Time, body string, forge bool) *http.Request {
	stamp := strconv.FormatInt(ts.Unix(), 10)
	sig := ed25519.Sign(priv, []byte(stamp+body))
	if forge {
		sig[0] ^= 1
	}
	r := httptest.NewRequest("POST", "/interactions", strings.NewReader(body))
	r.Header.Set("X-Signature-Ed25519", hex.EncodeToString(sig))
	r.Header.Set("X-Signature-Timestamp", stamp)
	return r
}

func httpBot(t testing.TB) (*Bot, ed25519.PrivateKey) {
	pub, priv, _ := ed25519.GenerateKey(nil)
	store := newMemStore()
	b, err := New(Config{Token: "t", ApplicationID: "1", RESTBase: "http://127.0.0.1:1/", InteractionsAddr: "127.0.0.1:0",
		PublicKey: hex.EncodeToString(pub)}, Deps{Subscriptions: store, Sources: store, Stories: store, Guilds: store})
	if err != nil {
		t.Fatal(err)
	}
	return b, priv
}

func TestHTTPInteractions(t *testing.T) {
	b, priv := httpBot(t)
	h := b.InteractionsHandler()
	ping := `{"id":"1","application_id":"1","type":1,"token":"x","version":1}`
	help := `{"id":"2","application_id":"1","type":2,"token":"y","version":1,"channel_id":"5","user":{"id":"9","username":"u"},"data":{"id":"3","name":"help","type":1}}`
	tests := []struct {
		name       string
		body       string
		at         time.Time
		forge      bool
		wantStatus int
		wantType   int
		wantText   string
	}{
		{"valid ping", ping, time.Now(), false, 200, 1, ""},
		{"valid command", help, time.Now(), false, 200, 4, "Conflict digest"},
		{"unknown autocomplete", `{"id":"4","application_id":"1","type":4,"token":"z","version":1,"user":{"id":"9"},"data":{"id":"3","name":"nope","type":1,"options":[{"name":"x","type":3,"value":"a","focused":true}]}}`, time.Now(), false, 200, 8, ""},
		{"component", `{"id":"5","application_id":"1","type":3,"token":"w","version":1,"user":{"id":"9"},"data":{"custom_id":"b","component_type":2}}`, time.Now(), false, 200, 4, "does not handle"},
		{"forged", ping, time.Now(), true, 401, 0, ""},
		{"stale", ping, time.Now().Add(-10 * time.Minute), false, 401, 0, ""},
		{"from the future", ping, time.Now().Add(10 * time.Minute), false, 401, 0, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := httptest.NewRecorder()
			h.ServeHTTP(w, signedRequest(t, priv, tt.at, tt.body, tt.forge))
			if w.Code != tt.wantStatus {
				t.Fatalf("status %d, want %d", w.Code, tt.wantStatus)
			}
			if tt.wantType == 0 {
				return
			}
			var resp struct {
				Type int `json:"type"`
				Data struct {
					Content         string         `json:"content"`
					AllowedMentions map[string]any `json:"allowed_mentions"`
				} `json:"data"`
			}
			json.Unmarshal(w.Body.Bytes(), &resp)
			if resp.Type != tt.wantType {
				t.Fatalf("type %d, want %d: %s", resp.Type, tt.wantType, w.Body)
			}
			if tt.wantType == 4 && (!strings.Contains(resp.Data.Content, tt.wantText) || resp.Data.AllowedMentions == nil) {
				t.Fatalf("answer %s lacks %q or allowed_mentions", w.Body, tt.wantText)
			}
		})
	}
}

func FuzzInteractionsHandler(f *testing.F) {
	f.Add([]byte(`{"type":1}`), "")
	f.Add([]byte(`{"type":2,"data":{"name":"help"}}`), "00")
	f.Add([]byte(`not json`), "zz")
	b, priv := httpBot(f)
	h := b.InteractionsHandler()
	f.Fuzz(func(t *testing.T, body []byte, sig string) {
		r := signedRequest(t, priv, time.Now(), string(body), false)
		if sig != "" {
			r.Header.Set("X-Signature-Ed25519", sig)
		}
		w := httptest.NewRecorder()
		h.ServeHTTP(w, r)
		if sig != "" && w.Code != http.StatusUnauthorized && !bytes.Equal([]byte(sig), []byte(r.Header.Get("X-Signature-Ed25519"))) {
			t.Fatalf("status %d for a replaced signature", w.Code)
		}
	})
}

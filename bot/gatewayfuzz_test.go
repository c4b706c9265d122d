package bot

import (
	"context"
	"encoding/json"
	"log/slog"
	"testing"
	"time"
)

// FuzzGatewayFrame feeds hostile gateway frames through the client's
// handling and the bot's event handlers: nothing may panic, a malformed
// READY may not leave a session to resume with a wrong id, and the
// sequence never goes back.
func FuzzGatewayFrame(f *testing.F) {
	f.Add(`{"op":0,"s":3,"t":"READY","d":{"session_id":"abc","resume_gateway_url":"wss://x"}}`)
	f.Add(`{"op":0,"s":4,"t":"GUILD_CREATE","d":{"id":"1","system_channel_id":"2"}}`)
	f.Add(`{"op":0,"s":5,"t":"GUILD_DELETE","d":{"id":"1","unavailable":true}}`)
	f.Add(`{"op":0,"s":6,"t":"INTERACTION_CREATE","d":{"id":"1","type":1,"token":"t"}}`)
	f.Add(`{"op":0,"s":-1,"t":"INTERACTION_CREATE","d":null}`)
	f.Add(`{"op":9,"d":"yes"}`)
	f.Add(`{"op":0,"t":"READY","d":[1,2]}`)
	store := newMemStore()
	b, err := New(Config{Token: "t", ApplicationID: "1", RESTBase: "http://127.0.0.1:1/"},
		Deps{Subscriptions: store, Sources: store, Stories: store, Guilds: store})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		var fr gwFrame
		if json.Unmarshal([]byte(raw), &fr) != nil || fr.Op != opDispatch {
			return
		}
		g := &gatewayClient{log: slog.New(slog.DiscardHandler), state: &memState{}, onEvent: b.onGatewayEvent, now: time.Now}
		g.sess.Seq = 5
		g.dispatch(context.Background(), fr)
		b.waitInflight(5 * time.Second)
		if g.sess.Seq < 5 {
			t.Fatalf("sequence went back to %d", g.sess.Seq)
		}
		if fr.T == "READY" {
			var r struct {
				SessionID string `json:"session_id"`
			}
			if json.Unmarshal(fr.D, &r) == nil && g.sess.SessionID != r.SessionID {
				t.Fatalf("session %q after READY with %q", g.sess.SessionID, r.SessionID)
			}
		}
	})
}

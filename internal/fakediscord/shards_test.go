package fakediscord

import (
	"encoding/json"
	"errors"
	"testing"
	"time"

	"github.com/gorilla/websocket"
)

func identifyAsShard(c *websocket.Conn, token string, shard any) {
	c.WriteJSON(map[string]any{"op": 2, "d": map[string]any{"token": token, "intents": 1, "shard": shard}})
}

// An IDENTIFY's shard must be [shard_id, num_shards] with 0 <= shard_id <
// num_shards; anything else is closed with 4010, as on Discord.
func TestGatewayInvalidShard(t *testing.T) {
	s := New(Options{})
	defer s.Close()
	for _, shard := range []any{[]int{2, 2}, []int{0}, []int{-1, 2}, []int{0, 0}} {
		c := dialGateway(t, s)
		identifyAsShard(c, s.Token(), shard)
		c.SetReadDeadline(time.Now().Add(5 * time.Second))
		var f frame
		var ce *websocket.CloseError
		if err := c.ReadJSON(&f); !errors.As(err, &ce) || ce.Code != CloseInvalidShard {
			t.Errorf("shard %v: %+v, %v; want 4010", shard, f, err)
		}
		c.Close()
	}
}

// Sessions start once per interval in each bucket (shard_id %
// max_concurrency): shards 0 and 1 one after the other with max_concurrency 2, shard 2
// (bucket 0) refused; READY says the shard; an event of a guild goes to
// its shard's session only.
func TestGatewayShardBuckets(t *testing.T) {
	s := New(Options{MaxConcurrency: 2, Shards: 3})
	defer s.Close()
	conns := make([]*websocket.Conn, 3)
	for id := range 3 {
		conns[id] = dialGateway(t, s)
		defer conns[id].Close()
	}
	// One shard identifies after the other's answer: shards 0 and 2 share
	// bucket 0, and IDENTIFYs sent at once on three connections reach the
	// fake in any order (CI once saw shard 2 served first and shard 0 refused).
	for id := range 2 {
		identifyAsShard(conns[id], s.Token(), []int{id, 3})
		f := readUntil(t, conns[id], 0, "READY")
		var ready struct {
			Shard []int `json:"shard"`
		}
		if err := json.Unmarshal(f.D, &ready); err != nil || len(ready.Shard) != 2 || ready.Shard[0] != id {
			t.Errorf("READY of shard %d says shard %v (%v)", id, ready.Shard, err)
		}
	}
	identifyAsShard(conns[2], s.Token(), []int{2, 3})
	readUntil(t, conns[2], 9, "")
	// guild 4194304 = 1 << 22: (1 << 22 >> 22) % 3 = 1
	if err := s.Dispatch("GUILD_UPDATE", map[string]any{"guild_id": "4194304"}); err != nil {
		t.Fatal(err)
	}
	readUntil(t, conns[1], 0, "GUILD_UPDATE")
	// The server numbers connections as it accepts them, not as they were
	// dialled: shard 1's is the one whose IDENTIFY named it.
	shard1 := 0
	for _, e := range s.GatewayLog() {
		if e.Kind == GatewayIdentify && e.Shard == [2]int{1, 3} {
			shard1 = e.Conn
		}
	}
	for _, e := range s.GatewayLog() {
		if e.Kind == GatewayDispatch && e.Type == "GUILD_UPDATE" && (shard1 == 0 || e.Conn != shard1) {
			t.Errorf("GUILD_UPDATE of shard 1 dispatched on connection %d, shard 1 identified on %d", e.Conn, shard1)
		}
	}
}

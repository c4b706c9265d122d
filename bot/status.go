package bot

import "time"

// GatewayStatus is the gateway connection as monitoring sees it.
type GatewayStatus struct {
	Connected bool          // READY or RESUMED, and not dropped since
	SinceAck  time.Duration // since the last heartbeat ACK; 0 when not connected
	Latency   time.Duration // heartbeat to its ACK, the last one measured; 0 when none
	// Standby: the instances share the shards by lease and this one holds
	// none now (the others hold them all); it takes one over when an
	// instance dies. Not connected, and nothing wrong.
	Standby bool
}

// GatewayStatus reads the gateway's state without waiting on the
// connections: a health check must not hang while one reconnects. With
// several shards it is the worst of them: connected when every shard this
// instance runs is, the longest since an ACK, the highest latency.
func (b *Bot) GatewayStatus() GatewayStatus {
	set := b.shards.Load()
	if set == nil {
		return GatewayStatus{}
	}
	gws := set.clients()
	if len(gws) == 0 {
		return GatewayStatus{Standby: set.leased.Load()}
	}
	var st GatewayStatus
	for _, g := range gws {
		if !g.status.connected.Load() {
			return GatewayStatus{}
		}
		st.SinceAck = max(st.SinceAck, time.Since(time.Unix(0, g.status.lastAck.Load())))
		st.Latency = max(st.Latency, time.Duration(g.status.latency.Load()))
	}
	st.Connected = true
	return st
}

package bot

import "time"

// GatewayStatus is the gateway connection as monitoring sees it.
type GatewayStatus struct {
	Connected bool          // READY or RESUMED, and not dropped since
	SinceAck  time.Duration // since the last heartbeat ACK; 0 when not connected
	Latency   time.Duration // heartbeat to its ACK, the last one measured; 0 when none
	// Standby: another instance holds the gateway (Deps.GatewayLease) and
	// this one waits to take it over.
	Standby bool
}

// GatewayStatus reads the gateway's state without waiting on the
// connection: a health check must not hang while it reconnects.
func (b *Bot) GatewayStatus() GatewayStatus {
	g := b.gateway.Load()
	if g == nil || !g.status.connected.Load() {
		return GatewayStatus{Standby: b.standby.Load()}
	}
	return GatewayStatus{
		Connected: true,
		SinceAck:  time.Since(time.Unix(0, g.status.lastAck.Load())),
		Latency:   time.Duration(g.status.latency.Load()),
	}
}

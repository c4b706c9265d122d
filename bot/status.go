package bot

import "time"

// GatewayStatus is the gateway connection as monitoring sees it.
type GatewayStatus struct {
	Connected bool          // identified, and heartbeating
	SinceAck  time.Duration // since the last heartbeat ACK; 0 when not connected
}

// GatewayStatus reads the gateway's state without waiting: discordgo holds
// the session's lock for the whole of a (re)connect, and a health check
// must not hang on it, so while it is held the gateway counts as not
// connected. The fields read are written under that lock.
func (b *Bot) GatewayStatus() GatewayStatus {
	s := b.session
	if !s.TryRLock() {
		return GatewayStatus{}
	}
	ready, ack := s.DataReady, s.LastHeartbeatAck
	s.RUnlock()
	if !ready {
		return GatewayStatus{}
	}
	return GatewayStatus{Connected: true, SinceAck: time.Since(ack)}
}

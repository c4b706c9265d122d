package main

import (
	"strings"
	"testing"

	"github.com/conflict-digest/conflict-digest/bot"
)

// The gateway's part of /readyz: an instance that holds no shard while
// the others hold them all is ready (standby); one that is neither
// connected nor on standby is not.
func TestReadinessGateway(t *testing.T) {
	for _, tc := range []struct {
		st     bot.GatewayStatus
		ok     bool
		detail string
	}{
		{bot.GatewayStatus{Connected: true}, true, "connected"},
		{bot.GatewayStatus{Standby: true}, true, "standby"},
		{bot.GatewayStatus{}, false, "not connected"},
	} {
		r := &readiness{discord: true}
		f := func() bot.GatewayStatus { return tc.st }
		r.gateway.Store(&f)
		ok, detail := r.gatewayOK()
		if ok != tc.ok || !strings.Contains(detail, tc.detail) {
			t.Errorf("%+v: got %v %q, want %v %q", tc.st, ok, detail, tc.ok, tc.detail)
		}
	}
}

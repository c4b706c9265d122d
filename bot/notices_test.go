package bot

import (
	"testing"
	"time"
)

func TestTellingClaims(t *testing.T) {
	var c tellingClaims
	t0 := time.Date(2026, 11, 29, 0, 0, 0, 0, time.UTC)
	if !c.claim(1, "DMs off", t0) {
		t.Fatal("first claim refused")
	}
	if c.claim(1, "DMs off", t0.Add(time.Second)) {
		t.Error("a second command claimed a note being posted")
	}
	if !c.claim(2, "DMs off", t0.Add(time.Second)) {
		t.Error("another subscription's note was refused")
	}
	if !c.claim(1, "DMs off", t0.Add(claimFor)) {
		t.Error("a claim whose post failed never lapsed")
	}
	c.release(1)
	if !c.claim(1, "DMs off", t0.Add(claimFor+time.Second)) {
		t.Error("a released claim still blocks")
	}
}

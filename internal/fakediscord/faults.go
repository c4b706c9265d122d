package fakediscord

import (
	"net/http"
	"time"
)

// Fault makes matching REST requests fail or wait. Empty match fields match
// anything.
type Fault struct {
	Method    string // "POST"
	Route     string // OpenAPI path template, "/channels/{channel_id}/messages"
	ChannelID string // the channel_id parameter
	// Code is the Discord error code answered (10003, 50001, 50013, 50007,
	// ...); 0 with Status answers {"code":0}. Status defaults from Code.
	Code    int
	Status  int
	Latency time.Duration // waited before answering (or failing)
	// RetryAfter is the retry_after of a 429 fault (a route limit hit
	// that the client could not have known); default 1 s.
	RetryAfter time.Duration
	Times      int // requests it applies to; 0: all
	// AfterAccept serves the request (a message is created) and then
	// answers the error instead of the result, as when Discord fails after
	// committing: a retry without a nonce would post twice.
	AfterAccept bool
	// Lands waits the Latency even when the client has gone, then serves
	// the request: a request of a process killed while it was in flight
	// still lands, after the process (or its successor) stopped waiting.
	Lands bool
	hits  int
}

// errorMessages are Discord's messages for the codes the fake answers.
var errorMessages = map[int]string{
	0:      "",
	10003:  "Unknown Channel",
	10008:  "Unknown Message",
	40067:  "A tag is required to create a forum post in this channel",
	160004: "A thread has already been created for this message",
	160006: "Maximum number of active threads reached",
	10062:  "Unknown interaction",
	40060:  "Interaction has already been acknowledged.",
	50001:  "Missing Access",
	50007:  "Cannot send messages to this user",
	50013:  "Missing Permissions",
	50035:  "Invalid Form Body",
}

func statusOf(code int) int {
	switch code {
	case 10003, 10008, 10062:
		return http.StatusNotFound
	case 50001, 50007, 50013:
		return http.StatusForbidden
	case 40060, 40067, 50035, 160004, 160006:
		return http.StatusBadRequest
	}
	return http.StatusInternalServerError
}

// AddFault installs a fault; the newest matching fault wins.
func (s *Server) AddFault(f Fault) {
	if f.Status == 0 && f.Code != 0 {
		f.Status = statusOf(f.Code)
	}
	s.mu.Lock()
	s.faults = append(s.faults, &f)
	s.mu.Unlock()
}

// ClearFaults removes every fault.
func (s *Server) ClearFaults() {
	s.mu.Lock()
	s.faults = nil
	s.mu.Unlock()
}

// fault returns a copy of the newest matching fault and counts the hit.
func (s *Server) fault(method, route string, params map[string]string) (Fault, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for i := len(s.faults) - 1; i >= 0; i-- {
		f := s.faults[i]
		if (f.Method != "" && f.Method != method) || (f.Route != "" && f.Route != route) ||
			(f.ChannelID != "" && f.ChannelID != params["channel_id"]) || (f.Times > 0 && f.hits >= f.Times) {
			continue
		}
		f.hits++
		return *f, true
	}
	return Fault{}, false
}

// Package digesttest provides an in-memory Discord for delivery tests: a
// digest.Sender that records messages per channel, honours nonces like
// Discord's enforce_nonce, answers marker look-ups, opens DM channels and
// fails on demand.
package digesttest

import (
	"context"
	"fmt"
	"strings"
	"sync"

	"github.com/conflict-digest/conflict-digest/digest"
)

// Sent is one message as the fake Discord keeps it.
type Sent struct {
	ID      string
	Content string
	Nonce   string
	Files   int
}

// Sender is an in-memory Discord. The zero value is not usable; call New.
type Sender struct {
	mu       sync.Mutex
	channels map[string][]Sent
	nonces   map[string]string
	fail     map[string]error
	nextID   int
	sends    int
}

// New returns an empty fake Discord.
func New() *Sender {
	return &Sender{channels: map[string][]Sent{}, nonces: map[string]string{}, fail: map[string]error{}}
}

// Fail makes every send to the channel (or, as "dm:USER", every DM opening
// for the user) fail with err; nil clears it.
func (s *Sender) Fail(channelID string, err error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if err == nil {
		delete(s.fail, channelID)
		return
	}
	s.fail[channelID] = err
}

// Send posts msg; a nonce already used in the channel returns the first
// message's id and posts nothing, as enforce_nonce does.
func (s *Sender) Send(_ context.Context, channelID string, msg digest.Message, nonce string) (string, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.sends++
	if err := s.fail[channelID]; err != nil {
		return "", err
	}
	if id, ok := s.nonces[channelID+"|"+nonce]; ok && nonce != "" {
		return id, nil
	}
	s.nextID++
	id := fmt.Sprint(s.nextID)
	s.nonces[channelID+"|"+nonce] = id
	s.channels[channelID] = append(s.channels[channelID], Sent{id, msg.Content, nonce, len(msg.Files)})
	return id, nil
}

// RecentHasMarker looks for marker in the channel's last 50 messages.
func (s *Sender) RecentHasMarker(_ context.Context, channelID, marker string) (bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	msgs := s.channels[channelID]
	for i := len(msgs) - 1; i >= 0 && i >= len(msgs)-50; i-- {
		if strings.Contains(msgs[i].Content, marker) {
			return true, nil
		}
	}
	return false, nil
}

// OpenDM returns the DM channel "dm-USER".
func (s *Sender) OpenDM(_ context.Context, userID string) (string, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.fail["dm:"+userID]; err != nil {
		return "", err
	}
	return "dm-" + userID, nil
}

// ForgetNonces models Discord's nonce window passing: a retry after it
// posts again unless the sender checks for the marker first.
func (s *Sender) ForgetNonces() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.nonces = map[string]string{}
}

// Messages returns the channel's messages, oldest first.
func (s *Sender) Messages(channelID string) []Sent {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Sent{}, s.channels[channelID]...)
}

// Sends returns how many sends were attempted.
func (s *Sender) Sends() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.sends
}

// Markers counts each digest marker ("digest KEY · PART/PARTS") in the
// channel: in an exactly-once delivery every count is 1.
func (s *Sender) Markers(channelID string) map[string]int {
	out := map[string]int{}
	for _, m := range s.Messages(channelID) {
		if i := strings.LastIndex(m.Content, "-# digest "); i >= 0 {
			out[m.Content[i+3:]]++
		}
	}
	return out
}

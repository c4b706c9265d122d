// Package testutil holds small helpers that tests of several packages share.
// Only tests import it.
package testutil

import (
	"strings"
	"sync"
)

// SyncBuffer collects what loggers and commands write from many goroutines.
type SyncBuffer struct {
	mu sync.Mutex
	b  strings.Builder
}

// Write appends p.
func (s *SyncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

// String returns everything written so far.
func (s *SyncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// Count returns how many times sub was written.
func (s *SyncBuffer) Count(sub string) int { return strings.Count(s.String(), sub) }

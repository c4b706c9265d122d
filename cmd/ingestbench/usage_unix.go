//go:build unix

package main

import (
	"os"
	"syscall"
	"time"
)

// usage returns the CPU time (user plus system) and peak resident memory,
// in bytes, of a finished process.
func usage(ps *os.ProcessState) (time.Duration, int64) {
	cpu := ps.UserTime() + ps.SystemTime()
	if ru, ok := ps.SysUsage().(*syscall.Rusage); ok {
		return cpu, ru.Maxrss << 10 // kilobytes on Linux
	}
	return cpu, 0
}

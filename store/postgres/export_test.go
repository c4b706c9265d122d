package postgres

import "time"

// SetInstanceCheck sets how often a held instance lock is checked, for
// tests, and returns a function that restores it.
func SetInstanceCheck(d time.Duration) func() {
	old := instanceCheck
	instanceCheck = d
	return func() { instanceCheck = old }
}
